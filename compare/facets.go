package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// The facet machinery: the ordered table of checks that decide, slot by
// slot, whether two aligned claims really differ or only word the same
// thing differently, and the helpers the facets share. Each facet is in
// the file of its name.

// rawWords are the words of s as written, case kept (typographic
// apostrophes made plain): claims.Tokens, the splitter the claim's
// Negations count in.
func rawWords(s string) []string {
	ts := claims.Tokens(s)
	ws := make([]string, len(ts))
	for i, t := range ts {
		ws[i] = strings.ReplaceAll(s[t.Start:t.End], "’", "'")
	}
	return ws
}

// difference is one facet in which two aligned claims differ.
type difference struct {
	facet   Facet
	summary string
	va, vb  string // what each claim gives in the slot ("at least 22 vessels"), "" for its wording
}

// pair is two aligned claims under comparison, with what several facets
// consult: the cosine of their words.
type pair struct {
	r    *Result
	a, b *feat
	text float64
}

// facetCheck is one facet's test of a pair: the difference it finds, if
// any. prior holds what the checks before it found for the pair.
type facetCheck struct {
	facet Facet
	find  func(p *pair, prior []difference) (difference, bool)
}

// facetChecks are the per-pair facets, tried in this order; each lives in
// the file of its name (quote.go, speaker.go, …). Each asks for evidence
// that both claims speak of the same thing (the same speaker, the same
// figure, the same event) before a difference in it counts: otherwise it
// is two facts, not a conflict. A person's role is compared across all
// claims rather than pair by pair (roleFindings, role.go).
var facetChecks = []facetCheck{
	{FacetQuote, func(p *pair, _ []difference) (difference, bool) { return quoteDifference(p.r, p.a, p.b) }},
	{FacetSpeaker, func(p *pair, _ []difference) (difference, bool) { return speakerDifference(p.r, p.a.c, p.b.c) }},
	// A figure or a date only conflicts within one event: claims naming
	// different people, bodies or places ("HMS Arrow" / "HMS Kestrel",
	// "Halford" / "Fenwick") and none in common report two events.
	{FacetNumber, func(p *pair, _ []difference) (difference, bool) { return numberDifference(p.r, p.a, p.b) }},
	{FacetDate, func(p *pair, _ []difference) (difference, bool) { return dateDifference(p.r, p.a.c, p.b.c, p.text) }},
	{FacetNegation, func(p *pair, _ []difference) (difference, bool) { return negationDifference(p.a.c, p.b.c, p.text) }},
	// A flip already read as a negation is not reported again as
	// opposite positions.
	{FacetContent, func(p *pair, prior []difference) (difference, bool) {
		if found(prior, FacetNegation) {
			return difference{}, false
		}
		return contentDifference(p.a, p.b)
	}},
	{FacetHedge, func(p *pair, _ []difference) (difference, bool) { return hedgeDifference(p.a.c, p.b.c, p.text) }},
}

// found reports whether ds holds a difference in facet f.
func found(ds []difference, f Facet) bool {
	for _, d := range ds {
		if d.facet == f {
			return true
		}
	}
	return false
}

// differences lists the facets in which two aligned claims differ, trying
// facetChecks in order.
func differences(r *Result, a, b *feat) []difference {
	p := pair{r: r, a: a, b: b, text: cosine(a.words, b.words, a.norm, b.norm)}
	var out []difference
	for _, fc := range facetChecks {
		if d, ok := fc.find(&p, out); ok {
			out = append(out, d)
		}
	}
	return out
}

// otherEvent reports whether two claims each name someone or somewhere
// of one kind that the other does not ("HMS Arrow" / "HMS Kestrel",
// "Leeds" / "Cardiff"): then they report two events. Speakers and times
// are not participants.
//
// A figure or a time is compared within its own clause (sa, sb: the
// number's or the time's Scope; an empty span is the whole claim): the
// place a person lived before is no participant of when she moved back.
func otherEvent(ca *claims.Claim, sa claims.Span, cb *claims.Claim, sb claims.Span) bool {
	names := func(c *claims.Claim, s claims.Span) map[string]string {
		m := map[string]string{}
	entities:
		for _, e := range c.Entities {
			if s.Len() > 0 && (e.Span.End <= s.Start || e.Span.Start >= s.End) {
				continue
			}
			// "Sunday" and "March" are times, not actors.
			for _, t := range c.Time {
				if e.Span.Start < t.Span.End && t.Span.Start < e.Span.End {
					continue entities
				}
			}
			// A source is not a participant ("the navy said"), but the
			// subject of an act read as a stance is ("HMS Arrow attacked
			// two boats"): only speech cues make a speaker a source.
			if c.Speaker != nil && (c.Cue == nil || !claims.IsStanceCue(c.Cue.Lemma)) && e.Span.Start < c.Speaker.Span.End && c.Speaker.Span.Start < e.Span.End {
				continue
			}
			m[nameKey(e.Name)] = e.Type
		}
		return m
	}
	a, b := names(ca, sa), names(cb, sb)
	only := func(x, y map[string]string) map[string]bool {
		types := map[string]bool{}
		for k, t := range x {
			if _, ok := y[k]; !ok {
				types[t] = true
			}
		}
		return types
	}
	oa, ob := only(a, b), only(b, a)
	for t := range oa {
		if ob[t] {
			return true
		}
	}
	return false
}

func published(r *Result, source string) string {
	if r == nil {
		return ""
	}
	if a := r.Article(source); a != nil {
		return a.Published
	}
	return ""
}
