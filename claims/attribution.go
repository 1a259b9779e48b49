package claims

import "strings"

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
	if toks[i].tag == "VBG" && i > c.from && toks[i-1].tag == "IN" && unrealisedGovernor(toks, c.from, i-1) {
		// "was sure to profit by revealing the secret", "would gain
		// nothing by telling": the gerund is the means of an act that is
		// only infinitival or hypothetical, so nothing was revealed.
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

// unrealisedGovernor reports whether the verb that the preposition at p
// hangs on ("profit by", "gain nothing from") is an infinitive or follows
// a modal: "to profit by …", "would gain nothing by …". A past or present
// verb ("responded by saying") did what the gerund tells.
func unrealisedGovernor(toks []token, from, p int) bool {
	for k := p - 1; k >= from && k >= p-5; k-- {
		t := toks[k]
		if t.inQuote || t.text == "," {
			return false
		}
		if isVerb(t) {
			if t.tag != "VB" {
				return false
			}
			j := k - 1
			for j >= from && (toks[j].tag == "RB" || toks[j].lower == "not") {
				j--
			}
			return j >= from && (toks[j].tag == "TO" || toks[j].tag == "MD")
		}
		if !isNPTag(t.tag) && t.tag != "RB" {
			return false
		}
	}
	return false
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
		if toks[rel].lower == "who" {
			rd.spk = a.x.whoAntecedent(a.s, a.ms, ante, rd.spk)
		}
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
