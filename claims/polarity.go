package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Polarity and modality: which words of a claim negate or hedge it, and
// what each applies to. They are read once, here, from the claim's text as
// the claim reports it (Claim.Text), and carried on the claim; Claim.Negated
// and Claim.Hedged are whether there are any. Package compare decides the
// negation and hedge facets on these fields alone.

// Token is a word of a text and where it is: runs of letters and digits
// with the apostrophes and hyphens they hold ("didn't", "ex-governor"),
// trimmed of apostrophes and hyphens at either end, so a quote mark
// written as an apostrophe ("'close your door") is not part of the word.
type Token struct {
	Word       string // folded (Fold) with typographic apostrophes made plain
	Start, End int    // byte offsets of the word as written in the text
}

// Tokens splits text into Tokens, in order. Negation.At, Hedge.At and the
// indexes they hold count the Tokens of Claim.Text.
func Tokens(text string) []Token {
	// About one word in six bytes of news text: one allocation, mostly.
	out := make([]Token, 0, len(text)/6+1)
	// A word all ASCII folds to its letters lower-cased: a capitalised one
	// is cut from one lower-cased copy of the text, made when first needed,
	// rather than folded on its own (one allocation a claim, not one a
	// capitalised word).
	low := ""
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.Trim(text[start:end], "'’-")
		if w != "" {
			s := start + strings.Index(text[start:end], w)
			word := w
			switch {
			case !isASCII(w):
				word = Fold(strings.ReplaceAll(w, "’", "'"))
			case hasUpperASCII(w):
				if low == "" {
					low = lowerASCII(text)
				}
				word = low[s : s+len(w)]
			}
			out = append(out, Token{word, s, s + len(w)})
		}
		start = -1
	}
	for i, r := range text {
		if isRunRune(r) {
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

// Negation is a word that negates part of a claim ("not", "n't", "never",
// "yet" in "had yet to"), and the words it denies: the first word after it
// that a negation can be about ("was not stolen" → stolen), and, after a
// verb of opinion, the predicate of what that verb reports ("doesn't think
// he is responsible" → think, responsible). "no longer" is a state (it has
// ended), not a negator, and "not … until …" says when, not whether.
type Negation struct {
	Word   string // the negator, folded
	At     int    // its index in Tokens(Claim.Text)
	Denies []int  // indexes in Tokens(Claim.Text) of the words it denies
	// Stems are the stems of the words Denies indexes, one for each, ""
	// for a word written with a capital: a name is not a predicate ("This
	// wasn't Pelham" does not deny every sentence that names him).
	Stems []string
}

// Polarity is where a claim's words stand, as the negation facet sets
// what one claim negates against what another asserts: a predicate
// negated in one and asserted in the other, with a word in common on the
// same side of it (its subject or its object).
type Polarity struct {
	// Stems holds, for each of Tokens(Claim.Text), the stem of a content
	// word, "" for a stopword, a negator or a word ending in "n't".
	Stems []string
	// Verbs are the stems of the words standing where a verb can: not
	// after a word that marks a noun ("the", "his", "of"), so "his
	// meetings" is not "met". In order; a stem used twice is there twice.
	Verbs []string
	// Sequel are the stems of content words told as the end of a sequence
	// ("finally pulled over", "was later released"): an earlier "would
	// not" is a phase of the story, not its opposite. Each once, in order.
	Sequel []string
	// Disputes is whether the claim calls something false or denies it
	// ("denied", "no evidence").
	Disputes bool
}

// Hedge is a word that marks what follows as not fully asserted ("may
// have used", "allegedly drunk", "is believed to", "it appears"), and the
// predicate it governs.
type Hedge struct {
	Word    string // the hedge, folded
	At      int    // its index in Tokens(Claim.Text)
	Governs int    // index in Tokens(Claim.Text) of the first content word after it, -1 when none
	// Stem is the stem of the word Governs indexes, "" when none: the
	// predicate in doubt ("use" in "may have used").
	Stem string
	// Before are the stems of the words before the hedge but stopwords,
	// in order: who or what it is said of ("gunman" in "the gunman may
	// have used"), which the claim does not doubt.
	Before []string
	// Caution is true for a hedge of official or legal caution
	// ("allegedly", "is believed to"): the register of not prejudging a
	// charge or a finding, not a doubt about what other sources assert
	// (class caution in lexicon/words.toml).
	Caution bool
}

// readModality reads a claim's negations, hedges, states and stances from
// its text and sets the fields that carry them.
func readModality(c *Claim) { readModalityOf(c, nil, nil, nil) }

// readModalityOf is readModality on the Tokens ts of Claim.Text, their
// words ws and the stems of those (readStemsOf), or nil to split and stem
// it when needed.
func readModalityOf(c *Claim, ts []Token, ws, stems []string) {
	c.Negations, c.Hedges, c.Negated, c.Hedged, c.States, c.Stances = nil, nil, false, false, nil, nil
	// Most claims neither negate, hedge, report a state nor take a stance:
	// one pass without allocating turns them away before the text is
	// split.
	var modify, state bool
	if ws != nil {
		// Split already: ask the words, not the text.
		modify, state = anyOf(ws, modifierWord), anyOf(ws, func(b []byte) bool { return stateWord(b) || stanceWord(b) })
	} else {
		modify = mayModify(c.Text)
		state = modify || mayStateOrStance(c.Text)
	}
	if !modify && !state {
		return
	}
	if ts == nil {
		ts = Tokens(c.Text)
		ws = wordsOf(ts)
	}
	if modify {
		stem := func(j int) string {
			if stems != nil {
				return stems[j]
			}
			return Stem(ws[j])
		}
		c.Negations = negationsOf(c.Text, ts, ws)
		for k := range c.Negations {
			n := &c.Negations[k]
			n.Stems = make([]string, len(n.Denies))
			for d, j := range n.Denies {
				if r, _ := utf8.DecodeRuneInString(c.Text[ts[j].Start:]); !unicode.IsUpper(r) {
					n.Stems[d] = stem(j)
				}
			}
		}
		c.Hedges = hedgesOf(ws)
		for k := range c.Hedges {
			h := &c.Hedges[k]
			if h.Governs >= 0 {
				h.Stem = stem(h.Governs)
			}
			for j, w := range ws[:h.At] {
				if !IsStopword(w) {
					h.Before = append(h.Before, stem(j))
				}
			}
		}
		c.Negated, c.Hedged = len(c.Negations) > 0, len(c.Hedges) > 0
	}
	c.States = readStates(c, ts, ws)
	c.Stances = readStances(c.Text, ts)
}

// mayModify reports whether some word of text could negate or hedge it:
// a negator, a word ending in "n't", "yet", a hedge word, a hedge before
// "to", or a form of "appear" or "seem". It splits as Tokens does; a word
// with a letter outside ASCII (other than a typographic apostrophe) counts,
// as Fold may make anything of it.
func mayModify(text string) bool { return anyWord(text, modifierWord) }

func modifierWord(b []byte) bool {
	if negators[string(b)] || hedgeWords[string(b)] || hedgeTo[string(b)] || string(b) == "yet" {
		return true
	}
	// isNegatorWord's suffix test, on the bytes: anyWord hands over a
	// slice so that the pre-check allocates nothing.
	n := len(b)
	if n >= 3 && string(b[n-3:]) == "n't" {
		return true
	}
	return n >= 4 && (string(b[:4]) == "seem" || n >= 6 && string(b[:6]) == "appear")
}

// mayStateOrStance reports whether some word of text is a state word,
// opens a state phrase (see stateAt) or is a stance word, as mayModify
// does for negations.
// anyOf reports whether want holds for some word of ws (folded words, as
// Tokens gives them), each read through a buffer so that the byte
// predicates anyWord uses serve without allocating; a word longer than
// the buffer counts, as anyWord counts it.
func anyOf(ws []string, want func(b []byte) bool) bool {
	var buf [32]byte
	for _, w := range ws {
		if len(w) > len(buf) {
			return true
		}
		if want(buf[:copy(buf[:], w)]) {
			return true
		}
	}
	return false
}

func mayStateOrStance(text string) bool {
	return anyWord(text, func(b []byte) bool { return stateWord(b) || stanceWord(b) })
}

func stanceWord(b []byte) bool {
	_, ok := stanceWords[string(b)]
	return ok
}

func stateWord(b []byte) bool {
	// "is over" is read by readStates itself ("no longer" opens with a
	// negator, which mayModify finds).
	if _, ok := polarStates[string(b)]; ok || string(b) == "over" {
		return true
	}
	_, ok := statePhrases[string(b)]
	return ok
}

// anyWord reports whether want holds for some word of text, lower-cased
// in a buffer without allocating. It splits as Tokens does; a word with a
// letter outside ASCII (other than a typographic apostrophe) counts, as
// Fold may make anything of it.
func anyWord(text string, want func(b []byte) bool) bool {
	var buf [32]byte
	start := -1
	check := func(end int) bool {
		w := strings.Trim(text[start:end], "'’-")
		start = -1
		if w == "" {
			return false
		}
		if len(w) > len(buf) {
			return true
		}
		b := buf[:0]
		for i := 0; i < len(w); i++ {
			ch := w[i]
			switch {
			case ch >= utf8.RuneSelf:
				if !strings.HasPrefix(w[i:], "’") {
					return true
				}
				b = append(b, '\'')
				i += len("’") - 1
				continue
			case 'A' <= ch && ch <= 'Z':
				ch += 'a' - 'A'
			}
			b = append(b, ch)
		}
		return want(b)
	}
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && check(i) {
			return true
		}
	}
	return start >= 0 && check(len(text))
}

func negationsOf(text string, ts []Token, ws []string) []Negation {
	var out []Negation
	// A name is not a predicate: "This wasn't Pelham" denies nothing
	// that another sentence naming him says.
	upper := func(k int) bool {
		r := []rune(text[ts[k].Start:ts[k].End])
		return unicode.IsUpper(r[0])
	}
	for i, w := range ws {
		// "had yet to regain" says "had not regained".
		yetTo := w == "yet" && i+1 < len(ws) && ws[i+1] == "to" && (i == 0 || ws[i-1] != "not")
		if !yetTo && (!isNegatorWord(w) || w == "no" && i+1 < len(ws) && ws[i+1] == "longer") {
			continue
		}
		if notUntil(text, ts, ws, i) || w == "no" && numberLabel(text, ts[i].Start, ts[i].End) {
			continue
		}
		n := Negation{Word: w, At: i}
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if IsNegationGap(ws[j]) {
				continue
			}
			if IsNegationStop(ws[j]) {
				break
			}
			n.Denies = append(n.Denies, j)
			// "doesn't think he is responsible" says he is not: the
			// negation of a verb of opinion falls on what it reports.
			if IsNegRaising(ws[j]) {
				if k := predicateAfterBe(ws, j); k > 0 && !upper(k) {
					n.Denies = append(n.Denies, k)
				}
			}
			break
		}
		out = append(out, n)
	}
	return out
}

// notUntil reports whether the negator at i opens "not … until …", which
// says when something happens, not that it does not: "will not be
// released until charges are laid" = "released after he is charged";
// "promised not to reveal the name of the star source of their stories
// until after his death". The "until" is looked for to the end of the
// negator's clause (a comma, colon, semicolon or full stop), at most
// maxUntilGap words on.
func notUntil(text string, ts []Token, ws []string, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+maxUntilGap; j++ {
		if strings.ContainsAny(text[ts[j-1].End:ts[j].Start], ",;:.") {
			return false
		}
		if ws[j] == "until" || ws[j] == "till" {
			return true
		}
	}
	return false
}

// maxUntilGap bounds how far after a negator its "until" may stand.
const maxUntilGap = 16

// predicateAfterBe is the index of the word after the next form of "be"
// within a short clause after j ("think Kim is responsible" →
// "responsible"), or -1.
func predicateAfterBe(ws []string, j int) int {
	for k := j + 1; k < len(ws) && k <= j+7; k++ {
		if beForms[ws[k]] {
			for m := k + 1; m < len(ws) && m <= k+3; m++ {
				if IsNegationGap(ws[m]) || beForms[ws[m]] {
					continue
				}
				if IsStopword(ws[m]) || IsNegationStop(ws[m]) || isNegatorWord(ws[m]) {
					return -1
				}
				return m
			}
			return -1
		}
	}
	return -1
}

func hedgesOf(ws []string) []Hedge {
	var out []Hedge
	for i, w := range ws {
		// "in May" is a month.
		hedge := IsHedgeWord(w) && !(w == "may" && i > 0 && ws[i-1] == "in")
		// "could" is as often past ability ("you could own a gun") as
		// possibility; only "could be" and "could have" hedge for sure.
		if w == "could" {
			hedge = i+1 < len(ws) && (ws[i+1] == "be" || ws[i+1] == "have")
		}
		// "appears to", and a passive "is believed to" (not "he said to").
		if IsHedgeTo(w) && i+1 < len(ws) && ws[i+1] == "to" && (strings.HasPrefix(w, "appear") || strings.HasPrefix(w, "seem") || i > 0 && beForms[ws[i-1]]) {
			hedge = true
		}
		// "it appears she called", "it seems that".
		if (strings.HasPrefix(w, "appear") || strings.HasPrefix(w, "seem")) && i > 0 && ws[i-1] == "it" {
			hedge = true
		}
		if !hedge {
			continue
		}
		h := Hedge{Word: w, At: i, Governs: -1, Caution: cautionHedges[w]}
		for j := i + 1; j < len(ws); j++ {
			if IsNegationGap(ws[j]) || IsHedgeWord(ws[j]) {
				continue
			}
			h.Governs = j
			break
		}
		out = append(out, h)
	}
	return out
}

// numberLabel reports whether the "no" at text[start:end] is the
// abbreviation of "number" before a figure ("the No. 2 official", "No 10
// Downing Street"), which denies nothing. Without its point it must be
// capitalised: "no 2008 plans" and "no 12 people" deny.
func numberLabel(text string, start, end int) bool {
	rest := text[end:]
	dot := strings.HasPrefix(rest, ".")
	rest = strings.TrimLeft(strings.TrimPrefix(rest, "."), " ")
	return rest != "" && isDigitByte(rest[0]) && (dot || text[start] == 'N')
}
