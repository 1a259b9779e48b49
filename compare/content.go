package compare

import (
	"fmt"

	"github.com/claimdiff/claimdiff/claims"
)

// The content facet: two aligned claims take opposite positions on one
// target — one source's "the union backed the plan" against another's
// "the union opposed the plan", "the court upheld the ban" against "the
// court struck it down", a verdict of "guilty" against one of "not
// guilty". Parties may differ ("prosecutors called it lawful", "the
// defence called it unlawful"): a reader must see that the sources set
// opposite positions against each other on the same thing. A stance word
// alone is not enough: the two must share their target, the words the
// stance is about.

// contentDifference finds two claims taking opposite positions on one
// target. Opposite positions need no close wording: one source quotes the
// defence, the other the prosecution. Claims about other people are
// positions on other matters.
func contentDifference(a, b *feat) (difference, bool) {
	ca, cb := a.c, b.c
	if otherPeople(a, b) || otherSpeakerPeople(a, b) {
		return difference{}, false
	}
	if d, ok := stanceDifference(ca, cb); ok {
		return d, true
	}
	if va, vb, ok := negatedPosition(ca, cb); ok {
		return difference{FacetContent, fmt.Sprintf("%s and %s take opposite positions: %q vs %q", ca.Source, cb.Source, va, vb), va, vb}, true
	}
	return difference{}, false
}

// stanceDifference finds two claims taking opposite positions on the same
// target (claims.Claim.Stances). Both claims must also share content
// beyond the target word, so a stance on "the plan" meets another on "the
// plan" only when the claims are about one matter.
func stanceDifference(ca, cb *claims.Claim) (difference, bool) {
	if len(ca.Stances) == 0 || len(cb.Stances) == 0 {
		return difference{}, false
	}
	shared := map[string]bool{}
	wb := map[string]bool{}
	for _, w := range cb.Stems {
		wb[w] = true
	}
	for _, w := range ca.Stems {
		if wb[w] {
			shared[w] = true
		}
	}
	for _, x := range ca.Stances {
		for _, y := range cb.Stances {
			if x.Concept != y.Concept || x.Holds == y.Holds {
				continue
			}
			var on []string
			for _, t := range x.Target {
				if targetAt(y, t.Stem) >= 0 {
					on = append(on, t.Stem)
				}
			}
			if len(on) == 0 || len(shared) < 2 {
				continue
			}
			pa, target := stancePhrase(ca.Text, x, on)
			pb, _ := stancePhrase(cb.Text, y, on)
			s := fmt.Sprintf("%s and %s %s %q: %q vs %q", ca.Source, cb.Source, stanceSays(x.Concept), target, pa, pb)
			return difference{FacetContent, s, pa, pb}, true
		}
	}
	return difference{}, false
}

// targetAt is the index in s.Target of the word of stem st, or -1.
func targetAt(s claims.Stance, st string) int {
	for i, t := range s.Target {
		if t.Stem == st {
			return i
		}
	}
	return -1
}

// stancePhrase is the stance as the claim text words it, from the stance
// word to the farthest of the target words in on ("backed the governor's
// pension reform"), and the target as written ("governor's pension
// reform").
func stancePhrase(text string, s claims.Stance, on []string) (phrase, target string) {
	lo, hi := s.Start, s.End
	tlo, thi := len(text), -1
	for _, st := range on {
		t := s.Target[targetAt(s, st)]
		lo, hi = min(lo, t.Start), max(hi, t.End)
		tlo, thi = min(tlo, t.Start), max(thi, t.End)
	}
	phrase = text[lo:hi]
	if thi >= 0 {
		target = text[tlo:thi]
	}
	return phrase, target
}

// otherSpeakerPeople reports whether one claim's speaker is a named person
// the other claim names nowhere, while the other names people of its
// own: Okafor saying no charges will be filed against him and an
// attorney weighing charges against Holloway are positions on two men.
func otherSpeakerPeople(a, b *feat) bool {
	one := func(x, y *feat) bool {
		// A lone surname ("Okafor said") is often typed "other".
		named := x.spkType == "person" || x.spkType == "other"
		return named && x.speaker != "" && len(y.people) > 0 && !y.people.has(x.speaker) && y.speaker != x.speaker && !x.people.has(y.speaker)
	}
	return one(a, b) || one(b, a)
}

// stanceSays words a conflict of the concept for the summary: a stance
// is a position, a finding a verdict, a change a direction.
func stanceSays(concept string) string {
	switch concept {
	case "support", "approve":
		return "take opposite positions on"
	case "rise":
		return "report opposite directions for"
	}
	return "give opposite verdicts on"
}
