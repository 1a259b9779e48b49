package compare

import (
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/synonym"
)

// Two-article figure slots. Between two articles the slot pass sets two
// figures against each other when their acts meet beyond the names and
// the story's topic words (measuredBeyondNames); but a short act meets a
// long one on a single word the two articles use all along without it
// being the story's topic: "18 people had been injured in the violence"
// and "Violence also broke out in …, where another 20,000 people
// marched" meet on "violence"; "stealing $2.6 million in jewelry" and
// "making off with jewellery worth 103 million euros in one of the
// world's biggest ever heists" on "jewelry". With many articles a third
// source's figures tell the slots apart; with two nothing does.
//
// In a run of exactly two articles, two figures are rivals in the slot
// pass only when their acts (less names and topic words) meet on two
// words, or on one word that neither article uses in commonSentences
// sentences or more (see stemUses).

// commonSentences: an article that uses a word in this many sentences
// keeps coming back to it (see stemUses). On 64 seeded pairs of the dev
// stories' articles 3 reports the same discrepancies as 2; on the
// held-out pairs it lets back one wrong pairing (a count of suspects at
// large against a count of those arrested, 7 -> 8 reported).
const commonSentences = 2

// actsMeetOwn reports whether a's i-th figure and b's k-th have acts that
// meet as the comment above asks; outside a run of two articles (no
// stem uses), always.
func actsMeetOwn(a *feat, i int, b *feat, k int) bool {
	if a.uses == nil || b.uses == nil {
		return true
	}
	if i >= len(a.acts) || k >= len(b.acts) || a.acts[i] == nil || b.acts[k] == nil {
		return false
	}
	names := map[string]bool{}
	for _, c := range []*claims.Claim{a.c, b.c} {
		for _, e := range c.Entities {
			if e.Type == "person" || e.Type == "organization" {
				for _, w := range claims.ContentWords(e.Text) {
					names[w] = true
				}
			}
		}
	}
	met, own := 0, false
	for _, x := range a.acts[i] {
		if names[x.w] || a.topic[x.w] {
			continue
		}
		for _, y := range b.acts[k] {
			if names[y.w] || b.topic[y.w] {
				continue
			}
			if x.w == y.w || synonym.Same(x.w, y.w) {
				met++
				own = own || a.uses[x.w] < commonSentences && b.uses[y.w] < commonSentences
				break
			}
		}
	}
	return met >= 2 || own
}
