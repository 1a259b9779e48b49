package compare

import (
	"strings"
	"unicode"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// wordDiff is a word-level diff of a and b: each distinct word becomes one
// rune, go-diff runs on the runes, and the runes are turned back into words.
func wordDiff(a, b string) []DiffOp {
	dmp := diffmatchpatch.New()
	// The default one-second timeout makes output depend on machine load.
	dmp.DiffTimeout = 0
	index := map[string]rune{}
	var words []string
	encode := func(s string) []rune {
		var out []rune
		for _, w := range splitWords(s) {
			r, ok := index[w]
			if !ok {
				// Runes from the private-use area upward; surrogates are skipped.
				r = rune(0xE000 + len(words))
				if r >= 0xF900 {
					r = rune(0x10000 + len(words))
				}
				index[w] = r
				words = append(words, w)
			}
			out = append(out, r)
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	diffs := dmp.DiffMainRunes(ra, rb, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	decode := func(s string) string {
		var sb strings.Builder
		for _, r := range s {
			i := int(r - 0xE000)
			if r >= 0x10000 {
				i = int(r - 0x10000)
			}
			if i >= 0 && i < len(words) {
				sb.WriteString(words[i])
			}
		}
		return sb.String()
	}
	var out []DiffOp
	for _, d := range diffs {
		op := "equal"
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = "delete"
		case diffmatchpatch.DiffInsert:
			op = "insert"
		}
		t := decode(d.Text)
		if t == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += t
			continue
		}
		out = append(out, DiffOp{Op: op, Text: t})
	}
	return out
}

// splitWords cuts s into words and the spaces/punctuation between them,
// keeping every byte, so the diff reassembles the original strings.
func splitWords(s string) []string {
	var out []string
	start := 0
	kind := -1
	for i, r := range s {
		k := 0
		if unicode.IsSpace(r) {
			k = 1
		} else if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-' {
			k = 2
		}
		if i > start && (k != kind || k == 2) {
			out = append(out, s[start:i])
			start = i
		}
		kind = k
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}
