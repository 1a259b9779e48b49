package compare

import (
	"fmt"
	"sort"
	"testing"
)

// rivalFigures: three articles count the firefighters (two agree, one
// gives another figure); two more report the same night's blaze with no
// count at all.
var rivalFigures = map[string]string{
	"a": "Warehouse destroyed in overnight fire.\n\nA fire destroyed a timber warehouse on the edge of town.\n\nIt started shortly before ten.\n\nMore than forty firefighters tackled the blaze at the timber warehouse on Saturday night.\n",
	"b": "Blaze guts timber store.\n\nThe building was a total loss, the council said.\n\nSmoke could be seen for miles.\n\nAbout forty firefighters tackled the blaze at the timber warehouse on Saturday night.\n",
	"c": "Town fire: warehouse lost.\n\nInvestigators will return on Monday.\n\nThe owner declined to comment.\n\nSome ninety firefighters tackled the blaze at the timber warehouse on Saturday night.\n",
	"d": "Fire at warehouse.\n\nThe road stayed closed until noon.\n\nNo one was hurt.\n\nCrews tackled the blaze at the timber warehouse on Saturday night and into Sunday.\n",
	"e": "Crews fight warehouse fire.\n\nThe alarm was raised by a passer-by.\n\nThe cause is not yet known.\n\nCrews tackled the blaze at the timber warehouse through Saturday night and into Sunday.\n",
}

// A discrepancy holds the claims that give the slot's values, not every
// claim aligned with them: the two reports of the blaze that count no
// firefighters are an agreement of their own, and the values shown are
// the figures.
func TestDiscrepancyHoldsItsSides(t *testing.T) {
	fs, r, g := fourthClaims(t, rivalFigures, "a", "b", "c", "d", "e")
	f := classify(r, fs, g)
	if f.Kind != Discrepancy {
		t.Fatalf("the group is a %s (%s), want a discrepancy", f.Kind, f.Summary)
	}
	_, fds := recheck(r, fs, g, f)
	var got []string
	for _, fd := range fds {
		s := fmt.Sprint(fd.Kind, " ", fd.Claims)
		if fd.Kind == Discrepancy {
			var vs []string
			for _, v := range fd.Values {
				vs = append(vs, v.Text)
			}
			sort.Strings(vs)
			s += fmt.Sprint(" ", vs)
		}
		got = append(got, s)
	}
	want := []string{
		"discrepancy [a#4 b#4 c#4] [About forty firefighters More than forty firefighters Some ninety firefighters]",
		"agreement [d#4 e#4]",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("recheck gave\n  %v\nwant\n  %v", got, want)
	}
}
