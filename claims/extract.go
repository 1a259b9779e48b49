package claims

import (
	"regexp"
	"strconv"
	"strings"
)

// extractor holds what one article's extraction learns as it reads:
// canonical names and who was last mentioned, for pronouns.
type extractor struct {
	a          *Article
	opt        *Options // settings from the user's configuration; nil for none
	text       string   // the view of a.Text the rules read
	skip       spanSet  // a.Skip, sorted
	ix         *nameIndex
	lastPerson *Speaker            // last person named, for "he"/"she"
	lastQuoter *Speaker            // speaker of the last direct quote, for follow-on quote sentences
	lastQuoteP int                 // paragraph of that quote
	lastQCue   *Cue                // and its cue: a follow-on quote is credited by the same word
	lastGroup  *Speaker            // last organisation or group, for "it"/"they"
	persons    []string            // canonical names of people, most recent last
	lead       string              // the first person the article names
	gender     map[string]byte     // canonical name → 'm' or 'f', when the text says
	described  map[string][]string // canonical name → common nouns the text has called the person (see noteDescribed)
	out        []Claim
	lastOwner  string   // the party the last sentence's sums or deals were of (see readOwners)
	pub        *timeRef // a.Published parsed, once (see published)
}

// published is the article's publication date as times resolve against
// it, parsed on first use.
func (x *extractor) published() timeRef {
	if x.pub == nil {
		r := parsePublished(x.a.Published)
		x.pub = &r
	}
	return *x.pub
}

// Extract splits an article into claims. It is safe for concurrent use and
// deterministic: the same article gives the same claims.
func Extract(a *Article) []Claim { return extract(a, nil) }

func extract(a *Article, opt *Options) []Claim {
	// The rules read the view: Text with line breaks and skipped markup
	// as spaces, the same length, so their spans index Text.
	skip := newSpanSet(a.Skip)
	v := view(a.Text, skip)
	sents := segment(a, v, skip)
	x := &extractor{a: a, opt: opt, text: v, skip: skip, lastQuoteP: -1}
	x.ix = buildIndex(v, sents)
	for i := range sents {
		x.sentence(&sents[i])
	}
	x.dashSigned(sents)
	quoteRuns(x.text, x.out)
	x.tidy()
	// Claims share Speaker values; each is read once, as its names stand
	// after tidying.
	read := map[*Speaker]bool{}
	// Claims of one sentence share its keys, read once.
	keysOf, keys := Span{-1, -1}, []string(nil)
	var all []Token // Tokens(a.Text), when a sentence needs them
	for i := range x.out {
		// Read from the text as the claim reports it, after tidying.
		ts := Tokens(x.out[i].Text)
		ws := wordsOf(ts)
		stems := readStemsOf(&x.out[i], ws)
		readModalityOf(&x.out[i], ts, ws, stems)
		// Only a claim credited to someone is asked whether its sentence
		// names another source (compare's speaker facet).
		if x.out[i].Speaker != nil {
			if x.out[i].Sentence != keysOf {
				keysOf, keys = x.out[i].Sentence, sentenceKeys(a.Text, &all, &x.out[i], ws)
			}
			x.out[i].SentenceKeys = keys
		}
		readFigures(&x.out[i])
		readTimes(&x.out[i])
		readRoles(&x.out[i], a.Text)
		if s := x.out[i].Speaker; s != nil && !read[s] {
			read[s] = true
			ReadSpeaker(s)
		}
		readContent(&x.out[i], ts, ws, stems)
		readSole(&x.out[i], a.Text)
		x.out[i].ID = a.ID + "#" + strconv.Itoa(i+1)
		x.out[i].Source = a.ID
	}
	readEmpty(x.out, sents, v)
	return x.out
}

// npSpan is a noun phrase by token indices [from, to).
type npSpan struct{ from, to int }

func (n npSpan) empty() bool { return n.to <= n.from }

func (x *extractor) sentence(s *sentence) {
	toks := s.toks
	var ms []mention
	for _, m := range findMentions(x.text, toks) {
		ms = append(ms, x.ix.split(x.text, toks, m)...)
	}
	for i := range ms {
		x.ix.resolve(&ms[i], toks)
	}
	clauses := splitClauses(toks)
	var rels []clause
	for _, c := range clauses {
		if c.relative {
			rels = append(rels, c)
		}
	}
	var prevSubj *Speaker
	var prevSubjNP npSpan
	quoted := map[int]bool{} // quotes already given to an attribution, by open offset
	emitted := 0
	first := len(x.out)
	for _, q := range s.quotes {
		if cl := x.dashCredit(s, ms, q); cl != nil {
			quoted[q.open] = true
			x.out = append(x.out, *cl)
			emitted++
		}
	}
	for ci, c := range clauses {
		if c.to <= c.from {
			continue
		}
		subjNP, verb := x.subject(toks, c)
		var subj *Speaker
		if c.inherit && !c.relative && prevSubj != nil {
			subj, subjNP = prevSubj, prevSubjNP
		} else if !subjNP.empty() {
			subj = x.speakerFromNP(s, ms, subjNP)
		}
		cl := x.attribution(s, ms, c, subj, quoted, rels)
		if cl == nil {
			// A headline's verbs are mostly tagged as names, so a part of
			// one asserts whether or not a verb was seen.
			if !x.assertive(toks, c) && ci > 0 && !c.headline {
				continue
			}
			cl = &Claim{Kind: Statement}
		}
		if cl.colon > 0 {
			// "Trump offered only a vague comment: “…”" asserts two things:
			// the framing, and the words.
			lead := &Claim{Kind: Statement}
			x.fill(s, ms, clause{from: c.from, to: cl.colon}, lead, subj, verb)
			if lead.Text != "" {
				x.out = append(x.out, *lead)
			}
			c.from = cl.colon + 1
			cl.colon = 0
		}
		x.fill(s, ms, c, cl, subj, verb)
		if cl.Text == "" {
			continue
		}
		x.out = append(x.out, *cl)
		emitted++
		if cl.rest > c.from && cl.rest < c.to {
			// "Citing a theory, Trump accused …": the introduction was one
			// attribution; the main clause may be another.
			c2 := clause{from: cl.rest, to: c.to}
			if nc := x.attribution(s, ms, c2, subj, quoted, rels); nc != nil && nc.Cue != nil && nc.colon == 0 {
				nc.rest = 0
				x.fill(s, ms, c2, nc, subj, verb)
				if nc.Text != "" {
					x.out = append(x.out, *nc)
				}
			}
		}
		if !c.relative {
			prevSubj, prevSubjNP = subj, subjNP
			// "“…,” the mayor said, adding that …": the speaker of a quote
			// is the subject the next clause shares.
			if subj == nil && cl.Speaker != nil && cl.Cue != nil {
				prevSubj = cl.Speaker
			}
		}
	}
	// A sentence that is all quotation with no cue of its own continues
	// the quote before it: "“…,” she said. “…”"
	if (emitted == 0 || (len(s.quotes) > 0 && allQuoted(toks) && x.out[len(x.out)-1].Speaker == nil)) && !(len(s.quotes) > 0 && quoted[s.quotes[0].open]) {
		if len(s.quotes) > 0 && allQuoted(toks) && x.lastQuoter != nil && s.para-x.lastQuoteP <= 1 {
			if emitted > 0 {
				x.out = x.out[:len(x.out)-1]
			}
			q := s.quotes[0]
			sp := *x.lastQuoter
			var cue *Cue
			if x.lastQCue != nil {
				c := *x.lastQCue
				cue = &c
			}
			cl := Claim{Kind: Quote, Sentence: s.span, Speaker: &sp, Cue: cue,
				Content: &Part{Text: x.text[q.inner.Start:lastInner(s.quotes).End], Span: Span{q.inner.Start, lastInner(s.quotes).End}}}
			x.fill(s, ms, clause{from: 0, to: len(toks)}, &cl, nil, -1)
			x.out = append(x.out, cl)
			x.lastQuoteP = s.para
		}
	}
	x.lastOwner = x.readOwners(s, ms, x.out[first:], x.lastOwner)
	x.readSubjects(s, ms, x.out[first:])
	for _, m := range ms {
		if m.typ == "person" {
			x.lastPerson = &Speaker{Name: m.canon, Text: m.name, Span: m.span}
			// A title written as part of the name ("Mr Felt") tells the
			// gender as a role does.
			x.notePerson(m.canon, m.role.In(x.text)+" "+m.name)
			x.noteDescribed(toks, m)
		}
	}
}

// notePerson records a person as the most recent, and their gender when a
// title or role says it ("Mrs.", "spokeswoman").
func (x *extractor) notePerson(canon, role string) {
	for k, p := range x.persons {
		if p == canon {
			x.persons = append(x.persons[:k], x.persons[k+1:]...)
			break
		}
	}
	x.persons = append(x.persons, canon)
	if x.lead == "" {
		x.lead = canon
	}
	if len(x.persons) > 12 {
		x.persons = x.persons[1:]
	}
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if g := genderWords[strings.Trim(w, ".,")]; g != 0 && x.gender[canon] == 0 {
			if x.gender == nil {
				x.gender = map[string]byte{}
			}
			x.gender[canon] = g
		}
	}
}

// personFor resolves "he"/"she" to the nearest person the pronoun can
// name: one whose known gender does not contradict it. Gender is only
// learnt from titles and roles; guessing it from pronouns would make one
// wrong guess stick for the rest of the article.
func (x *extractor) personFor(pron string) string {
	want := byte('m')
	if pron == "she" || pron == "her" || pron == "hers" || pron == "herself" {
		want = 'f'
	}
	for k := len(x.persons) - 1; k >= 0 && k >= len(x.persons)-6; k-- {
		p := x.persons[k]
		if g := x.gender[p]; g != 0 && g != want {
			continue
		}
		return p
	}
	if x.lastPerson != nil {
		return x.lastPerson.Name
	}
	return ""
}

// dashCredit reads a quotation signed with a dash, as in epigraphs and
// reader round-ups: "“…” ― Jane Doe". The name may sit in the next
// sentence, so it is read from the article text.
func (x *extractor) dashCredit(s *sentence, ms []mention, q quote) *Claim {
	if !q.closed || q.inner.Len() == 0 {
		return nil
	}
	m := dashNameRE.FindStringSubmatchIndex(x.text[q.close:min(len(x.text), q.close+80)])
	if m == nil {
		return nil
	}
	cueSp := Span{q.close + m[2], q.close + m[3]}
	nameSp := Span{q.close + m[4], q.close + m[5]}
	// A full stop ends the name unless it marks an initial ("Edwin G. Monroy").
	for _, w := range strings.Fields(x.text[nameSp.Start:nameSp.End]) {
		if strings.HasSuffix(w, ".") && len(w) > 2 {
			i := strings.Index(x.text[nameSp.Start:nameSp.End], w)
			nameSp.End = nameSp.Start + i + len(w) - 1
			break
		}
	}
	name := x.text[nameSp.Start:nameSp.End]
	spk := &Speaker{Name: name, Text: name, Span: nameSp}
	for _, mm := range ms {
		if mm.span.Start >= nameSp.Start && mm.span.End <= nameSp.End {
			spk.Name = mm.canon
		}
	}
	cue := &Cue{Lemma: "say", Text: x.text[cueSp.Start:cueSp.End], Span: cueSp}
	cl := &Claim{Kind: Quote, Speaker: spk, Cue: cue, Content: &Part{Text: x.text[q.inner.Start:q.inner.End], Span: q.inner}}
	x.fill(s, ms, clause{from: 0, to: len(s.toks)}, cl, nil, -1)
	cl.Text, cl.TextSpan = cl.Content.Text, cl.Content.Span
	x.setQuoter(spk, cue, s.para)
	return cl
}

// dashNameRE: a dash, then a name of capitalised words, on the same line.
var dashNameRE = regexp.MustCompile(`^[ \t\x{00a0}]*([―—–]|--)[ \t\x{00a0}]*(\p{Lu}[\p{L}.'’-]*(?:[ \t\x{00a0}]+(?:\p{Lu}[\p{L}.'’-]*|de|del|la|van|von|da)){0,4})`)

// setQuoter remembers who spoke the last direct quote, and by which cue,
// so that quote sentences following it are credited to them.
func (x *extractor) setQuoter(spk *Speaker, cue *Cue, para int) {
	x.lastQuoter, x.lastQCue, x.lastQuoteP = spk, cue, para
}

func lastInner(qs []quote) Span { return qs[len(qs)-1].inner }

func allQuoted(toks []token) bool {
	for _, t := range toks {
		if !t.inQuote && isWordToken(t.text) {
			return false
		}
	}
	return true
}

// assertive reports whether a clause asserts something by itself: it has a
// verb. Fragments ("When asked about the details") fold into nothing.
func (x *extractor) assertive(toks []token, c clause) bool {
	for i := c.from; i < c.to; i++ {
		if !toks[i].inQuote && isVerb(toks[i]) {
			return true
		}
	}
	return false
}

// subject finds a clause's subject noun phrase and main verb (token index,
// -1 when none). Introductory phrases ("In a move that …,", "Speaking on
// state television,") are skipped: the subject follows their comma.
func (x *extractor) subject(toks []token, c clause) (npSpan, int) {
	i := c.from
	if c.sub {
		i++ // "after police say …": the subject follows the conjunction
	}
	for i < c.to && (clauseConj[toks[i].lower] || toks[i].lower == "and" || toks[i].lower == "which" || toks[i].lower == "who" || toks[i].lower == "with" || toks[i].text == ",") {
		if toks[i].lower == "which" || toks[i].lower == "who" {
			// A relative clause's subject is what it hangs on; it has no NP
			// of its own before the verb.
			i++
			return npSpan{}, x.mainVerb(toks, i, c.to)
		}
		i++
	}
	if i < c.to && (toks[i].tag == "IN" || toks[i].tag == "RB" || toks[i].tag == "VBG" || toks[i].tag == "VBN" || toks[i].tag == "WRB" || toks[i].tag == "TO") && !c.withAbs {
		// Skip to after the first comma outside quotes, if there is one
		// before the clause's first finite verb.
		for k := i; k < c.to; k++ {
			if toks[k].inQuote {
				continue
			}
			if toks[k].text == "," {
				i = k + 1
				// ", which was first revealed by X," hangs on the intro.
				if i < c.to && (toks[i].lower == "which" || toks[i].lower == "who") {
					for i < c.to && toks[i].text != "," {
						i++
					}
					i++
				}
				break
			}
			if isFinite(toks, k) && toks[k].tag != "MD" && k > i+1 && !precededByRel(toks, i, k) {
				break
			}
		}
	}
	// "On Thursday, however, Trump spoke": adverbs and commas after the
	// introduction are not the subject.
	for i < c.to && (toks[i].tag == "RB" || toks[i].text == ",") && !toks[i].inQuote {
		i++
	}
	start := i
	for i < c.to && isNPTag(toks[i].tag) && !toks[i].inQuote {
		i++
	}
	np := npSpan{start, i}
	v := x.mainVerb(toks, i, c.to)
	if v < 0 || np.empty() {
		return npSpan{}, v
	}
	return np, v
}

func precededByRel(toks []token, from, k int) bool {
	for j := from; j < k; j++ {
		if toks[j].tag == "WDT" || toks[j].lower == "that" || toks[j].lower == "who" {
			return true
		}
	}
	return false
}

// mainVerb finds the first content verb from i: auxiliaries and adverbs are
// passed over, and "chose to reveal" yields "reveal".
func (x *extractor) mainVerb(toks []token, i, to int) int {
	v := -1
	for k := i; k < to && k < i+8; k++ {
		t := toks[k]
		if t.inQuote {
			break
		}
		if t.tag == "RB" || t.tag == "MD" || t.lower == "not" || t.lower == "n't" {
			continue
		}
		if isVerb(t) {
			v = k
			if isAux(t.lower) && k+1 < to && (isVerb(toks[k+1]) || toks[k+1].tag == "RB") {
				continue
			}
			// "chose to (publicly) reveal": the act is the infinitive.
			if k+2 < to && toks[k+1].tag == "TO" {
				j := k + 2
				for j < to && toks[j].tag == "RB" {
					j++
				}
				if j < to && toks[j].tag == "VB" {
					v = j
				}
			}
			return v
		}
		// "A group of doctors in 2015 sent": prepositional phrases inside
		// the subject are passed over on the way to its verb.
		if v < 0 && !isNPTag(t.tag) && !(t.tag == "IN" && t.lower != "that") {
			return -1
		}
	}
	return v
}
