package compare

import (
	"strings"
	"testing"
)

// TestStateSlot: one source has someone still at large, another has him
// captured, in sentences alignment need not put together: the state slot
// joins them. Acts of different people ("killed" / "rescued"), statuses
// of different people and a status only expected are no slot.
func TestStateSlot(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		want []string // values the one finding must hold, or none
	}{
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
	} {
		t.Run(tc.name, func(t *testing.T) {
			as, cs := mustArticles(t, map[string]string{"a": tc.a, "b": tc.b})
			r := Collect(as, cs)
			fs := build(r)
			got := stateSlotFindings(r, fs, nil)
			if tc.want == nil {
				if len(got) != 0 {
					t.Errorf("got %q, want none", got[0].Summary)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d findings, want 1", len(got))
			}
			for _, w := range tc.want {
				if !strings.Contains(got[0].Summary, w) {
					t.Errorf("summary %q lacks %s", got[0].Summary, w)
				}
			}
		})
	}
}
