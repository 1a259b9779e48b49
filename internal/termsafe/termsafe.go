package termsafe

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// String returns s with control characters (newline, carriage return,
// ESC, BEL, C1 codes such as an OSC), Unicode direction controls, line and
// paragraph separators and invalid UTF-8 written as Go escapes (\n, \x1b,
// \u202e), the way strconv.Quote writes them; everything else is left as
// it is. The result is one line, and prints as plain text.
func String(s string) string { return Keep(s, "") }

// Keep is String leaving the characters in keep as they are, for a format
// that encodes them itself (GitHub workflow commands encode newlines).
func Keep(s, keep string) string {
	bad := func(r rune) bool { return unsafe(r) && !strings.ContainsRune(keep, r) }
	if utf8.ValidString(s) && !strings.ContainsFunc(s, bad) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case bad(r):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}

func unsafe(r rune) bool {
	return unicode.IsControl(r) ||
		r >= '\u202A' && r <= '\u202E' || r >= '\u2066' && r <= '\u2069' || // direction controls
		r == '\u2028' || r == '\u2029'
}
