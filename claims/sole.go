package claims

// Whether a quote is presented as all its speaker said.

// readSole sets Claim.Sole of a quote from the words of its sentence
// outside the quotation; text is the article's Text the spans index.
func readSole(c *Claim, text string) {
	c.Sole = false
	if c.Kind != Quote || c.Content == nil || c.Sentence.End > len(text) || c.Sentence.Start > c.Sentence.End {
		return
	}
	// Most sentences have no "only": one pass without allocating turns
	// them away.
	if !anyWord(c.Sentence.In(text), func(b []byte) bool { return soleWords[string(b)] }) {
		return
	}
	q, s := c.Content.Span, c.Sentence
	frame := s.In(text)
	if q.Start >= s.Start && q.End <= s.End && q.Start <= q.End {
		frame = Span{Start: s.Start, End: q.Start}.In(text) + " … " + Span{Start: q.End, End: s.End}.In(text)
	}
	c.Sole = soleComment(frame)
}

// soleComment reports whether a quote's frame presents the quotation as
// all the speaker said: "only" must qualify the saying, not a later noun
// in the quote, so a word naming what was said stands right around it.
func soleComment(frame string) bool {
	ws := words(frame)
	for i, w := range ws {
		if !soleWords[w] {
			continue
		}
		for j := max(0, i-2); j < min(len(ws), i+5); j++ {
			if commentWords[ws[j]] {
				return true
			}
		}
	}
	return false
}
