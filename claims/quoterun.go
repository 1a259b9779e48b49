package claims

import (
	"strings"
	"unicode/utf8"
)

// Marks that open or close a quotation when they stand at the very start
// or end of a sentence.
var (
	runOpeners = []string{"``", "“", "\""}
	runClosers = []string{"''", "”", "\"", "'"}
)

// runInside reports whether sentence s is part of a quotation that runs
// past it: it opens a mark and closes none, or closes a mark it never
// opened. A quotation opened and closed within s is read by the
// attribution rules.
func runInside(s string) bool {
	for _, m := range runOpeners {
		if strings.HasPrefix(s, m) {
			rest := s[len(m):]
			return !strings.ContainsAny(rest, "”\"") && !strings.Contains(rest, "''")
		}
	}
	if !endsWithClose(s) {
		return false
	}
	for _, m := range runClosers {
		if strings.HasSuffix(s, m) {
			head := s[:len(s)-len(m)]
			return !strings.ContainsAny(head, "“\"") && !strings.Contains(head, "``") &&
				!strings.HasPrefix(head, "'") && !strings.Contains(head, " '")
		}
	}
	return false
}

// quoteRuns marks the inner sentences of a quotation that runs over
// several sentences or paragraphs. A remark quoted at length opens with a
// mark in one sentence and closes it sentences later ("“Our country has
// reached the edge of the abyss." … "It is the responsibility of us all
// …,” the president said."); each sentence of it is still the speaker's
// words, and a reader comparing two outlets must see it worded as a
// quotation, not as the writer's statement. A sentence that opens a mark
// it never closes, or closes one it never opened, and that no rule read
// as an attribution, becomes a quote claim with its words as content
// (the speaker stays unknown unless a rule found one).
func quoteRuns(text string, cs []Claim) {
	perSentence := map[Span]int{}
	for _, c := range cs {
		perSentence[c.Sentence]++
	}
	for i := range cs {
		c := &cs[i]
		// A sentence split into clauses has a structure some rule read;
		// only a sentence read as one statement is a run's inner sentence.
		if c.Kind != Statement || c.Content != nil || perSentence[c.Sentence] != 1 {
			continue
		}
		s := strings.TrimSpace(c.Sentence.In(text))
		if !runInside(s) {
			continue
		}
		body := c.TextSpan
		in := body.In(text)
		for _, m := range runOpeners {
			if strings.HasPrefix(in, m) {
				body.Start += len(m)
				break
			}
		}
		in = body.In(text)
		for _, m := range runClosers {
			if strings.HasSuffix(in, m) {
				body.End -= len(m)
				break
			}
		}
		body = trimSpan(text, body)
		if body.Len() == 0 {
			continue
		}
		c.Kind = Quote
		c.Content = &Part{Text: body.In(text), Span: body}
	}
}

// endsWithClose reports whether s ends in a closing mark after the
// sentence's own punctuation ("… trouble.'", "… abyss.”"): an apostrophe
// alone ends words ("the Joneses'") too often to count.
func endsWithClose(s string) bool {
	for _, m := range runClosers {
		if strings.HasSuffix(s, m) {
			r, _ := utf8.DecodeLastRuneInString(s[:len(s)-len(m)])
			return r == '.' || r == '!' || r == '?' || r == ',' || m != "'"
		}
	}
	return false
}
