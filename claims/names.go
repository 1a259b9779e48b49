package claims

import (
	"strings"
	"unicode/utf8"
)

// mention is a name in a sentence, with the title or role written with it.
type mention struct {
	from, to int    // token indices of the name part [from, to)
	roleFrom int    // token index where the role starts (== from when none)
	span     Span   // the name's bytes
	role     Span   // the role's bytes (empty when none)
	name     string // as written
	canon    string // canonical name in the article
	typ      string // person | organization | place | other
}

// nameIndex gives every name in an article one canonical form: "Maduro",
// "Nicolas Maduro" and "Nicolás Maduro" all become "Nicolás Maduro".
type nameIndex struct {
	canon map[string]string // folded full name or surname → canonical name
	typ   map[string]string // canonical name → type
}

func isNameTag(t token) bool {
	return (t.tag == "NNP" || t.tag == "NNPS") && isCap(t.text) && !strings.ContainsAny(t.text, "“”\"")
}

// findMentions returns the names in a sentence, left to right.
func findMentions(text string, toks []token) []mention {
	var out []mention
	for i := 0; i < len(toks); {
		if !isNameTag(toks[i]) {
			i++
			continue
		}
		j := i
		for j < len(toks) && isNameTag(toks[j]) {
			j++
		}
		out = append(out, splitRun(text, toks, i, j)...)
		i = j
	}
	return out
}

// splitRun turns a run of proper-noun tokens into a mention, separating the
// title ("former U.S. President") from the name ("Donald Trump").
func splitRun(text string, toks []token, i, j int) []mention {
	// The last title word in the run ends the role: "Venezuelan President
	// Nicolás Maduro" → role up to "President", name "Nicolás Maduro".
	k := -1
	for x := i; x < j; x++ {
		if titleWords[toks[x].lower] {
			k = x
		}
	}
	// "Secretary of State John Kerry": the run after "of" opens with the
	// office's object, which belongs to the title, not to the name.
	ofTitle := k < 0 && j-i >= 3 && i >= 2 && toks[i-1].lower == "of" && titleWords[toks[i-2].lower] && isCap(toks[i-2].text)
	if ofTitle {
		k = i
	}
	from := i
	if k >= 0 {
		from = k + 1
	}
	if from >= j {
		return nil // a title alone ("the President") is not a name here
	}
	// A compound like "Trump-Maduro" or "US-Venezuelan" names two things
	// at once; it is not a mention of either.
	if from+1 == j && strings.Contains(toks[from].text, "-") {
		return nil
	}
	// A lone demonym before a common noun ("Venezuelan airspace") is an
	// adjective, not a name.
	if from+1 == j && k < 0 && isDemonym(toks[from].lower) {
		return nil
	}
	m := mention{from: from, to: j, roleFrom: from}
	m.span = Span{toks[from].start, toks[j-1].end}
	m.name = m.span.In(text)
	if k >= 0 {
		rf := i
		if ofTitle {
			rf = i - 2
		}
		// Extend the role left over lower-case role words: "former",
		// "opposition leader", "then-Colombian".
		for rf > 0 {
			p := toks[rf-1]
			if temporalRole[p.lower] || strings.HasPrefix(p.lower, "then-") || strings.HasPrefix(p.lower, "ex-") ||
				titleWords[p.lower] || (p.tag == "JJ" || p.tag == "NN" || p.tag == "NNP") && !p.inQuote && isWordToken(p.text) && rf-1 >= i-3 {
				rf--
				continue
			}
			break
		}
		m.roleFrom = rf
		m.role = Span{toks[rf].start, toks[k].end}
	}
	m.typ = classify(toks[from:j], k >= 0)
	return []mention{m}
}

func isDemonym(w string) bool {
	for _, suf := range []string{"an", "ian", "ese", "ish", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > 4 {
			return true
		}
	}
	return false
}

// classify guesses a name's type from its words and whether a title came
// with it. prose's NER is not used: it labels people as places too often
// in news.
func classify(name []token, titled bool) string {
	words := make([]string, 0, len(name))
	for _, t := range name {
		if orgWords[t.lower] {
			return "organization"
		}
		words = append(words, foldToken(t))
	}
	full := strings.Join(words, " ")
	if places[full] || places[strings.TrimSuffix(full, "'s")] {
		return "place"
	}
	if len(words) >= 2 {
		// A generic head or opener names the kind of thing named: "Bay
		// City" and "Salt Lake City" are places, "Ohio State" a
		// university, "Warship X" a ship — none of them a person, and two
		// of them sharing the head are not one bearer named two ways.
		last := strings.TrimSuffix(words[len(words)-1], "'s")
		switch {
		case placeHeads[last] || placeOpeners[words[0]]:
			return "place"
		case orgHeads[last]:
			return "organization"
		}
		for _, w := range words[:len(words)-1] {
			if descriptors[w] {
				return "other"
			}
		}
	}
	if titled {
		return "person"
	}
	if len(name) >= 2 {
		// Acronyms and all-caps words are organisations more often than people.
		for _, t := range name {
			if isAllCaps(t.text) {
				return "organization"
			}
		}
		return "person"
	}
	if isAllCaps(name[0].text) && utf8.RuneCountInString(name[0].text) > 1 {
		return "organization"
	}
	return "other"
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// buildIndex learns canonical names from an article's full mentions.
func buildIndex(text string, sents []sentence) *nameIndex {
	ix := &nameIndex{canon: map[string]string{}, typ: map[string]string{}}
	// Titled names first: "President Nicolás Maduro" is surely a person,
	// "the Maduro Trump phone call" surely is not one.
	for pass := 0; pass < 2; pass++ {
		for _, s := range sents {
			ix.learn(text, s, pass == 0)
		}
	}
	return ix
}

func (ix *nameIndex) learn(text string, s sentence, titled bool) {
	for _, m := range findMentions(text, s.toks) {
		if m.to-m.from < 2 || m.typ != "person" || (m.role.Len() > 0) != titled {
			continue
		}
		// A name used as a modifier ("the Maduro Trump phone call") is
		// not introduced as a person there.
		if m.to < len(s.toks) && (s.toks[m.to].tag == "NN" || s.toks[m.to].tag == "NNS") && !isCap(s.toks[m.to].text) {
			continue
		}
		key := Fold(m.name)
		prev, ok := ix.canon[key]
		// Among spellings of the same name, keep the one with
		// diacritics: it is the more careful one.
		if !ok || (prev != m.name && nonASCII(m.name) > nonASCII(prev)) {
			if ok {
				delete(ix.typ, prev)
				for k, v := range ix.canon {
					if v == prev {
						ix.canon[k] = m.name
					}
				}
			}
			ix.canon[key] = m.name
			ix.typ[m.name] = "person"
		}
		last := Fold(s.toks[m.to-1].text)
		if _, ok := ix.canon[last]; !ok {
			ix.canon[last] = ix.canon[key]
		}
	}
}

// split breaks a run of known surnames ("Maduro Trump") into one mention
// each; other mentions pass through.
func (ix *nameIndex) split(text string, toks []token, m mention) []mention {
	if m.to-m.from < 2 {
		return []mention{m}
	}
	if _, ok := ix.canon[Fold(m.name)]; ok {
		return []mention{m}
	}
	for k := m.from; k < m.to; k++ {
		if _, ok := ix.canon[Fold(toks[k].text)]; !ok {
			return []mention{m}
		}
	}
	var out []mention
	for k := m.from; k < m.to; k++ {
		one := mention{from: k, to: k + 1, roleFrom: k, span: Span{toks[k].start, toks[k].end}, name: toks[k].text, typ: "person"}
		out = append(out, one)
	}
	return out
}

func nonASCII(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			n++
		}
	}
	return n
}

// resolve fills in the canonical name and type of a mention.
func (ix *nameIndex) resolve(m *mention, toks []token) {
	var buf [64]byte
	if c, ok := ix.canon[string(foldBytes(buf[:0], m.name))]; ok {
		m.canon, m.typ = c, ix.typ[c]
		return
	}
	if last := foldToken(toks[m.to-1]); m.to-m.from >= 1 {
		if c, ok := ix.canon[strings.TrimSuffix(last, "'s")]; ok && m.typ != "place" && m.typ != "organization" {
			m.canon, m.typ = c, ix.typ[c]
			return
		}
	}
	m.canon = m.name
}

// foldToken is Fold(t.text): the token's lower case when it is all ASCII,
// without a copy.
func foldToken(t token) string {
	if isASCII(t.text) {
		return t.lower
	}
	return Fold(t.text)
}
