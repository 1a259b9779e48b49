package compare

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// The negation facet: one source negates what another asserts.

func isDigitWord(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// negationDifference finds two claims in close wording (text, the cosine
// of their words) that say opposite things: one negates what the other
// asserts.
func negationDifference(ca, cb *claims.Claim, text float64) (difference, bool) {
	if text < 0.4 || !polarityFlip(ca, cb) {
		return difference{}, false
	}
	return difference{FacetNegation, fmt.Sprintf("%s and %s say opposite things: %q vs %q", ca.Source, cb.Source, shorten(ca.Text, 60), shorten(cb.Text, 60)), "", ""}, true
}

// polarity reads a claim's stance: the polar states it asserts
// (claims.Claim.States), and the words a negator applies to ("was not
// stolen" → "stolen").
type polarity struct {
	states   map[string]bool
	negated  map[string]bool // stems of negated predicates
	words    map[string]bool // stems of all content words
	negators int
	disputes bool            // calls something false or denies it
	verbs    map[string]bool // stems used where a verb can stand: not after "the", "his", "of"
	// where each stem stands (token indexes), to tell a predicate's
	// subject from its object
	at map[string][]int
	// stems of content words at each token index ("" for the others)
	stems []string
	// stems asserted as the end of a sequence ("finally pulled over",
	// "was later released"): an earlier "would not" is a phase of the
	// story, not its opposite
	sequel map[string]bool
	// where the negation of each negated stem starts
	negFrom map[string]int
	// the claim's text, whose words a finding quotes
	text string
}

// readPolarityOf reads what polarity needs of a claim. Which words
// negate it and what they deny are the claim's own reading
// (claims.Claim.Negations, the same as its Negated field), and so is where
// its words stand (claims.Claim.Polarity); text is kept to quote
// its words.
func readPolarityOf(c *claims.Claim) polarity {
	cp := c.Polarity
	p := polarity{states: map[string]bool{}, negated: map[string]bool{}, words: map[string]bool{}, verbs: map[string]bool{},
		at: map[string][]int{}, stems: cp.Stems, sequel: map[string]bool{}, negFrom: map[string]int{}, text: c.Text,
		disputes: cp.Disputes}
	for _, w := range c.Stems {
		p.words[w] = true
	}
	for i, st := range cp.Stems {
		if st != "" {
			p.at[st] = append(p.at[st], i)
		}
	}
	for _, st := range cp.Sequel {
		p.sequel[st] = true
	}
	for _, st := range cp.Verbs {
		p.verbs[st] = true
	}
	for _, n := range c.Negations {
		p.negators++
		for _, st := range n.Stems {
			// A name is not a predicate (Negation.Stems holds "" for it).
			if st != "" {
				p.negated[st] = true
				p.negFrom[st] = n.At
			}
		}
	}
	// The states are the claim's own reading (claims.Claim.States): each on
	// the side the claim asserts, phases and states named both ways left
	// out.
	for _, st := range c.States {
		p.states[st.Concept] = st.Holds
	}
	return p
}

// polarityFlip reports whether two claims about the same thing assert
// opposite things: a state read in opposite directions ("ongoing" vs
// "ended", "confirmed" vs "denied"), or a predicate negated on one side
// and asserted on the other ("was not stolen" vs "was stolen"). A
// negation elsewhere in a long sentence, or one that the other side says
// with a state word ("did not attend" vs "was absent"), is no flip.
func polarityFlip(a, b *claims.Claim) bool {
	pa, pb := readPolarity(a), readPolarity(b)
	for k, va := range pa.states {
		if vb, ok := pb.states[k]; ok && va != vb {
			return true
		}
	}
	// One side disputes what the other reports plainly: "the ministry
	// denied that troops crossed" / "troops crossed, witnesses said".
	if pa.disputes != pb.disputes {
		d, o := pa, pb
		if pb.disputes {
			d, o = pb, pa
		}
		if o.negators == 0 && len(o.states) == 0 && sharedWords(d, o) >= 2 {
			return true
		}
	}
	// When both sides negate something, the negation may just sit on
	// another verb ("I didn't feel we were ready" / "I feel we weren't
	// ready").
	if pa.negators > 0 && pb.negators > 0 {
		return false
	}
	return negatedAsserted(pa, pb) || negatedAsserted(pb, pa)
}

// negatedAsserted: some predicate x negates, y uses without negating, and
// they share more than that word ("Brennan did not meet them" is not about
// "his meetings with players").
func negatedAsserted(x, y polarity) bool {
	// Several negations ("I don't understand why they don't hire
	// drivers") leave no one polarity to set against another.
	if x.negators > 1 || sharedWords(x, y) < 2 {
		return false
	}
	for w := range x.negated {
		if y.verbs[w] && !y.negated[w] && !polarStem(w) && !y.sequel[w] && !claims.IsLightAct(w) && sameSideWord(x, y, w) {
			return true
		}
	}
	return false
}

// negatedPosition finds one claim denying what the other asserts about
// the same thing, in words too far apart to be one report negated: "won't
// vote to convict the former president" against "most likely to vote to
// convict him", "doesn't think the regime is responsible for the death"
// against "the regime is responsible for the death". The shared target
// must follow the predicate closely in both claims, the asserting claim
// must negate nothing, and an act told as a sequel ("finally released")
// answers an earlier refusal rather than contradicting it.
func negatedPosition(a, b *claims.Claim) (va, vb string, ok bool) {
	pa, pb := readPolarity(a), readPolarity(b)
	if x, y, ok := negatedTarget(pa, pb); ok {
		return x, y, true
	}
	if y, x, ok := negatedTarget(pb, pa); ok {
		return x, y, true
	}
	return "", "", false
}

// negatedTarget: x negates a predicate that y asserts, and a content word
// within four words after it in x is within four words after it in y.
// It returns the wording of each, from the negation or the predicate to
// the target.
func negatedTarget(x, y polarity) (string, string, bool) {
	// A claim with several negations ("I don't understand how they don't
	// hire drivers") has no one polarity to set against another.
	if x.negators != 1 || y.negators > 0 || sharedWords(x, y) < 2 {
		return "", "", false
	}
	for _, w := range slices.Sorted(maps.Keys(x.negated)) {
		if claims.IsLightAct(w) || !y.verbs[w] || y.negated[w] || polarStem(w) || y.sequel[w] || len(x.at[w]) == 0 || len(y.at[w]) == 0 {
			continue
		}
		px, py := x.at[w][0], y.at[w][0]
		for i := px + 1; i < len(x.stems) && i <= px+4; i++ {
			s := x.stems[i]
			if s == "" || claims.IsDispute(s) {
				continue
			}
			for _, k := range y.at[s] {
				if k > py && k <= py+4 {
					from := min(x.negFrom[w], px)
					return strings.Join(rawWords(x.text)[from:i+1], " "), strings.Join(rawWords(y.text)[py:k+1], " "), true
				}
			}
		}
	}
	return "", "", false
}

// sameSideWord reports whether the two claims share a content word, other
// than the predicate w, on the same side of it: the subject before it in
// both, or the object after it in both. "Brennan did not meet them" and
// "he met with Brennan" share Brennan, but as the one who met and the one
// met. Passive and active voice ("was not stolen", "stole the data")
// share the object on opposite sides too, and then still share the
// subject or another word alongside.
func sameSideWord(x, y polarity, w string) bool {
	if len(x.at[w]) == 0 || len(y.at[w]) == 0 {
		return true
	}
	px, py := x.at[w][0], y.at[w][0]
	for i, s := range x.stems {
		if s == "" || s == w || claims.IsDispute(s) {
			continue
		}
		for _, k := range y.at[s] {
			if (i < px) == (k < py) {
				return true
			}
		}
	}
	return false
}

// sharedWords counts the content words two claims have in common, but
// dispute words.
func sharedWords(x, y polarity) int {
	n := 0
	for w := range x.words {
		if y.words[w] && !claims.IsDispute(w) {
			n++
		}
	}
	return n
}

// polarStem reports whether a stem is a state word, whose sign the state
// comparison has already read.
func polarStem(stem string) bool { return claims.IsPolarStem(stem) }
