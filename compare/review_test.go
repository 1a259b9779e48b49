package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// review marks the findings most likely wrong: a group with a claim that
// is there through one partner, not one whose claims all say the same.
// Four reports of one fact are a clean group; the same four with a
// neighbouring fact of the event, tied to them only by the report that
// states both, are a mixed one, though every claim in it has a close
// partner (so the group score alone would not tell them apart).
func TestReviewMarksLooseMember(t *testing.T) {
	// The fourth sentence of each article (see fourthClaims): twoFacts,
	// with the fifth article reporting the first fact.
	fs, r, g := fourthClaims(t, withFacts(map[string]string{
		"e": "Crews fight warehouse fire.\n\nThe alarm was raised by a passer-by.\n\nThe cause is not yet known.\n\nMore than forty firefighters were needed to bring the blaze under control on Saturday night.\n",
	}), "a", "b", "c", "d", "e")
	a, b, c, d, e := g[0], g[1], g[2], g[3], g[4]
	clean := classify(r, fs, []int{a, b, c, e})
	mixed := classify(r, fs, []int{a, b, c, d, e})
	if clean.Review {
		t.Errorf("four reports of one fact (score %.3f): marked for review", clean.Score)
	}
	if !mixed.Review {
		t.Errorf("a neighbouring fact joined through one report (score %.3f): not marked for review", mixed.Score)
	}
	if s := similarity(&fs[c], &fs[d]); s < 0.4 {
		t.Errorf("the neighbouring fact's one partner is at %.3f: the case needs it close (≥ 0.4), so that the group score alone would pass it", s)
	}
}

// loosest is each claim's mean similarity to the other sources' claims,
// at the loosest claim; identical copies of a claim do not vouch for it.
func TestLoosestMember(t *testing.T) {
	fs := []feat{{art: 0, orig: 0}, {art: 1, orig: 1}, {art: 2, orig: 2}, {art: 3, orig: 2}}
	sim := [][]float64{
		{0, 0.8, 0.1, 0.1},
		{0.8, 0, 0.5, 0.5},
		{0.1, 0.5, 0, 1},
		{0.1, 0.5, 1, 0},
	}
	// Claims 2 and 3 are twins: each is at (0.1+0.5)/2 = 0.3 from the
	// others, not lifted by the other's 1.
	if got := loosest(fs, []int{0, 1, 2, 3}, sim); got < 0.3-1e-9 || got > 0.3+1e-9 {
		t.Errorf("loosest = %.3f, want 0.3 (claim 0: (0.8+0.1+0.1)/3 ≈ 0.33; twins 0.3)", got)
	}
	fs[3].orig = 3 // no longer a copy: claim 2 now at (0.1+0.5+1)/3
	if got := loosest(fs, []int{0, 1, 2, 3}, sim); got < 1.0/3-1e-9 || got > 1.0/3+1e-9 {
		t.Errorf("loosest = %.3f, want 1/3 (claim 0)", got)
	}
	pair := [][]float64{{0, 0.17}, {0.17, 0}}
	if got := loosest(fs[:2], []int{0, 1}, pair); got != 0.17 {
		t.Errorf("loosest of a pair = %.3f, want their similarity 0.17", got)
	}
}

// leastEvidence is, at the weakest claim, the most evidence it shares
// with one claim of another article; copies do not vouch for each other.
func TestLeastEvidence(t *testing.T) {
	w := func(ss ...string) vec {
		v := vec{}
		for _, s := range ss {
			v = append(v, wv{s, 1})
		}
		return v
	}
	fs := []feat{
		{art: 0, orig: 0, words: w("blaze", "fight", "warehous")},
		{art: 1, orig: 1, words: w("blaze", "fight", "warehous")},
		{art: 2, orig: 2, words: w("fight", "system")},
		{art: 3, orig: 2, words: w("fight", "system")},
	}
	for i := range fs {
		fs[i].c = &claims.Claim{}
	}
	if got := leastEvidence(fs, []int{0, 1}); got != 3 {
		t.Errorf("two claims sharing three words: %d, want 3", got)
	}
	// Claim 2 shares one word with 0 and 1; its copy 3 does not count.
	if got := leastEvidence(fs, []int{0, 1, 2, 3}); got != 1 {
		t.Errorf("a claim sharing one word, with its copy: %d, want 1", got)
	}
	fs[3].orig = 3
	if got := leastEvidence(fs, []int{0, 1, 2, 3}); got != 2 {
		t.Errorf("two claims sharing two words: %d, want 2", got)
	}
}
