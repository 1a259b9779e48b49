package compare

import "github.com/claimdiff/claimdiff/internal/synonym"

// Two-article figure slots. Between two articles the slot pass sets two
// figures against each other when their acts meet beyond the names and
// the story's topic words (measuredBeyondNames); but a short act meets a
// long one on a single word the two articles use all along without it
// being the story's topic: "18 people had been injured in the violence"
// and "Violence also broke out in …, where another 20,000 people
// marched" meet on "violence"; "stealing $3 million in jewelry" and
// "making off with jewellery worth 90 million euros in one of the
// biggest thefts on record" on "jewelry". With many articles a third
// source's figures tell the slots apart; with two nothing does.
//
// In a run of exactly two articles, two figures are rivals in the slot
// pass only when their acts (less names and topic words, see
// actsBeyondNames) meet on two words, or on one word that neither
// article uses in commonSentences sentences or more (see stemUses).

// commonSentences: an article that uses a word in this many sentences
// keeps coming back to it (see stemUses). On 64 seeded pairs of the dev
// stories' articles 3 reports the same discrepancies as 2; on the
// held-out pairs it lets back one wrong pairing (a count of suspects at
// large against a count of those arrested, 7 -> 8 reported).
const commonSentences = 2

// actsMeetOwn reports whether the acts xs of a figure of a and ys of one
// of b, less names and topic words (as actsBeyondNames returns them),
// meet as the comment above asks; outside a run of two articles (no stem
// uses), always. measuredBeyondNames asks it of the acts it strips.
func actsMeetOwn(a *feat, xs vec, b *feat, ys vec) bool {
	if a.uses == nil || b.uses == nil {
		return true
	}
	met, own := 0, false
	for _, x := range xs {
		for _, y := range ys {
			if x.w == y.w || synonym.Same(x.w, y.w) {
				met++
				own = own || a.uses[x.w] < commonSentences && b.uses[y.w] < commonSentences
				break
			}
		}
	}
	return met >= 2 || own
}
