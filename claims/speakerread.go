package claims

import (
	"strings"
	"unicode"
)

// What the comparison of claims asks about a claim's speaker, content and
// agent, read once here from the words as written so package compare
// decides on fields: whether the speaker names someone who can be told
// apart from others, whether it is several people, whether the content is
// a statement, whether the agent is a name.

// readSpeaker sets Speaker.Definite and Speaker.Joint, Part.Clause of the
// content and Claim.AgentNamed.
func readSpeaker(c *Claim) {
	if s := c.Speaker; s != nil {
		s.Definite = definiteSpeaker(s)
		// "Zadan and Meron said": two named speakers.
		s.Joint = strings.Contains(s.Text, " and ")
	}
	if c.Content != nil {
		c.Content.Clause = verbalClause(c.Content.Text)
	}
	c.AgentNamed = namedAgent(c.Agent)
}

// definiteSpeaker reports whether a speaker is named where the claim is
// made, as someone who can be told apart from another: not a pronoun
// (resolving "they" across sentences is a guess), not "officials", not a
// plural of common nouns ("employees", "lawmakers").
func definiteSpeaker(s *Speaker) bool {
	// "a resident", "a nearby apartment building": an indefinite mention
	// introduces someone unnamed, who may be anyone another source names.
	if ts := Tokens(s.Text); len(ts) > 0 && indefinites[ts[0].Word] {
		return false
	}
	// The whole name counts, not only its head: "officials" name no one,
	// "officials at the Health Ministry" name the ministry's.
	for _, t := range []string{s.Name, s.Text} {
		ts := Tokens(t)
		// A one-letter "name" is a cut initial ("A.J. Smith" read as "A").
		if len(ts) == 0 {
			return false
		}
		head := ts[len(ts)-1].Word
		if IsVagueSpeaker(head) || len(head) < 2 {
			return false
		}
		if strings.HasSuffix(head, "s") && !hasUpper(t) {
			return false
		}
	}
	return true
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// verbalClause reports whether content reads as a statement rather than
// the object of an act: "troops crossed the border" has a verb, "a
// distress call from the freighter" (what a ship "responded to") has
// none. Long contents are taken as statements whatever their words.
func verbalClause(content string) bool {
	ts := Tokens(content)
	if len(ts) > 6 {
		return true
	}
	for _, t := range ts {
		if w := t.Word; finiteWords[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// namedAgent reports whether an agent is a name ("The New York Times",
// "Maduro"), not a description ("vaccine manufacturers"): its first
// capitalised word is no vague speaker word.
func namedAgent(agent string) bool {
	for _, w := range strings.Fields(agent) {
		if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) {
			return !IsVagueSpeaker(strings.ToLower(w))
		}
	}
	return false
}
