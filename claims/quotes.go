package claims

import "strings"

// Quote placement: which quotation or part of the clause is what a cue
// attributes.

// verbContent places the content of a verb cue: a quote next to the cue
// or speaker, else the clause after the cue, else the clause before the
// speaker. It reports false when the cue has no content it can take.
func (a *attrib) verbContent(r *cueRead, rd *reading) bool {
	if rd.content != nil {
		return true // read with the speaker
	}
	toks, c, i, lemma := a.toks, a.c, r.i, r.lemma
	spStart := i
	if rd.spk != nil && rd.spk.Span.Start < toks[i].start {
		for k := c.from; k < i; k++ {
			if toks[k].start == rd.spk.Span.Start {
				spStart = k
			}
		}
	}
	if q := quoteBefore(a.s, toks, spStart, a.quoted); q != nil {
		rd.content, rd.kind = q, Quote
		return true
	}
	if q := quoteAfter(a.s, toks, r.after, c.to, a.quoted); q != nil {
		rd.content, rd.kind = q, Quote
		return true
	}
	if quoteOnlyCues[lemma] {
		return false
	}
	if spStart > c.from+1 && toks[spStart-1].text == "," && r.after < c.to && toks[r.after].text == "," && wordsIn(toks, r.after, c.to) >= 2 && !stanceCue[lemma] {
		// "The weapons it has, he added, are like …": the tag
		// interrupts the content, which runs on both sides.
		rd.content = a.x.part(toks, c.from, c.to)
		return true
	}
	end := a.stop(i)
	k := skipObject(toks, r.after, end, lemma)
	switch n := wordsIn(toks, k, end); {
	case k < end && (n >= 2 || n == 1 && (r.particle || objectCues[lemma] || stanceCue[lemma]) && isNPTag(toks[k].tag)):
		if (weakCues[lemma] || stanceCue[lemma]) && !r.particle && !clauseLike(toks, k, end, lemma) {
			return false
		}
		if stanceCue[lemma] && colonQuote(toks, k, end) {
			// "offered only a vague comment: “…”" — the colon
			// rule (quoteAfterColon) credits the quotation.
			return false
		}
		rd.content = a.x.part(toks, k, end)
	case spStart > c.from+1 && toks[spStart-1].text == ",":
		rd.content = a.x.part(toks, c.from, spStart-1)
	case spStart > c.from+2 && toks[spStart-1].lower == "as" && toks[spStart-2].text == ",":
		// "It does not show whether he had a gun, as police
		// have said": the clause before "as" is the content.
		rd.content = a.x.part(toks, c.from, spStart-2)
	case spStart == c.from && c.from > 1 && toks[c.from-1].text == "," && rd.spk != nil && rd.spk.Span.Start > toks[i].start:
		// "…, the losses would outstrip the gains, said X": the
		// clause before the tag is the content.
		rd.content = a.x.part(toks, 0, c.from-1)
	}
	return true
}

// quoteAfterColon: "Trump offered only a vague comment: “…”" — a colon
// hands the quote to the clause's subject.
func (a *attrib) quoteAfterColon() *Claim {
	toks, c, subj := a.toks, a.c, a.subj
	for i := c.from; i+1 < c.to; i++ {
		if toks[i].text != ":" || toks[i].inQuote || subj == nil {
			continue
		}
		q := quoteAfter(a.s, toks, i+1, c.to, a.quoted)
		if q == nil {
			continue
		}
		var cue *Cue
		for k := i - 1; k >= c.from; k-- {
			if isVerb(toks[k]) {
				cue = &Cue{Lemma: Stem(toks[k].lower), Text: toks[k].text, Span: Span{toks[k].start, toks[k].end}}
				break
			}
		}
		cp := *subj
		a.x.setQuoter(&cp, cue, a.s.para)
		return &Claim{Kind: Quote, Speaker: &cp, Cue: cue, Content: q, colon: i}
	}
	return nil
}

// part is the text of tokens [i, to) without edge punctuation.
func (x *extractor) part(toks []token, i, to int) *Part {
	for i < to && !isWordToken(toks[i].text) && !startsQuote(toks[i].text) {
		i++
	}
	for to > i && !isWordToken(toks[to-1].text) && !endsQuote(toks[to-1].text) {
		to--
	}
	if to <= i {
		return nil
	}
	sp := Span{toks[i].start, toks[to-1].end}
	return &Part{Text: x.text[sp.Start:sp.End], Span: sp}
}

func startsQuote(s string) bool {
	return strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "''")
}

func endsQuote(s string) bool {
	return strings.HasSuffix(s, "”") || strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "''")
}

// quoteAfter returns the quotation that starts within a couple of tokens of
// i ("said, “…”", "said only: “…”"), with any quotes chained after it.
func quoteAfter(s *sentence, toks []token, i, to int, used map[int]bool) *Part {
	k := i
	for k < to && k < i+3 && !toks[k].inQuote && !isWordToken(toks[k].text) || k < to && k < i+3 && (toks[k].lower == "only" || toks[k].lower == "simply" || toks[k].lower == "that") {
		k++
	}
	if k >= len(toks) {
		return nil
	}
	pos := toks[k].start
	for qi, q := range s.quotes {
		if q.inner.Start <= pos && pos < q.inner.End || q.open >= toks[max(i, 0)].start && q.open <= pos {
			if used[q.open] || q.inner.Len() == 0 {
				return nil
			}
			used[q.open] = true
			end := q.inner.End
			for _, q2 := range s.quotes[qi+1:] {
				if q2.open < toks[to-1].end && !used[q2.open] && short(s, q.close, q2.open) {
					used[q2.open] = true
					end = q2.inner.End
				}
			}
			return &Part{Text: s.textOf(q.inner.Start, end), Span: Span{q.inner.Start, end}}
		}
	}
	return nil
}

// quoteBefore returns the quotation that ends just before the speaker
// ("“…,” Maduro told supporters"), joined with the quotes before it.
func quoteBefore(s *sentence, toks []token, spk int, used map[int]bool) *Part {
	k := spk - 1
	for k >= 0 && !toks[k].inQuote && !isWordToken(toks[k].text) && toks[k].end > 0 {
		if k < spk-3 {
			return nil
		}
		k--
	}
	if k < 0 {
		return nil
	}
	pos := toks[k].start
	for qi := len(s.quotes) - 1; qi >= 0; qi-- {
		q := s.quotes[qi]
		if !(q.inner.Start <= pos && pos < q.close) {
			continue
		}
		if used[q.open] || q.inner.Len() == 0 {
			return nil
		}
		used[q.open] = true
		start := q.inner.Start
		for pj := qi - 1; pj >= 0; pj-- {
			p := s.quotes[pj]
			if !used[p.open] && short(s, p.close, start) {
				used[p.open] = true
				start = p.inner.Start
			}
		}
		return &Part{Text: s.textOf(start, q.inner.End), Span: Span{start, q.inner.End}}
	}
	return nil
}

// short reports whether little text lies between two quotes, so they are
// one utterance split by the attribution ("“…,” she said, “…”").
func short(s *sentence, a, b int) bool { return b-a >= 0 && b-a < 40 }

func (s *sentence) textOf(a, b int) string { return s.src[a:b] }
