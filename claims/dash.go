package claims

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reader round-ups and epigraphs sign quotations with a dash: "“…” ― Jane
// Doe “…” ― John Roe". Their marks are often mismatched (”Fear…”) and the
// sentence splitter cuts them anywhere, so signed quotations are found on
// the paragraph text: from each signature back to the mark that opens its
// quotation, stopping at the signature before.

// dashSigned adds the signed quotations the sentence pass missed, and
// drops the claims that had credited their words to someone else.
func (x *extractor) dashSigned(sents []sentence) {
	added := false
	for _, p := range x.a.paragraphs() {
		l := trimSpan(x.text, p)
		if l.Len() == 0 || x.skip.has(l.Start) {
			continue
		}
		// Most paragraphs hold no dash at all: the pattern is not run on
		// them (it was a few percent of extraction).
		if line := x.text[l.Start:l.End]; !strings.ContainsAny(line, "―—–") && !strings.Contains(line, "--") {
			continue
		}
		prev := l.Start // end of the previous signature on the line
		for off := l.Start; off < l.End; {
			m := dashSigRE.FindStringSubmatchIndex(x.text[off:l.End])
			if m == nil {
				break
			}
			closeStart := off + m[2] // the closing mark
			cueSp := Span{off + m[4], off + m[5]}
			nameSp := trimName(x.text, Span{off + m[6], off + m[7]})
			off += m[1]
			open := openingMark(x.text, prev, closeStart)
			prev = nameSp.End
			if open < 0 {
				continue
			}
			content := trimSpan(x.text, Span{open + markWidthAt(x.text, open), closeStart})
			si, sj := sentenceAt(sents, content.Start), sentenceAt(sents, closeStart)
			if content.Len() == 0 || si < 0 || sj < si {
				continue
			}
			// Quote claims inside these words credited someone else.
			kept := x.out[:0]
			for _, c := range x.out {
				if c.Kind == Quote && c.Content != nil && c.Content.Span.Start >= content.Start && c.Content.Span.End <= content.End && (c.Cue == nil || c.Cue.Span != cueSp) {
					continue
				}
				kept = append(kept, c)
			}
			x.out = kept
			if x.hasCue(cueSp) {
				continue
			}
			name := x.text[nameSp.Start:nameSp.End]
			cl := Claim{Kind: Quote, Sentence: Span{sents[si].span.Start, sents[sj].span.End},
				Speaker: &Speaker{Name: name, Text: name, Span: nameSp},
				Cue:     &Cue{Lemma: "say", Text: x.text[cueSp.Start:cueSp.End], Span: cueSp},
				Content: &Part{Text: x.text[content.Start:content.End], Span: content},
				Text:    x.text[content.Start:content.End], TextSpan: content}
			lx := lexText(x.text, content) // one lexing for numbers and times
			cl.Numbers = numbersIn(x.text, &lx)
			cl.Time = timesIn(x.text, &lx, x.published())
			x.out = append(x.out, cl)
			added = true
		}
	}
	if added {
		sort.SliceStable(x.out, func(i, j int) bool { return x.out[i].Sentence.Start < x.out[j].Sentence.Start })
	}
}

func (x *extractor) hasCue(sp Span) bool {
	for _, c := range x.out {
		if c.Cue != nil && c.Cue.Span == sp {
			return true
		}
	}
	return false
}

func sentenceAt(sents []sentence, pos int) int {
	for i, s := range sents {
		if s.span.Start <= pos && pos < s.span.End {
			return i
		}
	}
	return -1
}

// dashSigRE: a closing quotation mark, a dash, a capitalised name.
var dashSigRE = regexp.MustCompile(`([”"]|'')[ \t\x{00a0}]*([―—–]|--)[ \t\x{00a0}]*(\p{Lu}[\p{L}.'’-]*(?:[ \t\x{00a0}]+(?:\p{Lu}[\p{L}.'’-]*|de|del|la|van|von|da)){0,4})`)

// trimName ends a name at a full stop that does not mark an initial.
func trimName(text string, sp Span) Span {
	s := text[sp.Start:sp.End]
	pos := 0
	for _, w := range strings.Fields(s) {
		i := strings.Index(s[pos:], w) + pos
		if strings.HasSuffix(w, ".") && len(w) > 2 {
			return Span{sp.Start, sp.Start + i + len(w) - 1}
		}
		pos = i + len(w)
	}
	return sp
}

func markWidthAt(text string, i int) int {
	if strings.HasPrefix(text[i:], "''") {
		return 2
	}
	_, w := utf8.DecodeRuneInString(text[i:])
	return w
}

// openingMark finds, between from and the closing mark at close, the mark
// that opens the quotation: nested quotations ("what he calls “hell” than")
// are passed over, and a right mark before a word (”Fear) opens too.
func openingMark(text string, from, close int) int {
	depth := 0
	for i := close; i > from; {
		r, w := utf8.DecodeLastRuneInString(text[:i])
		i -= w
		next, _ := utf8.DecodeRuneInString(text[i+w:])
		prevR, _ := utf8.DecodeLastRuneInString(text[:i])
		opens := r == '“' || (r == '”' || r == '"') && (i == from || unicode.IsSpace(prevR) || prevR == '.') && (unicode.IsLetter(next) || unicode.IsDigit(next))
		closes := r == '”' || r == '"'
		switch {
		case opens && depth == 0:
			return i
		case opens:
			depth--
		case closes:
			depth++
		}
	}
	return -1
}
