package compare

import (
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
)

// Helpers that decide, slot by slot, whether two aligned claims really
// differ or only word the same thing differently.

// words splits text into lower-case word tokens, keeping apostrophes and
// hyphens inside words ("didn't", "ex-governor").
func words(s string) []string {
	s = strings.ReplaceAll(claims.Fold(s), "’", "'")
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-')
	})
}

// ---------------------------------------------------------------- polarity

// negators flip what a clause asserts without naming the opposite state.
var negators = map[string]bool{
	"not": true, "never": true, "no": true, "none": true, "nobody": true, "nothing": true,
	"neither": true, "nor": true, "cannot": true, "without": true,
}

// polarWords place a word on one side of a state that can be reported
// either way: "ongoing" and "ended" are one state read in opposite
// directions, so are "confirmed" and "denied". The concept names the
// state; the sign says which side the word is on.
var polarWords = map[string]struct {
	concept string
	sign    bool
}{
	"ended": {"end", true}, "ends": {"end", true}, "finished": {"end", true}, "concluded": {"end", true},
	"halted": {"end", true}, "stopped": {"end", true}, "ceased": {"end", true}, "suspended": {"end", true},
	"called-off": {"end", true}, "abandoned": {"end", true},
	"ongoing": {"end", false}, "continuing": {"end", false}, "continues": {"end", false}, "continue": {"end", false},
	"continued": {"end", false}, "underway": {"end", false}, "resumed": {"end", false},
	"open": {"open", true}, "opened": {"open", true}, "reopened": {"open", true}, "reopen": {"open", true},
	"closed": {"open", false}, "shut": {"open", false}, "close": {"open", false},
	"accepted": {"accept", true}, "approved": {"accept", true}, "upheld": {"accept", true}, "granted": {"accept", true},
	"confirmed": {"accept", true}, "acknowledged": {"accept", true}, "admitted": {"accept", true}, "agreed": {"accept", true},
	"rejected": {"accept", false}, "denied": {"accept", false}, "refused": {"accept", false}, "dismissed": {"accept", false},
	"declined": {"accept", false}, "disputed": {"accept", false}, "overturned": {"accept", false}, "vetoed": {"accept", false},
	"alive": {"alive", true}, "survived": {"alive", true}, "rescued": {"alive", true},
	"dead": {"alive", false}, "died": {"alive", false}, "killed": {"alive", false},
	"present": {"present", true}, "attended": {"present", true}, "attend": {"present", true},
	"absent": {"present", false}, "missed": {"present", false}, "skipped": {"present", false},
	"guilty": {"guilty", true}, "convicted": {"guilty", true},
	"innocent": {"guilty", false}, "acquitted": {"guilty", false},
	"rose": {"rise", true}, "risen": {"rise", true}, "increased": {"rise", true}, "grew": {"rise", true}, "climbed": {"rise", true},
	"fell": {"rise", false}, "fallen": {"rise", false}, "decreased": {"rise", false}, "dropped": {"rise", false},
	"legal": {"legal", true}, "lawful": {"legal", true}, "illegal": {"legal", false}, "unlawful": {"legal", false},
	"safe": {"safe", true}, "unsafe": {"safe", false},
}

// polarity reads a claim's stance: which polar states it names (with
// their sign, flipped by an odd number of negators) and whether it is
// negated at all. "no longer" is a state word (it has ended), not a
// negator.
type polarity struct {
	states  map[string]bool
	negated bool
}

func readPolarity(text string) polarity {
	ws := words(text)
	p := polarity{states: map[string]bool{}}
	flips := 0
	for i, w := range ws {
		switch {
		case w == "no" && i+1 < len(ws) && ws[i+1] == "longer":
			p.states["end"] = true
		case w == "over" && i > 0 && isBe(ws[i-1]) && (i+1 == len(ws) || !isDigitWord(ws[i+1])):
			// "the search is over", not "over 80 people"
			p.states["end"] = true
		case negators[w] || strings.HasSuffix(w, "n't"):
			flips++
		default:
			if pw, ok := polarWords[w]; ok {
				p.states[pw.concept] = pw.sign
			}
		}
	}
	if flips%2 == 1 {
		p.negated = true
		for k, v := range p.states {
			p.states[k] = !v
		}
	}
	return p
}

func isBe(w string) bool {
	switch w {
	case "is", "was", "are", "were", "be", "been", "being":
		return true
	}
	return false
}

func isDigitWord(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// polarityFlip reports whether two claims about the same thing assert
// opposite things: a state read in opposite directions ("ongoing" vs
// "ended", "confirmed" vs "denied"), or one negated where the other is
// not and neither names a state that could say the same in other words
// ("did not attend" vs "was absent").
func polarityFlip(a, b string) bool {
	pa, pb := readPolarity(a), readPolarity(b)
	shared := false
	for k, va := range pa.states {
		if vb, ok := pb.states[k]; ok {
			if va != vb {
				return true
			}
			shared = true
		}
	}
	if shared || pa.negated == pb.negated {
		return false
	}
	// A state only one side names may carry the negation in other words.
	return len(pa.states) == 0 && len(pb.states) == 0
}

// ------------------------------------------------------------------ quotes

// quoteWords reduces a quotation to its words, so quote marks, case,
// punctuation and ellipses never count as a misquote.
func quoteWords(s string) []string {
	s = strings.ReplaceAll(claims.Fold(s), "’", "'")
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'')
	})
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

// soleComment reports whether the sentence presents the quotation as all
// the speaker said ("saying only", "his only comment", "offered only a
// vague comment"): two sources that each give the one thing someone said,
// in different words, cannot both be right.
func soleComment(sentence string) bool {
	ws := words(sentence)
	for i, w := range ws {
		if w == "only" || w == "sole" || w == "lone" {
			// "only" must qualify the saying, not a later noun in the
			// quote: look for a cue or comment noun right around it.
			for j := max(0, i-2); j < min(len(ws), i+5); j++ {
				switch ws[j] {
				case "saying", "said", "says", "say", "comment", "comments", "remark", "response",
					"replied", "offered", "answered", "statement", "told", "words":
					return true
				}
			}
		}
	}
	return false
}

// ---------------------------------------------------------------- speakers

// vagueSpeakers name no one in particular: "officials said" in one source
// and "authorities said" in another credit no one differently.
var vagueSpeakers = map[string]bool{
	"official": true, "officials": true, "authorities": true, "source": true, "sources": true,
	"expert": true, "experts": true, "analyst": true, "analysts": true, "witness": true,
	"witnesses": true, "resident": true, "residents": true, "observers": true, "critics": true,
	"reports": true, "report": true, "media": true, "people": true, "some": true, "many": true,
	"others": true, "they": true, "he": true, "she": true, "it": true, "we": true, "i": true,
	"you": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "aides": true,
	"aide": true, "government": true, "statement": true, "who": true, "which": true, "that": true,
}

// definiteSpeaker reports whether a speaker names someone who can be told
// apart from another: not a pronoun, not "officials".
func definiteSpeaker(s *claims.Speaker) bool {
	if s == nil {
		return false
	}
	ws := words(s.Name)
	if len(ws) == 0 {
		return false
	}
	return !vagueSpeakers[ws[len(ws)-1]]
}

// ----------------------------------------------------------------- numbers

// numberContext is the content words of a claim's text around a number
// (four either side), without the number and its unit: what the figure is
// about ("killed … in the coastal province").
func numberContext(n claims.Number, c *claims.Claim) map[string]bool {
	text := c.Text
	start, end := n.Span.Start-c.TextSpan.Start, n.Span.End-c.TextSpan.Start
	out := map[string]bool{}
	if start < 0 || end > len(text) || start > end {
		for _, w := range claims.ContentWords(text) {
			out[w] = true
		}
		return out
	}
	bw := claims.ContentWords(text[:start])
	for _, w := range bw[max(0, len(bw)-4):] {
		out[w] = true
	}
	aw := claims.ContentWords(text[end:])
	for _, w := range aw[:min(len(aw), 4)] {
		out[w] = true
	}
	return out
}

// sameFigure reports whether two numbers' contexts say they are one
// figure: most of the smaller context recurs in the other. Two
// percentages in one story ("risen by 240 percent", "29% of all cases")
// are different figures.
func sameFigure(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) >= 0.4*float64(min(len(a), len(b)))
}
