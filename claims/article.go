package claims

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Errors for input that cannot be an article. The command names the input.
var (
	ErrEmpty  = errors.New("empty input (expected article text)")
	ErrBinary = errors.New("binary data (expected article text)")
	ErrUTF8   = errors.New("invalid UTF-8 (expected UTF-8 article text)")
	ErrNoText = errors.New("no article text found (only headings, dates or navigation lines)")
	ErrTooBig = errors.New("input too large (expected at most 16 MiB of text)")
)

// MaxBytes is the largest article text accepted.
const MaxBytes = 16 << 20

// NewArticle checks that data is article text and prepares an Article:
// title, publication date and non-body regions are detected, the text is
// kept byte for byte.
func NewArticle(id, path string, data []byte) (*Article, error) {
	return NewArticleAfter(id, path, data, 0)
}

// NewArticleAfter is NewArticle for input whose first front bytes are
// metadata, such as Markdown front matter: they stay in Text, so spans are
// still offsets into the file, but are skipped like a date line.
func NewArticleAfter(id, path string, data []byte, front int) (*Article, error) {
	return NewArticleLayout(id, path, data, Layout{Front: front})
}

// NewArticleLayout is NewArticle for input whose format marks its own
// structure (Markdown): front matter, markup and paragraphs as l says.
func NewArticleLayout(id, path string, data []byte, l Layout) (*Article, error) {
	if err := Validate(data); err != nil {
		return nil, err
	}
	l.Front = max(0, min(l.Front, len(data)))
	a := &Article{ID: id, Path: path, Text: string(data), Paragraphs: l.Paragraphs}
	prepare(a, true, l)
	if a.Words == 0 {
		// A text that is one short line without a full stop ("Protesters
		// blocked the bridge") is a claim, not a headline over nothing.
		prepare(a, false, l)
	}
	if a.Words == 0 {
		return nil, ErrNoText
	}
	if lang := Language(view(a.Text, newSpanSet(a.Skip))); lang != "" {
		return nil, &LanguageError{Language: lang}
	}
	return a, nil
}

// Validate reports whether data can be read as article text.
func Validate(data []byte) error {
	if len(data) > MaxBytes {
		return ErrTooBig
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	// A NUL byte never occurs in text; control characters in bulk mean a
	// binary format that happens to be valid UTF-8.
	if bytes.IndexByte(data, 0) >= 0 {
		return ErrBinary
	}
	if !utf8.Valid(data) {
		return ErrUTF8
	}
	ctrl := 0
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	if ctrl*100 > len(data) {
		return ErrBinary
	}
	return nil
}

// line is one line of the text, without its line break.
type line struct {
	Span
	text string
}

// splitLines splits text at "\n", "\r\n" and a lone "\r" (old Mac text):
// each is a line break, and the bytes stay where they are.
func splitLines(text string) []line {
	var out []line
	start := 0
	for start <= len(text) {
		i := strings.IndexAny(text[start:], "\r\n")
		end := len(text)
		next := len(text) + 1
		if i >= 0 {
			end = start + i
			next = end + 1
			if text[end] == '\r' && next < len(text) && text[next] == '\n' {
				next++
			}
		}
		out = append(out, line{Span{start, end}, text[start:end]})
		start = next
	}
	return out
}

var (
	byline      = regexp.MustCompile(`^(?i:by|from|photo|image|video|updated|posted|published)\b`)
	readingTime = regexp.MustCompile(`(?i)^\s*\d+\s*(min|mins|minutes?)(\s+read)?\s*$`)
	// A blog's "posted in <Category> on <date>" stamp, often glued to the
	// byline before it; a sentence that says something was posted in a
	// place names it in lower case or runs on.
	postedIn = regexp.MustCompile(`\bposted in (?:(?:[A-Z][\w&'-]*|and|of|the|&),? ?){1,8}on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, (?:19|20)\d\d\.?$`)
	// updateStamp opens a date line that says when the text was last
	// changed, not when it was published.
	updateStamp = regexp.MustCompile(`^(?i:(?:last\s+)?(?:updated|modified))\b`)
	// navLine matches a whole line of page furniture. "visit our … page"
	// is furniture only as a line of its own, perhaps after a lead-in
	// ("For more news, visit our Africa page."): a line of news that ends
	// with it is still news.
	navLine = regexp.MustCompile(`(?i)^(for the latest|visit our|follow us|subscribe|sign up|read more|read the rest|related( stories| articles)?:|advertisement|share (this|on)|click here|copyright|all rights reserved|©)|^(?:(?:for|to)\b[^.!?]{0,50}?,?\s+)?visit our [^.!?]{1,60} page\.?$|^(go up|back to top|top|share|print|email|comments?|tags?:.*)\.?$|^(posted|published|updated|last updated)\b.{0,80}\b(19|20)\d\d\b.{0,12}$`)
)

// Prepare fills Title, Published, Skip, Paragraphs and Words from a.Text.
// Body paragraphs stay where they are; only their roles are decided here.
func Prepare(a *Article) { prepare(a, true, Layout{Paragraphs: a.Paragraphs}) }

func prepare(a *Article, headings bool, l Layout) {
	front := l.Front
	a.Skip = a.Skip[:0]
	a.Title = ""
	if front > 0 {
		a.Skip = append(a.Skip, Span{0, front})
	}
	a.Skip = append(a.Skip, l.Markup...)
	if l.Paragraphs != nil {
		a.Paragraphs = splitBlocks(a.Text, l.Paragraphs)
	} else {
		a.Paragraphs = findParagraphs(a.Text)
	}
	// Paragraphs are read as the rules read them: line breaks and markup
	// as spaces, each run of spaces as one.
	v := view(a.Text, newSpanSet(a.Skip))
	type para struct {
		s Span
		t string
	}
	var paras []para
	count := map[string]int{}
	for _, p := range a.Paragraphs {
		s := trimSpan(v, p)
		t := collapseSpaces(strings.TrimSpace(s.In(v)))
		if t == "" || s.Start < front {
			continue
		}
		paras = append(paras, para{s, t})
		count[t]++
	}
	seen := map[string]bool{}
	bodySeen := false
	words := 0
	for _, p := range paras {
		s, t := p.s, p.t
		skip := false
		switch {
		case seen[t]:
			// A repeated line is a repeated headline or a menu, never news.
			skip = true
		case readingTime.MatchString(t), len(t) < 200 && postedIn.MatchString(t):
			skip = true
		default:
			// A date line is read before it is skipped as furniture:
			// navLine also matches "Posted: June 12, 2013", and the
			// date there is the one relative days ("yesterday", "this
			// morning") are counted from.
			// An update stamp ("Last updated at 11:24, Tuesday, 18 June")
			// is no publication date: the text may be days older, and its
			// "this morning" or "on Saturday" counted from the stamp would
			// name days it never meant.
			if d, ok := ParseDateLine(t); ok {
				if a.Published == "" && !updateStamp.MatchString(t) {
					a.Published = d
				}
				skip = true
			} else if navLine.MatchString(t) {
				skip = true
			} else if headings && isHeading(t) {
				if !bodySeen && a.Title == "" {
					a.Title = t
					// A headline makes claims of its own ("Singer
					// Okoye to host awards"), and a misleading
					// one is what a fact-checker looks for first; a
					// byline or a one-word label does not. A headline
					// repeated (page title and heading, as pasted
					// pages have it) is page furniture.
					if count[t] == 1 && countWords(t) >= 4 && !byline.MatchString(t) {
						seen[t] = true
						continue
					}
				} else if !bodySeen && count[t] == 1 && countWords(t) >= 5 && !byline.MatchString(t) {
					// A second headline line before the body, the dek
					// ("Divers trapped for a night in flooded cave"),
					// makes claims like the headline; a short label
					// ("World news", "Opinion") does not.
					seen[t] = true
					continue
				}
				skip = true
			}
		}
		seen[t] = true
		if skip {
			a.Skip = append(a.Skip, s)
			continue
		}
		bodySeen = true
		words += countWords(t)
	}
	a.Words = words
	a.Skip = newSpanSet(a.Skip)
}

func trimSpan(text string, s Span) Span {
	for s.Start < s.End && isSpaceByte(text[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpaceByte(text[s.End-1]) {
		s.End--
	}
	return s
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' }

// isHeading tells a headline or section heading from a body paragraph: it
// is short and does not end like a sentence.
func isHeading(t string) bool {
	// A headline may end in a quoted phrase ("Minister calls deaths
	// 'murder'"); a sentence puts its full stop before or after the
	// closing mark ("… 'murder.'", "… 'murder'."), so a closing mark right
	// after a word ends no sentence.
	q := strings.TrimRight(t, "\"”’'")
	r, _ := utf8.DecodeLastRuneInString(q)
	if len(q) < len(t) && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	switch r {
	case '.', '!', '?', ':', ';', ')', '…':
		return false
	}
	// Title case or not, a heading is short; a one-line article without a
	// full stop is still a heading, and then there is no article.
	return countWords(t) <= 25
}

func countWords(t string) int {
	n := 0
	in := false
	for _, r := range t {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '\'' || r == '’' || r == '-'))
	}
	return n
}
