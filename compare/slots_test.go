package compare

import (
	"strings"
	"testing"
)

// slotCase is two one-sentence articles and what one finding of a slot
// pass must say of them: the strings its summary holds, or none for no
// finding of the kind looked at.
type slotCase struct {
	name string
	a, b string
	want []string
}

// runSlotCases runs a slot pass (figureSlotFindings, stateSlotFindings,
// argSlotFindings) over each case's two articles and checks the findings
// of one kind; check, when not nil, tests the one finding further.
func runSlotCases(t *testing.T, pass func(*Result, []feat, []Finding) []Finding, kind FindingKind, cases []slotCase, check func(t *testing.T, f Finding)) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			as, cs := mustArticles(t, map[string]string{"a": tc.a, "b": tc.b})
			r := Collect(as, cs)
			var got []Finding
			for _, f := range pass(r, build(r), nil) {
				if f.Kind == kind {
					got = append(got, f)
				}
			}
			if tc.want == nil {
				if len(got) != 0 {
					t.Errorf("got %q, want none", got[0].Summary)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d findings of kind %s, want 1", len(got), kind)
			}
			for _, w := range tc.want {
				if !strings.Contains(got[0].Summary, w) {
					t.Errorf("summary %q lacks %s", got[0].Summary, w)
				}
			}
			if check != nil {
				check(t, got[0])
			}
		})
	}
}

// Sums of money with owners (claims.Number.Owner): two parties' offers
// are two figures, however much their clauses share; one party's offer
// given different values is one slot, even worded apart.
func TestFigureSlotOwners(t *testing.T) {
	runSlotCases(t, figureSlotFindings, Discrepancy, []slotCase{
		{name: "two parties' offers",
			a: "The Falcons have offered John Carver a six-year deal worth $80 million.",
			b: "The Hornets have offered John Carver a six-year deal worth $75 million.",
		},
		{name: "one party's offer worded apart",
			a:    "The Falcons have offered John Carver a six-year deal worth $80 million.",
			b:    "Scouts said the Falcons' proposal to the outfielder could be as high as $95 million.",
			want: []string{"$80 million", "$95 million"}},
	}, nil)
}

// A running or overall total (claims.Number.Tally) is no rival of a
// smaller figure for one part of it; two plain counts of one seizure
// are.
func TestFigureSlotTally(t *testing.T) {
	runSlotCases(t, figureSlotFindings, Discrepancy, []slotCase{
		{name: "so far against one operation",
			a: "The navy confiscated two rifles and 8 magazines from the smugglers.",
			b: "So far, the navy has confiscated 9 rifles and 20 magazines from the smugglers."},
		{name: "a total of against one operation",
			a: "The navy confiscated two rifles and 8 magazines from the smugglers.",
			b: "The navy confiscated a total of 9 rifles and 20 magazines from the smugglers."},
		{name: "two counts of one seizure",
			a:    "The navy confiscated two rifles and 8 magazines from the smugglers.",
			b:    "The navy confiscated two rifles and 20 magazines from the smugglers.",
			want: []string{"8 magazines", "20 magazines"}},
	}, nil)
}

// What an act leaves out of a whole ("all but three matches",
// claims.Number.Except) is no rival of a count of an act.
func TestFigureSlotExcept(t *testing.T) {
	runSlotCases(t, figureSlotFindings, Discrepancy, []slotCase{
		{name: "all but three against five",
			a: "The striker started all but three matches this year.",
			b: "The striker started five matches this year."},
		{name: "three against five",
			a:    "The striker started three matches this year.",
			b:    "The striker started five matches this year.",
			want: []string{"three matches", "five matches"}},
	}, nil)
}

// Claims that share only the name of who acts are two acts, not two
// counts of one set: the name is a participant, not the measure.
func TestFigureSlotNamesNoMeasure(t *testing.T) {
	runSlotCases(t, figureSlotFindings, Discrepancy, []slotCase{
		{name: "one ship, two acts",
			a: "Three boats were captured by the Marlow Coast Guard after a brief chase.",
			b: "The Marlow Coast Guard detected five suspicious boats near the harbour."},
		{name: "one act, two counts",
			a:    "Three boats were captured by the Marlow Coast Guard after a brief chase.",
			b:    "Five boats were captured by the Marlow Coast Guard after a brief chase.",
			want: []string{"Three boats", "Five boats"}},
	}, nil)
}

// A source that gives both of two rival values, in two claims each
// agreeing with another source, tells them apart as two figures: the
// slot pass reports no rival values across the other two sources either.
// Without the third source the pair is a disagreement.
func TestFigureSlotSourceGivesBoth(t *testing.T) {
	two := map[string]string{
		"a": "Divers said the swimmer sank about 90 metres into a trench off the reef.\n",
		"b": "A fisherman slipped and sank about 9 metres into a trench off the reef on Sunday.\n",
	}
	three := map[string]string{
		"a": two["a"],
		"b": two["b"],
		"c": "A swimmer has drowned after he sank about 90 metres into a trench off the reef.\n\n" +
			"Two days earlier a fisherman slipped and sank about 9 metres into a trench off the reef.\n",
	}
	for _, tc := range []struct {
		name string
		arts map[string]string
		want int
	}{{"two sources", two, 1}, {"a third gives both", three, 0}} {
		t.Run(tc.name, func(t *testing.T) {
			as, cs := mustArticles(t, tc.arts)
			r := Collect(as, cs)
			got := 0
			for _, f := range figureSlotFindings(r, build(r), nil) {
				if f.Kind == Discrepancy {
					got++
					t.Log(f.Summary)
				}
			}
			if got != tc.want {
				t.Errorf("got %d discrepancies, want %d", got, tc.want)
			}
		})
	}
}
