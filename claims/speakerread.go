package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// What the comparison of claims asks about a claim's speaker, content and
// agent, read once here from the words as written so package compare
// decides on fields: whether the speaker names someone who can be told
// apart from others, whether it is several people, whether the content is
// a statement, whether the agent is a name.

// readSpeaker sets the readings of Speaker (Definite, Joint, Key,
// Telling, Initials, Words, ForBody), Part.Clause of the content and
// Claim.AgentNamed.
func readSpeaker(c *Claim) {
	if c.Speaker != nil {
		ReadSpeaker(c.Speaker)
	}
	if c.Content != nil {
		c.Content.Clause = verbalClause(c.Content.Text)
	}
	c.AgentNamed = namedAgent(c.Agent)
}

// ReadSpeaker sets the readings of a speaker from its Name, Text and
// Role: Definite, Joint, Key, Telling, Initials, Words and ForBody.
// Extract calls it for every claim; a caller that builds or renames a
// Speaker itself calls it again.
func ReadSpeaker(s *Speaker) {
	s.Definite = definiteSpeaker(s)
	// "Zadan and Meron said": two named speakers.
	s.Joint = strings.Contains(s.Text, " and ")
	s.Key = speakerKey(s.Name)
	s.Telling = tellingWords(s)
	s.Initials = initials(s.Name)
	s.Words = words(s.Text + " " + s.Name)
	s.ForBody = false
	for _, t := range Tokens(s.Text + " " + s.Role) {
		if IsBodyRole(t.Word) {
			s.ForBody = true
			break
		}
	}
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

// words are the folded Tokens of s.
func words(s string) []string {
	ts := Tokens(s)
	ws := make([]string, len(ts))
	for i, t := range ts {
		ws[i] = t.Word
	}
	return ws
}

// speakerKey is Speaker.Key of a name.
func speakerKey(name string) string {
	last := func(t string) string {
		ws := words(t)
		if len(ws) == 0 {
			return ""
		}
		return strings.TrimSuffix(strings.TrimSuffix(ws[len(ws)-1], "'s"), "'")
	}
	head := SpeakerHead(name)
	key := last(head)
	if head != name && key != "" {
		if m := last(name); m != "" {
			key += " " + m
		}
	}
	return key
}

// tellingWords is Speaker.Telling: the telling words of the name, then of
// the mention, each once.
func tellingWords(s *Speaker) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range []string{s.Name, s.Text} {
		for _, w := range telling(t) {
			if len(w) > 2 && !seen[w] && !IsStopword(w) && !IsTitleWord(w) {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// telling are the words of a name that tell it apart: all of them, or for
// a descriptive name only its modifier. "Officials at the Health
// Ministry" and "officials at the Red Cross" share "officials" and are two
// sources; "a spokesman for the Pentagon" and "the Pentagon" share
// "pentagon" and are one.
func telling(name string) []string {
	ws := words(name)
	if head := SpeakerHead(name); head != name {
		if n := len(words(head)); n <= len(ws) {
			return ws[n:]
		}
	}
	return ws
}

// initials is Speaker.Initials of a name: the first letters of its words
// written with a capital, folded.
func initials(name string) string {
	var b strings.Builder
	for _, t := range Tokens(name) {
		if r, _ := utf8.DecodeRuneInString(name[t.Start:]); unicode.IsUpper(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}
