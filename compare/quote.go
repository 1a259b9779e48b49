package compare

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
)

// The quote facet: the same person quoted in two wordings of one remark,
// neither an excerpt of the other.

// quoteWords reduces a quotation to its words, so quote marks, case,
// punctuation (apostrophes too: "cant" is "can't", straight or curly),
// ellipses and an editor's bracketed insertion never count as a misquote.
func quoteWords(s string) []string {
	s = strings.NewReplacer("’", "", "‘", "", "'", "").Replace(claims.Fold(withoutInsertions(s)))
	ws := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r))
	})
	for i, w := range ws {
		ws[i] = spelling(w)
	}
	return ws
}

// withoutInsertions drops what a quotation holds in brackets or
// parentheses: an editor's insertion ("altered (its direction) towards"),
// not the speaker's words, which one outlet adds and another leaves out.
// An unclosed bracket is kept as written.
func withoutInsertions(s string) string {
	if !strings.ContainsAny(s, "([") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexAny(s, "([")
		if i < 0 {
			break
		}
		closer := ")"
		if s[i] == '[' {
			closer = "]"
		}
		j := strings.Index(s[i:], closer)
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// spelling folds British spellings to American ones, so "realised" and
// "realized", "labour" and "labor" are one word in a quotation.
func spelling(w string) string {
	for _, p := range [][2]string{{"isation", "ization"}, {"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"}, {"ise", "ize"}, {"yse", "yze"}, {"our", "or"}, {"ours", "ors"}, {"tre", "ter"}} {
		if strings.HasSuffix(w, p[0]) && len(w) > len(p[0])+2 {
			return w[:len(w)-len(p[0])] + p[1]
		}
	}
	return w
}

// quoteFragments splits a quotation at its ellipses: a quote with an
// ellipsis leaves words out, and only the words kept must match.
func quoteFragments(s string) [][]string {
	s = strings.ReplaceAll(s, "...", "…")
	var out [][]string
	for _, part := range strings.Split(s, "…") {
		if ws := quoteWords(part); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// containsRun reports whether ws holds run contiguously at or after from,
// and where it ends.
func containsRun(ws, run []string, from int) (int, bool) {
	for i := from; i+len(run) <= len(ws); i++ {
		ok := true
		for j := range run {
			if ws[i+j] != run[j] {
				ok = false
				break
			}
		}
		if ok {
			return i + len(run), true
		}
	}
	return 0, false
}

// excerptOf reports whether quote a is b or a cut of b: each of a's
// fragments (between ellipses) occurs in b, in order. A source that
// quotes less of a statement does not misquote it.
func excerptOf(a, b string) bool {
	frags := quoteFragments(a)
	if len(frags) == 0 {
		return false
	}
	wb := quoteWords(b)
	at := 0
	for _, f := range frags {
		end, ok := containsRun(wb, f, at)
		if !ok {
			return false
		}
		at = end
	}
	return true
}

// sameQuote reports whether two quotations give the same words, or one is
// an excerpt of the other.
func sameQuote(a, b string) bool { return excerptOf(a, b) || excerptOf(b, a) }

// quoteOverlap is the share of the shorter quotation's words that the
// other uses: a misquote keeps much of the wording ("I can't say" / "I
// wouldn't say"), two different statements share little.
func quoteOverlap(a, b string) float64 {
	wa, wb := quoteWords(a), quoteWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	in := map[string]int{}
	for _, w := range wb {
		in[w]++
	}
	n := 0
	for _, w := range wa {
		if in[w] > 0 {
			in[w]--
			n++
		}
	}
	return float64(n) / float64(len(wa))
}

// quoteDifference finds a misquote: the same named person quoted in two
// wordings that are not one an excerpt of the other, and that are one
// utterance — they share much of their wording, or both sources present
// theirs as all the person said. Otherwise two quotations are two
// different statements.
func quoteDifference(r *Result, a, b *feat) (difference, bool) {
	ca, cb := a.c, b.c
	if ca.Kind != claims.Quote || cb.Kind != claims.Quote || ca.Content == nil || cb.Content == nil {
		return difference{}, false
	}
	qa, qb := ca.Content.Text, cb.Content.Text
	if sameQuote(qa, qb) || (quoteChanges(qa, qb) < minQuoteChanges && ca.Negated == cb.Negated && ca.Hedged == cb.Hedged) {
		return difference{}, false
	}
	// A sentence inside a long quotation names no speaker (see
	// claims.quoteRuns); the same remark is then recognised by its words
	// alone, which must mostly be the same.
	if (ca.Speaker == nil) != (cb.Speaker == nil) || ca.Speaker == nil {
		if quoteOverlap(qa, qb) < unattributedOverlap || len(quoteWords(qa)) < minUnattributedWords || len(quoteWords(qb)) < minUnattributedWords {
			return difference{}, false
		}
		who := "the speaker"
		for _, c := range []*claims.Claim{ca, cb} {
			if definite(c.Speaker) {
				who = c.Speaker.Name
			}
		}
		return difference{FacetQuote, fmt.Sprintf("%s is quoted differently", possessive(who)), qa, qb}, true
	}
	if a.speaker == "" || a.speaker != b.speaker || !definite(ca.Speaker) {
		return difference{}, false
	}
	// Two sources that each give the one thing someone said
	// (claims.Claim.Sole) cannot both be right. Otherwise a misquote keeps
	// most of the wording — more than half: two remarks of one speaker
	// on one subject share half of a short one by the subject's words
	// alone ("… presenting the gala" twice).
	if quoteOverlap(qa, qb) <= 0.5 && !(ca.Sole && cb.Sole) {
		return difference{}, false
	}
	return difference{FacetQuote, fmt.Sprintf("%s is quoted differently", possessive(ca.Speaker.Name)), qa, qb}, true
}

// unattributedOverlap is the share of the shorter quotation's words the
// other must hold for two quotations, one or both without a speaker, to
// be one remark.
const unattributedOverlap = 0.6

func possessive(name string) string {
	if name == "" {
		return "the speaker's comment"
	}
	if strings.HasSuffix(name, "s") {
		return name + "' comment"
	}
	return name + "'s comment"
}

// quoteChanges counts the words one quotation has that the other lacks,
// and the reverse, after the longest common sequence of words: a remark
// reprinted with one word added or changed ("the violence of the system
// uses") is the same remark; a reader checks one worded differently in
// two places or more.
func quoteChanges(a, b string) int {
	wa, wb := quoteWords(a), quoteWords(b)
	if len(wa)*len(wb) > 1<<20 {
		return len(wa) + len(wb) // too long to align; certainly reworded
	}
	prev := make([]int, len(wb)+1)
	cur := make([]int, len(wb)+1)
	for i := 1; i <= len(wa); i++ {
		for j := 1; j <= len(wb); j++ {
			switch {
			case wa[i-1] == wb[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	common := prev[len(wb)]
	return len(wa) + len(wb) - 2*common
}

// minQuoteChanges is how many changed words make two quotations of one
// remark a discrepancy (see quoteChanges).
const minQuoteChanges = 2

// minUnattributedWords is the least length, in words, of a quotation
// without a speaker that is compared as a remark: a quoted name or phrase
// ("Deep Throat") is a label, not something someone said.
const minUnattributedWords = 5

// quoteWording reports whether two quotations of one remark differ in
// words only: mostly the same words, read the same way.
func quoteWording(a, b *claims.Claim) bool {
	return a.Content != nil && b.Content != nil && quoteOverlap(a.Content.Text, b.Content.Text) >= 0.5 && sameReading(a, b)
}

// sameReading reports whether two claims read the same way in the fields
// a reworded quote can change the meaning of: polarity, hedging and the
// figures they give.
func sameReading(a, b *claims.Claim) bool {
	if a.Negated != b.Negated || a.Hedged != b.Hedged || len(a.Numbers) != len(b.Numbers) {
		return false
	}
	for i := range a.Numbers {
		if !NumbersCompatible(a.Numbers[i], b.Numbers[i]) {
			return false
		}
	}
	return true
}
