package compare

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
)

// Helpers that decide, slot by slot, whether two aligned claims really
// differ or only word the same thing differently.

// words splits text into lower-case word tokens, keeping apostrophes and
// hyphens inside words ("didn't", "ex-governor").
func words(s string) []string {
	ws := rawWords(s)
	for i, w := range ws {
		ws[i] = claims.Fold(w)
	}
	return ws
}

// rawWords is words as written, case kept.
func rawWords(s string) []string {
	s = strings.ReplaceAll(s, "’", "'")
	ws := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-')
	})
	out := ws[:0]
	for _, w := range ws {
		// A quote mark written as an apostrophe ("'close your door") is
		// not part of the word.
		if w = strings.Trim(w, "'-"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// ---------------------------------------------------------------- polarity

// notUntil reports whether the negator at i opens "not … until …", which
// says when something happens, not that it does not: "will not be
// released until charges are laid" = "released after he is charged".
func notUntil(ws []string, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+8; j++ {
		if ws[j] == "until" || ws[j] == "till" {
			return true
		}
	}
	return false
}

// polarity reads a claim's stance: the polar states it names, each with
// its sign flipped when a negator stands right before it, and the words a
// negator applies to ("was not stolen" → "stolen"). "no longer" is a
// state word (it has ended), not a negator.
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
	raw     []string
}

// predicateAfterBe is the index of the word after the next form of "be"
// within a short clause after j ("think Kim is responsible" →
// "responsible"), or -1.
func predicateAfterBe(ws []string, j int) int {
	for k := j + 1; k < len(ws) && k <= j+7; k++ {
		if isBe(ws[k]) {
			for m := k + 1; m < len(ws) && m <= k+3; m++ {
				if claims.IsNegationGap(ws[m]) || isBe(ws[m]) {
					continue
				}
				if claims.IsStopword(ws[m]) || claims.IsNegationStop(ws[m]) || claims.IsNegator(ws[m]) || strings.HasSuffix(ws[m], "n't") {
					return -1
				}
				return m
			}
			return -1
		}
	}
	return -1
}

func readPolarityOf(text string) polarity {
	raw := rawWords(text)
	ws := words(text)
	p := polarity{states: map[string]bool{}, negated: map[string]bool{}, words: map[string]bool{}, verbs: map[string]bool{},
		at: map[string][]int{}, stems: make([]string, len(ws)), sequel: map[string]bool{}, negFrom: map[string]int{}, raw: raw}
	for _, w := range claims.ContentWords(text) {
		p.words[w] = true
	}
	for i, w := range ws {
		if !claims.IsStopword(w) && !claims.IsNegator(w) && !strings.HasSuffix(w, "n't") {
			st := claims.Stem(w)
			p.stems[i] = st
			p.at[st] = append(p.at[st], i)
			if i > 0 && claims.IsSequel(ws[i-1]) || i > 1 && claims.IsSequel(ws[i-2]) {
				p.sequel[st] = true
			}
		}
	}
	for i, w := range ws {
		if i == 0 || !claims.IsNounMarker(ws[i-1]) {
			p.verbs[claims.Stem(w)] = true
		}
	}
	flipped := map[int]bool{}
	for i, w := range ws {
		// "had yet to regain" says "had not regained".
		yetTo := w == "yet" && i+1 < len(ws) && ws[i+1] == "to" && (i == 0 || ws[i-1] != "not")
		if !yetTo && (!(claims.IsNegator(w) || strings.HasSuffix(w, "n't")) || w == "no" && i+1 < len(ws) && ws[i+1] == "longer") {
			continue
		}
		if notUntil(ws, i) {
			continue
		}
		p.negators++
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if claims.IsNegationGap(ws[j]) {
				continue
			}
			if claims.IsNegationStop(ws[j]) {
				break
			}
			flipped[j] = true
			// A name is not a predicate: "This wasn't Carlesimo" does not
			// deny every sentence that names him.
			if r := []rune(raw[j]); !unicode.IsUpper(r[0]) {
				p.negated[claims.Stem(ws[j])] = true
				p.negFrom[claims.Stem(ws[j])] = i
			}
			// "doesn't think he is responsible" says he is not: the
			// negation of a verb of opinion falls on what it reports.
			if claims.IsNegRaising(ws[j]) {
				if k := predicateAfterBe(ws, j); k > 0 && !unicode.IsUpper([]rune(raw[k])[0]) {
					flipped[k] = true
					p.negated[claims.Stem(ws[k])] = true
					p.negFrom[claims.Stem(ws[k])] = i
				}
			}
			break
		}
	}
	// A state named both ways in one claim ("tried to open the door and
	// they said close it") says nothing about the claim's stance.
	mixed := map[string]bool{}
	set := func(concept string, sign bool) {
		if v, ok := p.states[concept]; ok && v != sign {
			mixed[concept] = true
		}
		p.states[concept] = sign
	}
	for i, w := range ws {
		switch {
		case w == "no" && i+1 < len(ws) && ws[i+1] == "longer":
			set("end", true)
		case w == "over" && i > 0 && isBe(ws[i-1]) && (i+1 == len(ws) || !isDigitWord(ws[i+1])):
			// "the search is over", not "over 80 people"
			set("end", !flipped[i])
		default:
			if concept, sign, ok := claims.PolarState(w); ok {
				set(concept, sign != flipped[i])
			}
		}
	}
	for k := range mixed {
		delete(p.states, k)
	}
	for i, w := range ws {
		if claims.IsDispute(w) || w == "evidence" && i > 0 && ws[i-1] == "no" {
			p.disputes = true
		}
	}
	return p
}

func isBe(w string) bool {
	switch w {
	case "is", "was", "are", "were", "be", "been", "being":
		return true
	}
	return false
}

func isDigitWord(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// polarityFlip reports whether two claims about the same thing assert
// opposite things: a state read in opposite directions ("ongoing" vs
// "ended", "confirmed" vs "denied"), or a predicate negated on one side
// and asserted on the other ("was not stolen" vs "was stolen"). A
// negation elsewhere in a long sentence, or one that the other side says
// with a state word ("did not attend" vs "was absent"), is no flip.
func polarityFlip(a, b string) bool {
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
// they share more than that word ("Cheeks did not meet them" is not about
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
func negatedPosition(a, b string) (va, vb string, ok bool) {
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
					return strings.Join(x.raw[from:i+1], " "), strings.Join(y.raw[py:k+1], " "), true
				}
			}
		}
	}
	return "", "", false
}

// sameSideWord reports whether the two claims share a content word, other
// than the predicate w, on the same side of it: the subject before it in
// both, or the object after it in both. "Cheeks did not meet them" and
// "he met with Cheeks" share Cheeks, but as the one who met and the one
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

// hedging reads which predicates of a claim are hedged: the first
// content word after each hedge ("may have used", "allegedly drunk"), and
// who is said to have done it: the content words before the first hedge.
func hedgingOf(text string) (scope, agent map[string]bool, hedged bool) {
	ws := words(text)
	scope, agent = map[string]bool{}, map[string]bool{}
	for i, w := range ws {
		hedge := claims.IsHedgeWord(w) && !(w == "may" && i > 0 && ws[i-1] == "in")
		// "could" is as often past ability ("you could own a gun") as
		// possibility; only "could be" and "could have" hedge for sure.
		if w == "could" {
			hedge = i+1 < len(ws) && (ws[i+1] == "be" || ws[i+1] == "have")
		}
		// "appears to", and a passive "is believed to" (not "he said to").
		if claims.IsHedgeTo(w) && i+1 < len(ws) && ws[i+1] == "to" && (strings.HasPrefix(w, "appear") || strings.HasPrefix(w, "seem") || i > 0 && isBe(ws[i-1])) {
			hedge = true
		}
		// "it appears she called", "it seems that".
		if (strings.HasPrefix(w, "appear") || strings.HasPrefix(w, "seem")) && i > 0 && ws[i-1] == "it" {
			hedge = true
		}
		if !hedge {
			continue
		}
		if !hedged {
			for _, w := range ws[:i] {
				if !claims.IsStopword(w) {
					agent[claims.Stem(w)] = true
				}
			}
		}
		hedged = true
		n := 0
		for j := i + 1; j < len(ws) && n < 1; j++ {
			if claims.IsNegationGap(ws[j]) || claims.IsHedgeWord(ws[j]) {
				continue
			}
			scope[claims.Stem(ws[j])] = true
			n++
		}
	}
	return scope, agent, hedged
}

// hedgeFlip reports whether one claim hedges what the other asserts: its
// hedge governs a predicate the other states plainly ("may have used it"
// / "used it"), not a side remark ("charged after allegedly opening
// fire" / "charged after a killing").
func hedgeFlip(a, b string) (hedgedA, flip bool) {
	sa, ga, ha := hedging(a)
	sb, gb, hb := hedging(b)
	if ha == hb {
		return false, false
	}
	h, g, other := sa, ga, b
	if hb {
		h, g, other = sb, gb, a
	}
	ow := map[string]bool{}
	for _, w := range claims.ContentWords(other) {
		ow[w] = true
	}
	// "A man was charged after allegedly opening fire" hedges who fired,
	// in a claim about the man; "opened fire at the party", said of no
	// one, asserts that someone did, which the first does not doubt.
	if len(g) > 0 {
		shared := false
		for w := range g {
			shared = shared || ow[w]
		}
		if !shared {
			return false, false
		}
	}
	hedgedText := a
	if hb {
		hedgedText = b
	}
	for w := range h {
		// "After he hit the woman, he allegedly hit another car": what the
		// claim itself asserts before its hedge is not in doubt.
		if !ow[w] || g[w] {
			continue
		}
		// "The driver allegedly hit a woman" doubts who hit her; "the
		// woman was hit", naming no one, does not say.
		if agentlessPassive(other, w) && !agentlessPassive(hedgedText, w) {
			continue
		}
		return ha, true
	}
	return false, false
}

// agentlessPassive reports whether every use of the stem in text is a
// passive that names no doer: "was hit", not "was hit by the driver".
func agentlessPassive(text, stem string) bool {
	ws := words(text)
	seen := false
	for i, w := range ws {
		if claims.Stem(w) != stem {
			continue
		}
		seen = true
		if i == 0 || !isBe(ws[i-1]) {
			return false
		}
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if ws[j] == "by" {
				return false
			}
		}
	}
	return seen
}

// polarStem reports whether a stem is a state word, whose sign the state
// comparison has already read.
func polarStem(stem string) bool { return claims.IsPolarStem(stem) }

// ------------------------------------------------------------------ quotes

// quoteWords reduces a quotation to its words, so quote marks, case,
// punctuation (apostrophes too: "cant" is "can't") and ellipses never
// count as a misquote.
func quoteWords(s string) []string {
	s = strings.NewReplacer("’", "", "'", "").Replace(claims.Fold(s))
	ws := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r))
	})
	for i, w := range ws {
		ws[i] = spelling(w)
	}
	return ws
}

// spelling folds British spellings to American ones, so "realised" and
// "realized", "labour" and "labor" are one word in a quotation.
func spelling(w string) string {
	for _, p := range [][2]string{{"isation", "ization"}, {"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"}, {"ise", "ize"}, {"yse", "yze"}, {"our", "or"}, {"ours", "ors"}, {"tre", "ter"}} {
		if strings.HasSuffix(w, p[0]) && len(w) > len(p[0])+2 {
			return w[:len(w)-len(p[0])] + p[1]
		}
	}
	return w
}

// quoteFragments splits a quotation at its ellipses: a quote with an
// ellipsis leaves words out, and only the words kept must match.
func quoteFragments(s string) [][]string {
	s = strings.ReplaceAll(s, "...", "…")
	var out [][]string
	for _, part := range strings.Split(s, "…") {
		if ws := quoteWords(part); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// containsRun reports whether ws holds run contiguously at or after from,
// and where it ends.
func containsRun(ws, run []string, from int) (int, bool) {
	for i := from; i+len(run) <= len(ws); i++ {
		ok := true
		for j := range run {
			if ws[i+j] != run[j] {
				ok = false
				break
			}
		}
		if ok {
			return i + len(run), true
		}
	}
	return 0, false
}

// excerptOf reports whether quote a is b or a cut of b: each of a's
// fragments (between ellipses) occurs in b, in order. A source that
// quotes less of a statement does not misquote it.
func excerptOf(a, b string) bool {
	frags := quoteFragments(a)
	if len(frags) == 0 {
		return false
	}
	wb := quoteWords(b)
	at := 0
	for _, f := range frags {
		end, ok := containsRun(wb, f, at)
		if !ok {
			return false
		}
		at = end
	}
	return true
}

// sameQuote reports whether two quotations give the same words, or one is
// an excerpt of the other.
func sameQuote(a, b string) bool { return excerptOf(a, b) || excerptOf(b, a) }

// quoteOverlap is the share of the shorter quotation's words that the
// other uses: a misquote keeps much of the wording ("I can't say" / "I
// wouldn't say"), two different statements share little.
func quoteOverlap(a, b string) float64 {
	wa, wb := quoteWords(a), quoteWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	in := map[string]int{}
	for _, w := range wb {
		in[w]++
	}
	n := 0
	for _, w := range wa {
		if in[w] > 0 {
			in[w]--
			n++
		}
	}
	return float64(n) / float64(len(wa))
}

// soleComment reports whether the sentence presents the quotation as all
// the speaker said ("saying only", "his only comment", "offered only a
// vague comment"): two sources that each give the one thing someone said,
// in different words, cannot both be right.
func soleComment(sentence string) bool {
	ws := words(sentence)
	for i, w := range ws {
		if w == "only" || w == "sole" || w == "lone" {
			// "only" must qualify the saying, not a later noun in the
			// quote: look for a cue or comment noun right around it.
			for j := max(0, i-2); j < min(len(ws), i+5); j++ {
				switch ws[j] {
				case "saying", "said", "says", "say", "comment", "comments", "remark", "response",
					"replied", "offered", "answered", "statement", "told", "words":
					return true
				}
			}
		}
	}
	return false
}

// ---------------------------------------------------------------- speakers

// definiteSpeaker reports whether a speaker is named where the claim is
// made, as someone who can be told apart from another: not a pronoun
// (resolving "they" across sentences is a guess), not "officials", not a
// plural of common nouns ("employees", "lawmakers").
func definiteSpeaker(s *claims.Speaker) bool {
	if s == nil {
		return false
	}
	// "a resident", "a nearby apartment building": an indefinite mention
	// introduces someone unnamed, who may be anyone another source names.
	if ws := words(s.Text); len(ws) > 0 && (ws[0] == "a" || ws[0] == "an" || ws[0] == "one" || ws[0] == "another") {
		return false
	}
	// The whole name counts, not only its head: "officials" name no one,
	// "officials at the Health Ministry" name the ministry's.
	for _, t := range []string{s.Name, s.Text} {
		ws := words(t)
		// A one-letter "name" is a cut initial ("A.J. Smith" read as "A").
		if len(ws) == 0 || claims.IsVagueSpeaker(ws[len(ws)-1]) || len(ws[len(ws)-1]) < 2 {
			return false
		}
		if head := ws[len(ws)-1]; strings.HasSuffix(head, "s") && !hasCapital(t) {
			return false
		}
	}
	return true
}

func hasCapital(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// sameSpeaker reports whether two speakers may be one: the same surname,
// or a name word of one in the other's mention ("ABC Entertainment Group
// prexy Paul Lee" and "Paul Lee"). Titles do not count: two ministers are
// two people.
func sameSpeaker(a, b *claims.Speaker) bool {
	if speakerKey(a) == speakerKey(b) || acronymOf(a, b) || acronymOf(b, a) {
		return true
	}
	in := map[string]bool{}
	for _, t := range []string{b.Name, b.Text} {
		for _, w := range telling(t) {
			in[w] = true
		}
	}
	for _, t := range []string{a.Name, a.Text} {
		for _, w := range telling(t) {
			if len(w) > 2 && in[w] && !claims.IsStopword(w) && !titleWord(w) {
				return true
			}
		}
	}
	return false
}

// telling are the words of a speaker's name that tell it apart: all of
// them, or for a descriptive name only its modifier. "Officials at the
// Health Ministry" and "officials at the Red Cross" share "officials" and
// are two sources; "a spokesman for the Pentagon" and "the Pentagon" share
// "pentagon" and are one.
func telling(name string) []string {
	ws := words(name)
	if head := claims.SpeakerHead(name); head != name {
		if n := len(words(head)); n <= len(ws) {
			return ws[n:]
		}
	}
	return ws
}

// speakerKey is the last word of a speaker's name, without marks:
// "Nicolás Maduro" and "Maduro" are one speaker, so are "police" and
// "“police". A descriptive name is keyed by its head and the body its
// modifier names: "spokesman for the Pentagon" is "spokesman pentagon",
// a spokesman, and not "pentagon", which would make it the Pentagon itself
// ("The Pentagon said"); nor merely "spokesman", which would make every
// body's spokesman one speaker. sameSpeaker still finds "a Pentagon
// spokesman" and "the Pentagon" in it by their shared words.
func speakerKey(s *claims.Speaker) string {
	last := func(t string) string {
		ws := words(t)
		if len(ws) == 0 {
			return ""
		}
		return strings.TrimSuffix(strings.TrimSuffix(ws[len(ws)-1], "'s"), "'")
	}
	head := claims.SpeakerHead(s.Name)
	key := last(head)
	if head != s.Name && key != "" {
		if m := last(s.Name); m != "" {
			key += " " + m
		}
	}
	return key
}

// hasVerbalClause reports whether content reads as a statement rather
// than the object of an act: "troops crossed the border" has a verb, "a
// distress call from the freighter" (what a ship "responded to") has
// none. Long contents are taken as statements whatever their words.
func hasVerbalClause(content string) bool {
	ws := words(content)
	if len(ws) > 6 {
		return true
	}
	for _, w := range ws {
		if claims.IsFinite(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// ----------------------------------------------------------------- numbers

// numberContext is the content words of a claim's text around a number
// (four either side), without the number and its unit: what the figure is
// about ("killed … in the coastal province").
func numberContext(n claims.Number, c *claims.Claim) map[string]bool {
	text := c.Text
	start, end := n.Span.Start-c.TextSpan.Start, n.Span.End-c.TextSpan.Start
	out := map[string]bool{}
	if start < 0 || end > len(text) || start > end {
		for _, w := range claims.ContentWords(text) {
			out[w] = true
		}
		return out
	}
	bw := claims.ContentWords(text[:start])
	for _, w := range bw[max(0, len(bw)-4):] {
		out[w] = true
	}
	aw := claims.ContentWords(text[end:])
	for _, w := range aw[:min(len(aw), 4)] {
		out[w] = true
	}
	return out
}

// sameHead reports whether two numbers that modify a noun ("the
// 36-year-old driver", "the 66-year-old woman") modify the same one: an
// age or a "10-year" term belongs to what follows it, and two people's ages
// are not two reports of one figure. Numbers that modify nothing pass.
func sameHead(na claims.Number, ca *claims.Claim, nb claims.Number, cb *claims.Claim) bool {
	if !strings.Contains(na.Unit, "-") && !strings.Contains(nb.Unit, "-") {
		return true
	}
	ha, hb := headAfter(na, ca), headAfter(nb, cb)
	return ha == "" || hb == "" || ha == hb
}

// headAfter is the stem of the first content word after n in c.
func headAfter(n claims.Number, c *claims.Claim) string {
	if ws := claims.ContentWords(textAfter(n, c)); len(ws) > 0 {
		return ws[0]
	}
	return ""
}

// textAfter is the claim's text after n, "" when n lies outside it.
func textAfter(n claims.Number, c *claims.Claim) string {
	end := n.Span.End - c.TextSpan.Start
	if end < 0 || end > len(c.Text) {
		return ""
	}
	return c.Text[end:]
}

// sameFigure reports whether two numbers' contexts say they are one
// figure: two words or more, and much of the smaller context, recur in
// the other. Two percentages in one story ("risen by 240 percent", "29%
// of all cases") are different figures.
func sameFigure(a, b map[string]bool) bool {
	// One word of context ("killing one man") cannot tell two figures apart.
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n >= 2 && float64(n) >= 0.4*float64(min(len(a), len(b)))
}

// acronymOf reports whether a's mention holds the initials of b's name:
// "CHP Officer Brad Baehr" speaks for the "California Highway Patrol".
func acronymOf(a, b *claims.Speaker) bool {
	var init strings.Builder
	for _, w := range rawWords(b.Name) {
		if r := []rune(w); unicode.IsUpper(r[0]) {
			init.WriteRune(unicode.ToLower(r[0]))
		}
	}
	if init.Len() < 2 {
		return false
	}
	for _, w := range words(a.Text + " " + a.Name) {
		if w == init.String() {
			return true
		}
	}
	return false
}

// speaksForBody reports whether a speaker's mention gives a role in an
// organisation ("police inspector Dave Gaskin").
func speaksForBody(s *claims.Speaker) bool {
	for _, w := range words(s.Text + " " + s.Role) {
		if claims.IsBodyRole(w) {
			return true
		}
	}
	return false
}

// partsOf reports whether numbers of c joined by "and" add up to n: "shot
// to death one person and injured two others" is "shot three people",
// "12 Somali and 11 Yemeni pirates" are "23 pirates". A total is not a
// rival of its parts.
func partsOf(c *claims.Claim, n claims.Number) bool {
	ns := append([]claims.Number(nil), c.Numbers...)
	sort.SliceStable(ns, func(i, j int) bool { return ns[i].Span.Start < ns[j].Span.Start })
	in := func(k int) (int, int) { return ns[k].Span.Start - c.TextSpan.Start, ns[k].Span.End - c.TextSpan.Start }
	b := valBounds(n)
	for i := range ns {
		sum := ns[i].Value
		for j := i + 1; j < len(ns); j++ {
			_, end := in(j - 1)
			start, _ := in(j)
			if end < 0 || start > len(c.Text) || end > start || start-end > 40 {
				break
			}
			gap := " " + strings.ToLower(c.Text[end:start]) + " "
			if !strings.Contains(gap, " and ") && !strings.Contains(gap, ",") {
				break
			}
			sum += ns[j].Value
			if sum >= b.lo && sum <= b.hi {
				return true
			}
		}
	}
	return false
}

// sameLocated reports whether two distances locate the same thing: the
// words before each (what is that far) share a content word. Other
// numbers pass.
func sameLocated(na claims.Number, ca *claims.Claim, nb claims.Number, cb *claims.Claim) bool {
	if !claims.IsLengthUnit(strings.ToLower(na.Unit)) && !claims.IsLengthUnit(strings.ToLower(nb.Unit)) {
		return true
	}
	before := func(n claims.Number, c *claims.Claim) map[string]bool {
		m := map[string]bool{}
		start := n.Span.Start - c.TextSpan.Start
		if start < 0 || start > len(c.Text) {
			for _, w := range claims.ContentWords(c.Text) {
				m[w] = true
			}
			return m
		}
		ws := claims.ContentWords(c.Text[:start])
		for _, w := range ws[max(0, len(ws)-4):] {
			m[w] = true
		}
		return m
	}
	a, b := before(na, ca), before(nb, cb)
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// sameScope reports whether two stretches of time are spent in the same
// capacity: "11 seasons as a player with the club" and "15 seasons in the
// league" are a part and a whole, and "four seasons as director" is one
// post of "19 seasons with the club". Only when both say what the time
// was spent in, and say it with different prepositions, are they two
// figures.
func sameScope(na claims.Number, ca *claims.Claim, nb claims.Number, cb *claims.Claim) bool {
	if !claims.IsSpanUnit(strings.ToLower(na.Unit)) || !claims.IsSpanUnit(strings.ToLower(nb.Unit)) {
		return true
	}
	pa, pb := wordAfter(na, ca), wordAfter(nb, cb)
	if !claims.IsScopePrep(pa) || !claims.IsScopePrep(pb) {
		return true
	}
	return pa == pb
}

// leading reports whether n counts the first or last few of something,
// which is no rival of a count of the whole ("won 40 games" and "took
// the first two games"); two such counts are compared.
func leading(n claims.Number, c *claims.Claim) bool {
	start := n.Span.Start - c.TextSpan.Start
	if start <= 0 || start > len(c.Text) {
		return false
	}
	f := strings.Fields(c.Text[:start])
	return len(f) > 0 && claims.IsLeadingWord(strings.ToLower(f[len(f)-1]))
}

// wordAfter is the first word after n in c, in lower case.
func wordAfter(n claims.Number, c *claims.Claim) string {
	f := strings.Fields(textAfter(n, c))
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[0], ",.;:()\"'’”"))
}

// kindOf is what a number's text says of the counted noun besides the
// noun: "seven AK-47 rifles" → {ak-47}, "11 Yemeni pirates" → {yemeni}.
func kindOf(n claims.Number) map[string]bool {
	ws := words(n.Text)
	m := map[string]bool{}
	for i, w := range ws {
		if i == len(ws)-1 || claims.IsCountWord(w) || strings.Trim(w, "0123456789.,") == "" {
			continue
		}
		m[w] = true
	}
	return m
}

// otherKinds reports whether two numbers count differently qualified
// things, each named with a kind the other lacks: "seven AK-47 rifles"
// and "nine assault rifles", "12 Somali" and "11 Yemeni pirates" are
// counts of two sets, not two counts of one. A kind on one side only
// ("two speed boats", "three boats") may still be the same set.
func otherKinds(na, nb claims.Number) bool {
	ka, kb := kindOf(na), kindOf(nb)
	if len(ka) == 0 || len(kb) == 0 {
		return false
	}
	for w := range ka {
		if kb[w] {
			return false
		}
	}
	return true
}

// ----------------------------------------------------------------- content

// The content facet: two aligned claims take opposite positions on one
// target — one source's "the union backed the plan" against another's
// "the union opposed the plan", "the court upheld the ban" against "the
// court struck it down", a verdict of "guilty" against one of "not
// guilty". Parties may differ ("prosecutors called it lawful", "the
// defence called it unlawful"): a reader must see that the sources set
// opposite positions against each other on the same thing. A stance word
// alone is not enough: the two must share their target, the words the
// stance is about.

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
	var out []token
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.Trim(text[start:end], "'’-")
		if w != "" {
			s := start + strings.Index(text[start:end], w)
			out = append(out, token{claims.Fold(strings.ReplaceAll(w, "’", "'")), s, s + len(w)})
		}
		start = -1
	}
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(text))
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

// quoteChanges counts the words one quotation has that the other lacks,
// and the reverse, after the longest common sequence of words: a remark
// reprinted with one word added or changed ("the violence of the system
// uses") is the same remark; a reader checks one worded differently in
// two places or more.
func quoteChanges(a, b string) int {
	wa, wb := quoteWords(a), quoteWords(b)
	if len(wa)*len(wb) > 1<<20 {
		return len(wa) + len(wb) // too long to align; certainly reworded
	}
	prev := make([]int, len(wb)+1)
	cur := make([]int, len(wb)+1)
	for i := 1; i <= len(wa); i++ {
		for j := 1; j <= len(wb); j++ {
			switch {
			case wa[i-1] == wb[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	common := prev[len(wb)]
	return len(wa) + len(wb) - 2*common
}

// minQuoteChanges is how many changed words make two quotations of one
// remark a discrepancy (see quoteChanges).
const minQuoteChanges = 2

// minUnattributedWords is the least length, in words, of a quotation
// without a speaker that is compared as a remark: a quoted name or phrase
// ("Deep Throat") is a label, not something someone said.
const minUnattributedWords = 5
