package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// The speaker facet: the same statement credited to two different named
// speakers.

// speakerDifference finds the same statement credited to two different,
// named speakers (see speakerDiffers).
func speakerDifference(r *Result, ca, cb *claims.Claim) (difference, bool) {
	if !speakerDiffers(ca, cb) {
		return difference{}, false
	}
	return difference{FacetSpeaker, fmt.Sprintf("the same statement is credited to %s (%s) and %s (%s)", ca.Speaker.Name, ca.Source, cb.Speaker.Name, cb.Source), ca.Speaker.Text, cb.Speaker.Text}, true
}

// speakerDiffers reports the same statement credited to two different,
// named speakers: the same quotation, or reported content in nearly the
// same words. Many people say similar things, so looser matches are not
// evidence; a news outlet "reporting" a claim passes it on rather than
// making it.
func speakerDiffers(ca, cb *claims.Claim) bool {
	if !definite(ca.Speaker) || !definite(cb.Speaker) || sameSpeaker(ca.Speaker, cb.Speaker) {
		return false
	}
	// An officer or spokesperson speaks for a body: "Traffic Police
	// Officer Glen Morrow said" and "the LTP said" are one source.
	if ca.Speaker.ForBody != cb.Speaker.ForBody {
		return false
	}
	// A claim that names the other speaker too ("said KTV Group's chief
	// Owen Harker") credits both, whatever mention the speaker finder took.
	if strings.Contains(ca.Text, cb.Speaker.Name) || strings.Contains(cb.Text, ca.Speaker.Name) {
		return false
	}
	// "The appeals court sided with the city, and the association's
	// lawyer said …": a sentence that names the other source near the
	// statement may credit it to either; the speaker finder's pick is no
	// evidence of a misattribution.
	if mentions(ca, cb.Speaker) || mentions(cb, ca.Speaker) {
		return false
	}
	for _, c := range []*claims.Claim{ca, cb} {
		if c.Cue != nil && c.Cue.Lemma == "report" {
			return false
		}
		// A stance or intention ("the Australian planned to ski", "the
		// navy attacked") has an actor, not a source to misattribute.
		if c.Cue != nil && claims.IsStanceCue(c.Cue.Lemma) {
			return false
		}
		// "The cutter responded to a mayday": a cue that took an
		// object ("to the call", "the mayday") rather than a
		// clause reports an act, not a statement to credit.
		if c.Cue != nil && c.Content != nil && !c.Content.Clause && c.Kind != claims.Quote {
			return false
		}
		// "Pruitt and Galloway said": one of two named speakers is no conflict.
		if c.Speaker.Joint {
			return false
		}
	}
	if ca.Kind == claims.Quote && cb.Kind == claims.Quote && ca.Content != nil && cb.Content != nil {
		return sameQuote(ca.Content.Text, cb.Content.Text)
	}
	return contentSim(ca, cb) >= 0.8
}

// sameSpeaker reports whether two speakers may be one: the same key
// ("Nicolás Maduro" and "Maduro"), the initials of one in the other's
// mention ("LTP Officer Glen Morrow" speaks for the "Lakeland Traffic
// Police"), or a telling word in common ("KTV Harbourline Group prexy
// Owen Harker" and "Owen Harker"). Titles do not count: two ministers are two
// people (claims.Speaker.Telling leaves them out).
func sameSpeaker(a, b *claims.Speaker) bool {
	if a.Key == b.Key || acronymOf(a, b) || acronymOf(b, a) {
		return true
	}
	return shareAny(a.Telling, b.Telling)
}

// definite reports whether a speaker names someone who can be told apart
// from another (claims.Speaker.Definite).
func definite(s *claims.Speaker) bool { return s != nil && s.Definite }

// mentions reports whether claim c's sentence names speaker s by its key
// ("association" for "the landlords' association"), possessives included
// (claims.Claim.SentenceKeys).
func mentions(c *claims.Claim, s *claims.Speaker) bool {
	return slices.Contains(c.SentenceKeys, s.Key)
}

// contentSim compares what two attributions say, leaving out who says it
// and the cue, so "The Red Cross said X" and "The ministry said X" are
// the same statement.
func contentSim(a, b *claims.Claim) float64 {
	part := func(c *claims.Claim) []string {
		if c.Content != nil {
			return c.Content.Stems
		}
		return c.Stems
	}
	wa, wb := map[string]float64{}, map[string]float64{}
	for _, w := range part(a) {
		wa[w] = 1
	}
	for _, w := range part(b) {
		wb[w] = 1
	}
	va, vb := newVec(wa), newVec(wb)
	return cosine(va, vb, va.norm(), vb.norm())
}

// acronymOf reports whether a's mention holds the initials of b's name:
// "LTP Officer Glen Morrow" speaks for the "Lakeland Traffic Police".
func acronymOf(a, b *claims.Speaker) bool {
	return b.Initials != "" && slices.Contains(a.Words, b.Initials)
}
