package claims

import "strings"

// Stances: the positions a claim takes on a target — "the union backed the
// plan", "the court found the ban unconstitutional", "sales rose" — each
// with its side after negation and the words of what it is about. They are
// read once, here, from Claim.Text, so package compare sets two claims'
// positions side by side on these fields alone (the content facet).

// Stance is one position a claim takes.
type Stance struct {
	// Concept is the position ("support", "legal", "rise"), as the stance
	// records of lexicon/words.toml name it; Holds is the side the claim
	// takes after a negation right before the word ("did not support").
	Concept string
	Holds   bool
	// At is the index of the stance word in Tokens(Claim.Text); Start and
	// End its bytes in Claim.Text.
	At, Start, End int
	// Target is what the stance is about: up to stanceWindow content words
	// of its clause, after an act of support ("backed the plan") or before
	// a verdict or a change ("the law is unconstitutional"), nearest
	// first, one per stem.
	Target []StanceTarget
}

// StanceTarget is one word of a stance's target.
type StanceTarget struct {
	Stem       string // Stem of the word
	At         int    // its index in Tokens(Claim.Text)
	Start, End int    // its bytes in Claim.Text
}

// stanceWindow is how many content words of the target a stance reaches.
const stanceWindow = 4

// readStances finds the positions a claim takes. A stance named both ways
// in one claim ("backed the first plan and opposed the second") says
// nothing one-sided; one under "whether" or "if" is not asserted. ts are
// the tokens of text.
func readStances(text string, ts []Token) []Stance {
	var out []Stance
	for i, t := range ts {
		concept, sign, before, ok := StanceWord(t.Word)
		if !ok || openQuestion(ts, i) {
			continue
		}
		// "a slam dunk", "the support of": a noun after a determiner names
		// the thing, and takes no position. "the legal team", "a false
		// start": an adjective after a determiner classifies a noun; only
		// a verdict on something ("the ban is legal", "found him guilty")
		// takes a position.
		if i > 0 && nounMarkers[ts[i-1].Word] && (!before || !stanceVerbs[t.Word]) {
			continue
		}
		holds, ok := stanceSign(ts, i, sign)
		if !ok {
			continue
		}
		st := Stance{Concept: concept, Holds: holds, At: i, Start: t.Start, End: t.End}
		// The target stays within the stance's clause: a conjunction or a
		// comma, semicolon or dash between words ends it.
		step, end := 1, len(ts)
		if before {
			step, end = -1, -1
		}
		for j := i + step; j != end && len(st.Target) < stanceWindow; j += step {
			if clauseBreaks[ts[j].Word] || punctBetween(text, ts[min(j, j-step)], ts[max(j, j-step)]) {
				break
			}
			st.addTarget(ts[j], j)
		}
		out = append(out, st)
	}
	return oneSided(out, func(s Stance) (string, bool) { return s.Concept, s.Holds })
}

// stanceSign reads the side of the stance word at i: flipped by a negation
// right before it ("did not support", "not guilty", "wasn't accurate"). A
// negation further back may govern it or another verb ("did not think the
// talks had failed"): its side is then unknown.
func stanceSign(ts []Token, i int, sign bool) (bool, bool) {
	adjacent := -1
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := ts[j].Word
		if isNegatorWord(w) {
			adjacent = j
			break
		}
		if !negationGaps[w] && !beForms[w] {
			break
		}
	}
	for j := 0; j < i; j++ {
		if j != adjacent && isNegatorWord(ts[j].Word) {
			return false, false
		}
	}
	return sign != (adjacent >= 0), true
}

// addTarget adds the word t at token j to the stance's target unless it
// carries no content, is a negation or a form of "be", is itself a stance
// word, or its stem is there already.
func (s *Stance) addTarget(t Token, j int) {
	w := t.Word
	if stopwords[w] || isNegatorWord(w) || beForms[w] {
		return
	}
	if _, ok := stanceWords[w]; ok {
		return
	}
	st := Stem(w)
	for _, x := range s.Target {
		if x.Stem == st {
			return
		}
	}
	s.Target = append(s.Target, StanceTarget{Stem: st, At: j, Start: t.Start, End: t.End})
}

// punctBetween reports whether a clause mark stands between two tokens.
func punctBetween(text string, a, b Token) bool {
	if a.End > b.Start {
		return false
	}
	return strings.ContainsAny(text[a.End:b.Start], ",;:()—–") || strings.Contains(text[a.End:b.Start], " - ")
}

// openQuestion reports whether the word at i sits in a clause that asks
// rather than asserts: "debated whether the tax was legal".
func openQuestion(ts []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if questionWords[ts[j].Word] {
			return true
		}
	}
	return false
}
