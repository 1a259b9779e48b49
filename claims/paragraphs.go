package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A paragraph is a block of lines between blank lines. Inside one, a lone
// line break is a space: text wrapped at 72 columns reads as the same
// sentences as the text unwrapped. Many pasted articles, though, put one
// paragraph on each line with no blank line between, and a date or byline
// line sits right above the body; so a line break inside a block joins two
// lines only when the text is hard-wrapped and the next line's first word
// would not have fitted on the line before it (the test every re-wrapping
// tool makes). Spans keep pointing into the text as read: the line breaks
// stay, only the text the rules read (the view) has spaces there.

// Layout is what an input format says about a text's structure, beyond its
// bytes: Markdown knows its paragraphs and its markup.
type Layout struct {
	// Front is the number of leading bytes of metadata (front matter):
	// skipped like a date line.
	Front int
	// Markup are regions inside the text that are markup, not words
	// (link targets, emphasis markers, a heading's '#', images, HTML,
	// code): skipped, and read as spaces.
	Markup []Span
	// Paragraphs are the format's paragraphs (headings, paragraphs, list
	// items); nil to find them from blank lines and line widths.
	Paragraphs []Span
}

// Wrap widths outside these bounds are not hard wrapping: a line shorter
// than minWrap is a heading or a date, one longer than maxWrap a paragraph
// of its own.
const (
	minWrap = 40
	maxWrap = 150
	// wrapSlack is how far short of the width a wrapped line may end: the
	// length of a long word.
	wrapSlack = 20
	// minWrapped is how many wrapped lines show that a text is wrapped.
	minWrapped = 3
)

// findParagraphs splits text into paragraphs, each span trimmed of spaces.
func findParagraphs(text string) []Span {
	lines := splitLines(text)
	return splitBlock(text, lines, wrapWidth(lines))
}

// splitBlocks splits the blocks a format marks (a Markdown paragraph runs
// on across single line breaks) where the text itself shows paragraph
// breaks: a block with a line longer than any wrap is an article pasted
// one paragraph a line, whose date line is no part of the paragraph under
// it. Otherwise the format's block stands: line widths say little in
// Markdown, where link targets take columns.
func splitBlocks(text string, blocks []Span) []Span {
	out := make([]Span, 0, len(blocks))
	for _, b := range blocks {
		b = trimSpan(text, Span{max(b.Start, 0), min(b.End, len(text))})
		if b.Len() == 0 {
			continue
		}
		lines := splitLines(b.In(text))
		for i := range lines {
			lines[i].Start += b.Start
			lines[i].End += b.Start
		}
		long := false
		for _, l := range lines {
			long = long || utf8.RuneCountInString(strings.TrimRight(l.text, " \t\r\f")) > maxWrap
		}
		if long {
			out = append(out, splitBlock(text, lines, 0)...)
		} else {
			out = append(out, b)
		}
	}
	return out
}

// splitBlock groups lines into paragraphs for a text wrapped at w columns
// (0: not wrapped).
func splitBlock(text string, lines []line, w int) []Span {
	var out []Span
	open := false
	var cur Span
	var prev string
	for _, l := range lines {
		s := trimSpan(text, l.Span)
		if s.Len() == 0 {
			if open {
				out = append(out, cur)
				open = false
			}
			continue
		}
		if open && softBreak(prev, s.In(text), w) {
			cur.End = s.End
		} else {
			if open {
				out = append(out, cur)
			}
			cur, open = s, true
		}
		prev = strings.TrimRight(l.text, " \t\r\f")
	}
	if open {
		out = append(out, cur)
	}
	return out
}

// wrapWidth returns the column a text is hard-wrapped at, or 0 when it is
// not wrapped: the longest line followed by another line of its block, if
// most such lines end within wrapSlack of it, and enough do: minWrapped,
// or two when a line below one starts in lower case, mid-sentence. A
// headline over a dek over a label is three lines, not a wrapped block.
func wrapWidth(lines []line) int {
	type cand struct {
		n     int
		lower bool // the next line starts in lower case
	}
	var cs []cand
	for i := 0; i+1 < len(lines); i++ {
		t := strings.TrimRight(lines[i].text, " \t\r\f")
		next := strings.TrimSpace(lines[i+1].text)
		if strings.TrimSpace(t) == "" || next == "" {
			continue
		}
		if n := utf8.RuneCountInString(t); n <= maxWrap {
			r, _ := utf8.DecodeRuneInString(next)
			cs = append(cs, cand{n, unicode.IsLower(r)})
		}
	}
	w := 0
	for _, c := range cs {
		w = max(w, c.n)
	}
	if w < minWrap {
		return 0
	}
	near, lower := 0, false
	for _, c := range cs {
		if c.n >= w-wrapSlack {
			near++
			lower = lower || c.lower
		}
	}
	if near*2 < len(cs) || near < minWrapped && !(near >= 2 && lower) {
		return 0
	}
	return w
}

// softBreak reports whether the break between prev (right-trimmed) and
// next (trimmed) is a wrap inside a paragraph.
func softBreak(prev, next string, w int) bool {
	if w == 0 || listItem(next) {
		return false
	}
	n := utf8.RuneCountInString(prev)
	if n > w {
		return false // a line longer than the wrap width is a paragraph
	}
	first, _, _ := strings.Cut(next, " ")
	return n+1+utf8.RuneCountInString(first) > w
}

// listItem reports whether a line starts a list item, which begins a new
// block even right under a wrapped line.
func listItem(t string) bool {
	for _, p := range []string{"- ", "* ", "• ", "– ", "+ "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

// paragraphs returns the article's paragraphs: the format's, or those found
// in its text. It does not store them: Extract may run concurrently.
func (a *Article) paragraphs() []Span {
	if a.Paragraphs != nil {
		return a.Paragraphs
	}
	return findParagraphs(a.Text)
}

// view is the text the rules read: Text with line breaks and skipped
// regions as spaces, byte for byte the same length, so every offset into
// it is an offset into Text.
func view(text string, skip spanSet) string {
	if !strings.ContainsAny(text, "\n\r\f") && len(skip) == 0 {
		return text
	}
	b := []byte(text)
	for i, c := range b {
		if c == '\n' || c == '\r' || c == '\f' {
			b[i] = ' '
		}
	}
	for _, s := range skip {
		for i := max(s.Start, 0); i < min(s.End, len(b)); i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// spanSet is a sorted list of disjoint spans.
type spanSet []Span

// newSpanSet sorts a copy of ss and merges the spans that overlap or touch.
func newSpanSet(ss []Span) spanSet {
	out := make(spanSet, 0, len(ss))
	c := append([]Span(nil), ss...)
	sort.Slice(c, func(i, j int) bool { return c[i].Start < c[j].Start })
	for _, s := range c {
		if s.Len() <= 0 {
			continue
		}
		if n := len(out); n > 0 && s.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// has reports whether byte offset i lies in one of the spans.
func (ss spanSet) has(i int) bool {
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End > i })
	return k < len(ss) && ss[k].Start <= i
}

// inSkip reports whether byte offset i lies in a skipped region.
//
// Skip is kept sorted and disjoint (see newSpanSet), so a binary search
// finds the one region that could hold i: a text of many skipped lines
// (thousands of repeated lines) costs a logarithm per lookup, not a scan.
func (a *Article) inSkip(i int) bool {
	k := sort.Search(len(a.Skip), func(k int) bool { return a.Skip[k].End > i })
	return k < len(a.Skip) && a.Skip[k].Start <= i
}

// collapseSpaces folds runs of spaces to one: claim text read from a view
// where markup became spaces.
func collapseSpaces(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// clean returns what span sp of the view says: v[sp] with each run of
// spaces that holds a line break or markup (bytes where v differs from
// text) folded to one space, and none at either end. Runs of spaces the
// text itself has are kept, so text that is not wrapped reads as before.
func clean(text, v string, sp Span) string {
	s := sp.In(v)
	if s == "" || s == sp.In(text) {
		return s
	}
	var b strings.Builder
	for i := sp.Start; i < sp.End; {
		if v[i] != ' ' {
			b.WriteByte(v[i])
			i++
			continue
		}
		j, replaced := i, false
		for j < sp.End && v[j] == ' ' {
			replaced = replaced || text[j] != ' '
			j++
		}
		switch {
		case !replaced:
			b.WriteString(v[i:j])
		case i > sp.Start && j < sp.End:
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
}

// tidy rewrites the claims' strings read from the view where it holds line
// breaks or markup, so a wrapped or marked-up text gives the words the
// plain text gives.
func (x *extractor) tidy() {
	if x.text == x.a.Text {
		return
	}
	fix := func(s string, sp Span) string {
		if sp.In(x.text) != s {
			return s
		}
		return clean(x.a.Text, x.text, sp)
	}
	name := func(s string) string {
		if !strings.Contains(s, "  ") {
			return s
		}
		return collapseSpaces(s)
	}
	for i := range x.out {
		c := &x.out[i]
		c.Text = fix(c.Text, c.TextSpan)
		if c.Content != nil {
			c.Content.Text = fix(c.Content.Text, c.Content.Span)
		}
		if c.Speaker != nil {
			c.Speaker.Text = fix(c.Speaker.Text, c.Speaker.Span)
			c.Speaker.Name, c.Speaker.Role = name(c.Speaker.Name), name(c.Speaker.Role)
		}
		if c.Cue != nil {
			c.Cue.Text = fix(c.Cue.Text, c.Cue.Span)
		}
		for k := range c.Time {
			c.Time[k].Text = fix(c.Time[k].Text, c.Time[k].Span)
		}
		for k := range c.Entities {
			e := &c.Entities[k]
			e.Text, e.Name, e.Role = fix(e.Text, e.Span), name(e.Name), name(e.Role)
		}
		for k := range c.Numbers {
			c.Numbers[k].Text = fix(c.Numbers[k].Text, c.Numbers[k].Span)
		}
		c.Agent = name(c.Agent)
	}
}
