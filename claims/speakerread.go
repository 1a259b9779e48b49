package claims

import (
	"slices"
	"sort"
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
// Telling, Initials, Words, ForBody), of the content (Part.Clause,
// Part.Stems) and of the agent (Claim.AgentNamed, Claim.AgentStems).
func readSpeaker(c *Claim) {
	if c.Speaker != nil {
		ReadSpeaker(c.Speaker)
	}
	readContent(c, nil, nil, nil)
}

// readContent sets Part.Clause and Part.Stems of the content, and
// Claim.AgentNamed and Claim.AgentStems. ts, ws and stems are the Tokens
// of Claim.Text, their words and the words' stems, when the caller has
// them (nil when not): a content written inside Text is read from them.
func readContent(c *Claim, ts []Token, ws, stems []string) {
	if p := c.Content; p != nil {
		p.Clause, p.Stems = readPart(c, ts, ws, stems)
	}
	c.AgentNamed = namedAgent(c.Agent)
	c.AgentStems = ContentWords(c.Agent)
}

// readPart is Part.Clause and Part.Stems of a claim's content: read from
// the claim's own tokens, words and stems (ts, ws, stems) when the content
// is written whole inside Claim.Text, and then its stems are a slice of
// Claim.Stems when those were taken from the same words; else read anew.
func readPart(c *Claim, ts []Token, ws, stems []string) (bool, []string) {
	p := c.Content
	if ts != nil {
		if from, to, ok := subTokens(c.Text, p.Text, p.Span.Start-c.TextSpan.Start, ts); ok {
			pw := ws[from:to]
			if innerStop(c.Text) {
				return verbalClause(pw), contentStems(p.Text, pw, stems[from:to])
			}
			// Claim.Stems holds the stems of ws's content words in order.
			k0 := 0
			for _, w := range ws[:from] {
				if !stopwords[w] {
					k0++
				}
			}
			k1 := k0
			for _, w := range pw {
				if !stopwords[w] {
					k1++
				}
			}
			if k1 == k0 {
				return verbalClause(pw), nil // as ContentWords gives it
			}
			return verbalClause(pw), c.Stems[k0:k1:k1]
		}
	}
	pw := words(p.Text)
	return verbalClause(pw), contentStems(p.Text, pw, stemsOf(pw))
}

// ReadSpeaker sets the readings of a speaker from its Name, Text and
// Role: Definite, Joint, Key, Telling, Initials, Words and ForBody.
// Extract calls it for every claim; a caller that builds or renames a
// Speaker itself calls it again.
func ReadSpeaker(s *Speaker) {
	name, text := words(s.Name), words(s.Text)
	s.Definite = definiteSpeaker(s, name, text)
	// "Pruitt and Galloway said": two named speakers.
	s.Joint = strings.Contains(s.Text, " and ")
	nameHead := headWords(s.Name, name)
	s.Key = speakerKey(s.Name, name, nameHead)
	s.Telling = tellingWords(name[nameHead:], text[headWords(s.Text, text):])
	s.Initials = initials(s.Name)
	// The words of the mention, then of the name: Tokens of the two apart
	// are the Tokens of the two joined by a space.
	s.Words = append(text[:len(text):len(text)], name...)
	s.ForBody = slices.ContainsFunc(text, IsBodyRole) || s.Role != "" && slices.ContainsFunc(words(s.Role), IsBodyRole)
}

// definiteSpeaker reports whether a speaker is named where the claim is
// made, as someone who can be told apart from another: not a pronoun
// (resolving "they" across sentences is a guess), not "officials", not a
// plural of common nouns ("employees", "lawmakers"). name and text are
// the words of its Name and Text.
func definiteSpeaker(s *Speaker, name, text []string) bool {
	// "a resident", "a nearby apartment building": an indefinite mention
	// introduces someone unnamed, who may be anyone another source names.
	if len(text) > 0 && indefinites[text[0]] {
		return false
	}
	// The whole name counts, not only its head: "officials" name no one,
	// "officials at the Health Ministry" name the ministry's.
	for _, m := range [...]struct {
		written string
		ws      []string
	}{{s.Name, name}, {s.Text, text}} {
		// A one-letter "name" is a cut initial ("A.J. Smith" read as "A").
		if len(m.ws) == 0 {
			return false
		}
		head := m.ws[len(m.ws)-1]
		if IsVagueSpeaker(head) || len(head) < 2 {
			return false
		}
		if strings.HasSuffix(head, "s") && !hasUpper(m.written) {
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
// none. Long contents are taken as statements whatever their words. ws
// are the content's words (Tokens).
func verbalClause(ws []string) bool {
	if len(ws) > 6 {
		return true
	}
	for _, w := range ws {
		if finiteWords[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// namedAgent reports whether an agent is a name ("The New York Times",
// "Maduro"), not a description ("vaccine manufacturers"): its first
// capitalised word is no vague speaker word, and its last word, the head,
// is capitalised too. A name inside a description ("former Acme Corp
// second-in-command", "a Google engineer") names the employer, not the
// agent.
func namedAgent(agent string) bool {
	if f := strings.Fields(agent); len(f) > 0 && strings.ToLower(f[len(f)-1]) == f[len(f)-1] {
		return false
	}
	for i := 0; ; {
		a, b := nextField(agent, i)
		if a == len(agent) {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(agent[a:b]); unicode.IsUpper(r) {
			return !IsVagueSpeaker(strings.ToLower(agent[a:b]))
		}
		i = b
	}
}

// sentenceKeys is Claim.SentenceKeys of c, whose sentence is in text
// (the article's) and whose Text has the words ws: read from those when
// Text is the whole sentence or the sentence is not in text, else from the
// Tokens of text (*all, made on first use: one split of the article, not
// one a sentence) that the sentence holds.
func sentenceKeys(text string, all *[]Token, c *Claim, ws []string) []string {
	if sp := c.Sentence; sp.Start <= sp.End && sp.Start >= 0 && sp.End <= len(text) {
		if s := sp.In(text); s != c.Text {
			var ts []Token
			if runsAcross(text, sp.Start) || runsAcross(text, sp.End) {
				ts = Tokens(s)
			} else {
				if *all == nil {
					*all = Tokens(text)
				}
				from := sort.Search(len(*all), func(i int) bool { return (*all)[i].Start >= sp.Start })
				to := from
				for to < len(*all) && (*all)[to].End <= sp.End {
					to++
				}
				ts = (*all)[from:to]
			}
			out := make([]string, 0, len(ts))
			for _, t := range ts {
				out = appendKey(out, t.Word)
			}
			return clipKeys(out)
		}
	}
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		out = appendKey(out, w)
	}
	return clipKeys(out)
}

// clipKeys is keys without spare capacity (claims share it), nil when
// empty.
func clipKeys(keys []string) []string {
	if len(keys) == 0 {
		return nil
	}
	return slices.Clip(keys)
}

// appendKey appends to keys the word w as a speaker's key could be
// written: without a possessive, of three letters or more, not a title,
// and not there yet.
func appendKey(keys []string, w string) []string {
	k := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	if len(k) < 3 || slices.Contains(keys, k) || IsTitleWord(k) {
		return keys
	}
	return append(keys, k)
}

// words are the folded Tokens of s.
func words(s string) []string { return wordsOf(Tokens(s)) }

// wordsOf are the folded words of the Tokens ts.
func wordsOf(ts []Token) []string {
	ws := make([]string, len(ts))
	for i, t := range ts {
		ws[i] = t.Word
	}
	return ws
}

// headWords is how many of the words ws of a name are its head
// (SpeakerHead): all of them unless a modifier follows the head.
func headWords(name string, ws []string) int {
	head := SpeakerHead(name)
	if head == name {
		return 0
	}
	// The head is the name's first whitespace-separated fields, so its
	// words are the name's first words.
	if n := len(words(head)); n <= len(ws) {
		return n
	}
	return 0
}

// speakerKey is Speaker.Key of a name, of words ws, of which the first
// head (headWords) are its head: the last word of the head, and for a
// descriptive name the last word of the modifier too.
func speakerKey(name string, ws []string, head int) string {
	last := func(ws []string) string {
		if len(ws) == 0 {
			return ""
		}
		return strings.TrimSuffix(strings.TrimSuffix(ws[len(ws)-1], "'s"), "'")
	}
	if head == 0 {
		if SpeakerHead(name) != name {
			// A head without words ("—" before "of …"): no key.
			return ""
		}
		return last(ws)
	}
	key := last(ws[:head])
	if key != "" {
		if m := last(ws); m != "" {
			key += " " + m
		}
	}
	return key
}

// tellingWords is Speaker.Telling: the telling words of the name, then of
// the mention, each once. A descriptive name or mention tells by its
// modifier: the words after its head.
func tellingWords(name, text []string) []string {
	var out []string
	for _, ws := range [][]string{name, text} {
		for _, w := range ws {
			if len(w) > 2 && !slices.Contains(out, w) && !IsStopword(w) && !IsTitleWord(w) {
				out = append(out, w)
			}
		}
	}
	return out
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
