package claims

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	prosesegment "github.com/jdkato/prose/v3/segment"
	prosetag "github.com/jdkato/prose/v3/tag"
	prosetoken "github.com/jdkato/prose/v3/token"
	prosetokenize "github.com/jdkato/prose/v3/tokenize"
)

// The prose pipeline, built once: prose.NewDocument builds a segmenter and
// a tagger for every document, and with them their scratch space, where
// one of each serves every paragraph (both are safe for concurrent use).
// Steps and settings are NewDocument's with extraction off, so tokens,
// tags and sentences are the same.
var (
	proseSegmenter = sync.OnceValues(prosesegment.New)
	proseTokenizer = sync.OnceValue(func() *prosetokenize.Tokenizer { return prosetokenize.New() })
	proseTagger    = sync.OnceValues(func() (*prosetag.Tagger, error) { return prosetag.New() })
)

// proseRead tokenises and tags text as prose.NewDocument does, and splits
// it into sentences when sentences is true.
func proseRead(text string, sentences bool) ([]prosetoken.Token, []prosesegment.Sentence, error) {
	var sents []prosesegment.Sentence
	if sentences {
		seg, err := proseSegmenter()
		if err != nil {
			return nil, nil, err
		}
		sents = seg.Segment(text)
	}
	toks := proseTokenizer().Tokenize(text)
	tg, err := proseTagger()
	if err != nil {
		return nil, nil, err
	}
	tg.TagTokens(toks)
	return toks, sents, nil
}

// token is a prose token with absolute offsets and what the rules need.
type token struct {
	text    string
	lower   string
	tag     string
	start   int
	end     int
	inQuote bool // inside a direct quotation
}

// quote is a stretch of text between double quotation marks.
type quote struct {
	open, close int  // byte offsets of the opening mark and just past the closing mark
	inner       Span // the quoted words, without the marks
	closed      bool
}

// sentence is one sentence of the body, never crossing a paragraph.
type sentence struct {
	src    string // the article text as the rules read it (the view)
	span   Span
	para   int // index of the paragraph it belongs to
	toks   []token
	quotes []quote
}

// maxQuoteMerge bounds how many sentences a quotation left open may pull
// together: a stray quotation mark must not swallow a paragraph.
const maxQuoteMerge = 6

// segment splits the article body into sentences. Prose runs on each
// paragraph of the view v alone (line breaks and markup read as spaces),
// so a sentence never crosses a paragraph, and sentences are merged back
// while a quotation is still open, so a multi-sentence quote stays with its
// attribution.
func segment(a *Article, v string, skip spanSet) []sentence {
	var out []sentence
	// Paragraphs are numbered so that one right under another is next to
	// it and one after a blank line is two on: a quotation continues into
	// the paragraph right under it, as one line under another always did.
	pi, prevEnd := -1, 0
	for _, p := range a.paragraphs() {
		pi++
		if pi > 0 && blankLineIn(a.Text[min(prevEnd, p.Start):p.Start]) {
			pi++
		}
		prevEnd = p.End
		s := trimSpan(v, p)
		if s.Start >= s.End || skip.has(s.Start) {
			continue
		}
		block := v[s.Start:s.End]
		toks, sents, err := proseRead(block, true)
		if err != nil {
			continue
		}
		low := lowerASCII(block) // the tokens' lower case, cut from one copy
		var para []sentence
		for _, ps := range sents {
			para = append(para, sentence{src: v, span: Span{s.Start + ps.Start, s.Start + ps.End()}, para: pi})
		}
		if len(para) == 0 {
			para = append(para, sentence{src: v, span: s, para: pi})
		}
		para = mergeOpenQuotes(v, para)
		// Tokens are assigned by offset; prose sentences and tokens come from
		// the same text, so every token falls in exactly one sentence or in
		// the whitespace between them.
		// A sentence's tokens follow the previous sentence's, so the
		// paragraph's tokens are kept in one array, each sentence a stretch
		// of it (capped, so an append to one never runs into the next).
		all := make([]token, 0, len(toks))
		j, from := 0, 0
		for _, t := range toks {
			st := s.Start + t.Start
			for j < len(para) && st >= para[j].span.End {
				para[j].toks = stretch(all, from)
				from = len(all)
				j++
			}
			if j == len(para) {
				break
			}
			if st < para[j].span.Start {
				continue
			}
			all = appendToken(all, t.Text, t.Tag, st, lowerIn(block, low, t.Text, t.Start))
		}
		if j < len(para) {
			para[j].toks = stretch(all, from)
		}
		for i := range para {
			if titleCase(para[i].toks) {
				// Cue verbs first: a verb after one is a name misread.
				retagTitle(para[i].toks)
				retagLower(v, para[i])
			}
			retagCues(para[i].toks)
			para[i].quotes = findQuotes(v, para[i].span)
			markQuoted(para[i].toks, para[i].quotes)
			if len(para[i].toks) > 0 {
				out = append(out, para[i])
			}
		}
	}
	return out
}

// stretch is all[from:], capped at its length, or nil when empty.
func stretch(all []token, from int) []token {
	if from == len(all) {
		return nil
	}
	return all[from:len(all):len(all)]
}

// blankLineIn reports whether the text between two paragraphs holds a
// blank line.
func blankLineIn(gap string) bool {
	first := strings.IndexByte(gap, '\n')
	return first >= 0 && strings.IndexByte(gap[first+1:], '\n') >= 0
}

// appendToken adds a prose token. Prose glues a doubled apostrophe, the
// quotation mark of some wire and archive text (”Like this,”), to the word
// it opens; it is split off so the word can sit inside the quotation.
// lower is strings.ToLower(text).
func appendToken(toks []token, text, tag string, st int, lower string) []token {
	if len(text) > 2 && strings.HasPrefix(text, "''") && text[2] != '\'' {
		toks = append(toks, token{text: "''", lower: "''", tag: "``", start: st, end: st + 2})
		text, lower, st = text[2:], lower[2:], st+2
	}
	return append(toks, token{text: text, lower: lower, tag: tag, start: st, end: st + len(text)})
}

// lowerIn is strings.ToLower(text) for the token text at offset at of
// block, cut from low, block with its ASCII capitals lowered, when the
// token is that stretch of block and all ASCII (as nearly every token is);
// otherwise lowered on its own.
func lowerIn(block, low, text string, at int) string {
	if at >= 0 && at+len(text) <= len(block) && block[at:at+len(text)] == text && isASCII(text) {
		return low[at : at+len(text)]
	}
	return strings.ToLower(text)
}

// titleCase reports whether a sentence is a headline in title case, where
// the tagger reads every capitalised verb as a proper noun.
func titleCase(toks []token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if !isWordToken(t.text) || t.inQuote {
			continue
		}
		words++
		if isCap(t.text) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// retagLower gives the verbs of a title-case headline their tags: the
// tagger reads "Woman Killed In Crash, Police Arrest Driver" as a row of
// names, but its lower-case form as a sentence. Only verb tags are taken
// over, and only where the tokens line up byte for byte.
func retagLower(text string, s sentence) {
	src := s.span.In(text)
	low := strings.ToLower(src)
	if len(low) != len(src) || len(s.toks) == 0 {
		return
	}
	toks, _, err := proseRead(low, false)
	if err != nil {
		return
	}
	at := map[int]string{}
	for _, t := range toks {
		if len(t.Tag) >= 2 && t.Tag[:2] == "VB" {
			at[s.span.Start+t.Start] = t.Tag
		}
	}
	finite := func(tag string) bool { return tag == "VBZ" || tag == "VBD" || tag == "VBP" }
	for k := range s.toks {
		t := &s.toks[k]
		tag, ok := at[t.start]
		if !ok || k == 0 || !(t.tag == "NNP" || t.tag == "NNPS") {
			continue
		}
		speech := tagVerbs[t.lower] || cueLemmas[t.lower] == "say"
		if tag != "VBD" && tag != "VBN" && !speech || finite(tag) && finite(s.toks[k-1].tag) {
			// Only past forms ("Killed", "Charged", "Named") and verbs of
			// speech ("Officials Say"): a present form is as often a
			// plural or a name ("Shows Minor Gain", "Hammers Wells
			// Fargo"), and two finite verbs in a row are not a clause.
			continue
		}
		t.tag = tag
	}
}

// retagTitle marks the cue verbs of a title-case headline as verbs:
// "Former White House Doctor Says", "Lawmakers Rip Trump".
func retagTitle(toks []token) {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if isVerb(*t) || t.inQuote {
			continue
		}
		l, ok := cueLemmas[t.lower]
		if !ok {
			continue
		}
		p := toks[i-1]
		if !(strings.HasPrefix(p.tag, "NN") || p.tag == "PRP" || p.text == ",") {
			continue
		}
		switch {
		case pastForm(t.lower):
			t.tag = "VBD"
		case strings.HasSuffix(t.lower, "s") && t.lower != l:
			t.tag = "VBZ"
		case t.lower == l && (p.tag == "NNS" || p.tag == "NNPS"):
			t.tag = "VBP"
		}
	}
}

// retagCues mends a tagger slip that hides cues: a past-tense cue verb
// read as a noun or adjective right after its subject ("The minister/NN
// spoke/NN of …").
func retagCues(toks []token) {
	// "Hale’s/NNP claim": a curly possessive read as a name.
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if (t.lower == "’s" || t.lower == "'s") && t.tag != "POS" && strings.HasPrefix(toks[i-1].tag, "NN") &&
			(strings.HasPrefix(toks[i+1].tag, "NN") || strings.HasPrefix(toks[i+1].tag, "JJ")) {
			t.tag = "POS"
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if isVerb(*t) || !(t.tag == "NN" || t.tag == "NNS" || t.tag == "JJ") {
			continue
		}
		if _, ok := cueLemmas[t.lower]; !ok || !pastForm(t.lower) {
			continue
		}
		p, n := toks[i-1], toks[i+1]
		if (strings.HasPrefix(p.tag, "NN") || p.tag == "PRP") && !strings.HasPrefix(n.tag, "NN") && n.tag != "POS" {
			t.tag = "VBD"
		}
	}
	// "Trump refuses/NNS to …", "The campaign plans/NNS to …": a present
	// cue after a name or pronoun, before "to", "that" or an object.
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.tag != "NNS" || !strings.HasSuffix(t.lower, "s") {
			continue
		}
		if _, ok := cueLemmas[t.lower]; !ok {
			continue
		}
		p, n := toks[i-1], toks[i+1]
		subj := p.tag == "NNP" || p.tag == "PRP" && (p.lower == "he" || p.lower == "she" || p.lower == "it") || p.tag == "NN" ||
			(p.lower == "yet" || p.lower == "and" || p.lower == "but" || p.lower == "also") && n.tag == "TO"
		obj := n.tag == "TO" || n.lower == "that" || n.tag == "DT" || n.tag == "PRP" || n.tag == "PRP$" || n.tag == "NNP" || n.text == ":" || n.text == "," || startsQuote(n.text)
		if subj && obj {
			t.tag = "VBZ"
		}
	}
}

func pastForm(w string) bool {
	switch w {
	case "spoke", "said", "told", "wrote", "thought", "sought", "knew", "felt", "found", "understood", "sang":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// mergeOpenQuotes joins a sentence that leaves a quotation open with the
// ones that follow, up to the one that closes it.
func mergeOpenQuotes(text string, ss []sentence) []sentence {
	var out []sentence
	for i := 0; i < len(ss); i++ {
		cur := ss[i]
		n := 0
		for i+1 < len(ss) && n < maxQuoteMerge && (openQuote(cur.span.In(text)) || endsWithTitle(cur.span.In(text)) || splitDecimal(text, cur.span.End) || pointSplit(text, cur.span, ss[i+1].span) || initialBeforeName(cur.span.In(text), ss[i+1].span.In(text))) {
			i++
			n++
			cur.span.End = ss[i].span.End
		}
		out = append(out, cur)
	}
	// A sentence of closing punctuation only ("”.") belongs to the one before,
	// and so does a short attribution after a quote that ends in "?" or "!"
	// ("“Why now?” she asked."), which the sentence splitter cuts off.
	var merged []sentence
	for _, s := range out {
		if len(merged) > 0 && (!isWordToken(s.span.In(text)) || tagAfterQuote(merged[len(merged)-1].span.In(text), s.span.In(text))) {
			merged[len(merged)-1].span.End = s.span.End
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// splitDecimal reports whether a sentence ending at end was cut at the
// point of a decimal split by a space ("Stocks fell 5. 4 per cent").
func splitDecimal(text string, end int) bool {
	k := end - 1
	if k < 1 || k >= len(text) || text[k] != '.' || !isDigitByte(text[k-1]) {
		return false
	}
	i := k - 1
	for i > 0 && isDigitByte(text[i-1]) {
		i--
	}
	return k-i <= 3 && spacedDecimal(text, k, len(text))
}

// pointSplit reports whether the sentence splitter cut at a point that
// belongs to the number opening next, which it takes for a full stop or a
// question mark; a sentence rarely opens with a numeral (style guides
// spell it out), so a numeral right after the cut is the clue. Three
// cuts are mended:
//   - a decimal whose point is spaced off ("below $1. 29", "averaged
//     14. 4 points"): digits, the point, digits;
//   - a number written with a leading point, the point glued to the word
//     before ("hit. 308", "a limit of. 08 percent", "50 - 30 (. 625)"):
//     after "(" any digits, after a lower-case word three digits (a
//     batting average, a winning percentage) or digits opening with 0,
//     never "12 people", "23 - year - old" or a year;
//   - a currency sign lost to "?" in an encoding slip ("decision to lend?
//     22. 4bn"): a question mark glued to a lower-case word, a numeral
//     next, and a sentence that does not open as a question does.
func pointSplit(text string, cur, next Span) bool {
	e, n := cur.End, next.Start
	if e < 2 || e > n || n >= len(text) || !isDigitByte(text[n]) || strings.TrimLeft(text[e:n], " ") != "" {
		return false
	}
	d := n
	for d < next.End && isDigitByte(text[d]) {
		d++
	}
	after := byte(' ')
	if d < next.End {
		after = text[d]
	}
	if after == '.' && d+1 < next.End && text[d+1] == ' ' || after == ')' && text[e-1] != '.' {
		return false // "2. Then …": a list's number
	}
	prev := text[e-2]
	switch text[e-1] {
	case '.':
		if isDigitByte(prev) {
			i := e - 2
			for i > cur.Start && isDigitByte(text[i-1]) {
				i--
			}
			// The whole number before the point, not a year ("in
			// 2009. 15 …"), and a fraction of at most three digits.
			return e-1-i <= 3 && d-n <= 3 && (i == cur.Start || text[i-1] != ',')
		}
		if after != ' ' && after != ',' && after != ')' && after != '%' && after != ';' {
			return false
		}
		if prev == '(' || prev == ' ' {
			return true
		}
		return prev >= 'a' && prev <= 'z' && (d-n == 3 || text[n] == '0')
	case '?':
		if prev < 'a' || prev > 'z' {
			return false
		}
		f := strings.Fields(text[cur.Start:e])
		if len(f) == 0 {
			return false
		}
		w := strings.ToLower(strings.Trim(f[0], "\"'“‘"))
		return !questionOpener[w]
	}
	return false
}

// endsWithTitle reports whether s ends in a title abbreviation ("… Mr."),
// where the sentence splitter sometimes cuts a name off its title.
func endsWithTitle(s string) bool {
	i := strings.LastIndexByte(strings.TrimRight(s, " "), ' ')
	w := strings.ToLower(strings.TrimSpace(s[i+1:]))
	switch w {
	case "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "prof.", "st.", "lt.", "col.", "sgt.", "capt.", "rev.", "hon.", "pres.", "supt.", "cmdr.", "adm.", "maj.":
		return true
	}
	// An initial after a name or another initial: "U. S. Livestock
	// Council", "J. R. Smith", "Helena Marwick, M. D." — not "vitamin C."
	if len(w) == 2 && w[1] == '.' && w[0] >= 'a' && w[0] <= 'z' && i > 0 {
		head := strings.TrimRight(s[:i], " ,")
		j := strings.LastIndexByte(head, ' ')
		prev := head[j+1:]
		if prev != "" && prev[0] >= 'A' && prev[0] <= 'Z' {
			return true
		}
	}
	return false
}

// initialBeforeName reports whether s ends in an initial that opens the
// name next begins with: "the death of W. | Mark Felt, who …" (the
// splitter cuts after "W."). A sentence after one that ends in a letter
// ("vitamin C.", "Plan B.") rarely opens with a name of two words that
// are not function words ("Then he …", "The Associated Press …").
func initialBeforeName(s, next string) bool {
	t := strings.TrimRight(s, " ")
	n := len(t)
	if n < 2 || t[n-1] != '.' || t[n-2] < 'A' || t[n-2] > 'Z' || (n > 2 && t[n-3] != ' ') {
		return false
	}
	f := strings.Fields(next)
	return len(f) >= 2 && capitalName(f[0]) && capitalName(strings.TrimRight(f[1], ",;:'"))
}

// capitalName reports whether w looks like a word of a name: a capital,
// then lower-case letters only, and not a function word.
func capitalName(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || stopwords[lowerASCII(w)] {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// tagAfterQuote reports whether next is the speech tag of a quotation that
// closes prev: a speech verb among its first words, before any quote mark.
func tagAfterQuote(prev, next string) bool {
	p := strings.TrimRight(prev, " ")
	if !(strings.HasSuffix(p, "”") || strings.HasSuffix(p, "\"") || strings.HasSuffix(p, "''")) {
		return false
	}
	ws := strings.Fields(next)
	for i, w := range ws {
		if i >= 7 || strings.ContainsAny(w, "“\"") {
			return false
		}
		w = strings.ToLower(strings.TrimRight(w, ".,;:"))
		if tagVerbs[w] {
			// Only a bare tag: "Clinton said." or "said Mr. Burman on
			// Friday." — not a new attribution with content of its own.
			rest := ws[i+1:]
			for _, r := range rest {
				switch strings.ToLower(strings.Trim(r, ".,;:")) {
				case "that", "is", "are", "was", "were", "will", "would", "has", "have", "had", "could", "should", "can", "may", "might":
					return false
				}
			}
			if i == 0 {
				return len(rest) <= 6
			}
			return len(rest) <= 3 || strings.HasSuffix(ws[i], ",")
		}
		if strings.HasSuffix(ws[i], ".") && i > 0 {
			return false
		}
	}
	return false
}

// openQuote reports whether s ends inside a quotation.
func openQuote(s string) bool {
	depth := 0
	straight := 0
	s = strings.ReplaceAll(s, "''", "\"")
	for _, r := range s {
		switch r {
		case '“':
			depth++
		case '”':
			if depth > 0 {
				depth--
			}
		case '"':
			straight++
		}
	}
	return depth > 0 || straight%2 == 1
}

// findQuotes finds double-quoted stretches in text[s]. Curly quotes pair by
// nesting; straight quotes alternate open/close. A doubled apostrophe (”)
// is a straight double quote, as older wire text writes it.
func findQuotes(text string, s Span) []quote {
	var out []quote
	open := -1
	var openMark rune
	for i := s.Start; i < s.End; {
		r, w := utf8.DecodeRuneInString(text[i:])
		if r == '\'' && i+1 < s.End && text[i+1] == '\'' {
			r, w = '"', 2
		}
		switch {
		case open < 0 && (r == '“' || r == '"' || r == '„' || r == '”' && leftOpener(text, s.Start, i, w)):
			open, openMark = i, r
			if r == '”' {
				openMark = '“' // a right mark used as a left one still closes with ”
			}
		case open >= 0 && (openMark != '"' && r == '”' || openMark == '"' && r == '"' || mixedClose(text, openMark, r, i+w, s.End)):
			out = append(out, makeQuote(text, open, i+w, true))
			open = -1
		}
		i += w
	}
	if open >= 0 {
		out = append(out, makeQuote(text, open, s.End, false))
	}
	return out
}

// leftOpener reports whether a right double mark at i opens a quotation
// ("”Fear. I am …"): it starts the text or follows a space, and a letter
// follows it.
func leftOpener(text string, start, i, w int) bool {
	if i > start {
		p, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(p) {
			return false
		}
	}
	n, _ := utf8.DecodeRuneInString(text[i+w:])
	return unicode.IsLetter(n)
}

// mixedClose accepts a straight mark closing a curly quotation ("“…,"
// she said"), a common slip, when it is followed by a comma-less speech tag
// or the end of the text and no curly close follows.
func mixedClose(text string, open, r rune, next, end int) bool {
	if !(open == '“' && r == '"' || open == '"' && r == '”') {
		return false
	}
	// A mark glued to the end of the words and followed by a space or
	// punctuation can only close.
	if next < end {
		n, _ := utf8.DecodeRuneInString(text[next:])
		p, _ := utf8.DecodeLastRuneInString(text[:next-utf8.RuneLen(r)])
		if !unicode.IsLetter(n) && !unicode.IsDigit(n) && !unicode.IsSpace(p) {
			return true
		}
	}
	rest := text[next:end]
	return !strings.ContainsRune(rest, '”') && !strings.ContainsRune(rest, '"')
}

func makeQuote(text string, open, close int, closed bool) quote {
	_, w := utf8.DecodeRuneInString(text[open:])
	if strings.HasPrefix(text[open:], "''") {
		w = 2
	}
	inner := Span{open + w, close}
	if closed {
		_, cw := utf8.DecodeLastRuneInString(text[:close])
		if strings.HasSuffix(text[:close], "''") {
			cw = 2
		}
		inner.End = close - cw
	}
	inner = trimSpan(text, inner)
	return quote{open: open, close: close, inner: inner, closed: closed}
}

// markQuoted marks the tokens inside a quotation. Tokens and quotations
// are both in text order and quotations do not overlap, so one pass over
// each does it: a line of thousands of quotation marks stays linear.
func markQuoted(toks []token, qs []quote) {
	q := 0
	for i := range toks {
		for q < len(qs) && qs[q].inner.End < toks[i].end {
			q++
		}
		if q == len(qs) {
			return
		}
		if toks[i].start >= qs[q].inner.Start {
			toks[i].inQuote = true
		}
	}
}
