package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// A relative clause on a source, read as a report whose speaker is its
// own pronoun and with no act, is a fragment of the claim that holds
// it; a clause with a predicate of its own, or one no claim holds, is not.
func TestFragmentHosts(t *testing.T) {
	sent := claims.Span{Start: 0, End: 100}
	whole := claims.Claim{ID: "a#1", Sentence: sent, TextSpan: claims.Span{Start: 0, End: 99}, Predicate: "drive"}
	rel := claims.Claim{ID: "a#2", Sentence: sent, TextSpan: claims.Span{Start: 18, End: 48},
		Speaker: &claims.Speaker{Name: "police source", Span: claims.Span{Start: 18, End: 21}}}
	acting := claims.Claim{ID: "a#3", Sentence: sent, TextSpan: claims.Span{Start: 50, End: 70}, Predicate: "grab"}
	alone := rel
	alone.ID = "b#1"
	fs := []feat{{c: &whole, sentKey: 0}, {c: &rel, sentKey: 0}, {c: &acting, sentKey: 0}, {c: &alone, art: 1, sentKey: 1}}
	hosts(fs)
	want := []bool{false, true, false, false}
	for i, w := range want {
		if got := fragment(fs, i); got != w {
			t.Errorf("%s: fragment = %v, want %v", fs[i].c.ID, got, w)
		}
	}
	if fs[1].host != 1 {
		t.Errorf("host of a#2 = %d, want 1 (a#1, plus one)", fs[1].host)
	}
	// The fragment rides with its host's group and takes no edge.
	if e := dropFragments(fs, []edge{{a: 1, b: 3, score: 0.9}, {a: 0, b: 3, score: 0.5}}); len(e) != 1 || e[0].a != 0 {
		t.Errorf("dropFragments kept %v", e)
	}
	if g := attachFragments(fs, [][]int{{0, 3}}); len(g[0]) != 3 || g[0][1] != 1 {
		t.Errorf("attachFragments = %v, want [[0 1 3]]", g)
	}
}
