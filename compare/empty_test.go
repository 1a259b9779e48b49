package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// A claim that states nothing checkable (claims.Claim.Empty) is no
// finding's evidence: two blogs' identical entry stamps and rhetorical
// questions agree on no fact and are no detail of their own, while the
// fact both report still agrees. The claims stay in the result.
func TestEmptyClaimsInNoFinding(t *testing.T) {
	a := "8: 24am:\n\nThe Hawks made an eight-year offer to Ortiz on Monday, the team said.\n\nCan you believe it?"
	b := "8: 24am:\n\nCan you believe it?\n\nThe Hawks made Ortiz an eight-year offer on Monday, a source said."
	r := comparePair(t, a, b, pubA, pubB)
	empty := map[string]bool{}
	for _, c := range r.Claims {
		if c.Empty {
			empty[c.ID] = true
		}
	}
	if len(empty) < 4 {
		t.Fatalf("empty claims %v, want the two stamps and the two questions", empty)
	}
	agreed := false
	for _, f := range r.Findings {
		for _, id := range f.Claims {
			if empty[id] {
				t.Errorf("%s %s holds empty claim %s", f.ID, f.Kind, id)
			}
		}
		if f.Kind == Agreement {
			agreed = true
		}
	}
	if !agreed {
		t.Errorf("no agreement on the offer: %+v", r.Findings)
	}
}

// Without the mark, the same stamps align: the test above would fail.
func TestEmptyClaimsAlignUnmarked(t *testing.T) {
	stamp := func(id string) claims.Claim {
		return claims.Claim{ID: id + "#1", Source: id, Kind: claims.Statement, Text: "8: 24am", Stems: []string{"8", "24am"}}
	}
	x, y := stamp("a"), stamp("b")
	w := newVec(map[string]float64{"24am": 1})
	fs := []feat{{c: &x, art: 0, words: w, norm: w.norm()}, {c: &y, art: 1, words: w, norm: w.norm()}}
	if e := candidates(fs, 0.1); len(e) == 0 {
		t.Fatalf("unmarked stamps: no candidate edge")
	}
	x.Empty = true
	if e := candidates(fs, 0.1); len(e) != 0 {
		t.Errorf("marked stamp: edges %v", e)
	}
}
