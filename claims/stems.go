package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The words of a claim as its comparison weighs them: the stems of its
// content words, and which of them it uses only as a passive that names no
// doer.

// readStems sets Claim.Stems, Claim.Passive and Claim.Polarity from
// Claim.Text.
func readStems(c *Claim) {
	readStemsOf(c, words(c.Text))
}

// readStemsOf is readStems on the words ws of Claim.Text; it returns the
// stem of each of ws, for the readings of the claim's parts.
func readStemsOf(c *Claim, ws []string) []string {
	all := make([]string, len(ws))
	c.Polarity = polarityOf(ws, all)
	c.Passive = passives(ws, all)
	c.Stems = contentStems(c.Text, ws, all)
	return all
}

// stemsOf is the stem of each of the words ws.
func stemsOf(ws []string) []string {
	all := make([]string, len(ws))
	for i, w := range ws {
		st, stop := stopStems[w]
		if !stop {
			st = Stem(w)
		}
		all[i] = st
	}
	return all
}

// subTokens is where the Tokens of sub, written at byte off of text, are
// among the Tokens ts of text: ts[from:to], and ok when they are those
// tokens exactly (no word of text runs across either end of sub). A part
// of a claim (its content) is then read from the words and stems the claim
// already has, rather than split and stemmed again.
func subTokens(text, sub string, off int, ts []Token) (from, to int, ok bool) {
	end := off + len(sub)
	if off < 0 || end > len(text) || text[off:end] != sub || runsAcross(text, off) || runsAcross(text, end) {
		return 0, 0, false
	}
	from = len(ts)
	for i, t := range ts {
		if t.Start >= off {
			from = i
			break
		}
	}
	to = from
	for to < len(ts) && ts[to].End <= end {
		to++
	}
	return from, to, true
}

// runsAcross reports whether a run of word characters (as Tokens splits
// them) runs across byte i of text: a word character on both sides.
func runsAcross(text string, i int) bool {
	if i <= 0 || i >= len(text) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i:])
	return isRunRune(before) && isRunRune(after)
}

// isRunRune reports whether Tokens keeps r inside a word.
func isRunRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-'
}

// contentStems is ContentWords(text), taken from the words ws of text and
// their stems all when the two splitters agree: Words, which ContentWords
// splits with, differs from Tokens only at a full stop inside a word
// ("U.S", "2.6"), which Words keeps and Tokens splits at. Most claims have
// none, and are spared a second split and stemming.
func contentStems(text string, ws, all []string) []string {
	if innerStop(text) {
		return ContentWords(text)
	}
	n := 0
	for _, w := range ws {
		if !stopwords[w] {
			n++
		}
	}
	if n == 0 {
		return nil // as ContentWords gives it
	}
	out := make([]string, 0, n)
	for i, w := range ws {
		if !stopwords[w] {
			out = append(out, all[i])
		}
	}
	return out
}

// innerStop reports whether text holds a full stop inside a word, where
// Words and Tokens split differently (see contentStems).
func innerStop(text string) bool {
	for i := strings.IndexByte(text, '.'); i >= 0; {
		if r, _ := utf8.DecodeRuneInString(text[i+1:]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-' || r == '.' {
			return true
		}
		j := strings.IndexByte(text[i+1:], '.')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// stopStems are the stems of the stopwords: most words of a claim are
// stopwords, and one look-up tells both that a word is one and its stem.
var stopStems = func() map[string]string {
	m := make(map[string]string, len(stopwords))
	for w := range stopwords {
		m[w] = Stem(w)
	}
	return m
}()

// polarityOf reads Polarity from the words ws of a claim, and sets all[i]
// to the stem of ws[i].
func polarityOf(ws, all []string) Polarity {
	// Most words of a claim stand where a verb can: one allocation.
	p := Polarity{Stems: make([]string, len(ws)), Verbs: make([]string, 0, len(ws))}
	for i, w := range ws {
		st, stop := stopStems[w]
		if !stop {
			st = Stem(w)
		}
		all[i] = st
		if !stop && !isNegatorWord(w) {
			p.Stems[i] = st
			if (i > 0 && IsSequel(ws[i-1]) || i > 1 && IsSequel(ws[i-2])) && !slices.Contains(p.Sequel, st) {
				p.Sequel = append(p.Sequel, st)
			}
		}
		if i == 0 || !IsNounMarker(ws[i-1]) {
			p.Verbs = append(p.Verbs, st)
		}
		if IsDispute(w) || w == "evidence" && i > 0 && ws[i-1] == "no" {
			p.Disputes = true
		}
	}
	return p
}

// passives are the stems every use of which in ws is a passive naming no
// doer: after a form of "be", with no "by" in the four words that follow.
// "The woman was hit" does not say who hit her; "was hit by the driver"
// does. stems[i] is the stem of ws[i].
func passives(ws, stems []string) []string {
	agentless := func(i int) bool {
		if i == 0 || !IsBe(ws[i-1]) {
			return false
		}
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if ws[j] == "by" {
				return false
			}
		}
		return true
	}
	var out []string
	for i := range ws {
		if !agentless(i) || slices.Contains(out, stems[i]) {
			continue
		}
		every := true
		for k := range ws {
			if stems[k] == stems[i] && !agentless(k) {
				every = false
				break
			}
		}
		if every {
			out = append(out, stems[i])
		}
	}
	return out
}
