package claims

import "strings"

// Open questions. Early reports of a developing story say what is not yet
// known ("Police have not disclosed how the women died", "he never
// revealed why he leaked"); later ones answer it ("were found with head
// injuries", "said he was unhappy with the way the administration
// meddled"). A reader of both sees a question one source leaves open and
// another answers: the disclosure facet of negation. Each open question is
// read once, here, as the act it asks about, the role of the act it asks
// for and who the act is of, with the argument roles that answer it, so
// package compare sets it against the arguments of other claims (Arg)
// without reading the text again. The words are language knowledge:
// lexicon/acts.toml (classes disclose, unknown, question, harm).

// Open is one question a claim says is not answered.
type Open struct {
	// Act is the act asked about: the family of its verb when the lexicon
	// knows it ("die" for "died"), else the verb's stem ("leak").
	Act string
	// Role is the argument of the act the question asks for: "cause" for
	// "how", "motive" for "why".
	Role string
	// Answers are the arguments that answer the question, each as
	// "act/role" (Arg.Act, Arg.Role): the cause or the manner of a death,
	// or the injuries the dead were found with, answer how they died. An
	// act left empty ("/motive") is an answer said of no one act.
	Answers []string
	// Who are the people the act is of, canonically named ("Alice
	// McMeekin", "Katie Jenkin" for "how Alice and Katie died"; the
	// subject who "never revealed why he leaked"), or none.
	Who []string
	// Of holds the content-word stems of what the act is of, when no
	// person is named ("woman" for "how the women died").
	Of []string
	// Text is the question as written, from the negator to the end of the
	// asked clause ("have not disclosed how Alice and Katie died").
	Text string
	Span Span
}

var (
	discloseWords = map[string]bool{}   // verbs of making known ("revealed")
	unknownWords  = map[string]bool{}   // words that say what follows is not known ("unclear")
	questionRoles = map[string]string{} // question word → the role it asks for
	askedRoles    = map[string]string{} // noun naming an act's argument → its role ("cause")
	harmNouns     = map[string]bool{}   // nouns of bodily harm ("injuries")
	feelingWords  = map[string]bool{}   // how someone felt about something ("unhappy")
)

// openNegator reports whether the token w leaves a question open when it
// stands before a verb of making known. Not isNegatorWord: openNegators
// holds what leaves a question open ("declined to say how"), not every
// negator ("nobody said how" answers no one), and tokens are not folded,
// so the typographic "n’t" counts too — in finding the negation and in
// finding where the open question starts alike.
func openNegator(w string) bool {
	return openNegators[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// negatedBefore reports whether a negator stands within four words before
// toks[k], in the same clause.
func negatedBefore(toks []token, from, k int) bool {
	for j := k - 1; j >= from && j >= k-4; j-- {
		w := toks[j].lower
		if w == "," || w == ";" || w == ":" || argStops[w] {
			return false
		}
		if openNegator(w) {
			return true
		}
	}
	return false
}

// openQuestions reads the questions toks[from:to] says are left open: a
// verb of making known under a negator, or a word of not knowing,
// followed by a question word and the clause it asks about.
func openQuestions(text string, toks []token, from, to int, cl *Claim) []Open {
	var out []Open
	for q := from + 1; q < to; q++ {
		role := questionRoles[toks[q].lower]
		if role == "" {
			continue
		}
		k := q - 1
		for k > from && openGaps[toks[k].lower] {
			k--
		}
		w := toks[k].lower
		start := k
		switch {
		case unknownWords[w]:
		case discloseWords[w] && negatedBefore(toks, from, k):
			for start > from && !openNegator(toks[start].lower) {
				start--
			}
		default:
			continue
		}
		// The asked clause: up to its verb, then to the end of what
		// completes it.
		verb, end := -1, q+1
		for ; end < to; end++ {
			t := toks[end]
			if t.text == "," || t.text == ";" || t.text == "." || t.text == ":" || t.text == "(" || verb >= 0 && argStops[t.lower] {
				break
			}
			if verb < 0 && strings.HasPrefix(t.tag, "VB") && t.tag != "VBG" && !beForms[t.lower] && !openAux[t.lower] {
				verb = end
			}
		}
		if verb < 0 {
			continue
		}
		o := Open{Role: role}
		o.Act = ActFamily(toks[verb].lower)
		if o.Act == "" {
			o.Act = Stem(toks[verb].lower)
		}
		o.Answers = answersTo(o.Act, role)
		pronoun := false
		for j := q + 1; j < verb; j++ {
			if toks[j].tag == "PRP" {
				pronoun = true
			} else if !IsStopword(toks[j].lower) && isWordToken(toks[j].text) {
				o.Of = append(o.Of, Stem(toks[j].lower))
			}
		}
		clause := Span{toks[q+1].start, toks[verb].start}
		for _, e := range cl.Entities {
			if e.Type == "person" && e.Span.Start >= clause.Start && e.Span.End <= clause.End {
				o.Who = append(o.Who, e.Name)
			}
		}
		if len(o.Who) == 0 && pronoun {
			// "Felt never revealed why he leaked": the pronoun is the one
			// who keeps the answer.
			if who := askerBefore(cl, toks[start].start); who != "" {
				o.Who = []string{who}
			}
		}
		o.Span = Span{toks[start].start, toks[end-1].end}
		o.Text = o.Span.In(text)
		out = append(out, o)
		q = end - 1
	}
	return out
}

// answersTo lists the arguments, as "act/role", that answer a question
// asking an act's role: its own value, the manner of the act for its
// cause, the injuries for a death's cause, a motive said of no one act.
func answersTo(act, role string) []string {
	out := []string{act + "/" + role}
	switch role {
	case "cause":
		out = append(out, act+"/manner")
		if act == "die" {
			out = append(out, "harm/injury")
		}
	case "motive":
		out = append(out, "/motive")
	}
	return out
}

// askedOpens reads the questions a claim leaves open by naming the asked
// argument with a noun: "the exact cause of his death was not immediately
// known", "the reason for the fire has not been released", "the cause of
// death is unclear". The noun (class asked) is followed within a few
// words by "of"/"for" and a word of a known act ("death"), and, in the
// same clause, by a word of not knowing or a negated verb of making known.
func askedOpens(text string, toks []token, from, to int, cl *Claim) []Open {
	var out []Open
	for r := from; r+2 < to; r++ {
		role := askedRoles[toks[r].lower]
		if role == "" || !strings.HasPrefix(toks[r].tag, "NN") || toks[r+1].lower != "of" && toks[r+1].lower != "for" {
			continue
		}
		act, at := "", -1
		for j := r + 2; j < to && j <= r+5; j++ {
			if a := ActFamily(toks[j].lower); a != "" {
				act, at = a, j
				break
			}
			if a := ActFamily(Stem(toks[j].lower)); a != "" && strings.HasPrefix(toks[j].tag, "NN") {
				act, at = a, j
				break
			}
		}
		if at < 0 {
			continue
		}
		end := -1
		for k := at + 1; k < to; k++ {
			w := toks[k].lower
			if w == "," || w == ";" || w == ":" || w == "." {
				break
			}
			if unknownWords[w] || discloseWords[w] && negatedBefore(toks, from, k) {
				end = k
				break
			}
		}
		if end < 0 {
			continue
		}
		start := r
		for start > from && (toks[start-1].lower == "the" || strings.HasPrefix(toks[start-1].tag, "JJ")) {
			start--
		}
		o := Open{Act: act, Role: role, Answers: answersTo(act, role)}
		if who := askerBefore(cl, toks[r].start); who != "" {
			o.Who = []string{who}
		}
		o.Span = Span{toks[start].start, toks[end].end}
		o.Text = o.Span.In(text)
		out = append(out, o)
		r = end
	}
	return out
}

// askerBefore is the canonical name of the last person the claim names
// before offset at, in its speaker or anywhere in its text: the subject of
// "Felt never revealed why he leaked", where the claim's content is the
// question itself.
func askerBefore(cl *Claim, at int) string {
	who := ""
	if cl.Speaker != nil && cl.Speaker.Span.End <= at {
		who = cl.Speaker.Name
	}
	return lastPerson(cl, cl.TextSpan.Start, at, who)
}

// harmArgs reads the injuries a claim says someone had ("were found with
// head injuries", "had suffered severe head injuries"): an answer to how
// they died (Open.Answers), and no rival of a death's cause, as a wound
// and what caused it are told at different grains.
func harmArgs(text string, toks []token, from, to int, cl *Claim) []Arg {
	var out []Arg
	for h := from; h < to; h++ {
		if !harmNouns[toks[h].lower] || !strings.HasPrefix(toks[h].tag, "NN") {
			continue
		}
		i := h
		for i > from && (strings.HasPrefix(toks[i-1].tag, "JJ") || strings.HasPrefix(toks[i-1].tag, "NN") || toks[i-1].text == "\"" || toks[i-1].text == "“") {
			i--
		}
		if i == from || !harmCues[toks[i-1].lower] {
			continue
		}
		for toks[i].text == "\"" || toks[i].text == "“" {
			i++
		}
		sp := Span{toks[i].start, toks[h].end}
		out = append(out, Arg{Act: "harm", Role: "injury", Text: sp.In(text), Span: sp, Head: Stem(toks[h].lower),
			Who: subjectBefore(cl, toks[i].start)})
	}
	return out
}

// motiveArgs reads a motive someone gives of themselves: "Felt said he was
// unhappy with the way the administration meddled", "Felt wrote that he
// was upset by the slow pace of the investigation". The feeling must be
// the speaker's own (a pronoun or nothing before its "was") and asserted;
// the act it moved them to is seldom in the same sentence, so the motive
// is of no one act (Arg.Act ""): it answers why its person did what a
// question asks about (Open.Answers "/motive").
func motiveArgs(text string, toks []token, from, to int, cl *Claim) []Arg {
	if cl.Speaker == nil || cl.Content == nil {
		return nil
	}
	var out []Arg
	for k := from + 1; k+1 < to; k++ {
		if !feelingWords[toks[k].lower] || !feelingPreps[toks[k+1].lower] || !beForms[toks[k-1].lower] {
			continue
		}
		if s := k - 2; s < from || toks[s].tag != "PRP" || toks[s].start < cl.Content.Span.Start || negatedBefore(toks, from, k) {
			continue
		}
		arg, next, ok := argPhrase(text, toks, k+2, to, cl)
		if !ok {
			continue
		}
		// What completes the phrase ("the way the administration
		// meddled with the investigation") is part of the motive, up to
		// the end of its clause.
		end := next
		for end < to && toks[end].text != "," && toks[end].text != ";" && toks[end].text != "." && !argStops[toks[end].lower] {
			end++
		}
		sp := Span{toks[k].start, toks[end-1].end}
		out = append(out, Arg{Role: "motive", Text: sp.In(text), Span: sp, Head: arg.Head, Who: cl.Speaker.Name})
	}
	return out
}
