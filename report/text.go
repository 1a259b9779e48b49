package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
)

// How much of a long text the human-facing formats print. The machine
// formats (json, csv) always carry the full text.
const (
	maxWording  = 480 // a discrepancy's wording: the evidence, kept generous
	maxSentence = 240 // an agreeing or unique sentence: enough to recognise it
	maxContext  = 200 // the sentence shown under a discrepancy's wording
	maxTitle    = 200 // a headline; real ones are far shorter
	diffContext = 6   // words of unchanged text kept on each side of a change
	diffChange  = 30  // words kept at each end of a long change
)

// cleanLine makes article text safe to lay out on one line of a terminal,
// Markdown or HTML: every run of whitespace (newlines included) becomes one
// space; control characters, which could drive a terminal (ESC) or corrupt a
// table, become U+FFFD so a reader sees something was there; and bidi
// embedding, override and isolate controls are dropped, because they can
// visually reorder the rest of a line (and the table borders around it)
// while the bytes say something else. Right-to-left text itself is kept.
func cleanLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r): // includes U+2028 and U+2029
			space = b.Len() > 0
			continue
		case isBidiControl(r):
			continue
		case r == utf8.RuneError || unicode.IsControl(r):
			r = utf8.RuneError
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isBidiControl(r rune) bool {
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069')
}

// shorten cuts a cleaned line to at most max runes, at a word boundary when
// one is near, and marks the cut with "…".
func shorten(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	cut, n := 0, 0
	for i := range s {
		if n == max-1 {
			cut = i
			break
		}
		n++
	}
	head := s[:cut]
	// Prefer a word boundary unless it would throw away more than a third.
	if sp := strings.LastIndexByte(head, ' '); sp > len(head)*2/3 {
		head = head[:sp]
	}
	return strings.TrimRight(head, " ") + "…"
}

// elideDiff shortens long unchanged stretches of a word diff to a few words
// on each side of a change, so that the change, not the 2,000-character
// sentence around it, is what a reader sees. A very long change (two
// different sentences aligned) keeps its two ends; the wordings are shown
// in full elsewhere. Text is cleaned to one line.
func elideDiff(ops []compare.DiffOp) []compare.DiffOp {
	out := make([]compare.DiffOp, 0, len(ops))
	for i, op := range ops {
		text := cleanLine(op.Text)
		if op.Op == "equal" {
			text = elideWords(text, i > 0, i < len(ops)-1)
		} else if w := strings.Fields(text); len(w) > 2*diffChange+1 {
			text = strings.Join(w[:diffChange], " ") + " … " + strings.Join(w[len(w)-diffChange:], " ")
		}
		// Keep the spaces at the edges: they separate this op's words from
		// its neighbours' ("said" + "," is one word, "said" + " no" two).
		if op.Text != "" && text != "" {
			first, _ := utf8.DecodeRuneInString(op.Text)
			last, _ := utf8.DecodeLastRuneInString(op.Text)
			if unicode.IsSpace(first) {
				text = " " + text
			}
			if unicode.IsSpace(last) {
				text += " "
			}
		} else if op.Text != "" && strings.TrimSpace(op.Text) == "" {
			text = " "
		}
		out = append(out, compare.DiffOp{Op: op.Op, Text: text})
	}
	return out
}

// elideWords keeps diffContext words of s next to a change before it (when
// before) and after it (when after), replacing the rest with "…".
func elideWords(s string, before, after bool) string {
	if !before && !after { // nothing changed: the caller shortens it
		return s
	}
	w := strings.Fields(s)
	keep := 0
	if before {
		keep += diffContext
	}
	if after {
		keep += diffContext
	}
	if len(w) <= keep+1 {
		return s
	}
	var parts []string
	if before {
		parts = append(parts, w[:diffContext]...)
	}
	parts = append(parts, "…")
	if after {
		parts = append(parts, w[len(w)-diffContext:]...)
	}
	return strings.Join(parts, " ")
}

// spaced puts a space between a deletion and the insertion that replaces
// it, for renderings that mark changes by style alone (colour, <del>/<ins>):
// "We’ll see" struck through, then "I can’t say", must not read as one word.
func spaced(ops []compare.DiffOp) []compare.DiffOp {
	out := make([]compare.DiffOp, len(ops))
	copy(out, ops)
	for i := 1; i < len(out); i++ {
		prev, cur := out[i-1], out[i]
		if prev.Op == "delete" && cur.Op == "insert" &&
			!strings.HasSuffix(prev.Text, " ") && !strings.HasPrefix(cur.Text, " ") {
			out[i].Text = " " + cur.Text
		}
	}
	return out
}
