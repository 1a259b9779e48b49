package compare

import (
	"reflect"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// twoCutFeat is a claim of article art whose content words are ws.
func twoCutFeat(art int, id string, ws ...string) feat {
	v := stemVec(ws...)
	return feat{art: art, words: v, norm: v.norm(), c: &claims.Claim{ID: id}}
}

// twoCutClaims are the claims of an agreement of two articles grown across
// two facts (setting fire to the vehicle, escaping in another car) and
// a claim of a third fact (where someone was brought up).
func twoCutClaims() []feat {
	return []feat{
		twoCutFeat(0, "a#1", "set", "fire", "vehicle", "then"),
		twoCutFeat(0, "a#2", "escaped", "another", "car"),
		twoCutFeat(0, "a#3", "brought", "town", "raised"),
		twoCutFeat(1, "b#1", "set", "fire", "vehicle", "then"),
		twoCutFeat(1, "b#2", "escaped", "another", "car", "fled"),
	}
}

// An agreement of two articles grown across two facts is cut into one
// agreement per fact, and a claim tied by no evidence of its own to the
// other article's claims is let go.
func TestTwoCutParts(t *testing.T) {
	fs := twoCutClaims()
	parts, let := twoCutParts(fs, []int{0, 1, 2, 3, 4})
	want := [][]int{{0, 3}, {1, 4}}
	if !reflect.DeepEqual(parts, want) || !reflect.DeepEqual(let, []int{2}) {
		t.Errorf("parts = %v let go %v, want %v and [2]", parts, let, want)
	}
	// A second claim of an article that states the pair's fact stays.
	fs[2] = twoCutFeat(0, "a#3", "vehicle", "fire", "torched")
	parts, let = twoCutParts(fs, []int{0, 2, 3})
	if parts != nil || let != nil {
		t.Errorf("a group on one fact is cut: %v, %v", parts, let)
	}
}

// A closest pair that shares no evidence of its own is no fact to cut to:
// the group is left as it is.
func TestTwoCutPartsNoCore(t *testing.T) {
	fs := []feat{
		twoCutFeat(0, "a#1", "disclose", "content"),
		twoCutFeat(1, "b#1", "revealed", "content"),
		twoCutFeat(1, "b#2", "offered", "vague", "comment"),
	}
	if parts, let := twoCutParts(fs, []int{0, 1, 2}); parts != nil || let != nil {
		t.Errorf("a group with no evidenced pair is cut: %v, %v", parts, let)
	}
}

// Between two articles the agreement is cut into its two facts and the
// claim of neither is let go; with a third article, whose source vouches
// for a group, the agreement is left as alignment and fill made it.
func TestTwoArticleCut(t *testing.T) {
	fs := twoCutClaims()
	// One sentKey for all: classify compares no pair (the claims
	// carry no slots to compare), and the groups it makes stay agreements.
	for i := range fs {
		fs[i].orig = i
	}
	in := []Finding{{Kind: Agreement, Claims: []string{"a#1", "a#2", "a#3", "b#1", "b#2"}}}
	r := &Result{Articles: make([]*claims.Article, 2)}
	out, gone := twoArticleCut(r, fs, in)
	var got [][]string
	for _, f := range out {
		if f.Kind != Agreement {
			t.Fatalf("cut made a %s", f.Kind)
		}
		got = append(got, f.Claims)
	}
	want := [][]string{{"a#1", "b#1"}, {"a#2", "b#2"}}
	if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gone, []int{2}) {
		t.Errorf("two articles: %v let go %v, want %v and [2]", got, gone, want)
	}
	r.Articles = make([]*claims.Article, 3)
	if out, gone := twoArticleCut(r, fs, in); len(out) != 1 || len(out[0].Claims) != 5 || gone != nil {
		t.Errorf("three articles: the agreement was cut: %v, %v", out, gone)
	}
}
