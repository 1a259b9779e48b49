package claims

import "strings"

// Speakers: who a noun phrase names, and whether it can say or hold
// something.

// SpeakerHead is the head of a speaker's name: the words before a
// modifying prepositional phrase. "spokesman for the Pentagon" is a
// spokesman, not the Pentagon; "head of the agency" is a head. Names
// without such a phrase are returned whole.
func SpeakerHead(name string) string {
	// Read field by field without allocating (most names have no
	// modifier); the words are lower-cased in buffers for the look-ups.
	var bw, bn [32]byte
	_, e := nextField(name, 0)
	for k := 1; ; k++ {
		a, b := nextField(name, e)
		if a == len(name) {
			return name
		}
		w := lowerBytes(bw[:0], name[a:b])
		if modifierPreps[string(w)] {
			return strings.Join(strings.Fields(name)[:k], " ")
		}
		if adj := adjModifiers[string(w)]; adj != "" {
			if c, d := nextField(name, b); c < len(name) && adj == string(lowerBytes(bn[:0], name[c:d])) {
				return strings.Join(strings.Fields(name)[:k], " ")
			}
		}
		e = b
	}
}

func (x *extractor) npText(toks []token, n npSpan) (string, Span) {
	sp := Span{toks[n.from].start, toks[n.to-1].end}
	return x.text[sp.Start:sp.End], sp
}

// speakerFromNP names the speaker a noun phrase refers to: a mention's
// canonical name, a resolved pronoun, or the phrase itself ("officials").
func (x *extractor) speakerFromNP(s *sentence, ms []mention, n npSpan) *Speaker {
	toks := s.toks
	if n.empty() {
		return nil
	}
	txt, sp := x.npText(toks, n)
	spk := &Speaker{Text: txt, Span: sp}
	// The last mention inside the phrase is its head: "former U.S.
	// President Donald Trump" → Donald Trump; before a modifying phrase if
	// there is one: "Mr. Ortiz of the Farmers Union" → Ortiz. A name in the
	// modifier is not the speaker ("a lawyer for Smith" is the lawyer)
	// unless a capitalised title is all that comes before it: "Secretary of
	// State John Kerry".
	head := modifierAt(toks, n)
	ends := []int{head}
	if head < n.to && toks[head].lower == "of" && titleOnly(toks, n.from, head) {
		ends = append(ends, n.to)
	}
	for ei, end := range ends {
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if ei > 0 && (m.typ == "organization" || m.typ == "place" || m.to != n.to) {
				continue
			}
			if m.from >= n.from && m.to <= end {
				spk.Name = m.canon
				if m.role.Len() > 0 {
					spk.Role = m.role.In(x.text)
				}
				return spk
			}
		}
	}
	if n.to-n.from == 1 && toks[n.from].tag == "PRP" {
		p := toks[n.from].lower
		switch p {
		case "he", "she", "him", "her":
			spk.Name = x.personFor(p)
		case "it", "they":
			if x.lastGroup != nil {
				spk.Name = x.lastGroup.Name
			}
		}
		if spk.Name == "" {
			spk.Name = txt
		}
		return spk
	}
	// A common-noun speaker: drop the article, keep the words as written.
	name := txt
	if toks[n.from].tag == "DT" && n.to-n.from > 1 {
		name = x.text[toks[n.from+1].start:sp.End]
	}
	spk.Name = name
	return spk
}

// whoAntecedent corrects the speaker read from the noun phrase a "who"
// hangs on. "Who" stands for a person, so an organisation named inside the
// phrase as a modifier of its head ("the former Acme Corp second-in-command
// who revealed …", "a Google engineer who said …") is the person's
// employer, not the doer. The doer is the person the phrase describes: a
// person named just before it, in apposition ("Jo Doe, the former agency
// deputy who …"), or else the phrase itself, as a common-noun speaker.
func (x *extractor) whoAntecedent(s *sentence, ms []mention, ante npSpan, spk *Speaker) *Speaker {
	toks := s.toks
	head := modifierAt(toks, ante)
	org := false
	for _, m := range ms {
		if m.typ == "organization" && m.canon == spk.Name && m.from >= ante.from && m.to < head {
			org = true
		}
	}
	if !org {
		return spk
	}
	if c := ante.from - 1; c > 0 && toks[c].text == "," && !toks[c].inQuote {
		if prev := leftNP(toks, 0, c); !prev.empty() {
			for k := len(ms) - 1; k >= 0; k-- {
				if m := ms[k]; m.typ == "person" && m.from >= prev.from && m.to == prev.to {
					return x.speakerFromNP(s, ms, npSpan{m.from, m.to})
				}
			}
		}
	}
	txt, sp := x.npText(toks, ante)
	name := txt
	if toks[ante.from].tag == "DT" && ante.to-ante.from > 1 {
		name = x.text[toks[ante.from+1].start:sp.End]
	}
	return &Speaker{Name: name, Text: txt, Span: sp}
}

// titleOnly reports whether tokens [from, to) are a capitalised title and
// nothing else: "Secretary", "the Chief", not "the head".
func titleOnly(toks []token, from, to int) bool {
	n := 0
	for k := from; k < to; k++ {
		t := toks[k]
		switch {
		case t.tag == "DT" && k == from:
		case titleWords[t.lower] && isCap(t.text):
			n++
		default:
			return false
		}
	}
	return n > 0
}

// relSpeaker returns the index of the relative pronoun that is the subject
// of the cue at i ("who said", "who in 2010 said"), or -1.
func relSpeaker(toks []token, c clause, i int) int {
	for k := i - 1; k >= c.from && k >= i-7; k-- {
		t := toks[k]
		if t.inQuote {
			return -1
		}
		if !(t.lower == "who" || (t.lower == "that" || t.lower == "which") && k > 0 && (strings.HasPrefix(toks[k-1].tag, "NN") || toks[k-1].text == ",")) {
			continue
		}
		// Between the pronoun and the cue: adverbs, auxiliaries and at most
		// one short prepositional phrase ("who in 2010 said").
		j := k + 1
		for j < i && skipLeft(toks[j]) {
			j++
		}
		if j < i && toks[j].tag == "IN" {
			j++
			for n := 0; j < i && n < 3 && (toks[j].tag == "CD" || toks[j].tag == "DT" || strings.HasPrefix(toks[j].tag, "NN")); n++ {
				j++
			}
			if j < i && toks[j].text == "," {
				j++
			}
		}
		for j < i && skipLeft(toks[j]) {
			j++
		}
		if j == i {
			return k
		}
		return -1
	}
	return -1
}

// speakerLike reports whether a speaker can hold a stance: a person or
// organisation named in the article, a pronoun for one, a group ("critics"),
// a title, a source document ("a new poll"), or a capitalised name.
func (x *extractor) speakerLike(ms []mention, spk *Speaker) bool {
	if spk == nil {
		return false
	}
	lw := strings.ToLower(spk.Text)
	switch lw {
	case "he", "she", "they", "we", "i", "you", "who":
		return true
	case "it", "this", "that", "these", "those", "there":
		return false
	}
	for _, m := range ms {
		if m.span.Start >= spk.Span.Start && m.span.End <= spk.Span.End && (m.typ == "person" || m.typ == "organization") {
			return true
		}
	}
	ws := strings.Fields(spk.Text)
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	ll := strings.ToLower(strings.Trim(last, ".,’'\""))
	switch strings.ToLower(ws[0]) {
	case "many", "some", "most", "several", "few", "numerous", "other", "both":
		// "Many farmers", "Some investors": a quantified group of people.
		return len(ws) > 1 && strings.HasSuffix(ll, "s")
	}
	return groupSpeakers[ll] || orgWords[ll] || sourceNouns[ll] || titleWords[ll] || personNouns[ll] || isCap(last) && len(ws) <= 6
}

// possessor resolves a possessive pronoun holding a nominal cue ("his
// claim"): the mention is the pronoun, the name its antecedent.
func (x *extractor) possessor(t token) *Speaker {
	spk := &Speaker{Text: t.text, Span: Span{t.start, t.end}}
	switch t.lower {
	case "his", "her":
		if spk.Name = x.personFor(t.lower); spk.Name == "" {
			return nil
		}
	case "their", "its":
		if x.lastGroup == nil {
			return nil
		}
		spk.Name = x.lastGroup.Name
	default:
		return nil
	}
	return spk
}

// labelLike reports whether tokens [from, to) name a speaker as a
// transcript does: in capitals ("PENCE"), one word ("Caddell", "Poll"), or
// holding a name ("Said Ellis"). Section labels in title case ("Stealth
// Over Health") do not.
func (x *extractor) labelLike(toks []token, ms []mention, from, to int) bool {
	if toks[from].tag == "DT" {
		return false // "The Latest:", "A Closer Look:"
	}
	upper := true
	for k := from; k < to; k++ {
		if strings.ToUpper(toks[k].text) != toks[k].text {
			upper = false
		}
	}
	if upper && to-from <= 3 || to-from == 1 {
		return true
	}
	for _, m := range ms {
		if m.span.Start >= toks[from].start && m.span.End <= toks[to-1].end && m.typ != "place" {
			return true
		}
	}
	return false
}
