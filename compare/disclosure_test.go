package compare

import "testing"

// TestOpenSlot: one source says how two women died was not disclosed,
// another gives the injuries they were found with, in sentences alignment
// need not put together: the disclosure slot joins them. An answer in the
// same article, or a question no claim answers, is none.
func TestOpenSlot(t *testing.T) {
	runSlotCases(t, openSlotFindings, Discrepancy, []slotCase{
		{"not disclosed vs injuries",
			"Cumbria Police have not disclosed how the women died.\n",
			"Detectives said the mother and her daughter were found with head injuries.\n",
			[]string{`"not disclosed how the women died"`, `"head injuries"`}},
		{"not revealed vs cause of death",
			"Police have not revealed how the man died.\n",
			"The man died of a single stab wound to the chest.\n",
			[]string{`"not revealed how the man died"`}},
		{"never revealed why vs a motive he gave",
			"Mark Felt never revealed why he leaked details to the newspaper.\n",
			"Mark Felt said he was unhappy with the way the administration meddled with the investigation.\n",
			[]string{`"never revealed why he leaked details to the newspaper"`, `"unhappy with the way`}},
		{"a motive of someone else",
			"Mark Felt never revealed why he leaked details to the newspaper.\n",
			"John Dean said he was unhappy with the way the administration meddled with the investigation.\n",
			nil},
		{"answered in the same article",
			"Police have not disclosed how the women died. They were found with head injuries.\n",
			"The women lived in the town for many years.\n",
			nil},
		{"a question nobody answers",
			"Police have not disclosed how the women died.\n",
			"Police have not said how the women died either.\n",
			nil},
		{"injuries of another person",
			"Police have not disclosed how Alice Smith died.\n",
			"Bob Jones was found with head injuries at the scene.\n",
			nil},
	}, nil)
}
