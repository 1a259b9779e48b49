package report

import (
	"strings"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// Terminal layout: the table format wraps every cell itself, to widths it
// chose, and hands tablewriter lines that already fit. tablewriter then has
// nothing left to wrap or truncate, so the result never exceeds
// Options.Width and does not depend on tablewriter's own width heuristics.

// narrow measures display width with East Asian ambiguous characters (curly
// quotes, em dashes, box drawing) as one column, whatever the locale: the
// same report must be the same bytes on every machine.
var narrow = twwidth.Options{}

func width(s string) int { return twwidth.WidthWithOptions(s, narrow) }

// style marks a piece of text as unchanged, deleted or inserted.
type style uint8

const (
	plain style = iota
	deleted
	inserted
)

// piece is a run of text in one style.
type piece struct {
	text  string
	style style
}

// para is one paragraph of a cell: pieces laid out as flowing text.
type para []piece

func text(s string) para { return para{{text: s}} }

// words splits a paragraph at spaces. A word may mix styles: "said" + ","
// with the comma deleted is one word, and must not be broken apart.
func (p para) words() [][]piece {
	var out [][]piece
	var cur []piece
	for _, pc := range p {
		start := 0
		for i, r := range pc.text {
			if r != ' ' {
				continue
			}
			if i > start {
				cur = append(cur, piece{pc.text[start:i], pc.style})
			}
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			start = i + 1
		}
		if start < len(pc.text) {
			cur = append(cur, piece{pc.text[start:], pc.style})
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func wordWidth(w []piece) int {
	n := 0
	for _, pc := range w {
		n += width(pc.text)
	}
	return n
}

// wrap lays p out in lines of at most limit columns, breaking words longer
// than a line (URLs, a 2,000-character run without spaces) at rune
// boundaries. It returns at least one line.
func (p para) wrap(limit int, color bool) []string {
	var lines []string
	var cur [][]piece // words on the current line
	curW := 0
	flush := func() {
		lines = append(lines, render(cur, color))
		cur, curW = nil, 0
	}
	for _, w := range p.words() {
		ww := wordWidth(w)
		if ww > limit {
			if len(cur) > 0 {
				flush()
			}
			chunks := breakWord(w, limit)
			for _, c := range chunks[:len(chunks)-1] {
				cur = [][]piece{c}
				flush()
			}
			last := chunks[len(chunks)-1]
			cur, curW = [][]piece{last}, wordWidth(last)
			continue
		}
		if len(cur) > 0 && curW+1+ww > limit {
			flush()
		}
		if len(cur) > 0 {
			curW++ // the space before w
		}
		cur = append(cur, w)
		curW += ww
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// breakWord cuts a word into chunks of at most limit columns. Zero-width runes
// (combining marks, joiners) stay with the rune before them.
func breakWord(w []piece, limit int) [][]piece {
	var out [][]piece
	var cur []piece
	curW := 0
	for _, pc := range w {
		start := 0
		for i, r := range pc.text {
			rw := width(string(r))
			if rw > 0 && curW+rw > limit && (curW > 0 || i > start) {
				if i > start {
					cur = append(cur, piece{pc.text[start:i], pc.style})
				}
				out = append(out, cur)
				cur, curW, start = nil, 0, i
			}
			curW += rw
		}
		if start < len(pc.text) {
			cur = append(cur, piece{pc.text[start:], pc.style})
		}
	}
	if len(cur) > 0 || len(out) == 0 {
		out = append(out, cur)
	}
	return out
}

const (
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiReset = "\x1b[0m"
)

// render joins the words of a line. In colour, each run of one style gets
// its own escape and reset, so no colour leaks across a line or cell border;
// a space between two words of the same change takes the change's colour.
func render(words [][]piece, color bool) string {
	var b strings.Builder
	open := plain
	setStyle := func(s style) {
		if !color || s == open {
			return
		}
		if open != plain {
			b.WriteString(ansiReset)
		}
		switch s {
		case deleted:
			b.WriteString(ansiRed)
		case inserted:
			b.WriteString(ansiGreen)
		}
		open = s
	}
	for i, w := range words {
		if i > 0 {
			if w[0].style != open {
				setStyle(plain)
			}
			b.WriteByte(' ')
		}
		for _, pc := range w {
			setStyle(pc.style)
			b.WriteString(pc.text)
		}
	}
	setStyle(plain)
	return b.String()
}

const minCol = 2

// fit shares avail columns among columns that would like nat columns each:
// all of them if they fit, otherwise narrow columns keep their width and
// the wide ones share the rest equally (water-filling). Each gets at least
// minCol, so a double-width rune (emoji, CJK) always fits.
func fit(nat []int, avail int) []int {
	out := make([]int, len(nat))
	total, top := 0, minCol
	for i, n := range nat {
		out[i] = max(n, minCol)
		total += out[i]
		top = max(top, out[i])
	}
	if total <= avail {
		return out
	}
	// The largest level at which columns capped to it still fit.
	level := minCol
	for lo, hi := minCol, top; lo <= hi; {
		mid := (lo + hi) / 2
		sum := 0
		for _, n := range nat {
			sum += max(min(n, mid), minCol)
		}
		if sum <= avail {
			level, lo = mid, mid+1
		} else {
			hi = mid - 1
		}
	}
	used := 0
	for i, n := range nat {
		out[i] = max(min(n, level), minCol)
		used += out[i]
	}
	for i := 0; used < avail && i < len(out); i++ { // leftovers, left to right
		if out[i] < nat[i] {
			out[i]++
			used++
		}
	}
	return out
}
