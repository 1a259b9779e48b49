package claims

import (
	"slices"
	"testing"
)

func TestHedgeGoverned(t *testing.T) {
	c := Claim{Text: "The gunman may have used a stolen rifle."}
	readModality(&c)
	if len(c.Hedges) != 1 {
		t.Fatalf("%q: hedges %+v, want one", c.Text, c.Hedges)
	}
	h := c.Hedges[0]
	if h.Stem != Stem("used") || !slices.Equal(h.Before, []string{Stem("gunman")}) {
		t.Errorf("%q: hedge governs %q after %q, want %q after [%q]", c.Text, h.Stem, h.Before, Stem("used"), Stem("gunman"))
	}
	c = Claim{Text: "It may."}
	readModality(&c)
	if len(c.Hedges) != 1 || c.Hedges[0].Stem != "" || c.Hedges[0].Governs != -1 {
		t.Errorf("%q: hedges %+v, want one governing nothing", c.Text, c.Hedges)
	}
}

func TestPassive(t *testing.T) {
	hit := Stem("hit")
	for _, tc := range []struct {
		text    string
		passive bool
	}{
		{"The driver fled after the woman was hit.", true},
		{"The woman was hit by the driver near the store.", false},
		{"The driver hit a woman near the store.", false},
		// One active use is enough to say who did it.
		{"The woman was hit, and he hit a car too.", false},
	} {
		c := Claim{Text: tc.text}
		readStems(&c)
		if got := slices.Contains(c.Passive, hit); got != tc.passive {
			t.Errorf("%q: passive %q, want hit %v", tc.text, c.Passive, tc.passive)
		}
	}
}
