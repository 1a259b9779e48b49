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

// negators flip what a clause asserts without naming the opposite state.
// Contractions typed without the apostrophe ("I cant say") count too.
var negators = map[string]bool{
	"not": true, "never": true, "no": true, "none": true, "nobody": true, "nothing": true,
	"neither": true, "nor": true, "cannot": true, "without": true,
	"cant": true, "dont": true, "didnt": true, "doesnt": true, "isnt": true, "wasnt": true,
	"werent": true, "wont": true, "wouldnt": true, "couldnt": true, "shouldnt": true,
	"arent": true, "hasnt": true, "havent": true, "hadnt": true,
}

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

// polarWords place a word on one side of a state that can be reported
// either way: "ongoing" and "ended" are one state read in opposite
// directions, so are "confirmed" and "denied". The concept names the
// state; the sign says which side the word is on.
var polarWords = map[string]struct {
	concept string
	sign    bool
}{
	"ended": {"end", true}, "ends": {"end", true}, "finished": {"end", true}, "concluded": {"end", true},
	"halted": {"end", true}, "stopped": {"end", true}, "ceased": {"end", true}, "suspended": {"end", true},
	"called-off": {"end", true}, "abandoned": {"end", true},
	"ongoing": {"end", false}, "continuing": {"end", false}, "continues": {"end", false}, "continue": {"end", false},
	"continued": {"end", false}, "underway": {"end", false}, "resumed": {"end", false},
	"open": {"open", true}, "opened": {"open", true}, "reopened": {"open", true}, "reopen": {"open", true},
	"closed": {"open", false}, "shut": {"open", false}, "close": {"open", false},
	"accepted": {"accept", true}, "approved": {"accept", true}, "upheld": {"accept", true}, "granted": {"accept", true},
	"confirmed": {"accept", true}, "acknowledged": {"accept", true}, "admitted": {"accept", true}, "agreed": {"accept", true},
	"rejected": {"accept", false}, "denied": {"accept", false}, "refused": {"accept", false}, "dismissed": {"accept", false},
	"declined": {"accept", false}, "disputed": {"accept", false}, "overturned": {"accept", false}, "vetoed": {"accept", false},
	"alive": {"alive", true}, "survived": {"alive", true}, "rescued": {"alive", true},
	"dead": {"alive", false}, "died": {"alive", false}, "killed": {"alive", false},
	"present": {"present", true}, "attended": {"present", true}, "attend": {"present", true},
	"absent": {"present", false}, "missed": {"present", false}, "skipped": {"present", false},
	"guilty": {"guilty", true}, "convicted": {"guilty", true},
	"innocent": {"guilty", false}, "acquitted": {"guilty", false},
	"rose": {"rise", true}, "risen": {"rise", true}, "increased": {"rise", true}, "grew": {"rise", true}, "climbed": {"rise", true},
	"fell": {"rise", false}, "fallen": {"rise", false}, "decreased": {"rise", false}, "dropped": {"rise", false},
	"legal": {"legal", true}, "lawful": {"legal", true}, "illegal": {"legal", false}, "unlawful": {"legal", false},
	"safe": {"safe", true}, "unsafe": {"safe", false},
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

// negRaising are verbs of opinion whose negation is read on the opinion:
// "I don't think it works" says "I think it does not work".
var negRaising = map[string]bool{
	"think": true, "believe": true, "expect": true, "suppose": true, "feel": true,
}

// predicateAfterBe is the index of the word after the next form of "be"
// within a short clause after j ("think Kim is responsible" →
// "responsible"), or -1.
func predicateAfterBe(ws []string, j int) int {
	for k := j + 1; k < len(ws) && k <= j+7; k++ {
		if isBe(ws[k]) {
			for m := k + 1; m < len(ws) && m <= k+3; m++ {
				if negSkip[ws[m]] || isBe(ws[m]) {
					continue
				}
				if claims.IsStopword(ws[m]) || negStop[ws[m]] || negators[ws[m]] || strings.HasSuffix(ws[m], "n't") {
					return -1
				}
				return m
			}
			return -1
		}
	}
	return -1
}

// sequelWords put an act after an earlier state that was its opposite.
var sequelWords = map[string]bool{
	"finally": true, "eventually": true, "later": true, "ultimately": true, "subsequently": true,
	"afterwards": true, "afterward": true, "then": true,
}

// negStop are words a negation cannot be about: "said nothing after the
// arrest" negates the saying, not "after".
var negStop = map[string]bool{
	"after": true, "before": true, "since": true, "during": true, "until": true, "about": true,
	"in": true, "on": true, "at": true, "for": true, "from": true, "with": true, "by": true,
	"of": true, "over": true, "into": true, "than": true, "because": true,
}

// nounMarkers precede a noun, not a verb: "his meetings" is not "met".
var nounMarkers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "my": true, "your": true, "this": true, "that": true, "these": true, "those": true,
	"of": true, "in": true, "on": true, "at": true, "for": true, "with": true, "by": true,
}

// negSkip are words between a negator and what it negates.
var negSkip = map[string]bool{
	"be": true, "been": true, "being": true, "is": true, "was": true, "are": true, "were": true,
	"have": true, "has": true, "had": true, "do": true, "does": true, "did": true, "to": true,
	"a": true, "an": true, "the": true, "any": true, "ever": true, "yet": true, "so": true,
	"even": true, "also": true, "really": true, "immediately": true, "directly": true,
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
		if !claims.IsStopword(w) && !negators[w] && !strings.HasSuffix(w, "n't") {
			st := claims.Stem(w)
			p.stems[i] = st
			p.at[st] = append(p.at[st], i)
			if i > 0 && sequelWords[ws[i-1]] || i > 1 && sequelWords[ws[i-2]] {
				p.sequel[st] = true
			}
		}
	}
	for i, w := range ws {
		if i == 0 || !nounMarkers[ws[i-1]] {
			p.verbs[claims.Stem(w)] = true
		}
	}
	flipped := map[int]bool{}
	for i, w := range ws {
		// "had yet to regain" says "had not regained".
		yetTo := w == "yet" && i+1 < len(ws) && ws[i+1] == "to" && (i == 0 || ws[i-1] != "not")
		if !yetTo && (!(negators[w] || strings.HasSuffix(w, "n't")) || w == "no" && i+1 < len(ws) && ws[i+1] == "longer") {
			continue
		}
		if notUntil(ws, i) {
			continue
		}
		p.negators++
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if negSkip[ws[j]] {
				continue
			}
			if negStop[ws[j]] {
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
			if negRaising[ws[j]] {
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
			if pw, ok := polarWords[w]; ok {
				set(pw.concept, pw.sign != flipped[i])
			}
		}
	}
	for k := range mixed {
		delete(p.states, k)
	}
	for i, w := range ws {
		if disputeWords[w] || w == "evidence" && i > 0 && ws[i-1] == "no" {
			p.disputes = true
		}
	}
	return p
}

// disputeWords say a claim is contested: one source reporting a denial of
// what another reports as fact is a difference a fact-checker must see.
var disputeWords = map[string]bool{
	"deny": true, "denies": true, "denied": true, "denial": true, "denials": true,
	"reject": true, "rejects": true, "rejected": true, "dispute": true, "disputes": true,
	"disputed": true, "refute": true, "refutes": true, "refuted": true, "false": true,
	"falsely": true, "untrue": true, "baseless": true, "fabricated": true, "lies": true,
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
		if y.verbs[w] && !y.negated[w] && !polarStem(w) && !y.sequel[w] && !lightVerbs[w] && sameSideWord(x, y, w) {
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
		if lightVerbs[w] || !y.verbs[w] || y.negated[w] || polarStem(w) || y.sequel[w] || len(x.at[w]) == 0 || len(y.at[w]) == 0 {
			continue
		}
		px, py := x.at[w][0], y.at[w][0]
		for i := px + 1; i < len(x.stems) && i <= px+4; i++ {
			s := x.stems[i]
			if s == "" || disputeWords[s] {
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

// lightVerbs mean little by themselves: "didn't get a shooter" and
// "getting out on shooters" are not one act.
var lightVerbs = map[string]bool{
	"get": true, "have": true, "make": true, "take": true, "do": true, "go": true, "come": true,
	"give": true, "put": true, "keep": true, "let": true, "see": true, "want": true,
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
		if s == "" || s == w || disputeWords[s] {
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
		if y.words[w] && !disputeWords[w] {
			n++
		}
	}
	return n
}

// hedgeWords mark a claim its source does not fully assert; hedgePhrases
// do so as "<word> to" ("is believed to", "appears to").
var hedgeWords = map[string]bool{
	"may": true, "might": true, "could": true, "reportedly": true, "allegedly": true, "apparently": true,
	"possibly": true, "perhaps": true, "likely": true, "probably": true, "seemingly": true,
	"supposedly": true, "purportedly": true, "presumably": true, "potentially": true, "maybe": true,
}

var hedgePhrases = map[string]bool{
	"appears": true, "appear": true, "appeared": true, "seems": true, "seem": true, "seemed": true,
	"believed": true, "reported": true, "thought": true, "said": true, "alleged": true, "rumored": true,
	"rumoured": true,
}

// hedging reads which predicates of a claim are hedged: the first
// content word after each hedge ("may have used", "allegedly drunk"), and
// who is said to have done it: the content words before the first hedge.
func hedgingOf(text string) (scope, agent map[string]bool, hedged bool) {
	ws := words(text)
	scope, agent = map[string]bool{}, map[string]bool{}
	for i, w := range ws {
		hedge := hedgeWords[w] && !(w == "may" && i > 0 && ws[i-1] == "in")
		// "could" is as often past ability ("you could own a gun") as
		// possibility; only "could be" and "could have" hedge for sure.
		if w == "could" {
			hedge = i+1 < len(ws) && (ws[i+1] == "be" || ws[i+1] == "have")
		}
		// "appears to", and a passive "is believed to" (not "he said to").
		if hedgePhrases[w] && i+1 < len(ws) && ws[i+1] == "to" && (strings.HasPrefix(w, "appear") || strings.HasPrefix(w, "seem") || i > 0 && isBe(ws[i-1])) {
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
			if negSkip[ws[j]] || hedgeWords[ws[j]] {
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
func polarStem(stem string) bool {
	for w := range polarWords {
		if claims.Stem(w) == stem {
			return true
		}
	}
	return false
}

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

// vagueSpeakers name no one in particular: "officials said" in one source
// and "authorities said" in another credit no one differently.
var vagueSpeakers = map[string]bool{
	"official": true, "officials": true, "authorities": true, "source": true, "sources": true,
	"expert": true, "experts": true, "analyst": true, "analysts": true, "witness": true,
	"witnesses": true, "resident": true, "residents": true, "observers": true, "critics": true,
	"reports": true, "report": true, "media": true, "people": true, "some": true, "many": true,
	"others": true, "they": true, "he": true, "she": true, "it": true, "we": true, "i": true,
	"you": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "aides": true,
	"aide": true, "government": true, "statement": true, "who": true, "which": true, "that": true,
	"police": true, "cops": true, "investigators": true, "prosecutors": true, "herself": true, "himself": true,
	"themselves": true, "itself": true, "him": true, "her": true, "them": true, "president": true,
	"minister": true, "officer": true, "spokesmen": true, "representatives": true, "this": true,
}

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
		if len(ws) == 0 || vagueSpeakers[ws[len(ws)-1]] || len(ws[len(ws)-1]) < 2 {
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

// finiteWords are verbs and auxiliaries that make a stretch of words a
// clause.
var finiteWords = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "should": true, "must": true, "did": true, "does": true, "do": true, "said": true,
	"told": true, "went": true, "came": true, "took": true, "gave": true, "made": true, "left": true,
	"met": true, "saw": true, "found": true, "held": true, "won": true, "lost": true, "fled": true,
	"shot": true, "struck": true, "fell": true, "began": true, "knew": true, "thought": true,
	"brought": true, "sought": true, "kept": true, "sent": true, "spent": true, "built": true,
	"paid": true, "led": true, "ran": true, "hit": true, "put": true, "set": true, "cut": true,
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
		if finiteWords[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "n't") {
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

// bodyRoles are roles of people who speak for an organisation.
var bodyRoles = map[string]bool{
	"officer": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true,
	"chief": true, "director": true, "commissioner": true, "inspector": true, "sheriff": true,
	"undersheriff": true, "sergeant": true, "sgt": true, "lieutenant": true, "lt": true, "captain": true,
	"capt": true, "detective": true, "agent": true, "secretary": true, "minister": true, "president": true,
	"chairman": true, "chairwoman": true, "ceo": true, "head": true, "trooper": true, "constable": true,
}

// speaksForBody reports whether a speaker's mention gives a role in an
// organisation ("police inspector Dave Gaskin").
func speaksForBody(s *claims.Speaker) bool {
	for _, w := range words(s.Text + " " + s.Role) {
		if bodyRoles[w] {
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

// lengthUnits measure a distance, which locates something: "the building
// is 15 miles north of Detroit" and "a motorist 50 miles north of
// Detroit" place two different things.
var lengthUnits = map[string]bool{
	"mile": true, "miles": true, "km": true, "kilometres": true, "kilometers": true, "kilometre": true,
	"kilometer": true, "metres": true, "meters": true, "metre": true, "meter": true, "m": true,
	"feet": true, "foot": true, "ft": true, "yards": true, "yard": true,
}

// sameLocated reports whether two distances locate the same thing: the
// words before each (what is that far) share a content word. Other
// numbers pass.
func sameLocated(na claims.Number, ca *claims.Claim, nb claims.Number, cb *claims.Claim) bool {
	if !lengthUnits[strings.ToLower(na.Unit)] && !lengthUnits[strings.ToLower(nb.Unit)] {
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

// spanUnits measure a stretch of time someone spent somewhere.
var spanUnits = map[string]bool{
	"season": true, "seasons": true, "year": true, "years": true, "month": true, "months": true,
	"week": true, "weeks": true, "term": true, "terms": true,
}

// scopePreps open the phrase that says what a stretch of time was spent
// as or in.
var scopePreps = map[string]bool{"as": true, "with": true, "in": true, "at": true, "for": true, "under": true, "on": true}

// sameScope reports whether two stretches of time are spent in the same
// capacity: "11 seasons as a player with the club" and "15 seasons in the
// league" are a part and a whole, and "four seasons as director" is one
// post of "19 seasons with the club". Only when both say what the time
// was spent in, and say it with different prepositions, are they two
// figures.
func sameScope(na claims.Number, ca *claims.Claim, nb claims.Number, cb *claims.Claim) bool {
	if !spanUnits[strings.ToLower(na.Unit)] || !spanUnits[strings.ToLower(nb.Unit)] {
		return true
	}
	pa, pb := wordAfter(na, ca), wordAfter(nb, cb)
	if !scopePreps[pa] || !scopePreps[pb] {
		return true
	}
	return pa == pb
}

// leadingWords pick out the first or last few of a larger number: "the
// first two games" of a series, "the last three days" of a trip.
var leadingWords = map[string]bool{"first": true, "last": true, "next": true, "final": true, "opening": true, "remaining": true}

// leading reports whether n counts the first or last few of something,
// which is no rival of a count of the whole ("won 40 games" and "took
// the first two games"); two such counts are compared.
func leading(n claims.Number, c *claims.Claim) bool {
	start := n.Span.Start - c.TextSpan.Start
	if start <= 0 || start > len(c.Text) {
		return false
	}
	f := strings.Fields(c.Text[:start])
	return len(f) > 0 && leadingWords[strings.ToLower(f[len(f)-1])]
}

// wordAfter is the first word after n in c, in lower case.
func wordAfter(n claims.Number, c *claims.Claim) string {
	f := strings.Fields(textAfter(n, c))
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[0], ",.;:()\"'’”"))
}

// countWords are the words of a number's text that give the amount, not
// what is counted: digits, number words, qualifiers.
var countWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an zero one two three four five six seven eight nine ten eleven twelve
	thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
	eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions
	about some nearly at least most more than over up to around roughly almost approximately fewer less
	under just only close some estimated`) {
		m[w] = true
	}
	return m
}()

// kindOf is what a number's text says of the counted noun besides the
// noun: "seven AK-47 rifles" → {ak-47}, "11 Yemeni pirates" → {yemeni}.
func kindOf(n claims.Number) map[string]bool {
	ws := words(n.Text)
	m := map[string]bool{}
	for i, w := range ws {
		if i == len(ws)-1 || countWords[w] || strings.Trim(w, "0123456789.,") == "" {
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

// stanceConcepts lists, per concept, where its target stands and the
// words on each side. Words are listed as written rather than stemmed:
// "backing" is a stance, "back" is too often a direction; "beat",
// "defeated" and "lost" are left out because their subject may be the
// winner or the loser ("X defeated Y", "X lost his job").
var stanceConcepts = []struct {
	concept  string
	side     stanceSide
	pos, neg string
}{
	{"support", targetAfter,
		"support supports supported supporting backed backs endorse endorses endorsed endorsing favor favors favored favour favours favoured praise praises praised praising applaud applauds applauded hail hails hailed laud lauds lauded commend commends commended defend defends defended defending champion champions championed",
		"oppose opposes opposed opposing criticize criticizes criticized criticizing criticise criticises criticised criticising condemn condemns condemned condemning denounce denounces denounced decry decries decried blast blasts blasted slam slams slammed assail assails assailed fault faults faulted"},
	{"approve", targetAfter,
		"approve approves approved approving accept accepts accepted upheld uphold upholds ratify ratifies ratified",
		"reject rejects rejected rejecting veto vetoes vetoed overturn overturns overturned"},
	{"guilty", targetBefore,
		"guilty convicted",
		"innocent acquitted exonerated"},
	{"legal", targetBefore,
		"legal lawful constitutional legitimate",
		"illegal unlawful unconstitutional illegitimate"},
	{"true", targetBefore,
		"true accurate correct truthful",
		"false untrue inaccurate incorrect fabricated baseless"},
	{"success", targetBefore,
		"succeeded successful effective",
		"failed unsuccessful ineffective"},
	{"rise", targetBefore,
		"rose risen rising increased climbed soared surged jumped",
		"fell fallen falling decreased declined dropped plunged slumped"},
}

var stanceLexicon = func() map[string]struct {
	stanceWord
	side stanceSide
} {
	m := map[string]struct {
		stanceWord
		side stanceSide
	}{}
	for _, c := range stanceConcepts {
		for _, w := range strings.Fields(c.pos) {
			m[w] = struct {
				stanceWord
				side stanceSide
			}{stanceWord{c.concept, true}, c.side}
		}
		for _, w := range strings.Fields(c.neg) {
			m[w] = struct {
				stanceWord
				side stanceSide
			}{stanceWord{c.concept, false}, c.side}
		}
	}
	return m
}()

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

// clauseBreak ends the reach of a stance word: its target does not cross
// into another clause ("…, while the governor opposed it").
var clauseBreak = map[string]bool{
	"while": true, "but": true, "whereas": true, "although": true, "though": true,
	"because": true, "after": true, "before": true, "when": true, "which": true, "who": true,
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
		lx, ok := stanceLexicon[t.word]
		if !ok {
			continue
		}
		if openQuestion(ts, i) {
			continue
		}
		// "a slam dunk", "the support of": a noun after a determiner
		// names the thing, and takes no position.
		if lx.side == targetAfter && i > 0 && nounMarkers[ts[i-1].word] {
			continue
		}
		// "the legal team", "a false start", "of legal arguments": an
		// adjective after a determiner classifies a noun; only a verdict
		// on something ("the ban is legal", "found him guilty") takes a
		// position.
		if lx.side == targetBefore && i > 0 && nounMarkers[ts[i-1].word] && !verbLike[ts[i].word] {
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
			if clauseBreak[ts[j].word] || punctBetween(text, ts[min(j, j-step)], ts[max(j, j-step)]) {
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

// verbLike are the stance words of verdicts and states that are verbs,
// not adjectives: "sales rose sharply", "convicted him".
var verbLike = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range stanceConcepts {
		if c.concept == "rise" {
			for _, w := range strings.Fields(c.pos + " " + c.neg) {
				m[w] = true
			}
		}
	}
	m["convicted"], m["acquitted"], m["exonerated"], m["succeeded"], m["failed"] = true, true, true, true, true
	return m
}()

// stanceSign reads the sign of the stance word at i: flipped by a
// negation right before it ("did not support", "not guilty", "wasn't
// accurate"). A negation further back may govern it or another verb
// ("did not think the talks had failed"): its sign is then unknown.
func stanceSign(ts []token, i int, sign bool) (bool, bool) {
	adjacent := -1
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := ts[j].word
		if negators[w] || strings.HasSuffix(w, "n't") {
			adjacent = j
			break
		}
		if !negSkip[w] && !isBe(w) {
			break
		}
	}
	for j := 0; j < i; j++ {
		if w := ts[j].word; j != adjacent && (negators[w] || strings.HasSuffix(w, "n't")) {
			return false, false
		}
	}
	return sign != (adjacent >= 0), true
}

// addTarget adds the word at token j to a stance's target unless it
// carries no content or is itself a stance or negation word.
func addTarget(target map[string]int, w string, j int) {
	if claims.IsStopword(w) || negators[w] || strings.HasSuffix(w, "n't") || isBe(w) {
		return
	}
	if _, ok := stanceLexicon[w]; ok {
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
