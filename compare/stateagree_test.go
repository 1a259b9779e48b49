package compare

import (
	"strings"
	"testing"
)

// Two outlets that say in unlike sentences, which alignment keeps apart,
// that one man is still free agree on his state.
func TestStateSlotAgreement(t *testing.T) {
	as, cs := mustArticles(t, map[string]string{
		"a": "Investigators searched the woods near the river all week.\n\nThree days after the breakout from the county jail, the inmate is still at large.\n",
		"b": "Officers handed out flyers at every petrol station in the county.\n\nWearing a stolen guard uniform and black boots, the inmate remains on the run tonight, a sheriff's spokesman said.\n",
	})
	r := Compare(as, cs, Options{})
	for _, f := range r.Findings {
		if f.Kind == Agreement && strings.Contains(f.Summary, "state") {
			return
		}
	}
	var got []string
	for _, f := range r.Findings {
		got = append(got, string(f.Kind)+": "+f.Summary)
	}
	t.Errorf("no state agreement; findings:\n%s", strings.Join(got, "\n"))
}
