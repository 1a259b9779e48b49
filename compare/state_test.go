package compare

import "testing"

// TestStateSlot: one source has someone still at large, another has him
// captured, in sentences alignment need not put together: the state slot
// joins them. Acts of different people ("killed" / "rescued"), statuses
// of different people and a status only expected are no slot.
func TestStateSlot(t *testing.T) {
	runSlotCases(t, stateSlotFindings, Discrepancy, []slotCase{
		{"at large vs captured",
			"A spokeswoman said Thursday that the convicted sex offender was still on the run.\n",
			"A convicted sex offender who was the subject of a weeklong manhunt was captured Monday after authorities received several phone tips.\n",
			[]string{`"still on the run"`, `"captured"`}},
		{"negated custody",
			"The escaped inmate was not in custody on Sunday night, officials said.\n",
			"The escaped inmate was arrested at a motel on Sunday.\n",
			[]string{`"not in custody"`, `"arrested"`}},
		{"statuses of different people",
			"Two of the robbers were arrested near the border.\n",
			"The getaway driver is still at large.\n",
			nil},
		{"a status only expected",
			"The convicted sex offender was still on the run.\n",
			"Officials said the convicted sex offender would be captured within days.\n",
			nil},
		{"acts are no status",
			"Three bank workers were killed in the fire.\n",
			"Firefighters rescued two bank workers from the roof.\n",
			nil},
	}, nil)
}
