package compare

import (
	"fmt"
	"strings"

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
// target. Both claims must also share content beyond the target word, so
// a stance on "the plan" meets another on "the plan" only when the claims
// are about one matter.
func stanceDifference(ca, cb *claims.Claim) (difference, bool) {
	sa, sb := readStances(ca.Text), readStances(cb.Text)
	if len(sa) == 0 || len(sb) == 0 {
		return difference{}, false
	}
	shared := map[string]bool{}
	wb := map[string]bool{}
	for _, w := range claims.ContentWords(cb.Text) {
		wb[w] = true
	}
	for _, w := range claims.ContentWords(ca.Text) {
		if wb[w] {
			shared[w] = true
		}
	}
	for _, x := range sa {
		for _, y := range sb {
			if x.concept != y.concept || x.sign == y.sign {
				continue
			}
			var on []string
			for st := range x.target {
				if _, ok := y.target[st]; ok {
					on = append(on, st)
				}
			}
			if len(on) == 0 || len(shared) < 2 {
				continue
			}
			pa, target := x.phrase(on)
			pb, _ := y.phrase(on)
			s := fmt.Sprintf("%s and %s %s %q: %q vs %q", ca.Source, cb.Source, stanceSays(x.concept), target, pa, pb)
			return difference{FacetContent, s, pa, pb}, true
		}
	}
	return difference{}, false
}

// otherSpeakerPeople reports whether one claim's speaker is a named person
// the other claim names nowhere, while the other names people of its
// own: Jackson saying no charges will be filed against him and an
// attorney weighing charges against Williams are positions on two men.
func otherSpeakerPeople(a, b *feat) bool {
	one := func(x, y *feat) bool {
		// A lone surname ("Jackson said") is often typed "other".
		named := x.spkType == "person" || x.spkType == "other"
		return named && x.speaker != "" && len(y.people) > 0 && !y.people.has(x.speaker) && y.speaker != x.speaker && !x.people.has(y.speaker)
	}
	return one(a, b) || one(b, a)
}

// stanceSide says where a stance word's target stands: the object after
// an act of support ("backed the plan"), or the holder before a verdict
// or a state ("the law is unconstitutional", "sales rose").
type stanceSide int

const (
	targetAfter stanceSide = iota
	targetBefore
)

type stanceWord struct {
	concept string
	sign    bool
}

// stanceEntry is a stance word as claims reads it (claims.StanceWord):
// its concept and sign, and where its target stands.
type stanceEntry struct {
	stanceWord
	side stanceSide
}

func stanceOf(w string) (stanceEntry, bool) {
	concept, sign, before, ok := claims.StanceWord(w)
	side := targetAfter
	if before {
		side = targetBefore
	}
	return stanceEntry{stanceWord{concept, sign}, side}, ok
}

// token is a word of a claim with its byte range in the claim's text.
type token struct {
	word       string // lower-case, folded
	start, end int
}

// tokens splits text into words with their offsets, so a value can quote
// the claim's own bytes.
func tokens(text string) []token {
	ts := claims.Tokens(text)
	out := make([]token, len(ts))
	for i, t := range ts {
		out[i] = token{t.Word, t.Start, t.End}
	}
	return out
}

// stance is one position a claim takes: a concept, its sign (after any
// negation), and its target: the stems of the target's words, each with
// the index of its token.
type stance struct {
	concept string
	sign    bool
	at      int            // token index of the stance word
	target  map[string]int // stem → token index
	text    string
	toks    []token
}

// phrase is the stance as the claim words it, from the stance word to the
// farthest of the target words in on ("backed the governor's pension
// reform"), and the target as written ("governor's pension reform").
func (s stance) phrase(on []string) (phrase, target string) {
	lo, hi := s.at, s.at
	tlo, thi := len(s.toks), -1
	for _, st := range on {
		k := s.target[st]
		lo, hi = min(lo, k), max(hi, k)
		tlo, thi = min(tlo, k), max(thi, k)
	}
	phrase = s.text[s.toks[lo].start:s.toks[hi].end]
	if thi >= 0 {
		target = s.text[s.toks[tlo].start:s.toks[thi].end]
	}
	return phrase, target
}

// stanceWindow is how many content words of the target a stance reaches.
const stanceWindow = 4

// readStances finds the positions a claim takes. A stance named both ways
// in one claim ("backed the first plan and opposed the second") says
// nothing one-sided; one under "whether" or "if" is not asserted.
func readStancesOf(text string) []stance {
	ts := tokens(text)
	var out []stance
	signs := map[string]map[bool]bool{}
	for i, t := range ts {
		lx, ok := stanceOf(t.word)
		if !ok {
			continue
		}
		if openQuestion(ts, i) {
			continue
		}
		// "a slam dunk", "the support of": a noun after a determiner
		// names the thing, and takes no position.
		if lx.side == targetAfter && i > 0 && claims.IsNounMarker(ts[i-1].word) {
			continue
		}
		// "the legal team", "a false start", "of legal arguments": an
		// adjective after a determiner classifies a noun; only a verdict
		// on something ("the ban is legal", "found him guilty") takes a
		// position.
		if lx.side == targetBefore && i > 0 && claims.IsNounMarker(ts[i-1].word) && !claims.IsStanceVerb(ts[i].word) {
			continue
		}
		sign, ok := stanceSign(ts, i, lx.sign)
		if !ok {
			continue
		}
		st := stance{concept: lx.concept, sign: sign, at: i, target: map[string]int{}, text: text, toks: ts}
		// The target stays within the stance's clause: a conjunction or
		// a comma, semicolon or dash between words ends it.
		step, end := 1, len(ts)
		if lx.side == targetBefore {
			step, end = -1, -1
		}
		for j := i + step; j != end && len(st.target) < stanceWindow; j += step {
			if claims.IsClauseBreak(ts[j].word) || punctBetween(text, ts[min(j, j-step)], ts[max(j, j-step)]) {
				break
			}
			addTarget(st.target, ts[j].word, j)
		}
		if signs[st.concept] == nil {
			signs[st.concept] = map[bool]bool{}
		}
		signs[st.concept][sign] = true
		out = append(out, st)
	}
	kept := out[:0]
	for _, s := range out {
		if len(signs[s.concept]) == 1 {
			kept = append(kept, s)
		}
	}
	return kept
}

// stanceSign reads the sign of the stance word at i: flipped by a
// negation right before it ("did not support", "not guilty", "wasn't
// accurate"). A negation further back may govern it or another verb
// ("did not think the talks had failed"): its sign is then unknown.
func stanceSign(ts []token, i int, sign bool) (bool, bool) {
	adjacent := -1
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := ts[j].word
		if claims.IsNegator(w) || strings.HasSuffix(w, "n't") {
			adjacent = j
			break
		}
		if !claims.IsNegationGap(w) && !isBe(w) {
			break
		}
	}
	for j := 0; j < i; j++ {
		if w := ts[j].word; j != adjacent && (claims.IsNegator(w) || strings.HasSuffix(w, "n't")) {
			return false, false
		}
	}
	return sign != (adjacent >= 0), true
}

// addTarget adds the word at token j to a stance's target unless it
// carries no content or is itself a stance or negation word.
func addTarget(target map[string]int, w string, j int) {
	if claims.IsStopword(w) || claims.IsNegator(w) || strings.HasSuffix(w, "n't") || isBe(w) {
		return
	}
	if _, ok := stanceOf(w); ok {
		return
	}
	if _, ok := target[claims.Stem(w)]; !ok {
		target[claims.Stem(w)] = j
	}
}

// punctBetween reports whether a clause mark stands between two tokens.
func punctBetween(text string, a, b token) bool {
	if a.end > b.start {
		return false
	}
	return strings.ContainsAny(text[a.end:b.start], ",;:()—–") || strings.Contains(text[a.end:b.start], " - ")
}

// openQuestion reports whether the word at i sits in a clause that asks
// rather than asserts: "debated whether the tax was legal".
func openQuestion(ts []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		switch ts[j].word {
		case "whether", "if":
			return true
		}
	}
	return false
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
