package claims

import (
	"slices"
	"strings"
)

// Subjects of figures: who the clause a figure is stated in is about.
// One story gives figures of several people or bodies in clauses that
// share every other word ("He chaired the gala four times" of one
// host, "He led that gala twice" of another; "paid him roughly $3
// million a season" of one manager's deal, "to pay him a
// maximum $70 million offer" of another club's): two figures of two
// subjects are two facts, not rival reports of one. The subject is read
// once here, from the sentence, and carried on Number.Subject.

// subjectBounds end the stretch before a verb that can be its subject:
// complementisers and subordinators, whose clause is another's.
var subjectBounds = set([]string{
	"that", "which", "who", "whom", "whose", "whether", "when", "where", "after", "before",
	"because", "while", "if", "though", "although", "since", "until", "as", ":", ";",
})

// subjectBound is subjectBounds as subjectStretch asks it.
func subjectBound(t token) bool { return subjectBounds[t.lower] }

// readSubjects sets Number.Subject of the figures of the claims cls made
// from sentence s.
func (x *extractor) readSubjects(s *sentence, ms []mention, cls []Claim) {
	toks := s.toks
	for ci := range cls {
		for ni := range cls[ci].Numbers {
			n := &cls[ci].Numbers[ni]
			at, end := tokenRange(toks, n.Span)
			if at < 0 {
				continue
			}
			n.Subject = x.figureSubject(toks, ms, at, end)
		}
	}
}

// figureSubject is the canonical name of the person or organisation
// that is the subject of the clause the figure at tokens [at, end] is in,
// or "" when it is not read with confidence:
//   - a figure that is itself the subject ("12 people were killed",
//     "Police said 12 were killed") has none;
//   - an act of saying or reporting ("the ministry reported 14 deaths")
//     gives a source's figure, not a party's, and names none;
//   - "he"/"she" is the person last named before it, in the sentence or
//     the article (personFor);
//   - a relative clause's subject is its named antecedent ("the Atlanta
//     Hawks, who had the money to pay him $70 million"); a relative
//     clause of a thing ("a deal that paid him $4 million") is read
//     through to the subject of the clause it hangs on ("O'Brien
//     finished a deal that …");
//   - one of verbs joined by "and" is the first verb's ("he slipped and
//     fell 200ft").
func (x *extractor) figureSubject(toks []token, ms []mention, at, end int) string {
	// The figure heads the subject of a verb after it.
	for k := end + 1; k < len(toks); k++ {
		t := toks[k]
		if finiteAt(toks, k) {
			return ""
		}
		if !(strings.HasPrefix(t.tag, "NN") || t.tag == "JJ" || t.tag == "CD" || t.tag == "DT" || t.tag == "IN" || t.tag == "PRP$" || t.text == "-") || subjectBounds[t.lower] {
			break
		}
	}
	v := finiteBefore(toks, 0, at)
	for range 4 {
		if v < 0 {
			return ""
		}
		var b, start int
		v, b, start = subjectStretch(toks, 0, v, subjectBound)
		// The lexical verb of the chain: "has hosted", "could be".
		lex := v
		for lex+1 < at && (isVerb(toks[lex+1]) || toks[lex+1].tag == "RB") {
			lex++
		}
		if _, ok := cueLemmas[toks[lex].lower]; ok {
			return ""
		}
		if w := parentheticalWho(toks, b, v); w >= 0 && !boundBetween(toks, v, at) {
			// "The actor, who has also appeared in … and is a singer, has
			// hosted it three times": the verb after the clause's closing
			// comma is the subject's before "who", not the clause's.
			e := w - 1
			st := e - 1
			for st >= 0 && !finiteAt(toks, st) && !subjectBounds[toks[st].lower] {
				st--
			}
			st++
			if st < e {
				return x.phraseSubject(toks, ms, st, e)
			}
			return ""
		}
		joined := coordinated(toks, start, v)
		switch {
		case start < v && !joined:
			return x.phraseSubject(toks, ms, start, v)
		case joined && b >= 0 && finiteAt(toks, b):
			v = b // "slipped and fell": the first verb's subject
			continue
		case start >= v && b >= 0 && (toks[b].lower == "who" || toks[b].lower == "which" || toks[b].lower == "that"):
			a := b - 1
			if a >= 0 && toks[a].text == "," {
				a--
			}
			for i := range ms {
				if ms[i].to-1 == a && a >= 0 && (ms[i].typ == "person" || ms[i].typ == "organization") {
					return ms[i].canon
				}
			}
			if toks[b].lower == "who" {
				return ""
			}
			// A thing's relative clause: the clause it hangs on.
			v = finiteBefore(toks, 0, b)
			continue
		}
		return ""
	}
	return ""
}

// phraseSubject is the person or organisation the subject phrase
// toks[from:to] names: a name that heads it (an apposition after a comma
// may follow: "Tom Reed, 32, fell"), or "he"/"she" resolved. A
// name that only qualifies the head ("Reed's death", "Paris thieves")
// is not the subject.
func (x *extractor) phraseSubject(toks []token, ms []mention, from, to int) string {
	if to-from == 1 {
		switch p := toks[from].lower; p {
		case "he", "she":
			for k := from - 1; k >= 0; k-- {
				for i := range ms {
					if ms[i].to-1 == k && ms[i].typ == "person" {
						return ms[i].canon
					}
				}
			}
			// The article's last-named person, when the article has told
			// that person's gender and it is the pronoun's (pronounPerson):
			// a pronoun after a name of unknown kind names no one surely.
			return x.pronounPerson(&Speaker{Text: p})
		}
		// fall through to names
	}
	for i := range ms {
		m := ms[i]
		if m.from < from || m.to > to || m.typ != "person" && m.typ != "organization" {
			continue
		}
		for k := m.to; k < to; k++ {
			t := toks[k]
			if t.text == "," || t.text == "(" {
				break
			}
			if strings.HasPrefix(t.tag, "NN") || t.tag == "POS" || strings.HasPrefix(t.lower, "'") || strings.HasPrefix(t.lower, "’") {
				return ""
			}
		}
		return m.canon
	}
	return x.descriptionPerson(toks, ms, from, to)
}

// boundBetween reports whether a subordinator or complementiser lies
// between the verb at v and the figure at at: the figure is then in
// another clause ("X, who lived there, was walking when Y, 23, …").
func boundBetween(toks []token, v, at int) bool {
	for k := v + 1; k < at; k++ {
		if subjectBounds[toks[k].lower] {
			return true
		}
	}
	return false
}

// parentheticalWho is the index of the "who" or "which" that opens a
// relative clause set off by commas and closed by the comma just before
// the verb at v ("The actor, who … and is a singer, has hosted"), when a
// finite verb of that clause (b) lies between them with no other
// clause's opener; -1 otherwise.
func parentheticalWho(toks []token, b, v int) int {
	if v < 1 || b < 0 || toks[v-1].text != "," || !finiteAt(toks, b) {
		return -1
	}
	for k := b - 1; k >= 1; k-- {
		switch w := toks[k].lower; {
		case w == "who" || w == "which":
			if toks[k-1].text == "," && k+1 < v {
				return k
			}
			return -1
		case subjectBounds[w]:
			return -1 // another clause's verb: "…, who lived nearby, was walking when …"
		}
	}
	return -1
}

// descriptionPerson resolves a definite description that is a clause's
// whole subject ("the actor", "the veteran climber") to a person named in
// an earlier sentence whom the article has called by the description's
// head noun, next to the name ("Australian actor Tom Reed", "Tom Reed,
// a climber from Leeds"; noteDescribed): exactly one such person, or
// none. A head the article never gave a named person ("the man" when
// the only name so far is a police inspector's) is left unresolved:
// the last name before a description is often a source's, not the
// person described.
func (x *extractor) descriptionPerson(toks []token, ms []mention, from, to int) string {
	if to-from < 2 || toks[from].lower != "the" {
		return ""
	}
	for i := range ms {
		if ms[i].from < to && ms[i].to > from {
			return ""
		}
	}
	for k := from + 1; k < to-1; k++ {
		if t := toks[k]; !(t.tag == "JJ" || t.tag == "NN") || !isWordToken(t.text) {
			return ""
		}
	}
	head := toks[to-1]
	if head.tag != "NN" || !isWordToken(head.text) {
		return ""
	}
	found := ""
	for _, p := range x.persons {
		if slices.Contains(x.described[p], head.lower) {
			if found != "" && found != p {
				return ""
			}
			found = p
		}
	}
	return found
}

// noteDescribed records the common noun the text calls a person by
// beside the name: the noun just before it ("actor" of "Australian actor
// Tom Reed", past any title the name run carries) or the head of an
// apposition after it ("Tom Reed, 40, star of …", "Tom Reed, a climber
// from Leeds"), for descriptionPerson.
func (x *extractor) noteDescribed(toks []token, m mention) {
	var heads []string
	if k := m.roleFrom - 1; k >= 0 && toks[k].tag == "NN" && isWordToken(toks[k].text) && !toks[k].inQuote {
		heads = append(heads, toks[k].lower)
	}
	k := m.to
	if k < len(toks) && toks[k].text == "," {
		k++
		if k+1 < len(toks) && toks[k].tag == "CD" && toks[k+1].text == "," {
			k += 2 // an age: "Tom Reed, 40, star of …"
		}
		if k < len(toks) && toks[k].tag == "DT" && (toks[k].lower == "a" || toks[k].lower == "an" || toks[k].lower == "the") {
			k++
		}
		for k < len(toks) && toks[k].tag == "JJ" {
			k++
		}
		h := -1
		for k < len(toks) && toks[k].tag == "NN" && isWordToken(toks[k].text) {
			h = k
			k++
		}
		if h >= 0 && !toks[h].inQuote {
			heads = append(heads, toks[h].lower)
		}
	}
	if len(heads) == 0 {
		return
	}
	if x.described == nil {
		x.described = map[string][]string{}
	}
	for _, h := range heads {
		if !slices.Contains(x.described[m.canon], h) {
			x.described[m.canon] = append(x.described[m.canon], h)
		}
	}
}
