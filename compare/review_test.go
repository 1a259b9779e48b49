package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// review marks the agreements most likely wrong: a group with a claim
// tied to it by little, not one whose claims all say the same. Four
// reports of one fact are a clean group; the same four with a
// neighbouring remark of the event, which shares only the story's words
// (firefighters, the blaze) with them, are a mixed one.
func TestReviewMarksLooseMember(t *testing.T) {
	fs, r, g := fourthClaims(t, withFacts(map[string]string{
		"d": "Fire at warehouse.\n\nThe road stayed closed until noon.\n\nNo one was hurt.\n\nFirefighters said the blaze was the third in the town this year.\n",
		"e": "Crews fight warehouse fire.\n\nThe alarm was raised by a passer-by.\n\nThe cause is not yet known.\n\nMore than forty firefighters were needed to bring the blaze under control on Saturday night.\n",
	}), "a", "b", "c", "d", "e")
	a, b, c, d, e := g[0], g[1], g[2], g[3], g[4]
	clean := classify(r, fs, []int{a, b, c, e})
	mixed := classify(r, fs, []int{a, b, c, d, e})
	if clean.Review {
		t.Errorf("four reports of one fact (score %.3f): marked for review", clean.Score)
	}
	if !mixed.Review {
		t.Errorf("a neighbouring remark sharing the story's words (score %.3f, evidence %d): not marked for review", mixed.Score, leastEvidence(fs, []int{a, b, c, d, e}))
	}
}

// A neighbouring fact joined through one report that states both (d's
// "families next door slept in a school hall", close to c's) is not
// marked: its one partner shares five words with it, and review reads
// the weakest claim's best tie. Alignment splits such a group (see
// TestSplitTwoFactsTiedByOneClaim), and core prune lets such a claim go.
//
// Review is read again on an agreement's final claims: fill adds claims
// after classify, and a grown finding keeps the flag it had before. An
// agreement found by a slot's value is never marked.
func TestReviewAgreementsFinalClaims(t *testing.T) {
	fs, r, g := fourthClaims(t, withFacts(map[string]string{
		"d": "Fire at warehouse.\n\nThe road stayed closed until noon.\n\nNo one was hurt.\n\nFirefighters said the blaze was the third in the town this year.\n",
	}), "a", "b", "c", "d")
	a, b, c, d := g[0], g[1], g[2], g[3]
	ids := func(xs ...int) []string {
		var out []string
		for _, x := range xs {
			out = append(out, fs[x].c.ID)
		}
		return out
	}
	findings := []Finding{
		{Kind: Agreement, Claims: ids(a, b, c, d)},                 // grown by a weak claim, flag stale
		{Kind: Agreement, Claims: ids(a, b, c), Review: true},      // flag stale the other way
		{Kind: Agreement, Claims: ids(a, b, c, d), bySlot: true},   // tied by a value
		{Kind: Discrepancy, Claims: ids(a, b, c, d), Review: true}, // read by classify only
	}
	reviewAgreements(r, fs, findings)
	for k, want := range []bool{true, false, false, true} {
		if findings[k].Review != want {
			t.Errorf("finding %d (%s, %d claims, slot %v): review %v, want %v", k, findings[k].Kind, len(findings[k].Claims), findings[k].bySlot, findings[k].Review, want)
		}
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
