package compare

import (
	"strings"
	"testing"
)

// Two outlets that give one act different values for one role disagree,
// whatever else their sentences share; the same value, a value held in
// the other's (a branch of the bank / the bank), or another person's act
// is no discrepancy.
func TestArgSlotFindings(t *testing.T) {
	runSlotCases(t, argSlotFindings, Discrepancy, []slotCase{
		{"two causes of one death",
			"According to published reports, John Miller died of congestive heart failure.\n",
			"John Miller, the former official, died yesterday from Alzheimer's disease.\n",
			[]string{`"congestive heart failure"`, `"Alzheimer's disease"`}},
		{"one cause, worded twice",
			"John Miller died of congestive heart failure.\n",
			"The former official John Miller died of heart failure on Thursday.\n",
			nil},
		{"two places",
			"John Miller died at his home in Springfield.\n",
			"John Miller died yesterday at a hospice near his home in Springfield.\n",
			[]string{`"his home"`, `"a hospice"`}},
		{"a place within the other",
			"Police said two women and one man died at a branch of the city bank.\n",
			"Three people died in the bank during the riots.\n",
			nil},
		{"two people's deaths",
			"John Miller died at his home.\n",
			"His wife, Mary Jones, died at a hospital.\n",
			nil},
		{"two manners",
			"Three people have suffocated to death in the bank.\n",
			"The three bank employees were burnt to death.\n",
			[]string{`"suffocated to death"`, `"burnt to death"`}},
	}, func(t *testing.T, f Finding) {
		if f.Facets[0] != FacetContent {
			t.Errorf("facet %q, want content", f.Facets[0])
		}
	})
}

// The sources that give one value of a disputed role agree on it.
func TestArgAgreements(t *testing.T) {
	as, cs := mustArticles(t, map[string]string{
		"a": "John Miller died at his home in Springfield.\n",
		"b": "Police said John Miller died on Thursday at his home.\n",
		"c": "John Miller died yesterday at a hospice near his home in Springfield.\n",
	})
	r := Collect(as, cs)
	var got []Finding
	for _, f := range argSlotFindings(r, build(r), nil) {
		if f.Kind == Agreement {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0].Kind != Agreement || len(got[0].Claims) != 2 ||
		!strings.HasPrefix(got[0].Claims[0], "a#") || !strings.HasPrefix(got[0].Claims[1], "b#") {
		t.Fatalf("got %+v, want one agreement of a and b", got)
	}
}
