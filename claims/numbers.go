package claims

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quantities are found by a small hand-written scanner rather than a
// regular expression: the decisions that matter ("2019" is a year unless
// people are counted, "30" after "November" is a day, "one of" is not a
// count, which word after the number is the counted noun) need a look at
// the neighbouring words, and a token pass keeps that linear and
// allocation-light. The same tokens serve time.go.

// lexTok is one token of a text: a word (letters, with internal hyphens,
// apostrophes and dots: "twenty-five", "Sunday's", "U.S", "COVID-19"), a
// number (digits with thousands commas and a decimal point), or a single
// punctuation rune. Offsets are absolute bytes into the text.
type lexTok struct {
	start, end int
	kind       uint8
}

const (
	lexWord uint8 = iota + 1
	lexNum
	lexPunct
)

// lexer holds the tokens of text[base:…] and an ASCII-lower-cased copy of
// that range. Lowering only ASCII keeps every byte offset valid, so a
// token's lower-case form is a substring, not an allocation.
type lexer struct {
	text string
	low  string
	base int
	toks []lexTok
}

// lexText tokenises text[within]; a span that does not fit the text is
// clamped to it, so no caller can make the scanner slice out of range.
func lexText(text string, within Span) lexer {
	a := min(max(within.Start, 0), len(text))
	b := min(max(within.End, 0), len(text))
	if a > b {
		a = b
	}
	l := lexer{text: text, base: a, low: lowerASCII(text[a:b])}
	l.toks = make([]lexTok, 0, (b-a)/5+4)
	for i := a; i < b; {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case isDigitByte(c):
			j := lexNumEnd(text, i, b)
			l.toks = append(l.toks, lexTok{i, j, lexNum})
			i = j
		case c < utf8.RuneSelf:
			if isLetterByte(c) {
				j := lexWordEnd(text, i, b)
				if k := i + len(gluedCurrency); j > k && text[i:k] == gluedCurrency && isDigitByte(text[k]) {
					// "euro22 billion": wire copy that cannot print the
					// sign writes the word glued to the amount. Only
					// lower case: "Euro2012" is a tournament.
					j = k
				}
				l.toks = append(l.toks, lexTok{i, j, lexWord})
				i = j
				continue
			}
			l.toks = append(l.toks, lexTok{i, i + 1, lexPunct})
			i++
		default:
			r, w := utf8.DecodeRuneInString(text[i:b])
			switch {
			case unicode.IsLetter(r):
				j := lexWordEnd(text, i, b)
				l.toks = append(l.toks, lexTok{i, j, lexWord})
				i = j
			case unicode.IsSpace(r):
				i += w // no-break and thin spaces separate words like spaces
			default:
				l.toks = append(l.toks, lexTok{i, i + w, lexPunct})
				i += w
			}
		}
	}
	return l
}

func lowerASCII(s string) string {
	k := 0
	for k < len(s) && !(s[k] >= 'A' && s[k] <= 'Z') {
		k++
	}
	if k == len(s) {
		return s
	}
	// Capitals are a few per cent of news text: copy the runs between them
	// whole rather than byte by byte.
	var sb strings.Builder
	sb.Grow(len(s))
	from := 0
	for ; k < len(s); k++ {
		if c := s[k]; c >= 'A' && c <= 'Z' {
			sb.WriteString(s[from:k])
			sb.WriteByte(c + 'a' - 'A')
			from = k + 1
		}
	}
	sb.WriteString(s[from:])
	return sb.String()
}

func isDigitByte(c byte) bool  { return c >= '0' && c <= '9' }
func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// gluedCurrency is the currency word that wire style glues to an amount
// in place of a sign it cannot print ("euro22 billion").
const gluedCurrency = "euro"

// lexNumEnd scans digits with thousands separators ("1,200,000": a comma
// only when exactly three digits follow, so "1,2" stays two numbers) and
// decimal points ("3.5"; "1.2.3" is kept whole and rejected later as an id).
func lexNumEnd(s string, i, b int) int {
	j := i
	for j < b {
		c := s[j]
		switch {
		case isDigitByte(c):
			j++
		case c == ',' && threeDigits(s, j+1, b):
			j += 4
		case c == ',' && j+1 < b && s[j+1] == ' ' && j-i <= 3 && threeDigits(s, j+2, b):
			// Tokenised text ("20, 000 people", as corpora and some feeds
			// render "20,000") splits the group with a space; a list of
			// numbers ("5, 120") has no three-digit group after a group
			// of at most three digits often enough to matter.
			j += 5
		case c == '.' && j+1 < b && isDigitByte(s[j+1]):
			j++
		case c == '.' && j-i <= 3 && spacedDecimal(s, j, b):
			j += 2 // "5. 4 per cent", "$2. 5 million": see spacedDecimal
		default:
			return j
		}
	}
	return j
}

// spacedDecimal reports whether s[k] is the point of a decimal split by
// a space in tokenised text ("5. 4 per cent", "£1. 2m", "$22. 4bn"): one
// or two digits follow the space, then a scale or percent word. A
// sentence that ends in a number and a next one that starts with one
// ("in 2009. 4 people") is not read so: the scale word is required.
func spacedDecimal(s string, k, b int) bool {
	if k+2 >= b || s[k+1] != ' ' || !isDigitByte(s[k+2]) {
		return false
	}
	e := k + 2
	for e < b && isDigitByte(s[e]) {
		e++
	}
	if e-(k+2) > 2 {
		return false
	}
	rest := s[e:b]
	if len(rest) > 0 && rest[0] == ' ' {
		rest = rest[1:]
	}
	if len(rest) > 1 && rest[0] == '-' {
		rest = strings.TrimPrefix(rest[1:], " ") // "$2. 6 - million"
	}
	w := 0
	for w < len(rest) && (isLetterByte(rest[w]) || rest[w] == '%') {
		w++
	}
	return numSpacedScale[lowerASCII(rest[:w])]
}

// numSpacedScale are the words that confirm a decimal split by a space.
var numSpacedScale = map[string]bool{
	"%": true, "per": true, "percent": true, "pc": true,
	"m": true, "mn": true, "mm": true, "mln": true, "bn": true, "tn": true, "k": true,
	"million": true, "billion": true, "trillion": true, "thousand": true,
	"am": true, "pm": true, // a time of day: "8. 40am"
}

// threeDigits reports whether s[k:k+3] are digits not followed by a fourth.
func threeDigits(s string, k, b int) bool {
	if k+3 > b {
		return false
	}
	for x := k; x < k+3; x++ {
		if !isDigitByte(s[x]) {
			return false
		}
	}
	return k+3 == b || !isDigitByte(s[k+3])
}

// lexWordEnd scans a word. Digits after letters stay in the word ("A320",
// "COVID-19", "mid-2019"), which is how digits inside names and ids are
// kept from being read as counts.
func lexWordEnd(s string, i, b int) int {
	j := i
	for j < b {
		c := s[j]
		if c < utf8.RuneSelf {
			switch {
			case isLetterByte(c) || isDigitByte(c):
				j++
				continue
			case (c == '-' || c == '\'') && j+1 < b && wordRuneAt(s, j+1, b, true):
				j++
				continue
			case c == '.' && j+1 < b && wordRuneAt(s, j+1, b, false):
				// "U.S", "a.m": a dot followed by a letter joins; a dot
				// followed by a space or digit ends the word.
				j++
				continue
			}
			return j
		}
		r, w := utf8.DecodeRuneInString(s[j:b])
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r):
			j += w
		case r == '’' && j+w < b && wordRuneAt(s, j+w, b, false):
			j += w
		default:
			return j
		}
	}
	return j
}

func wordRuneAt(s string, k, b int, digits bool) bool {
	c := s[k]
	if c < utf8.RuneSelf {
		return isLetterByte(c) || (digits && isDigitByte(c))
	}
	r, _ := utf8.DecodeRuneInString(s[k:b])
	return unicode.IsLetter(r)
}

func (l *lexer) n() int { return len(l.toks) }

// lo is token k in lower case ("" past the end, so look-ahead needs no
// bounds checks at the call sites).
func (l *lexer) lo(k int) string {
	if k < 0 || k >= len(l.toks) {
		return ""
	}
	t := l.toks[k]
	return l.low[t.start-l.base : t.end-l.base]
}

func (l *lexer) kind(k int) uint8 {
	if k < 0 || k >= len(l.toks) {
		return 0
	}
	return l.toks[k].kind
}

func (l *lexer) isWord(k int) bool { return l.kind(k) == lexWord }
func (l *lexer) isNum(k int) bool  { return l.kind(k) == lexNum }
func (l *lexer) isPunct(k int, p string) bool {
	return l.kind(k) == lexPunct && l.lo(k) == p
}

// adj reports whether tokens k and k+1 touch, with no space between.
func (l *lexer) adj(k int) bool {
	return k >= 0 && k+1 < len(l.toks) && l.toks[k].end == l.toks[k+1].start
}

// capital reports whether token k starts with an ASCII capital: month and
// weekday names count only when capitalised ("May 5", not "may be").
func (l *lexer) capital(k int) bool {
	if k < 0 || k >= len(l.toks) {
		return false
	}
	c := l.text[l.toks[k].start]
	return c >= 'A' && c <= 'Z'
}

// stripPossessive drops "'s", "’s" or a final apostrophe from a word.
func stripPossessive(w string) string {
	for _, suf := range [...]string{"'s", "’s", "'", "’"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// month returns 1–12 when token k is a capitalised month name or
// abbreviation ("November", "Nov", "Sept", "November's"), else 0.
func (l *lexer) month(k int) int {
	if !l.isWord(k) || !l.capital(k) {
		return 0
	}
	return monthIndex[stripPossessive(l.lo(k))]
}

// fullMonth is month() for whole names only: an abbreviation on its own
// ("Jan", "Mar") is more often a name than a date.
func (l *lexer) fullMonth(k int) int {
	m := l.month(k)
	if m == 0 || len(stripPossessive(l.lo(k))) < 3 || monthAbbrev[stripPossessive(l.lo(k))] {
		return 0
	}
	return m
}

// weekday returns 0–6 for a capitalised weekday name (possessive allowed),
// or -1. Plurals ("Sundays") are habits, not dates, and do not match.
func (l *lexer) weekday(k int) int {
	if !l.isWord(k) || !l.capital(k) {
		return -1
	}
	if d, ok := weekdayIndex[stripPossessive(l.lo(k))]; ok {
		return d
	}
	return -1
}

// ---- number vocabulary ----

// The number words are records of lexicon/words.toml, read into these views
// by buildLexicons: cardinals, tens and scale words with their values;
// plural scale words ("dozens", "hundreds of thousands"), which say "many",
// and a value read from them would invent precision; fractions with their
// denominators (most double as ordinals, "third term", so they count only
// with a numerator and "of", or joined by a hyphen, "two-thirds");
// ordinals, a rank, not a quantity, with the rank (numRank: "seventh" 7,
// a fraction's denominator too); unit words that are not plural in form
// ("5 km"); what may follow a spelled-out number after a hyphen ("two-day
// visit"; other tails, "one-sided", are not counts); words before a number
// that make it a name or a reference ("Flight 370"), not a count; plurals
// that do not end in -s, and words that end in -s without being plurals.
var (
	numSmall, numTens, numScale, numFraction, numRank          = map[string]float64{}, map[string]float64{}, map[string]float64{}, map[string]float64{}, map[string]float64{}
	numVague, numOrdinal, numMeasure, numTailUnits, numIDWords = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	numIrregularPlural, numNotPlural                           = map[string]bool{}, map[string]bool{}
	numValued                                                  = map[string]map[string]float64{"number": numSmall, "tens": numTens, "scale": numScale, "fraction": numFraction, "ordinal": numRank}
	numClass                                                   = map[string]map[string]bool{"vague-amount": numVague, "ordinal": numOrdinal, "measure-unit": numMeasure, "tail-unit": numTailUnits, "id-word": numIDWords, "irregular-plural": numIrregularPlural, "not-plural": numNotPlural}
)

// numQualifiers are the hedges written before a number (lexicon records
// with a qualifier), filed under their first word, with the canonical
// qualifier each means. "nearly"/"almost" literally mean "just under", but
// reporters use them loosely, so they mean "about": that keeps "nearly
// 80" and "81" from being flagged as a contradiction. "as many as 80" puts
// a ceiling on the count (at most), "as few as 10" a floor (at least).
// Longest phrases come first, so "no more than" wins over a bare "more
// than" starting one word later.
var numQualifiers = map[string][]numQual{}

type numQual struct {
	words []string
	canon string
}

// numCurrency maps a currency sign or code before a number to its unit;
// numCurrencyWord a currency named after the amount ("4 billion dollars").
// Both are lexicon records (classes currency and currency-word), the unit
// their code. "pounds" is no currency word: in news it is as often a
// weight.
var numCurrency, numCurrencyWord = map[string]string{}, map[string]string{}

// addNumberWord files the number vocabulary of one words.toml record:
// qualifier phrases and currencies.
func addNumberWord(w string, r lexeme) {
	if r.Qualifier != "" {
		canon := r.Qualifier
		if canon == "exact" {
			canon = ""
		}
		ws := strings.Fields(w)
		qs := append(numQualifiers[ws[0]], numQual{ws, canon})
		slices.SortFunc(qs, func(a, b numQual) int {
			if len(a.words) != len(b.words) {
				return len(b.words) - len(a.words)
			}
			return strings.Compare(strings.Join(a.words, " "), strings.Join(b.words, " "))
		})
		numQualifiers[ws[0]] = qs
	}
	if r.is("currency") {
		numCurrency[w] = strings.ToUpper(r.Unit)
	}
	if r.is("currency-word") {
		numCurrencyWord[w] = strings.ToUpper(r.Unit)
	}
}

// numStop end the search for the counted noun: function words, auxiliaries
// and the commonest verbs that follow a subject count ("83 people were
// killed", "one vessel sank").
var numStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of in on at to for from by with and or nor but as than that
	which who whom whose were was is are be been being am have has had will would could should shall may
	might must can do does did said says say told tell according more most less fewer this these those
	its their his her our my your it they he she we i you them him us there here when where while after
	before during since until ago per each every all both over under about into onto out up down off not
	no so if then also just only still including among between against across through around near
	toward towards within without amid despite ahead later earlier last next percent pct cent
	sank died fled went came took made gave left held met fell struck shot won lost saw got put set
	brought bought caught fought taught sought thought found kept sent spent built paid felt heard ran
	began became wrote drove rode stood sat spoke broke chose threw grew knew flew drew wore hid meant
	away something anything nothing everything someone anyone everyone nobody
	reportedly allegedly apparently respectively alone altogether total overall so-called such what
	whether how why either neither other another some any many much few several own same`) {
		m[w] = true
	}
	return m
}()

func looksPlural(w string) bool {
	if numIrregularPlural[w] {
		return true
	}
	if len(w) < 3 || w[len(w)-1] != 's' || numNotPlural[w] {
		return false
	}
	switch c := w[len(w)-2]; {
	case c == 's' || c == 'u' || c == 'i':
		return false
	case c < 'a' || c > 'z':
		return c >= utf8.RuneSelf // "señoras" yes; "u.s", "x's" no
	}
	return true
}

// adjectiveLike are word endings of participles and adverbs: before the
// noun they are modifiers ("22 suspected drug vessels"), after it they
// start the predicate ("83 people killed").
func adjectiveLike(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly")
}

// ---- the parser ----

// numMatch is one quantity found: value (the low end of a range), the
// range's high end, the canonical qualifier, the unit, and its byte span.
type numMatch struct {
	value, high float64
	round       float64 // see Number.Round
	qual, unit  string
	start, end  int
}

// findNumbers returns the quantities inside text[within.Start:within.End],
// in order, with spans as absolute byte offsets into text. Years, dates,
// clock times, ordinals and digits inside names or ids are not quantities
// and are skipped. Out-of-range spans are clamped; any UTF-8 (or not) is
// safe.
func findNumbers(text string, within Span) []Number {
	l := lexText(text, within)
	return numbersIn(text, &l)
}

// numbersIn is findNumbers on the lexed text l, which findTimes may share.
func numbersIn(text string, l *lexer) []Number {
	var out []Number
	for i := 0; i < l.n(); {
		if l.designationAt(i) {
			i++
			continue
		}
		if m, next, ok := l.phoneAt(i); ok {
			out = append(out, Number{Text: text[m.start:m.end], Value: m.value, Unit: PhoneNumber, Span: Span{m.start, m.end}})
			i = next
			continue
		}
		if n, next, ok := l.dayRankAt(text, i); ok {
			out = append(out, n)
			i = next
			continue
		}
		m, next, ok := l.numberAt(i)
		if next <= i {
			next = i + 1
		}
		if ok && l.someDay(i, m) {
			ok = false
		}
		if ok {
			if m.qual == "more than" && spanUnits[strings.ToLower(m.unit)] && strings.EqualFold(l.lo(i), "over") {
				// "over eight years" is the stretch the figure covers
				// ("$184 million over eight years"), not more than eight.
				m.qual = ""
			}
			if q, ok := negatedBound[m.qual]; ok && l.negatedAt(i) {
				m.qual = q
			}
			out = append(out, Number{
				Text:      text[m.start:m.end],
				Value:     m.value,
				Qualifier: m.qual,
				Unit:      m.unit,
				Span:      Span{m.start, m.end},
				Round:     m.round,
			})
		}
		i = next
	}
	return out
}

// negatedBound is what a bound means under a negation: "never hit fewer
// than 26 homers" is at least 26, "did not score more than 5" at most 5.
var negatedBound = map[string]string{"less than": "at least", "more than": "at most"}

// negatedAt reports whether a negator (see negators; "n't" by its suffix)
// stands right before the qualifier opening at token i, or one word before
// it, the negated verb between ("never hit fewer than", "did not win more
// than", "nobody scored more than", "not more than").
func (l *lexer) negatedAt(i int) bool {
	neg := func(k int) bool {
		w := l.lo(k)
		return isNegatorWord(w) || strings.HasSuffix(w, "n’t")
	}
	if i >= 1 && neg(i-1) {
		return true
	}
	if i < 2 || !neg(i-2) {
		return false
	}
	w := l.lo(i - 1)
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && !stopwords[w]
}

// someDayAfter are the words after which "one day" is an adverb of some
// time to come, not a stretch of a day: a subject pronoun (pronouns), a
// modal (modals), an infinitive's "to" ("I'd one day sail that ocean",
// "she will one day lead", "hopes to one day return").
var someDayAfter = union(pronouns, modals, set([]string{"to", "might've"}))

// someDay reports whether the figure m read at token i is the idiom "one
// day" ("I'd one day sail that ocean"): "one" written as a word, "day"
// right after it, and before it a subject or a modal (see someDayAfter,
// and a contracted "'d", "'ll"). Such a "day" counts nothing, and a
// count of "11 days" is no rival of it.
func (l *lexer) someDay(i int, m numMatch) bool {
	if m.value != 1 || m.qual != "" || l.lo(i) != "one" || l.lo(i+1) != "day" || i == 0 {
		return false
	}
	w := l.lo(i - 1)
	w = strings.ReplaceAll(w, "’", "'")
	return someDayAfter[w] || strings.HasSuffix(w, "'d") || strings.HasSuffix(w, "'ll")
}

// DayRankUnit is the unit of a day's rank in a run of days ("the seventh
// straight day of protests", "on the eighth day of the strike"): which
// day, not how many days, so no rival of a count of days ("eight days of
// riots"), whose unit is "days".
const DayRankUnit = "day in a run"

// runWords may stand between a day's rank and "day": "the seventh
// straight day".
var runWords = map[string]bool{"straight": true, "consecutive": true, "successive": true, "running": true}

// dayRankAt reads "the Nth [straight] day" at token i (i is "the"): a
// day's rank in a run, with the unit DayRankUnit. Other ordinals ("the
// third time", "the second officer", "a third suspect") rank no run of
// days and are not read.
func (l *lexer) dayRankAt(text string, i int) (Number, int, bool) {
	if l.lo(i) != "the" {
		return Number{}, i, false
	}
	// A run of days is counted with the second to the twentieth: "the
	// first day of the trial" names a start, which another source rarely
	// counts otherwise; ranks past the twentieth were not read when the
	// rule was measured (the dev stories give none) and are still not.
	v := numRank[l.lo(i+1)]
	if v < 2 || v > 20 {
		return Number{}, i, false
	}
	k := i + 2
	if runWords[l.lo(k)] {
		k++
	}
	if l.lo(k) != "day" {
		return Number{}, i, false
	}
	start, end := l.toks[i+1].start, l.toks[k].end
	return Number{Text: text[start:end], Value: v, Unit: DayRankUnit, Span: Span{start, end}}, k + 1, true
}

// High returns the upper end of a range ("10-15 people": 15), read back
// from Text, because a Number carries only its low end in Value. For
// anything but a range it is Value.
func (n Number) High() float64 {
	if n.Qualifier != "range" {
		return n.Value
	}
	l := lexText(n.Text, Span{0, len(n.Text)})
	for i := 0; i < l.n(); {
		m, next, ok := l.numberAt(i)
		if ok && m.qual == "range" {
			return m.high
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return n.Value
}

// numberAt reads a quantity starting at token i. next is where scanning
// continues; it may jump past tokens that must not be re-read (the "30" of
// "10:30", the parts of "2025-11-30").
func (l *lexer) numberAt(i int) (numMatch, int, bool) {
	if !l.mayStartNumber(i) {
		return numMatch{}, i + 1, false
	}
	if qs, ok := numQualifiers[l.lo(i)]; ok {
		for _, q := range qs {
			k := i
			for _, w := range q.words {
				if l.lo(k) != w {
					k = -1
					break
				}
				k++
			}
			if k < 0 {
				continue
			}
			m, _, ok := l.phraseAt(k, q.canon, true)
			if ok {
				m.start = l.toks[i].start
				return m, l.afterByte(m.end, k), true
			}
			break // a qualifier not followed by a number is an ordinary word
		}
	}
	m, next, ok := l.phraseAt(i, "", false)
	if ok {
		return m, l.afterByte(m.end, i), true
	}
	return m, next, false
}

// numStartWords are the words a quantity can start with (besides
// qualifiers): one lookup turns away the ordinary words that make up most
// of a text before any of the slower checks run.
//
// It reads the number words, so buildLexicons builds it after them.
var numStartWords map[string]bool

func startWords() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "half": true, "between": true, "us": true, "u.s": true}
	for _, t := range []map[string]float64{numSmall, numTens} {
		for w := range t {
			m[w] = true
		}
	}
	for w := range numVague {
		m[w] = true
	}
	for w := range numCurrency {
		m[w] = true
	}
	for w := range numQualifiers {
		m[w] = true
	}
	return m
}

// mayStartNumber is a cheap test that token i could begin a quantity.
func (l *lexer) mayStartNumber(i int) bool {
	switch l.kind(i) {
	case lexNum:
		return true
	case lexPunct:
		_, ok := numCurrency[l.lo(i)]
		return ok
	}
	w := l.lo(i)
	if numStartWords[w] || (w == gluedCurrency && l.adj(i) && l.isNum(i+1)) {
		return true
	}
	head, _, found := strings.Cut(w, "-") // "twenty-five", "two-thirds"
	return found && numStartWords[head]
}

// afterByte is the first token at or after byte offset end.
func (l *lexer) afterByte(end, from int) int {
	k := from
	for k < l.n() && l.toks[k].start < end {
		k++
	}
	return k
}

// amount is one number as written, before qualifiers, ranges and units.
type amount struct {
	value  float64
	scaled bool    // a scale word or suffix multiplied it ("million", "bn")
	scale  float64 // that scale, or 1
	// per is the scale of a thousand or more its last written digit
	// counts in ("1.2 million": a million; "three thousand": a thousand),
	// else 0; dec is how many decimals its digits have.
	per     float64
	dec     int
	end     int // token after the amount
	digits  bool
	year    bool   // a plain four-digit 1900–2099: a year unless shown otherwise
	day     bool   // a plain 1–31: a day of the month next to a month name
	frac    bool   // a fraction ("two-thirds", "half"): the noun follows "of"
	tail    string // unit joined by a hyphen ("10-year", "two-day")
	cur     string // currency named inside a compound ("10-million-dollar")
	endByte int    // where the amount's text ends (may be inside a token)
}

// phraseAt reads [between] [currency] amount [percent] [or more] [range]
// [unit] at token i. qualified is true when a qualifier precedes, which
// settles that a four-digit number is a count, not a year.
func (l *lexer) phraseAt(i int, qual string, qualified bool) (numMatch, int, bool) {
	j := i
	between := l.lo(j) == "between"
	if between {
		j++
	}
	cur, j := l.currencyAt(j)
	a, ok, skip := l.amountAt(j, cur != "")
	if !ok {
		return numMatch{}, skip, false
	}
	if cur == "" {
		cur = a.cur // "a 10-million-dollar fine"
	}
	k := a.end
	unit, k := l.percentAt(k)
	value, high := a.value, a.value
	isRange := false
	endByte := a.endByte
	per := a.per
	if unit != "" {
		endByte = l.toks[k-1].end
	}
	if qual == "" && !between {
		if sq, k2 := l.suffixQualAt(k); sq != "" {
			qual, k = sq, k2
			endByte = l.toks[k-1].end
		}
	}

	// A range: "10-15", "10–15", "10 to 15", "two or three", "between 10
	// and 15". The second number must be larger, which also tells a score
	// ("3-2") from a range.
	hyphen := l.isPunct(k, "-") && l.adj(k-1) && l.adj(k)
	if k2, ok := l.rangeSepAt(k, i, between); ok {
		cur2, k3 := l.currencyAt(k2)
		b, okb, _ := l.amountAt(k3, cur != "" || cur2 != "")
		if okb && k3 == k2 && (l.lo(k) == "-" || l.lo(k) == "–") && cur == "" && unit == "" && qual == "" && !between &&
			l.recordPair(a, b) && l.recordContext(i, b.end) {
			// A win-loss record ("was 162-139", "a 9-14 record"): its own
			// measure, whichever number is larger, and no count of anything.
			return numMatch{value: a.value, high: b.value, unit: RecordUnit,
				start: l.toks[i].start, end: b.endByte}, b.end, true
		}
		if okb && !b.frac && b.tail == "" && a.tail == "" && !a.frac {
			lowV := a.value
			// "1-2 million", "between 10 and 15 billion": the scale written
			// once applies to both ends.
			if !a.scaled && b.scaled && a.value < 1000 {
				lowV = a.value * b.scale
			}
			if b.value > lowV && !(a.year && b.digits && hyphen) {
				value, high, isRange = lowV, b.value, true
				if per == 0 {
					per = b.per // "1-2 million": the scale written once
				}
				k = b.end
				endByte = b.endByte
				if u2, k4 := l.percentAt(k); u2 != "" {
					unit, k = u2, k4
					endByte = l.toks[k-1].end
				}
				if cur == "" {
					cur = cur2
				}
			}
		}
		if !isRange && hyphen && a.digits && okb && b.digits {
			// Two numbers joined by a hyphen that are not a rising range:
			// a score, a season ("2024-25"), a code. Neither is a count.
			return numMatch{}, b.end, false
		}
	}
	if between && !isRange {
		return numMatch{}, i + 1, false
	}

	if !qualified && cur == "" && unit == "" && !isRange && a.tail == "" {
		// Days of the month: "November 30", "Nov. 30", "30 November".
		if a.day && (l.month(j-1) > 0 || (l.isPunct(j-1, ".") && l.month(j-2) > 0) || l.month(k) > 0 ||
			(l.lo(k) == "of" && l.month(k+1) > 0)) {
			return numMatch{}, k, false
		}
		// Years: after a month or a preposition of time, or standing
		// alone. "2000 people were evacuated" is a count: a plural noun
		// follows, and then what follows a subject. "The call 2025 marks
		// a…" is a year: the "plural" is a verb taking an object.
		if a.year {
			if l.month(j-1) > 0 || numYearPrep[l.lo(j-1)] {
				return numMatch{}, k, false
			}
			u, e := l.nounAfter(k, true, false)
			if u == "" || !looksPlural(u) || !l.endsSubject(l.afterByte(e, k)) {
				return numMatch{}, k, false
			}
		}
	}

	switch {
	case unit != "":
	case cur != "":
		unit = cur
		if _, ok := numCurrencyWord[l.lo(k)]; ok {
			endByte = l.toks[k].end
		}
	case numCurrencyWord[l.lo(k)] != "":
		unit = numCurrencyWord[l.lo(k)]
		endByte = l.toks[k].end
	case a.tail != "":
		unit = a.tail
	default:
		from := k
		if a.frac {
			for from < l.n() && numFracDet[l.lo(from)] {
				from++
			}
		}
		if u, e := l.nounAfter(from, value != 1 || a.frac, a.frac); u != "" {
			unit, endByte = u, e
		}
	}
	if isRange {
		qual = "range"
	}
	round := 0.0
	if per > 0 {
		round = 0.5 * per / numPow10(a.dec)
	}
	return numMatch{value: value, high: high, qual: qual, unit: unit, round: round,
		start: l.toks[i].start, end: endByte}, k, true
}

// numDeterminers start a noun phrase; after a plural-looking word they
// show it was a verb with an object ("2025 marks a turning point").
var numDeterminers = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
	"some": true, "no": true, "every": true, "each": true, "another": true, "any": true,
}

// endsSubject reports whether token k can follow a subject noun phrase:
// the end, punctuation, a function word other than a determiner ("were",
// "and", "in"), or a participle ("killed").
func (l *lexer) endsSubject(k int) bool {
	if k >= l.n() || l.kind(k) == lexPunct {
		return true
	}
	w := l.lo(k)
	return (numStop[w] && !numDeterminers[w]) || strings.HasSuffix(w, "ed")
}

// numYearPrep precede a year ("in 2019", "since 2019", "the 2019 election").
var numYearPrep = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true,
	"during": true, "before": true, "after": true, "year": true, "early": true, "late": true,
	"mid": true, "the": true, "of": true, "through": true, "throughout": true, "summer": true,
	"winter": true, "spring": true, "autumn": true, "fall": true,
}

// numFracDet are skipped between a fraction and its noun ("two-thirds of
// the population", "half the vessels").
var numFracDet = map[string]bool{
	"of": true, "the": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"these": true, "those": true, "all": true, "a": true, "an": true, "this": true, "that": true,
}

// currencyAt reads a currency sign or code before a number: "$", "US$",
// "€", "USD". It returns "" and k unchanged when there is none.
func (l *lexer) currencyAt(k int) (string, int) {
	w := l.lo(k)
	if (w == "us" || w == "u.s") && l.adj(k) && l.isPunct(k+1, "$") && l.isNum(k+2) {
		return "USD", k + 2
	}
	if c, ok := numCurrency[w]; ok && l.isNum(k+1) && (l.kind(k) == lexPunct || !l.adj(k)) {
		return c, k + 1
	}
	if w == gluedCurrency && l.adj(k) && l.isNum(k+1) {
		return numCurrencyWord[w], k + 1
	}
	return "", k
}

// percentAt reads "%", "percent", "per cent", "pct" or "percentage
// points" at k.
func (l *lexer) percentAt(k int) (string, int) {
	switch l.lo(k) {
	case "%", "percent", "pct":
		return "%", k + 1
	case "per":
		if l.lo(k+1) == "cent" {
			return "%", k + 2
		}
	case "percentage":
		if w := l.lo(k + 1); w == "points" || w == "point" {
			return "percentage points", k + 2
		}
	}
	return "", k
}

// suffixQualAt reads a qualifier written after the number: "80+",
// "80-plus", "80 or more", "80 or so", "80 or fewer".
func (l *lexer) suffixQualAt(k int) (string, int) {
	if l.isPunct(k, "+") && l.adj(k-1) {
		return "at least", k + 1
	}
	if l.isPunct(k, "-") && l.adj(k-1) && l.adj(k) && l.lo(k+1) == "plus" {
		return "at least", k + 2
	}
	if l.lo(k) == "or" {
		switch l.lo(k + 1) {
		case "more":
			return "at least", k + 2
		case "so":
			return "about", k + 2
		case "fewer", "less":
			return "at most", k + 2
		}
	}
	return "", k
}

// RecordUnit is the unit of a win-loss record ("he was 162-139", "a 9-14
// record"): Value holds the wins, Record the pair. A record is its own
// measure, no count of games that other figures could match or rival.
const RecordUnit = "win-loss"

// Record returns the wins and losses of a win-loss record (Unit
// RecordUnit), read back from Text as High is; ok is false for any other
// figure.
func (n Number) Record() (won, lost float64, ok bool) {
	if n.Unit != RecordUnit {
		return 0, 0, false
	}
	i := strings.LastIndexAny(n.Text, "-–")
	if i < 0 {
		return 0, 0, false
	}
	_, size := utf8.DecodeRuneInString(n.Text[i:])
	lost, err := strconv.ParseFloat(strings.TrimSpace(n.Text[i+size:]), 64)
	if err != nil {
		return 0, 0, false
	}
	return n.Value, lost, true
}

// recordPair reports whether a and b, joined by a hyphen, can be the wins
// and losses of a record: whole numbers in digits, no year ("2007-08" is a
// season), no scale, no unit joined to them.
func (l *lexer) recordPair(a, b amount) bool {
	plain := func(x amount) bool {
		return x.digits && !x.scaled && !x.frac && !x.year && x.tail == "" && x.dec == 0 && x.value < 1000
	}
	return plain(a) && plain(b)
}

// recordBefore are the words a win-loss record follows when it is what
// a team or coach stands at ("was 162-139", "slumping at 9-14", "are just
// 2-8", "the Hawks (9-14)", "lifting their record to 8-5"); a score
// follows other words ("beat the Harriers, 23-17"). "to" and "of" count
// only after a noun of records (recordContext). The forms of "be" are
// beForms.
var recordBefore = union(beForms, set([]string{
	"'s", "’s", "at", "went", "go", "goes", "going",
	"finished", "finish", "opened", "(", "record", "to", "of",
	"just", "now", "only", "stand", "stands", "stood",
}))

// recordAfter are the nouns a win-loss record is written before ("a 9-14
// record", "a 162-139 mark", "a 5-19 start").
var recordAfter = map[string]bool{
	"record": true, "mark": true, "start": true, "finish": true, "slate": true,
}

// recordContext reports whether the hyphenated pair of numbers starting at
// token i and ending before token e is a win-loss record by its words: a
// noun of records after it, or a word of standing before it and no
// counted noun after it ("was 10-15 people" is a range).
func (l *lexer) recordContext(i, e int) bool {
	if recordAfter[l.lo(e)] {
		return true
	}
	if i == 0 || !recordBefore[l.lo(i-1)] {
		return false
	}
	if w := l.lo(i - 1); (w == "to" || w == "of") && !recordAfter[l.lo(i-2)] && !(recordAfter[l.lo(i-3)] && l.kind(i-2) != lexPunct) {
		// "a record of 284-286", "improved their record to 7-6"; not "from 10 to 15", "aged 10-15".
		return false
	}
	if l.lo(i-1) == "(" {
		return l.isPunct(e, ")")
	}
	if e >= l.n() || l.kind(e) == lexPunct {
		return true
	}
	u, _ := l.nounAfter(e, true, false)
	return u == ""
}

// rangeSepAt reads what joins the two ends of a range. "from 10 to 15" is
// a change, not a range, so "to" after "from" does not count.
func (l *lexer) rangeSepAt(k, start int, between bool) (int, bool) {
	if between {
		return k + 1, l.lo(k) == "and"
	}
	switch l.lo(k) {
	case "-":
		// "10-15", and "10 - 15" spaced evenly as tokenised text writes
		// it; "10 -15" or "10- 15" is no range.
		return k + 1, l.adj(k-1) == l.adj(k)
	case "–":
		return k + 1, true
	case "to":
		return k + 1, l.lo(start-1) != "from"
	case "or":
		return k + 1, true
	}
	return k, false
}

// amountAt reads one number at token j: digits or words. When !ok, skip is
// where the caller should resume (past tokens that are part of a date,
// time or id), or ≤ j for "just move on".
func (l *lexer) amountAt(j int, currency bool) (amount, bool, int) {
	switch l.kind(j) {
	case lexNum:
		return l.digitAmount(j, currency)
	case lexWord:
		a, ok, k := l.wordAmount(j)
		if ok && !a.scaled && a.per == 0 && !a.frac && a.tail == "" {
			// "two - million - euro": tokenised text spaces the hyphens
			// of a spelled-out compound sum ("two-million-euro").
			if s, c, e, ok := l.scaleCompound(a.end); ok {
				a.value, a.scale, a.scaled, a.cur = a.value*s, s, true, c
				if s >= 1e3 {
					a.per = s
				}
				a.end, a.endByte = e, l.toks[e-1].end
			}
		}
		if ok {
			l.spacedTail(&a)
			k = a.end
		}
		return a, ok, k
	}
	return amount{}, false, j
}

// scaleCompound reads a scale joined by a hyphen to the amount that ends
// before token k, as a sum modifying a noun is written: "a $2.6-million
// necklace", "a 10-million-dollar fine" (tokenised text spaces the
// hyphens: "$2. 6 - million", "two - million - euro"). A currency word may
// close the compound; its code is cur. The hyphens must sit alike on both
// sides ("3- million" is no compound), and a word after the scale other
// than a currency ("a 10-million-strong crowd") is no sum, so it is not
// read as one.
func (l *lexer) scaleCompound(k int) (scale float64, cur string, end int, ok bool) {
	if !l.isPunct(k, "-") || l.adj(k-1) != l.adj(k) || !l.isWord(k+1) {
		return 0, "", k, false
	}
	head, rest, _ := strings.Cut(l.lo(k+1), "-")
	scale = numScale[head]
	if scale == 0 {
		return 0, "", k, false
	}
	end = k + 2
	if rest != "" {
		// "million-dollar" is one word where the hyphens touch.
		if cur = numCurrencyWord[rest]; cur == "" {
			return 0, "", k, false
		}
		return scale, cur, end, true
	}
	if l.isPunct(end, "-") && l.adj(end-1) == l.adj(end) && l.adj(end-1) == l.adj(k) {
		if cur = numCurrencyWord[l.lo(end+1)]; cur != "" {
			end += 2
		}
	}
	return scale, cur, end, true
}

// spacedTail reads the unit of a compound whose hyphen tokenised text
// spaces: "a 10 - year deal", "an eight - year offer", "a 15 - year - old
// boy" (written "10-year", "eight-year", "15-year-old"). A spaced hyphen
// may also be a dash, so only a unit word that makes such compounds
// (tail-unit in the lexicon) is taken, and only when the hyphen is spaced
// alike on both sides.
func (l *lexer) spacedTail(a *amount) {
	k := a.end
	if a.tail != "" || a.scaled || a.frac || !l.isPunct(k, "-") || l.adj(k-1) || l.adj(k) || !l.isWord(k+1) {
		return
	}
	w := l.lo(k + 1)
	if !numTailUnits[w] {
		return
	}
	a.tail = w
	k += 2
	if w == "year" && l.isPunct(k, "-") && !l.adj(k-1) && !l.adj(k) && l.lo(k+1) == "old" {
		a.tail = "year-old"
		k += 2
	}
	a.end, a.endByte = k, l.toks[k-1].end
}

func numPow10(n int) float64 {
	p := 1.0
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// digitValue parses "1,200.5" without allocating. The digits are summed as
// an integer and divided by a power of ten once, so 1.2 and 3.5 come out
// exactly as strconv would give them. ok is false for ids ("1.2.3") and
// for more digits than a float64 holds exactly.
func digitValue(s string) (mant float64, dec int, ok bool) {
	dots, digits := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigitByte(c):
			digits++
			mant = mant*10 + float64(c-'0')
			if dots > 0 {
				dec++
			}
		case c == '.':
			dots++
		}
	}
	return mant, dec, dots <= 1 && digits <= 15
}

// numIDBefore are punctuation marks that glue a number to an id or path
// ("#5", "id_5", "a/5", "@5").
var numIDBefore = map[string]bool{"#": true, "_": true, "@": true, "/": true, "\\": true, ".": true, ":": true, "=": true}

func (l *lexer) digitAmount(j int, currency bool) (amount, bool, int) {
	raw := l.lo(j)
	// A chain of numbers joined without spaces by "/" ("11/30/2025", "1/2"),
	// ":" ("10:30"), "." or three or more by "-" ("2025-11-30", phone
	// numbers) is a date, time or id: skip all of it.
	end := j + 1
	seps, colon := 0, false
	for l.adj(end-1) && l.kind(end) == lexPunct && l.adj(end) && l.isNum(end+1) {
		p := l.lo(end)
		if p != "/" && p != ":" && p != "-" && p != "." {
			break
		}
		if p == "/" || p == ":" || p == "." {
			colon = true
		}
		seps++
		end += 2
	}
	if colon || seps >= 2 {
		return amount{}, false, l.skipClock(end)
	}
	// A clock as tokenised text writes it, its minutes spaced off the
	// colon: "8: 24am", "20: 49 GMT".
	if end == j+1 && l.adj(j) && l.isPunct(j+1, ":") && !l.adj(j+1) && l.isNum(j+2) && len(raw) <= 2 && len(l.lo(j+2)) == 2 {
		// Number tokens of one or two bytes are all digits (lexNumEnd).
		if h, m := digitsInt(raw), digitsInt(l.lo(j+2)); h <= 24 && m < 60 {
			return amount{}, false, l.skipClock(j + 3)
		}
	}
	if j > 0 && l.adj(j-1) && numIDBefore[l.lo(j-1)] {
		return amount{}, false, j + 1
	}
	if w := l.lo(j - 1); l.isWord(j-1) && l.capital(j-1) && numIDWords[w] {
		return amount{}, false, j + 1
	}
	if l.isPunct(j-1, ".") && l.lo(j-2) == "no" {
		return amount{}, false, j + 1 // "No. 5"
	}
	mant, dec, ok := digitValue(raw)
	// A leading zero ("09", "0843") marks a code or a clock's minutes, and
	// six or more digits with no separator an id or a phone number: news
	// style writes counts that large as "250,000".
	if !ok || (len(raw) > 1 && raw[0] == '0' && raw[1] != '.') ||
		(dec == 0 && len(raw) >= 6 && !strings.Contains(raw, ",")) {
		return amount{}, false, j + 1
	}
	a := amount{digits: true, scale: 1, end: j + 1, endByte: l.toks[j].end}
	k := j + 1
	// perWord: the scale is written as a word ("million", "bn"), which
	// makes the figure a rounded one (amount.per); a letter glued to the
	// digits ("$136M", "5k") is taken as exact.
	perWord := false
	// Letters glued to the digits: an ordinal ("21st"), a time ("10am"), a
	// decade ("1990s"), a scale ("4bn", "£3m"), a unit ("5km"), or an id
	// ("5G", "3D").
	if l.adj(j) && l.isWord(k) {
		w := l.lo(k)
		rawW := l.text[l.toks[k].start:l.toks[k].end]
		switch {
		case w == "st" || w == "nd" || w == "rd" || w == "th" || w == "s" || w == "am" || w == "pm" ||
			w == "a.m" || w == "p.m" || w == "x":
			return amount{}, false, k + 1
		case w == "bn" || w == "b" || w == "tn":
			a.scale, a.scaled = 1e9, true
			perWord = w == "bn"
			if w == "tn" {
				a.scale = 1e12
			}
		case (w == "m" || w == "mn" || w == "mln" || w == "mm") && (currency || numCurrencyWord[l.lo(k+1)] != ""):
			// "$200MM" is the trade press's million, and so is "2m
			// euros", the currency named after it ("2m" alone may be
			// metres).
			a.scale, a.scaled = 1e6, true
		case rawW == "k":
			a.scale, a.scaled = 1e3, true
		case numMeasure[w]:
			a.tail = w
		default:
			return amount{}, false, k + 1
		}
		k++
		a.endByte = l.toks[k-1].end
	}
	// A clock time written with a space: "10 a.m.", "7 pm", "3 o'clock".
	if !a.scaled && a.tail == "" {
		switch l.lo(k) {
		case "a.m", "p.m", "am", "pm", "o'clock", "o’clock":
			return amount{}, false, k + 1
		}
	}
	if !a.scaled && a.tail == "" {
		if s, ok := numScale[l.lo(k)]; ok {
			a.scale, a.scaled, perWord = s, true, true
			k++
			a.endByte = l.toks[k-1].end
		} else if l.lo(k) == "bn" || l.lo(k) == "dozen" {
			a.scale, a.scaled, perWord = 1e9, true, true
			if l.lo(k) == "dozen" {
				a.scale = 12
			}
			k++
			a.endByte = l.toks[k-1].end
		} else if s, c, e, ok := l.scaleCompound(k); ok {
			// "$2.6-million booty", "a 10-million-dollar fine": the
			// scale is a word, so the figure is as rounded as "$2.6
			// million".
			a.scale, a.scaled, perWord, a.cur = s, true, true, c
			k = e
			a.endByte = l.toks[k-1].end
		}
	}
	a.value = mant * a.scale / numPow10(dec)
	if a.scaled && a.scale >= 1e3 && perWord {
		a.per = a.scale
	}
	// A decimal split by a space ("$2. 6 million", as tokenised text
	// writes "$2.6 million") is a decimal, and rounds at its last digit:
	// "$2. 5 million" and "$2. 6 million" are two stated values.
	a.dec = dec
	// "10-year sentence", "83-year-old": the hyphenated word is the unit.
	if a.tail == "" && !a.scaled && l.isPunct(k, "-") && l.adj(k-1) && l.adj(k) && l.isWord(k+1) {
		w := stripPossessive(l.lo(k + 1))
		if w != "plus" && l.month(k+1) == 0 && !numOrdinal[w] {
			a.tail = w
			k += 2
			a.endByte = l.toks[k-1].end
		}
	}
	a.end = k
	l.spacedTail(&a)
	k = a.end
	if !a.scaled && a.tail == "" && dec == 0 && !strings.Contains(raw, ",") {
		a.year = len(raw) == 4 && a.value >= 1900 && a.value <= 2099
		a.day = len(raw) <= 2 && a.value >= 1 && a.value <= 31
	}
	return a, true, k
}

// skipClock moves past a clock time's trailing "a.m."/"pm" and zone so the
// letters are not read as anything else.
func (l *lexer) skipClock(k int) int {
	switch l.lo(k) {
	case "a.m", "p.m", "am", "pm":
		k++
		if l.isPunct(k, ".") && l.adj(k-1) {
			k++
		}
	}
	return k
}

// wordSmall reads a number word of less than 100, including hyphenated
// compounds ("twenty-five"). tens is true for a bare tens word, which may
// still take a unit after it ("twenty five").
func wordSmall(w string) (v float64, tens, ok bool) {
	if v, ok := numSmall[w]; ok {
		return v, false, true
	}
	if v, ok := numTens[w]; ok {
		return v, true, true
	}
	if t, u, found := strings.Cut(w, "-"); found {
		tv, ok1 := numTens[t]
		uv, ok2 := numSmall[u]
		if ok1 && ok2 && uv > 0 && uv < 10 {
			return tv + uv, false, true
		}
	}
	return 0, false, false
}

func (l *lexer) wordAmount(j int) (amount, bool, int) {
	w := l.lo(j)
	a := amount{scale: 1}
	switch {
	case numVague[w]:
		return a, false, j + 1
	case w == "half":
		return l.halfAt(j)
	case w == "a" || w == "an":
		nw := l.lo(j + 1)
		if d, ok := numFraction[nw]; ok && nw != "half" && l.lo(j+2) == "of" {
			// "a third of", "a quarter of"
			a.value, a.frac, a.end = numRound3(1/d), true, j+2
			a.endByte = l.toks[j+1].end
			return a, true, a.end
		}
		if _, ok := numScale[nw]; !ok && nw != "dozen" {
			return a, false, j + 1
		}
	}
	if strings.IndexByte(w, '-') > 0 {
		if _, _, ok := wordSmall(w); !ok {
			return l.hyphenWordAmount(j) // not a pure compound like "twenty-five"
		}
	}
	// Spelled-out numbers: "twenty five", "two hundred and fifty",
	// "1.5 million" is digits; "three million", "a dozen", "two dozen",
	// "two and a half".
	total, cur := 0.0, 0.0
	last := 0 // 0 start, 1 unit or compound, 2 tens, 3 hundred/dozen, 4 scale
	k := j
	if w == "a" || w == "an" {
		cur, last, k = 1, 1, j+1
	}
loop:
	for l.isWord(k) {
		w := l.lo(k)
		if v, tens, ok := wordSmall(w); ok {
			switch {
			case last == 1, last == 2 && (tens || v >= 10):
				break loop
			}
			cur += v
			last = 1
			if tens {
				last = 2
			}
			k++
			continue
		}
		switch {
		case w == "hundred" && cur > 0 && last <= 2:
			cur *= 100
			last = 3
		case w == "dozen" && cur > 0 && last <= 2:
			cur *= 12
			last = 3
		case numScale[w] > 100 && (cur > 0 || total > 0) && last != 4:
			if cur == 0 {
				break loop
			}
			total += cur * numScale[w]
			cur, last = 0, 4
			if a.per == 0 {
				a.per = numScale[w] // "two million three hundred thousand": millions
			}
		case w == "and" && last >= 1:
			if l.lo(k+1) == "a" && l.lo(k+2) == "half" && last <= 2 {
				cur += 0.5
				k += 3
				last = 1
				continue
			}
			if last >= 3 {
				if _, _, ok := wordSmall(l.lo(k + 1)); ok {
					k++
					last = 0
					continue
				}
			}
			break loop
		default:
			break loop
		}
		k++
	}
	if k == j || (last == 0 && cur == 0 && total == 0) {
		return a, false, j + 1
	}
	a.value, a.end = total+cur, k
	a.endByte = l.toks[k-1].end
	if k == j+1 && w == "one" {
		// "one of them", "no one", "the one who": a pronoun, not a count.
		switch l.lo(j - 1) {
		case "no", "the", "any", "every", "each", "which", "this", "that", "someone", "anyone":
			return a, false, j + 1
		}
		switch l.lo(j + 1) {
		case "of", "another", "'s", "’s":
			return a, false, j + 1
		}
	}
	// "one third of", "two fifths of": a numerator and its denominator.
	if k == j+1 && a.value >= 1 && a.value <= 9 {
		if d, ok := numFraction[l.lo(k)]; ok && l.lo(k) != "half" && l.lo(k+1) == "of" {
			a.value, a.frac, a.end = numRound3(a.value/d), true, k+1
			a.endByte = l.toks[k].end
		}
	}
	return a, true, a.end
}

// hyphenWordAmount reads a hyphenated word that starts with a number
// word: a fraction ("two-thirds"), a count with a unit ("two-day",
// "twenty-five-year-old"), a sum with a scale ("two-million-euro"), or an
// ordinal ("twenty-first", rejected).
func (l *lexer) hyphenWordAmount(j int) (amount, bool, int) {
	w := l.lo(j)
	a := amount{scale: 1, end: j + 1, endByte: l.toks[j].end}
	head, rest, _ := strings.Cut(w, "-")
	v, _, ok := wordSmall(head)
	if !ok {
		return a, false, j + 1
	}
	// "twenty-five-year-old": take the tens and the unit together.
	if numTens[head] > 0 {
		u, r, _ := strings.Cut(rest, "-")
		if uv := numSmall[u]; uv > 0 && uv < 10 {
			v, rest = v+uv, r
		}
	}
	if rest == "" {
		a.value = v
		return a, true, a.end
	}
	first, after, _ := strings.Cut(rest, "-")
	if s := numScale[first]; s > 0 && v > 0 && (after == "" || numCurrencyWord[after] != "") {
		// "a two-million-euro booty", "a ten-thousand-dollar prize": a
		// spelled-out sum modifying a noun, as rounded as "two million
		// euros".
		a.value, a.scale, a.scaled, a.cur = v*s, s, true, numCurrencyWord[after]
		if s >= 1e3 {
			a.per = s
		}
		return a, true, a.end
	}
	switch {
	case numOrdinal[first] && numFraction[first] == 0:
		return a, false, j + 1
	case numFraction[rest] > 0 && numTens[head] == 0 && v > 0:
		// "two-thirds", "one-half", "three-quarters"
		a.value, a.frac = numRound3(v/numFraction[rest]), true
		return a, true, a.end
	case numTailUnits[stripPossessive(rest)]:
		a.value, a.tail = v, stripPossessive(rest)
		return a, true, a.end
	}
	return a, false, j + 1
}

// halfAt reads "half a million", "half the vessels", "half of them",
// "half an hour". "the second half" and "an hour and a half" are not
// quantities of anything.
func (l *lexer) halfAt(j int) (amount, bool, int) {
	a := amount{scale: 1, value: 0.5, end: j + 1, endByte: l.toks[j].end}
	switch l.lo(j - 1) {
	case "first", "second", "last", "other", "latter", "former", "a", "and", "in", "by":
		return a, false, j + 1
	}
	next := l.lo(j + 1)
	if next == "a" || next == "an" {
		if s, ok := numScale[l.lo(j+2)]; ok && s > 100 {
			a.value, a.scale, a.scaled, a.per = 0.5*s, s, true, s
			a.end = j + 3
			a.endByte = l.toks[j+2].end
			return a, true, a.end
		}
	}
	// After a qualifier "half" stands on its own: "more than half".
	switch l.lo(j - 1) {
	case "than", "nearly", "almost", "about", "over", "least", "roughly", "around", "under", "most":
		a.frac = true
		return a, true, a.end
	}
	if numFracDet[next] || next == "them" || next == "us" {
		a.frac = true
		return a, true, a.end
	}
	return a, false, j + 1
}

func numRound3(x float64) float64 {
	if x < 0 {
		return -numRound3(-x)
	}
	return float64(int64(x*1000+0.5)) / 1000
}

// nounAfter finds the counted noun after a number: the run of words up to
// a function word, a verb-like word after a noun, punctuation or five
// words. For plurals it takes the last plural-looking word of the run, so
// adjectives and noun modifiers are skipped ("22 suspected drug vessels"
// → "vessels"); for one thing ("one suspected vessel") the last word, as
// also for a fraction without a plural ("two-thirds of the population",
// fallback). It returns the unit in lower case and the byte where the
// number's text should end.
func (l *lexer) nounAfter(k int, plural, fallback bool) (string, int) {
	best, last, measure := -1, -1, -1
	seenNoun := false
	for c := 0; c < 5 && l.isWord(k); c, k = c+1, k+1 {
		rawW := l.text[l.toks[k].start:l.toks[k].end]
		w := stripPossessive(l.lo(k))
		acronym := len(rawW) >= 2 && isUpperASCII(rawW)
		if !acronym && (numStop[w] || numSmall[w] > 0 || numTens[w] > 0 || numScale[w] > 0 ||
			l.month(k) > 0 || l.weekday(k) >= 0) {
			break
		}
		if !acronym && adjectiveLike(w) && !numIrregularPlural[w] {
			if seenNoun && last == k-1 && c == 1 && !looksPlural(stripPossessive(l.lo(k-1))) && l.compoundParticiple(k) {
				// "one rocket propelled grenade launcher": the noun
				// and the participle modify what follows; the count
				// is of that.
				best, last, measure, seenNoun = -1, -1, -1, false
				continue
			}
			if seenNoun {
				break
			}
			continue
		}
		if numMeasure[w] && c == 0 {
			measure = k
		}
		seenNoun = true
		last = k
		if looksPlural(w) {
			best = k
		}
		if len(w) < len(l.lo(k)) {
			if !fallback {
				break // a possessive ends the noun phrase: "83 people's lives"
			}
			// For a fraction the share is of what the possessor has: "a
			// third of the valley's population" is a third of the population.
			best, last, measure, seenNoun = -1, -1, -1, false
			continue
		}
		// The dot of an abbreviation ("32 million U.S. viewers") does not
		// end the noun phrase.
		if strings.IndexByte(w, '.') > 0 && l.isPunct(k+1, ".") && l.adj(k) && l.isWord(k+2) {
			k++
		}
	}
	if seenNoun && last >= 0 && last == k-1 && l.isPunct(k, "-") && l.adj(k-1) == l.adj(k) && l.isWord(k+1) &&
		strings.HasSuffix(l.lo(k+1), "ed") && l.compoundParticiple(k+1) {
		// "one rocket - propelled grenade launcher", the hyphen spaced
		// out: the count is of what follows.
		return l.nounAfter(k+2, plural, fallback)
	}
	pick := -1
	switch {
	case plural && best >= 0:
		pick = best
	case plural && measure >= 0:
		pick = measure
	case (!plural || fallback) && last >= 0:
		pick = last
	}
	if pick < 0 {
		return "", 0
	}
	w := stripPossessive(l.lo(pick))
	end := l.toks[pick].start + len(w)
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			w = strings.ToLower(w)
			break
		}
	}
	return w, end
}

// compoundParticiple reports whether the participle at token k joins the
// (singular) noun before it into a modifier of a noun after it ("rocket
// propelled grenade launcher", "state owned company"): it ends in "-ed"
// and a lower-case word that neither ends the noun phrase nor starts a
// predicate follows ("one person injured in the blast" has "in"), itself
// not followed by a function word ("one man arrested outside the court").
func (l *lexer) compoundParticiple(k int) bool {
	w := l.lo(k)
	if !strings.HasSuffix(w, "ed") || !l.isWord(k+1) || l.capital(k+1) {
		return false
	}
	x := l.lo(k + 1)
	if y := l.lo(k + 2); l.isWord(k+2) && (numStop[y] || numDeterminers[y]) {
		return false // "one man arrested outside the court"
	}
	return !numTimeWord[x] && !numStop[x] && !numDeterminers[x] && !adjectiveLike(x) && numSmall[x] == 0 && numTens[x] == 0 &&
		numScale[x] == 0 && l.month(k+1) == 0 && l.weekday(k+1) < 0
}

// numTimeWord are words of time that may follow a participle ("two
// suspects arrested yesterday") and name no thing counted.
var numTimeWord = map[string]bool{"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "now": true, "again": true}

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z') && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

// PhoneNumber is the Unit of a telephone number: a figure to check digit
// for digit, not a quantity ("0845 125 2222").
const PhoneNumber = "phone number"

// phoneAt reads a telephone number written in groups of digits separated
// by spaces or hyphens, starting with a 0 or a "+" ("0845 125 2222",
// "+44 20 7946 0958"): 9 to 13 digits in at least three groups. Its
// Value is its digits (without the leading zero), so two renderings of
// one number compare equal and a digit dropped does not.
func (l *lexer) phoneAt(i int) (numMatch, int, bool) {
	start := i
	plus := i > 0 && l.isPunct(i-1, "+") && l.adj(i-1)
	if !l.isNum(i) || (!plus && l.lo(i)[0] != '0') {
		return numMatch{}, i, false
	}
	digits, groups, k := 0, 0, i
	var v float64
	for k < l.n() && l.isNum(k) {
		raw := l.lo(k)
		for x := 0; x < len(raw); x++ {
			if !isDigitByte(raw[x]) {
				return numMatch{}, i, false
			}
			v = v*10 + float64(raw[x]-'0')
		}
		digits += len(raw)
		groups++
		k++
		if k+1 < l.n() && l.isPunct(k, "-") && l.adj(k-1) && l.adj(k) && l.isNum(k+1) {
			k++
		}
	}
	if groups < 3 || digits < 9 || digits > 13 {
		return numMatch{}, i, false
	}
	from := l.toks[start].start
	if plus {
		from = l.toks[start-1].start
	}
	return numMatch{value: v, start: from, end: l.toks[k-1].end}, k, true
}

// notDesignation are upper-case words that may stand before a count
// ("the US 50 states", "at 10 AM 3 men"): places and times, not makers'
// codes.
var notDesignation = map[string]bool{"US": true, "UK": true, "EU": true, "UN": true, "AM": true, "PM": true}

// designationAt reports whether the number at token i is the number of a
// designation, not a count: plain digits after a code of capital letters,
// spaced off it or set off by a spaced hyphen as tokenised text writes
// "AK-47" or "F-16" ("six AK 47 rifles", "14 AK - 47 Rifles"). Glued, the
// lexer already keeps it in the word. Read as a count it gives every
// account of the arms the figure 47, so two hauls of different sizes
// seem to share a figure.
func (l *lexer) designationAt(i int) bool {
	if !l.isNum(i) || i == 0 {
		return false
	}
	for k := l.toks[i].start; k < l.toks[i].end; k++ {
		if !isDigitByte(l.text[k]) {
			return false // "AK 4.7", "UK 3,000": not a code's number
		}
	}
	k, hyphen := i-1, false
	if l.isPunct(k, "-") {
		k, hyphen = k-1, true
	}
	if k < 0 || !l.isWord(k) {
		return false
	}
	w := l.text[l.toks[k].start:l.toks[k].end]
	if len(w) > 3 || len(w) < 2 && !hyphen || notDesignation[w] {
		return false
	}
	for j := 0; j < len(w); j++ {
		if w[j] < 'A' || w[j] > 'Z' {
			return false
		}
	}
	return true
}
