package claims

import "strings"

// skippable words between a speaker and a cue: "Trump separately
// acknowledged", "Clinton had told", "Petro strongly criticized".
func skipLeft(t token) bool {
	return t.tag == "RB" || t.tag == "MD" || isAux(t.lower) || t.lower == "not" || t.lower == "n't" || contractedAux(t)
}

// contractedAux: "He’s claiming", "they’ve said", "she’ll present".
func contractedAux(t token) bool {
	switch strings.ReplaceAll(t.lower, "’", "'") {
	case "'s", "'re", "'ve", "'d", "'ll", "'m":
		return t.tag != "POS"
	}
	return false
}

// leftNP is the noun phrase ending just before index end (after passing
// over adverbs and auxiliaries), not reaching before from.
func leftNP(toks []token, from, end int) npSpan {
	i := end
	for i > from && skipLeft(toks[i-1]) && !toks[i-1].inQuote {
		i--
	}
	j := i
	for j > from {
		t := toks[j-1]
		if t.inQuote {
			break
		}
		if isNPTag(t.tag) && t.tag != "PRP$" && (isWordToken(t.text) || t.tag == "POS") || initialDot(toks, j-1) || (t.lower == "of" && j-2 >= from && isNPTag(toks[j-2].tag) && j < i && (toks[j].tag == "NNP" || toks[j].tag == "DT" && j+1 < i && toks[j+1].tag == "NNP")) ||
			(t.lower == "and" && j-2 >= from && toks[j-2].tag == "NNP" && j < i && toks[j].tag == "NNP") {
			j--
			continue
		}
		break
	}
	// "my father often said": a possessive determiner opens the phrase.
	if j > from && j < i && toks[j-1].tag == "PRP$" && !toks[j-1].inQuote && strings.HasPrefix(toks[j].tag, "NN") {
		j--
	}
	np := npSpan{j, i}
	// The phrase must end in a noun or pronoun to name a speaker.
	if np.empty() {
		return np
	}
	// "Axelrod on Wednesday called", "Clinton last week said": a time
	// phrase stands between the speaker and the cue.
	if notSpeakers[toks[np.to-1].lower] {
		k := np.from
		for k > from && (toks[k-1].tag == "IN" || toks[k-1].text == ",") {
			k--
		}
		if k < np.from || toks[np.from].lower == "last" || toks[np.from].lower == "this" || toks[np.from].tag == "NNP" {
			if k > from && k < np.from+1 {
				if inner := leftNP(toks, from, k); !inner.empty() && !notSpeakers[toks[inner.to-1].lower] {
					return inner
				}
			}
		}
	}
	last := toks[np.to-1]
	if !(strings.HasPrefix(last.tag, "NN") || last.tag == "PRP") {
		return npSpan{}
	}
	return np
}

// withModifiers extends a speaker phrase found just before a cue to the left
// over the prepositional phrases it belongs to: in "A reporter for the radio
// station said", leftNP stops at "the radio station", but the reporter
// speaks. A phrase of time or of speech after the head ("Clinton in an
// interview said") tells when or how; the speaker is then the head alone.
func withModifiers(toks []token, from int, np npSpan) npSpan {
	for range 3 {
		p := np.from - 1
		if np.empty() || p <= from || toks[p].inQuote || hasPronoun(toks, np) {
			break
		}
		if adj := adjModifiers[toks[p-1].lower]; adj != "" && adj == toks[p].lower && p-1 > from {
			// "people familiar with the talks", "a source close to the
			// mayor": an adjective and its phrase follow the head.
			p--
		} else if !modifierPreps[toks[p].lower] {
			break
		}
		head := leftNP(toks, from, p)
		if head.empty() || head.to != p {
			break
		}
		hl := toks[head.to-1].lower
		if toks[p].lower == "of" && quantityHeads[hl] {
			break
		}
		obj := toks[np.to-1].lower
		if notSpeakers[obj] || speechNouns[obj] {
			np = head
			continue
		}
		if !strings.HasPrefix(toks[head.to-1].tag, "NN") {
			break
		}
		np = npSpan{head.from, np.to}
	}
	return np
}

// hasPronoun reports whether a personal pronoun is in the phrase: a
// pronoun takes no modifier, so "the credit cards in the mail they asked
// for" is not one noun phrase.
func hasPronoun(toks []token, n npSpan) bool {
	for k := n.from; k < n.to; k++ {
		if toks[k].tag == "PRP" {
			return true
		}
	}
	return false
}

// modifierAt returns the index of the first preposition in the phrase that
// starts a modifier of its head ("spokesman | for the Pentagon"), or n.to.
func modifierAt(toks []token, n npSpan) int {
	for k := n.from + 1; k < n.to; k++ {
		if toks[k].inQuote {
			continue
		}
		if modifierPreps[toks[k].lower] {
			return k
		}
		if adj := adjModifiers[toks[k].lower]; adj != "" && k+1 < n.to && toks[k+1].lower == adj {
			return k
		}
	}
	return n.to
}

// SpeakerHead is the head of a speaker's name: the words before a
// modifying prepositional phrase. "spokesman for the Pentagon" is a
// spokesman, not the Pentagon; "head of the agency" is a head. Names
// without such a phrase are returned whole.
func SpeakerHead(name string) string {
	ws := strings.Fields(name)
	for k := 1; k < len(ws); k++ {
		w := strings.ToLower(ws[k])
		if modifierPreps[w] || k+1 < len(ws) && adjModifiers[w] != "" && adjModifiers[w] == strings.ToLower(ws[k+1]) {
			return strings.Join(ws[:k], " ")
		}
	}
	return name
}

// initialDot reports whether token k is the full stop of a middle initial
// ("Donald J. Trump"), split off by the tokenizer.
func initialDot(toks []token, k int) bool {
	return toks[k].text == "." && k > 0 && k+1 < len(toks) && len(toks[k-1].text) == 1 && isCap(toks[k-1].text) && toks[k+1].tag == "NNP"
}

// rightNP is the noun phrase starting at i: "said Maduro", "said a
// spokesman for the ministry", "according to officials".
func rightNP(toks []token, i, to int) npSpan {
	j := i
	for j < to && !toks[j].inQuote && isWordToken(toks[j].text) && (isNPTag(toks[j].tag) && toks[j].tag != "PRP$" || toks[j].tag == "PRP$" && j == i) {
		j++
	}
	// Attached prepositional phrases: "a spokesman for the ministry",
	// "people familiar with the talks". "in" and "with" are left out after
	// the cue, where they mostly say how or where it was said ("said Ruiz
	// in a statement").
phrases:
	for n := 0; n < 2 && j > i && j < to; n++ {
		k := j
		switch w := toks[k].lower; {
		case adjModifiers[w] != "" && k+1 < to && toks[k+1].lower == adjModifiers[w]:
			k++ // "close to"
		case adjModifiers[toks[k-1].lower] == w:
			// "people familiar" was read as the phrase; "with" goes on.
		case w == "of" || w == "for" || w == "at" || w == "from":
		default:
			break phrases
		}
		if k+1 >= to || !isNPTag(toks[k+1].tag) || toks[k+1].inQuote {
			break
		}
		k++
		for k < to && isNPTag(toks[k].tag) && !toks[k].inQuote {
			k++
		}
		j = k
	}
	np := npSpan{i, j}
	if np.empty() {
		return np
	}
	hasNoun := false
	for k := np.from; k < np.to; k++ {
		if strings.HasPrefix(toks[k].tag, "NN") || toks[k].tag == "PRP" {
			hasNoun = true
		}
	}
	if !hasNoun {
		return npSpan{}
	}
	return np
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

// cueAt returns the cue lemma of token i, and how many tokens the cue spans
// ("according to" is two).
func cueAt(toks []token, i int) (string, int) {
	t := toks[i]
	if t.inQuote {
		return "", 0
	}
	if t.lower == "according" && i+1 < len(toks) && toks[i+1].lower == "to" {
		return "according to", 2
	}
	if (t.tag == "NNS" || t.tag == "NN") && i > 0 && i+1 < len(toks) && toks[i+1].lower == "that" && strings.HasPrefix(toks[i-1].tag, "NN") {
		// The tagger reads "The Post reports that" as a plural noun.
		if l, ok := cueLemmas[t.lower]; ok && strings.HasSuffix(t.lower, "s") {
			return l, 1
		}
	}
	if l, ok := adjCues[t.lower]; ok && (t.tag == "JJ" || t.tag == "VBN") && i+1 < len(toks) && adjLinks[l][toks[i+1].lower] && beBefore(toks, max(0, i-4), i) >= 0 {
		// "has been critical of", "is determined to", "was convinced that".
		return l, 1
	}
	if !isVerb(t) {
		if l, ok := nounCues[t.lower]; ok && strings.HasPrefix(t.tag, "NN") && i+1 < len(toks) {
			j := i + 1
			if notSpeakers[toks[j].lower] && j+1 < len(toks) {
				j++ // "comments Tuesday on"
			}
			next := toks[j].lower
			switch {
			case next == "that" || toks[j].text == ":":
				return l, 1
			case next == "by" && j+1 < len(toks) && toks[j+1].tag != "CD":
				return l, 1
			case nounLinks[l][next] && (next != "to" || j+1 < len(toks) && !(toks[j+1].tag == "DT" || toks[j+1].tag == "NNP" || toks[j+1].tag == "NNPS" || toks[j+1].tag == "PRP$" || toks[j+1].tag == "CD" || toks[j+1].tag == "PRP")):
				// "her decision to run", not "a threat to Europe".
				return l, 1
			}
		}
		return "", 0
	}
	l, ok := cueLemmas[t.lower]
	if ok && l == "charge" && (i+1 == len(toks) || chargeWith[toks[i+1].lower]) {
		// "was charged with murder", "Driver Charged": an indictment, not
		// words; "critics charged that …" is the cue.
		return "", 0
	}
	if !ok {
		// A light verb with a noun of speech: "made the remarks", "issued
		// a statement", "gave a speech".
		if lv, ok := lightVerbs[t.lower]; ok && speechNounAhead(toks, i+1) {
			return lv, 1
		}
		return "", 0
	}
	// "alleged drug-smuggling vessels", "the reported deaths": a
	// participle before a noun describes, it does not attribute.
	if (t.tag == "VBN" || t.tag == "VBD") && i+1 < len(toks) && strings.HasPrefix(toks[i+1].tag, "NN") && i > 0 && (toks[i-1].tag == "DT" || toks[i-1].tag == "IN" || toks[i-1].tag == "CC" || toks[i-1].tag == "VBG" || toks[i-1].tag == "VBD" || toks[i-1].tag == "VBN") {
		return "", 0
	}
	return l, 1
}

// trailingCredit reads a headline that names its source after a final
// colon: "Mother killed in crash: NYPD", "Storm kills 3: officials". The
// label is one to three words, a name or an acronym, and the line has no
// full stop: in a sentence, "…: Smith" is a list or an explanation.
func (x *extractor) trailingCredit(s *sentence, ms []mention, c clause) *Claim {
	toks := s.toks
	if c.relative || c.to != len(toks) || c.to-c.from < 4 {
		return nil
	}
	k := c.to - 1
	for k > c.from && toks[k].text != ":" && c.to-k <= 4 {
		k--
	}
	if toks[k].text != ":" || toks[k].inQuote || k-c.from < 3 || c.to-k-1 < 1 {
		return nil
	}
	for j := k + 1; j < c.to; j++ {
		t := toks[j]
		if !isWordToken(t.text) || t.inQuote || labelWords[t.lower] || !(isCap(t.text) || groupSpeakers[t.lower] || sourceNouns[t.lower]) {
			return nil
		}
	}
	if !x.labelLike(toks, ms, k+1, c.to) && !groupSpeakers[toks[c.to-1].lower] && !sourceNouns[toks[c.to-1].lower] {
		return nil
	}
	spk := x.speakerFromNP(s, ms, npSpan{k + 1, c.to})
	content := x.part(toks, c.from, k)
	if spk == nil || content == nil {
		return nil
	}
	cue := &Cue{Lemma: "say", Text: ":", Span: Span{toks[k].start, toks[k].end}}
	return &Claim{Kind: Reported, Speaker: spk, Cue: cue, Content: content}
}

// attribution finds who says what in a clause. It returns nil when the
// clause reports no speech. The layouts are tried in order: a transcript
// label, a trailing credit, then each cue of the clause (a closing tag
// first) read by the first layout that fits it (atCue), then a colon before
// a quotation.
func (x *extractor) attribution(s *sentence, ms []mention, c clause, subj *Speaker, quoted map[int]bool, rels []clause) *Claim {
	a := attrib{x: x, s: s, toks: s.toks, ms: ms, c: c, subj: subj, quoted: quoted, rels: rels}
	if cl := a.transcriptLabel(); cl != nil {
		return cl
	}
	if cl := x.trailingCredit(s, ms, c); cl != nil {
		return cl
	}
	for _, i := range a.cueOrder() {
		if r, ok := a.readCue(i); ok {
			if cl := a.atCue(&r); cl != nil {
				return cl
			}
		}
	}
	return a.quoteAfterColon()
}

// attrib is one clause being read for attribution.
type attrib struct {
	x      *extractor
	s      *sentence
	toks   []token
	ms     []mention
	c      clause
	subj   *Speaker // the subject of the sentence's main clause, if known
	quoted map[int]bool
	rels   []clause
}

// cueRead is a cue found in the clause: the lemma, its tokens
// toks[i:i+n] (with a particle, if any) and where what follows it starts.
type cueRead struct {
	i, n, after int
	lemma       string
	particle    bool
	cue         *Cue
}

// reading is what a layout reads around a cue.
type reading struct {
	spk     *Speaker
	content *Part
	kind    Kind
	rest    int  // see Claim.rest
	nobody  bool // an agentless passive: the claim credits no one
}

// transcriptLabel reads transcripts and headlines: "PENCE: Well, look, …",
// "Caddell: …". A short capitalised label and a colon open the sentence,
// or open a quotation that starts it (‘"WALLACE: If I may, …’).
func (a *attrib) transcriptLabel() *Claim {
	toks, c := a.toks, a.c
	if c.from != 0 || c.relative {
		return nil
	}
	first := 0
	if len(toks) > 0 && startsQuote(toks[0].text) && !isWordToken(toks[0].text) {
		first = 1
	}
	for k := first + 1; k < len(toks) && k <= first+4; k++ {
		t := toks[k-1]
		if !isCap(t.text) || t.inQuote && first == 0 || !isWordToken(t.text) || labelWords[t.lower] {
			return nil
		}
		if toks[k].text != ":" || k+1 >= c.to {
			continue
		}
		if !a.x.labelLike(toks, a.ms, first, k) {
			return nil
		}
		spk := a.x.speakerFromNP(a.s, a.ms, npSpan{first, k})
		content := a.x.part(toks, k+1, c.to)
		if spk == nil || content == nil {
			return nil
		}
		cue := &Cue{Lemma: "say", Text: ":", Span: Span{toks[k].start, toks[k].end}}
		if first == 1 {
			a.x.setQuoter(spk, cue, a.s.para)
			return &Claim{Kind: Quote, Speaker: spk, Cue: cue, Content: content}
		}
		return &Claim{Kind: Reported, Speaker: spk, Cue: cue, Content: content}
	}
	return nil
}

// stop is where content after a cue at i ends. A relative clause inside
// this clause is a claim of its own, so content stops where it begins; one
// without commas is part of its noun phrase ("said the car that hit her
// fled"), and stays in.
func (a *attrib) stop(i int) int {
	for _, r := range a.rels {
		if !a.c.relative && !r.bound && r.from > i && r.from < a.c.to {
			return r.from
		}
	}
	return a.c.to
}

// cueOrder lists the clause's token indexes in the order they are tried as
// cues. A closing tag ("…, Schiff said.") is the outer attribution: cues
// before it are inside what Schiff said, so it is tried first.
func (a *attrib) cueOrder() []int {
	c := a.c
	order := make([]int, 0, c.to-c.from)
	if t := closingTag(a.toks, c); t >= 0 {
		order = append(order, t)
	}
	for i := c.from; i < c.to; i++ {
		if len(order) == 0 || i != order[0] {
			order = append(order, i)
		}
	}
	return order
}

// readCue reads the cue at i with its particle; ok is false where there is
// none.
func (a *attrib) readCue(i int) (r cueRead, ok bool) {
	toks, c := a.toks, a.c
	lemma, n := a.x.cueAt(toks, i)
	if lemma == "" {
		return r, false
	}
	if !isVerb(toks[i]) && lemma != "according to" && introCueAfter(toks, c, i) {
		// "Asked about Trump's declaration that …, Clinton said, “…”":
		// a nominal cue in an introductory phrase must not take the
		// clause from the verb that credits the quotation.
		return r, false
	}
	// "called for", "spoke of": the particle belongs to the cue.
	particle := false
	if _, adj := adjCues[toks[i].lower]; adj && i+n < c.to && adjLinks[lemma][toks[i+n].lower] && toks[i+n].lower != "that" {
		n++
		particle = true
	} else if isVerb(toks[i]) && i+n < c.to && cueParticles[lemma][toks[i+n].lower] {
		n++
		particle = true
	} else if isVerb(toks[i]) && i+n+1 < c.to && notSpeakers[toks[i+n].lower] && cueParticles[lemma][toks[i+n+1].lower] {
		// "called Friday for": a time word between verb and particle.
		n += 2
		particle = true
	} else if needParticle[lemma] {
		return r, false
	}
	cue := &Cue{Lemma: lemma, Text: a.x.text[toks[i].start:toks[i+n-1].end], Span: Span{toks[i].start, toks[i+n-1].end}}
	return cueRead{i: i, n: n, after: i + n, lemma: lemma, particle: particle, cue: cue}, true
}

// atCue reads the clause around the cue r. The layouts a cue can stand in
// are tried in order, and the first that fits the cue reads it: if it finds
// nothing, the cue is not an attribution (the next layout is not tried).
// The layouts, in order: "according to"; a nominal cue ("Trump's claim
// that"); a passive with "by"; an agentless passive; a verb with a speaker.
func (a *attrib) atCue(r *cueRead) *Claim {
	toks, c := a.toks, a.c
	var rd reading
	var ok bool
	switch {
	case r.lemma == "according to":
		rd, ok = a.accordingTo(r)
	case !isVerb(toks[r.i]) && adjCues[toks[r.i].lower] == "":
		rd, ok = a.nominalCue(r)
	case toks[r.i].tag == "VBN" && r.after+1 < c.to && toks[r.after].lower == "by" && beBefore(toks, c.from, r.i) >= 0:
		rd, ok = a.passiveBy(r)
	case toks[r.i].tag == "VBN" && agentless[r.lemma] && beBefore(toks, c.from, r.i) > c.from &&
		!(inRels(a.rels, r.i) && !c.relative) && !(r.after < c.to && toks[r.after].lower == "by"):
		rd, ok = a.agentlessPassive(r)
	default:
		rd, ok = a.verbal(r)
	}
	if !ok {
		return nil
	}
	if rd.nobody {
		return &Claim{Kind: Reported, Cue: r.cue, Content: rd.content}
	}
	return a.finish(r, &rd)
}

// finish checks the speaker a layout read and makes the claim.
func (a *attrib) finish(r *cueRead, rd *reading) *Claim {
	toks, subj, spk := a.toks, a.subj, rd.spk
	if rd.content == nil || rd.content.Text == "" || spk == nil {
		return nil
	}
	if ws := strings.Fields(strings.ToLower(spk.Text)); len(ws) > 0 && notSpeakers[strings.Trim(ws[len(ws)-1], ".,")] {
		// "A report released last year found …": the time phrase is
		// not the speaker; the clause's subject is.
		if subj == nil || subj.Span.Start >= toks[r.i].start || subj.Span == spk.Span {
			return nil
		}
		cp := *subj
		spk = &cp
	}
	if lw := strings.ToLower(spk.Text); (lw == "it" || lw == "this" || lw == "that") && weakCues[r.lemma] {
		return nil
	}
	if rd.kind == Quote {
		a.x.setQuoter(spk, r.cue, a.s.para)
	}
	if spk.Name != "" && !pronouns[strings.ToLower(spk.Text)] {
		a.x.lastGroup = spk
	}
	return &Claim{Kind: rd.kind, Speaker: spk, Cue: r.cue, Content: rd.content, rest: rd.rest}
}

// accordingTo reads "According to X, CONTENT" and "CONTENT, according to X".
func (a *attrib) accordingTo(r *cueRead) (reading, bool) {
	toks, c, i := a.toks, a.c, r.i
	np := rightNP(toks, r.after, c.to)
	if np.empty() {
		return reading{}, false
	}
	rd := reading{spk: a.x.speakerFromNP(a.s, a.ms, np), kind: Reported}
	if i == c.from || (i > c.from && toks[i-1].text != ",") {
		k := np.to
		for k < c.to && toks[k].text == "," {
			k++
		}
		rd.content = a.x.part(toks, k, c.to)
	} else {
		rd.content = a.x.part(toks, c.from, i-1)
	}
	return rd, true
}

// nominalCue reads a nominal cue: "Trump's declaration that …". The holder
// is a possessor ("Trump's (latest) claim", "his infamous comment") or an
// agent ("the claim by Trump that").
func (a *attrib) nominalCue(r *cueRead) (reading, bool) {
	toks, c, i := a.toks, a.c, r.i
	var spk *Speaker
	np := npSpan{}
	j := i - 1
	for j > c.from && j >= i-3 && (toks[j].tag == "JJ" || toks[j].tag == "RB" || toks[j].tag == "NN" && j < i-1 || toks[j].tag == "VBN") && !toks[j].inQuote {
		j--
	}
	switch {
	case j >= 1 && toks[j].tag == "POS":
		np = leftNP(toks, c.from, j)
	case j >= 0 && toks[j].tag == "PRP$" && !toks[j].inQuote:
		spk = a.x.possessor(toks[j])
	}
	after := r.after
	if !np.empty() {
		spk = a.x.speakerFromNP(a.s, a.ms, np)
	} else if spk == nil && after+1 < c.to && toks[after].lower == "by" {
		if by := rightNP(toks, after+1, c.to); !by.empty() {
			spk = a.x.speakerFromNP(a.s, a.ms, by)
			after = by.to
		}
	}
	if spk == nil {
		return reading{}, false
	}
	from := after
	if from < c.to && (toks[from].lower == "that" || toks[from].text == ":" || toks[from].tag == "IN") {
		from++
	}
	rd := reading{spk: spk, content: a.x.part(toks, from, a.stop(i)), kind: Reported}
	if q := quoteAfter(a.s, toks, after, c.to, a.quoted); q != nil {
		rd.content, rd.kind = q, Quote
	}
	return rd, true
}

// passiveBy reads a passive with an agent: "The plan was endorsed by the
// union" credits the union, and what it endorsed is the subject.
func (a *attrib) passiveBy(r *cueRead) (reading, bool) {
	toks, c, i := a.toks, a.c, r.i
	by := rightNP(toks, r.after+1, c.to)
	b := beBefore(toks, c.from, i)
	if by.empty() || b <= c.from || inRels(a.rels, i) && !c.relative {
		return reading{}, false
	}
	if w := toks[c.from].lower; w == "which" || w == "who" || w == "that" {
		// "…, which was first revealed by X": what was revealed is
		// the antecedent, outside this clause; credit it there.
		return reading{}, false
	}
	spk := a.x.speakerFromNP(a.s, a.ms, by)
	if stanceCue[r.lemma] && !a.x.speakerLike(a.ms, spk) {
		return reading{}, false
	}
	return reading{spk: spk, content: a.x.part(toks, c.from, b), kind: Reported}, true
}

// agentlessPassive reads a passive that reports without a source: "The
// efforts are expected to continue", "a curfew was announced". The content
// is the clause; nobody is credited.
func (a *attrib) agentlessPassive(r *cueRead) (reading, bool) {
	toks, c := a.toks, a.c
	if w := toks[c.from].lower; w == "which" || w == "who" || w == "that" {
		return reading{}, false
	}
	content := a.x.part(toks, c.from, c.to)
	if content == nil {
		return reading{}, false
	}
	return reading{content: content, nobody: true}, true
}

// verbal reads a verb cue: its speaker (verbSpeaker), then its content
// (verbContent). A stance verb needs a speaker that can hold a stance.
func (a *attrib) verbal(r *cueRead) (reading, bool) {
	rd, ok := a.verbSpeaker(r)
	if !ok || !a.verbContent(r, &rd) {
		return reading{}, false
	}
	if stanceCue[r.lemma] && !a.x.speakerLike(a.ms, rd.spk) {
		// "Several judges handling lawsuits … have cited": the
		// phrase before the cue ends inside the subject.
		subj := a.subj
		if subj == nil || !a.x.speakerLike(a.ms, subj) || subj.Span.Start >= a.toks[r.i].start {
			return reading{}, false
		}
		cp := *subj
		rd.spk = &cp
	}
	return rd, true
}

// verbSpeaker finds who speaks with a verb cue at r.i, trying in order: a
// relative pronoun ("an architect who said"), an introductory participle
// whose subject follows ("Citing …, Trump accused"), the main clause's
// subject for a cue that continues it ("…, saying", "and said"), the noun
// phrase before the cue, the subject across an auxiliary after a comma,
// and the noun phrase after the cue ("…, said Maduro"). It may move
// r.after past a speaker that follows the cue.
func (a *attrib) verbSpeaker(r *cueRead) (rd reading, ok bool) {
	toks, c, i, subj := a.toks, a.c, r.i, a.subj
	rd.kind = Reported
	left := withModifiers(toks, c.from, leftNP(toks, c.from, i))
	if left.empty() {
		left = appositiveNP(toks, c.from, i)
	}
	subjCopy := func() *Speaker { cp := *subj; return &cp }
	if rel := relSpeaker(toks, c, i); rel >= 0 {
		// "an architect who said he was stiffed": the relative
		// pronoun is the mention, what it hangs on the name.
		ante := withModifiers(toks, 0, leftNP(toks, 0, rel))
		if ante.empty() && rel > 0 && toks[rel-1].text == "," {
			ante = withModifiers(toks, 0, leftNP(toks, 0, rel-1))
		}
		if ante.empty() {
			return rd, false
		}
		rd.spk = a.x.speakerFromNP(a.s, a.ms, ante)
		rd.spk.Text, rd.spk.Span = toks[rel].text, Span{toks[rel].start, toks[rel].end}
	} else if i == 0 && toks[i].tag == "VBG" && subj != nil && subj.Span.Start > toks[i].start && commaBefore(toks, i, c.to, subj.Span.Start) > 0 {
		// "Citing an unfounded theory, Trump accused …": the
		// participle belongs to the subject after the comma.
		rd.spk = subjCopy()
		comma := commaBefore(toks, i, c.to, subj.Span.Start)
		if rd.content = a.x.part(toks, r.after, comma); rd.content == nil {
			return rd, false
		}
		rd.rest = comma + 1
	} else if left.empty() && subj != nil && subj.Span.Start < toks[i].start && !(i == c.from && invertedAhead(toks, r.after, c.to)) && (toks[i].tag == "VBG" && (i == c.from || toks[i-1].text == "," || toks[i-1].tag == "IN") || onlyGlue(toks, c.from, i) || i > c.from && toks[i-1].tag == "CC") {
		// ", saying only, “…”", "by saying …", "… and said …": the
		// subject of the main clause speaks.
		rd.spk = subjCopy()
	} else if !left.empty() && !isRelPronoun(toks, left) {
		rd.spk = a.x.speakerFromNP(a.s, a.ms, left)
	} else if lead := leadNP(toks, c.from, i); (commaAux(toks, c.from, i) || relBefore(a.rels, toks, i)) && (subj != nil && subj.Span.Start < toks[i].start || !lead.empty()) {
		// "Other unions, including the teachers, have also endorsed":
		// an auxiliary after the comma rules out "…, said X".
		if subj != nil && subj.Span.Start < toks[i].start {
			rd.spk = subjCopy()
		} else {
			rd.spk = a.x.speakerFromNP(a.s, a.ms, lead)
		}
	} else {
		// "…, said Maduro": the speaker follows a cue that follows a
		// comma or a quote.
		if toks[i].tag == "VBG" || toks[i].tag == "VBN" || !(i == c.from || !isWordToken(toks[i-1].text)) {
			return rd, false
		}
		np := rightNP(toks, r.after, c.to)
		if np.empty() {
			return rd, false
		}
		rd.spk = a.x.speakerFromNP(a.s, a.ms, np)
		r.after = np.to
	}
	return rd, true
}

// verbContent places the content of a verb cue: a quote next to the cue
// or speaker, else the clause after the cue, else the clause before the
// speaker. It reports false when the cue has no content it can take.
func (a *attrib) verbContent(r *cueRead, rd *reading) bool {
	if rd.content != nil {
		return true // read with the speaker
	}
	toks, c, i, lemma := a.toks, a.c, r.i, r.lemma
	spStart := i
	if rd.spk != nil && rd.spk.Span.Start < toks[i].start {
		for k := c.from; k < i; k++ {
			if toks[k].start == rd.spk.Span.Start {
				spStart = k
			}
		}
	}
	if q := quoteBefore(a.s, toks, spStart, a.quoted); q != nil {
		rd.content, rd.kind = q, Quote
		return true
	}
	if q := quoteAfter(a.s, toks, r.after, c.to, a.quoted); q != nil {
		rd.content, rd.kind = q, Quote
		return true
	}
	if quoteOnlyCues[lemma] {
		return false
	}
	if spStart > c.from+1 && toks[spStart-1].text == "," && r.after < c.to && toks[r.after].text == "," && wordsIn(toks, r.after, c.to) >= 2 && !stanceCue[lemma] {
		// "The weapons it has, he added, are like …": the tag
		// interrupts the content, which runs on both sides.
		rd.content = a.x.part(toks, c.from, c.to)
		return true
	}
	end := a.stop(i)
	k := skipObject(toks, r.after, end, lemma)
	switch n := wordsIn(toks, k, end); {
	case k < end && (n >= 2 || n == 1 && (r.particle || objectCues[lemma] || stanceCue[lemma]) && isNPTag(toks[k].tag)):
		if (weakCues[lemma] || stanceCue[lemma]) && !r.particle && !clauseLike(toks, k, end, lemma) {
			return false
		}
		if stanceCue[lemma] && colonQuote(toks, k, end) {
			// "offered only a vague comment: “…”" — the colon
			// rule (quoteAfterColon) credits the quotation.
			return false
		}
		rd.content = a.x.part(toks, k, end)
	case spStart > c.from+1 && toks[spStart-1].text == ",":
		rd.content = a.x.part(toks, c.from, spStart-1)
	case spStart > c.from+2 && toks[spStart-1].lower == "as" && toks[spStart-2].text == ",":
		// "It does not show whether he had a gun, as police
		// have said": the clause before "as" is the content.
		rd.content = a.x.part(toks, c.from, spStart-2)
	case spStart == c.from && c.from > 1 && toks[c.from-1].text == "," && rd.spk != nil && rd.spk.Span.Start > toks[i].start:
		// "…, the losses would outstrip the gains, said X": the
		// clause before the tag is the content.
		rd.content = a.x.part(toks, 0, c.from-1)
	}
	return true
}

// quoteAfterColon: "Trump offered only a vague comment: “…”" — a colon
// hands the quote to the clause's subject.
func (a *attrib) quoteAfterColon() *Claim {
	toks, c, subj := a.toks, a.c, a.subj
	for i := c.from; i+1 < c.to; i++ {
		if toks[i].text != ":" || toks[i].inQuote || subj == nil {
			continue
		}
		q := quoteAfter(a.s, toks, i+1, c.to, a.quoted)
		if q == nil {
			continue
		}
		var cue *Cue
		for k := i - 1; k >= c.from; k-- {
			if isVerb(toks[k]) {
				cue = &Cue{Lemma: Stem(toks[k].lower), Text: toks[k].text, Span: Span{toks[k].start, toks[k].end}}
				break
			}
		}
		cp := *subj
		a.x.setQuoter(&cp, cue, a.s.para)
		return &Claim{Kind: Quote, Speaker: &cp, Cue: cue, Content: q, colon: i}
	}
	return nil
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

// onlyGlue reports whether tokens [from, to) are only conjunctions, commas
// and adverbs: the verb at to has no subject of its own.
func onlyGlue(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		t := toks[k]
		if !(t.text == "," || t.tag == "CC" || skipLeft(t)) {
			return false
		}
	}
	return true
}

// appositiveNP finds a speaker set off by commas or parentheses before the
// cue at i: "Scott Pruitt, the attorney general of Oklahoma, said",
// "Rep. Gwen Moore (D-Wis.) said", "Quina Jones, 25, said". The name must
// open the clause or follow a quotation.
func appositiveNP(toks []token, from, i int) npSpan {
	j := i
	for j > from && skipLeft(toks[j-1]) {
		j--
	}
	if j <= from || !(toks[j-1].text == "," || toks[j-1].text == ")") {
		return npSpan{}
	}
	depth := 0 // inside parentheses, a full stop is an abbreviation's
	for k := j - 1; k > from && k >= j-40; k-- {
		t := toks[k]
		switch t.text {
		case ")":
			depth++
		case "(":
			depth--
		}
		if t.inQuote || t.text == ";" || t.text == "." && depth <= 0 && !(k+1 < len(toks) && toks[k+1].text == ",") {
			break
		}
		if t.text != "," && t.text != "(" {
			continue
		}
		np := leftNP(toks, from, k)
		if np.empty() || toks[np.to-1].tag != "NNP" {
			continue
		}
		if np.from == from || !isWordToken(toks[np.from-1].text) && toks[np.from-1].text != "," && toks[np.from-1].text != "(" ||
			toks[np.from-1].text == "," && np.from >= 2 && endsQuote(toks[np.from-2].text) {
			return np
		}
		// "His former partner at Lenox, Lawrence Cummings, called": a name
		// in apposition to the noun phrase that opens the clause.
		if toks[np.from-1].text == "," && np.from >= 2 && strings.HasPrefix(toks[np.from-2].tag, "NN") && k == j-1 {
			if head := leftNP(toks, from, np.from-1); !head.empty() && (head.from == from || !isWordToken(toks[head.from-1].text) || toks[head.from-1].tag == "IN") {
				return np
			}
		}
	}
	return npSpan{}
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

func colonQuote(toks []token, i, to int) bool {
	for k := i; k+1 < to; k++ {
		if toks[k].text == ":" && !toks[k].inQuote && (toks[k+1].inQuote || startsQuote(toks[k+1].text)) {
			return true
		}
	}
	return false
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

// beBefore returns the index of the form of "be" that makes the participle
// at i passive ("was (widely) criticized"), or -1.
func beBefore(toks []token, from, i int) int {
	for k := i - 1; k >= from && k >= i-3; k-- {
		if beForms[toks[k].lower] {
			return k
		}
		if toks[k].tag != "RB" {
			return -1
		}
	}
	return -1
}

func inRels(rels []clause, i int) bool {
	for _, r := range rels {
		if i >= r.from && i < r.to {
			return true
		}
	}
	return false
}

// speechNounAhead reports whether a noun of speech heads the object that
// starts at i: "the (latest) reference", "a strong condemnation".
func speechNounAhead(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		t := toks[k]
		if t.inQuote {
			return false
		}
		if speechNouns[t.lower] && strings.HasPrefix(t.tag, "NN") {
			return true
		}
		if !(t.tag == "DT" || t.tag == "JJ" || t.tag == "PRP$" || t.tag == "RB" || t.tag == "CD" || strings.HasPrefix(t.tag, "NN")) {
			return false
		}
	}
	return false
}

// closingTag returns the index of a speech verb in a tag that closes the
// clause after its last comma ("…, Schiff said.", "…, said Mr. Burman on
// Friday."), or -1.
func closingTag(toks []token, c clause) int {
	last := -1
	for k := c.from; k < c.to; k++ {
		if toks[k].text == "," && !toks[k].inQuote {
			last = k
		}
	}
	if last < 0 || c.to-last > 9 {
		return -1
	}
	for k := last + 1; k < c.to; k++ {
		switch toks[k].lower {
		case "who", "which", "that":
			return -1 // ", who says …" is a relative clause, not a tag
		}
		if tagVerbs[toks[k].lower] && isVerb(toks[k]) {
			return k
		}
	}
	return -1
}

// introCueAfter reports whether the nominal cue at i sits in an
// introductory phrase (the clause opens with a participle or preposition)
// and a verb cue follows that phrase's comma.
func introCueAfter(toks []token, c clause, i int) bool {
	if t := toks[c.from]; !(t.tag == "VBN" || t.tag == "VBG" || t.tag == "IN") {
		return false
	}
	k := i
	for k < c.to && !(toks[k].text == "," && !toks[k].inQuote) {
		k++
	}
	for k++; k < c.to; k++ {
		if isVerb(toks[k]) {
			if l, _ := cueAt(toks, k); l != "" {
				return true
			}
		}
	}
	return false
}

// invertedAhead reports whether a name follows the cue and ends the clause
// ("…, said Batchelder."), the inverted tag.
func invertedAhead(toks []token, i, to int) bool {
	np := rightNP(toks, i, to)
	if np.empty() || toks[np.to-1].tag != "NNP" {
		return false
	}
	return np.to == to || !isWordToken(toks[np.to].text) || toks[np.to].tag == "IN"
}

// leadNP is the noun phrase that opens the clause, up to its first comma.
func leadNP(toks []token, from, to int) npSpan {
	k := from
	for k < to && isNPTag(toks[k].tag) && !toks[k].inQuote && isWordToken(toks[k].text) {
		k++
	}
	if k == from || k >= to || toks[k].text != "," || !(strings.HasPrefix(toks[k-1].tag, "NN") || toks[k-1].tag == "PRP") {
		return npSpan{}
	}
	return npSpan{from, k}
}

// commaBefore returns the index of the first comma after i and before the
// byte offset limit, or -1.
func commaBefore(toks []token, i, to, limit int) int {
	for k := i; k < to && toks[k].start < limit; k++ {
		if toks[k].text == "," && !toks[k].inQuote {
			return k
		}
	}
	return -1
}

// relBefore reports whether the cue at i follows a comma that closes a
// relative clause: "The poll, which tracks support daily, showed …".
func relBefore(rels []clause, toks []token, i int) bool {
	if i < 1 || toks[i-1].text != "," {
		return false
	}
	for _, r := range rels {
		if r.to == i-1 {
			return true
		}
	}
	return false
}

// commaAux reports whether the cue at i follows a comma and at least one
// auxiliary or adverb: "…, have also endorsed".
func commaAux(toks []token, from, i int) bool {
	j := i
	for j > from && skipLeft(toks[j-1]) {
		j--
	}
	return j < i && j > from && toks[j-1].text == ","
}

func isRelPronoun(toks []token, n npSpan) bool {
	t := toks[n.from]
	return n.to-n.from == 1 && (t.tag == "WDT" || t.lower == "that" || t.lower == "which")
}

// skipObject passes over "that" and the listener of "told supporters that".
func skipObject(toks []token, i, to int, lemma string) int {
	for i < to && (toks[i].text == "," || toks[i].text == ":" || toks[i].tag == "RB") {
		i++
	}
	// "announced on Friday the arrest of …": a time phrase before the object.
	if i+2 < to && (toks[i].lower == "on" || toks[i].lower == "in" || toks[i].lower == "last" || toks[i].lower == "this") && notSpeakers[toks[i+1].lower] {
		i += 2
		for i < to && toks[i].text == "," {
			i++
		}
	}
	switch lemma {
	case "tell", "inform", "assure", "warn", "urge", "remind", "advise", "ask", "encourage",
		"implore", "press", "push", "exhort", "request":
		k := i
		for k < to && k < i+6 && isNPTag(toks[k].tag) {
			k++
		}
		if k < to && (toks[k].lower == "that" || toks[k].tag == "TO" || toks[k].text == ",") {
			i = k
		}
		// "asked Dana Reyes, the moderator, to check": past the apposition.
		if k < to && toks[k].text == "," {
			for j := k + 1; j < to && j < k+12; j++ {
				if toks[j].tag == "TO" && j+1 < to && toks[j+1].tag == "VB" {
					i = j
					break
				}
				if isFinite(toks, j) || toks[j].inQuote {
					break
				}
			}
		}
	}
	if i < to && toks[i].lower == "that" {
		i++
	}
	return i
}

// clauseLike reports whether the words from i read as reported content for
// a weak cue: a "that"-clause, a subject and verb, or an object for verbs
// that take one ("acknowledged the conversation").
func clauseLike(toks []token, i, to int, lemma string) bool {
	if i > 0 && toks[i-1].lower == "that" {
		return true
	}
	for k := i; k < to && k < i+6; k++ {
		if isFinite(toks, k) {
			return k > i
		}
	}
	if intentOnly[lemma] {
		return i < to && toks[i].tag == "TO"
	}
	if lemma == "find" || clauseOnly[lemma] {
		return false // "found a way", "assumed office": only a clause counts (above)
	}
	if asCues[lemma] {
		for k := i; k < to && k < i+8; k++ {
			if toks[k].lower == "as" {
				return true
			}
		}
		return false
	}
	if (objectCues[lemma] || stanceCue[lemma]) && i < to && (isNPTag(toks[i].tag) || toks[i].tag == "VBG") {
		return true // "the plan", "dropping the tax"
	}
	if intentCues[lemma] && i < to && toks[i].tag == "TO" {
		return true
	}
	// "asked NBC’s Lester Holt, the moderator, to fact check": the
	// listener may carry an apposition before the infinitive.
	if intentCues[lemma] {
		for k := i; k < to && k < i+14; k++ {
			if toks[k].tag == "TO" && k+1 < to && toks[k+1].tag == "VB" {
				return true
			}
			if isFinite(toks, k) || toks[k].inQuote {
				break
			}
		}
	}
	if (lemma == "accuse" || lemma == "blame" || lemma == "urge" || lemma == "call") && i < to && isNPTag(toks[i].tag) {
		return true
	}
	return false
}

func wordsIn(toks []token, i, to int) int {
	n := 0
	for k := i; k < to; k++ {
		if isWordToken(toks[k].text) {
			n++
		}
	}
	return n
}

// part is the text of tokens [i, to) without edge punctuation.
func (x *extractor) part(toks []token, i, to int) *Part {
	for i < to && !isWordToken(toks[i].text) && !startsQuote(toks[i].text) {
		i++
	}
	for to > i && !isWordToken(toks[to-1].text) && !endsQuote(toks[to-1].text) {
		to--
	}
	if to <= i {
		return nil
	}
	sp := Span{toks[i].start, toks[to-1].end}
	return &Part{Text: x.text[sp.Start:sp.End], Span: sp}
}

func startsQuote(s string) bool {
	return strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "''")
}
func endsQuote(s string) bool {
	return strings.HasSuffix(s, "”") || strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "''")
}

// quoteAfter returns the quotation that starts within a couple of tokens of
// i ("said, “…”", "said only: “…”"), with any quotes chained after it.
func quoteAfter(s *sentence, toks []token, i, to int, used map[int]bool) *Part {
	k := i
	for k < to && k < i+3 && !toks[k].inQuote && !isWordToken(toks[k].text) || k < to && k < i+3 && (toks[k].lower == "only" || toks[k].lower == "simply" || toks[k].lower == "that") {
		k++
	}
	if k >= len(toks) {
		return nil
	}
	pos := toks[k].start
	for qi, q := range s.quotes {
		if q.inner.Start <= pos && pos < q.inner.End || q.open >= toks[max(i, 0)].start && q.open <= pos {
			if used[q.open] || q.inner.Len() == 0 {
				return nil
			}
			used[q.open] = true
			end := q.inner.End
			for _, q2 := range s.quotes[qi+1:] {
				if q2.open < toks[to-1].end && !used[q2.open] && short(s, q.close, q2.open) {
					used[q2.open] = true
					end = q2.inner.End
				}
			}
			return &Part{Text: s.textOf(q.inner.Start, end), Span: Span{q.inner.Start, end}}
		}
	}
	return nil
}

// quoteBefore returns the quotation that ends just before the speaker
// ("“…,” Maduro told supporters"), joined with the quotes before it.
func quoteBefore(s *sentence, toks []token, spk int, used map[int]bool) *Part {
	k := spk - 1
	for k >= 0 && !toks[k].inQuote && !isWordToken(toks[k].text) && toks[k].end > 0 {
		if k < spk-3 {
			return nil
		}
		k--
	}
	if k < 0 {
		return nil
	}
	pos := toks[k].start
	for qi := len(s.quotes) - 1; qi >= 0; qi-- {
		q := s.quotes[qi]
		if !(q.inner.Start <= pos && pos < q.close) {
			continue
		}
		if used[q.open] || q.inner.Len() == 0 {
			return nil
		}
		used[q.open] = true
		start := q.inner.Start
		for pj := qi - 1; pj >= 0; pj-- {
			p := s.quotes[pj]
			if !used[p.open] && short(s, p.close, start) {
				used[p.open] = true
				start = p.inner.Start
			}
		}
		return &Part{Text: s.textOf(start, q.inner.End), Span: Span{start, q.inner.End}}
	}
	return nil
}

// short reports whether little text lies between two quotes, so they are
// one utterance split by the attribution ("“…,” she said, “…”").
func short(s *sentence, a, b int) bool { return b-a >= 0 && b-a < 40 }

func (s *sentence) textOf(a, b int) string { return s.src[a:b] }
