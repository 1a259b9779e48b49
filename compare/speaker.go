package compare

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
)

// The speaker facet: the same statement credited to two different named
// speakers.

// speakerDifference finds the same statement credited to two different,
// named speakers (see speakerDiffers).
func speakerDifference(r *Result, ca, cb *claims.Claim) (difference, bool) {
	if !speakerDiffers(r, ca, cb) {
		return difference{}, false
	}
	return difference{FacetSpeaker, fmt.Sprintf("the same statement is credited to %s (%s) and %s (%s)", ca.Speaker.Name, ca.Source, cb.Speaker.Name, cb.Source), ca.Speaker.Text, cb.Speaker.Text}, true
}

// speakerDiffers reports the same statement credited to two different,
// named speakers: the same quotation, or reported content in nearly the
// same words. Many people say similar things, so looser matches are not
// evidence; a news outlet "reporting" a claim passes it on rather than
// making it.
func speakerDiffers(r *Result, ca, cb *claims.Claim) bool {
	if !definite(ca.Speaker) || !definite(cb.Speaker) || sameSpeaker(ca.Speaker, cb.Speaker) {
		return false
	}
	// An officer or spokesperson speaks for a body: "Highway Patrol
	// Officer Brad Baehr said" and "the CHP said" are one source.
	if speaksForBody(ca.Speaker) != speaksForBody(cb.Speaker) {
		return false
	}
	// A claim that names the other speaker too ("said ABC Group's chief
	// Paul Lee") credits both, whatever mention the speaker finder took.
	if strings.Contains(ca.Text, cb.Speaker.Name) || strings.Contains(cb.Text, ca.Speaker.Name) {
		return false
	}
	// "The appeals court sided with the city, and the association's
	// lawyer said …": a sentence that names the other source near the
	// statement may credit it to either; the speaker finder's pick is no
	// evidence of a misattribution.
	if mentions(sentenceOf(r, ca), cb.Speaker) || mentions(sentenceOf(r, cb), ca.Speaker) {
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
		// "The frigate responded to a distress call": a cue that took an
		// object ("to the call", "the distress call") rather than a
		// clause reports an act, not a statement to credit.
		if c.Cue != nil && c.Content != nil && !c.Content.Clause && c.Kind != claims.Quote {
			return false
		}
		// "Zadan and Meron said": one of two named speakers is no conflict.
		if c.Speaker.Joint {
			return false
		}
	}
	if ca.Kind == claims.Quote && cb.Kind == claims.Quote && ca.Content != nil && cb.Content != nil {
		return sameQuote(ca.Content.Text, cb.Content.Text)
	}
	return contentSim(ca, cb) >= 0.8
}

// sameSpeaker reports whether two speakers may be one: the same surname,
// or a name word of one in the other's mention ("ABC Entertainment Group
// prexy Paul Lee" and "Paul Lee"). Titles do not count: two ministers are
// two people.
func sameSpeaker(a, b *claims.Speaker) bool {
	if speakerKey(a) == speakerKey(b) || acronymOf(a, b) || acronymOf(b, a) {
		return true
	}
	in := map[string]bool{}
	for _, t := range []string{b.Name, b.Text} {
		for _, w := range telling(t) {
			in[w] = true
		}
	}
	for _, t := range []string{a.Name, a.Text} {
		for _, w := range telling(t) {
			if len(w) > 2 && in[w] && !claims.IsStopword(w) && !claims.IsTitleWord(w) {
				return true
			}
		}
	}
	return false
}

// telling are the words of a speaker's name that tell it apart: all of
// them, or for a descriptive name only its modifier. "Officials at the
// Health Ministry" and "officials at the Red Cross" share "officials" and
// are two sources; "a spokesman for the Pentagon" and "the Pentagon" share
// "pentagon" and are one.
func telling(name string) []string {
	ws := words(name)
	if head := claims.SpeakerHead(name); head != name {
		if n := len(words(head)); n <= len(ws) {
			return ws[n:]
		}
	}
	return ws
}

// speakerKey is the last word of a speaker's name, without marks:
// "Nicolás Maduro" and "Maduro" are one speaker, so are "police" and
// "“police". A descriptive name is keyed by its head and the body its
// modifier names: "spokesman for the Pentagon" is "spokesman pentagon",
// a spokesman, and not "pentagon", which would make it the Pentagon itself
// ("The Pentagon said"); nor merely "spokesman", which would make every
// body's spokesman one speaker. sameSpeaker still finds "a Pentagon
// spokesman" and "the Pentagon" in it by their shared words.
func speakerKey(s *claims.Speaker) string {
	last := func(t string) string {
		ws := words(t)
		if len(ws) == 0 {
			return ""
		}
		return strings.TrimSuffix(strings.TrimSuffix(ws[len(ws)-1], "'s"), "'")
	}
	head := claims.SpeakerHead(s.Name)
	key := last(head)
	if head != s.Name && key != "" {
		if m := last(s.Name); m != "" {
			key += " " + m
		}
	}
	return key
}

// definite reports whether a speaker names someone who can be told apart
// from another (claims.Speaker.Definite).
func definite(s *claims.Speaker) bool { return s != nil && s.Definite }

// sentenceOf is the sentence a claim comes from, or its text when the
// article is not at hand.
func sentenceOf(r *Result, c *claims.Claim) string {
	if r != nil {
		if a := r.Article(c.Source); a != nil && c.Sentence.End <= len(a.Text) && c.Sentence.Start <= c.Sentence.End {
			return c.Sentence.In(a.Text)
		}
	}
	return c.Text
}

// mentions reports whether text names speaker s by the head of its name
// ("association" for "the landlords' association"), possessives
// included.
func mentions(text string, s *claims.Speaker) bool {
	key := speakerKey(s)
	if len(key) < 3 || claims.IsTitleWord(key) {
		return false
	}
	for _, w := range words(text) {
		if strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'") == key {
			return true
		}
	}
	return false
}

// contentSim compares what two attributions say, leaving out who says it
// and the cue, so "The Red Cross said X" and "The ministry said X" are
// the same statement.
func contentSim(a, b *claims.Claim) float64 {
	part := func(c *claims.Claim) string {
		if c.Content != nil {
			return c.Content.Text
		}
		return c.Text
	}
	wa, wb := map[string]float64{}, map[string]float64{}
	for _, w := range claims.ContentWords(part(a)) {
		wa[w] = 1
	}
	for _, w := range claims.ContentWords(part(b)) {
		wb[w] = 1
	}
	va, vb := newVec(wa), newVec(wb)
	return cosine(va, vb, va.norm(), vb.norm())
}

// acronymOf reports whether a's mention holds the initials of b's name:
// "CHP Officer Brad Baehr" speaks for the "California Highway Patrol".
func acronymOf(a, b *claims.Speaker) bool {
	var init strings.Builder
	for _, w := range rawWords(b.Name) {
		if r := []rune(w); unicode.IsUpper(r[0]) {
			init.WriteRune(unicode.ToLower(r[0]))
		}
	}
	if init.Len() < 2 {
		return false
	}
	for _, w := range words(a.Text + " " + a.Name) {
		if w == init.String() {
			return true
		}
	}
	return false
}

// speaksForBody reports whether a speaker's mention gives a role in an
// organisation ("police inspector Dave Gaskin").
func speaksForBody(s *claims.Speaker) bool {
	for _, w := range words(s.Text + " " + s.Role) {
		if claims.IsBodyRole(w) {
			return true
		}
	}
	return false
}
