package claims

import (
	"fmt"
	"strings"
	"testing"
)

// showStances writes a claim's stances as "concept± word [target stems]".
func showStances(text string) string {
	c := Claim{Text: text}
	readModality(&c)
	var parts []string
	for _, s := range c.Stances {
		sign := "-"
		if s.Holds {
			sign = "+"
		}
		var tg []string
		for _, t := range s.Target {
			tg = append(tg, t.Stem)
			if Stem(Fold(text[t.Start:t.End])) != t.Stem {
				return fmt.Sprintf("target %q at %d:%d is not %q", text[t.Start:t.End], t.Start, t.End, t.Stem)
			}
		}
		parts = append(parts, fmt.Sprintf("%s%s %s [%s]", s.Concept, sign, text[s.Start:s.End], strings.Join(tg, " ")))
	}
	return strings.Join(parts, "; ")
}

func TestStances(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The union backed the governor's pension plan", "support+ backed [governor' pension plan]"},
		{"The union did not support the plan", "support- support [plan]"},
		{"The union never backed the plan, he said", "support- backed [plan]"},
		// A negation further back governs another verb: no side.
		{"She did not think the union backed the plan", ""},
		// Asked, not asserted.
		{"They debated whether the union backed the plan", ""},
		// Both ways in one claim: nothing one-sided.
		{"The union backed the first plan and opposed the second", ""},
		// A verdict looks back to its holder, nearest first, up to four
		// content words.
		{"Critics say the new law is unconstitutional", "legal- unconstitutional [law new critic]"},
		// After a determiner a stance word names a thing.
		{"They won the backing of the union", ""},
	} {
		if got := showStances(tc.in); got != tc.want {
			t.Errorf("stances of %q = %q, want %q", tc.in, got, tc.want)
		}
	}
}
