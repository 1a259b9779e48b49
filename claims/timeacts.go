package claims

import (
	"slices"
	"strings"
)

// The act a time dates. "Mark Felt … died on Friday" and "He died at
// 12:45 p.m. on Thursday" date one act, a death, though their clauses
// share no other word; "questioned on suspicion of murder yesterday" dates
// the questioning, not a murder, and "On Saturday, the one-week
// anniversary of the shooting" dates no shooting. So a time dates an act
// only when it stands among the act verb's own arguments: after the verb,
// before anything that starts another clause or phrase of its own (the
// same stops the arguments of acts.toml read, see actArgs), with only
// prepositional phrases, times and figures between; or when it opens the
// clause before a comma ("In 2005, Felt revealed …", "On Wednesday, two
// officers were arrested"), where it dates the clause's own verb.

// dateActs sets Family and Who of the claim's times that an act verb
// among toks[from:to] dates. pron is the person the clause's pronoun
// subject stands for ("he finally broke cover, admitting in 2006"), or "",
// and verb the clause's main verb (or -1): it names the participant of
// that verb's act when no person is named before it.
func dateActs(toks []token, from, to int, cl *Claim, pron string, verb int) {
	if len(cl.Time) == 0 {
		return
	}
	promptedAct(toks, from, to, cl)
	for from < to && (toks[from].text == "," || clauseConj[toks[from].lower] || toks[from].lower == "and") {
		from++
	}
	frontedTime(toks, from, to, cl, pron, verb)
	for k := from; k < to; k++ {
		a, end := promptedActAt(toks, k, to)
		who := ""
		switch {
		case a != nil:
			who = actWho(toks, k, cl, pron, verb)
			if a.family == "die" {
				if v := objectPerson(toks, k, end, cl); v != "" {
					who = v
				}
			}
		case nounAct(toks[k]) != nil:
			a, end = nounAct(toks[k]), k+1
			who = nounWho(toks, k, to, cl)
			timeBeforeNoun(toks, from, k, cl, a, who)
		case occurAt(toks, k, to) > 0:
			n := subjectAct(toks, from, k)
			if n < 0 {
				continue
			}
			a, end, who = nounAct(toks[n]), k+occurAt(toks, k, to), nounWho(toks, n, to, cl)
		case travelVerb[toks[k].lower] && strings.HasPrefix(toks[k].tag, "VB"):
			timeForPurpose(toks, k, to, cl, pron, verb)
			continue
		default:
			continue
		}
		for j := end; j < to; j++ {
			t := toks[j]
			if i := timeAt(t, cl); i >= 0 {
				if cl.Time[i].Family == "" {
					cl.Time[i].Family, cl.Time[i].Who = a.family, who
				}
				continue
			}
			if n := apposedAge(toks, j, to); n > 0 {
				j += n - 1
				continue
			}
			if promptAt(toks, j, to) {
				j++
				continue
			}
			if !datedStretch(t) {
				break
			}
		}
	}
	for i := range cl.Time {
		if cl.Time[i].Family == "" {
			timeThenClause(toks, from, to, cl, i, pron)
		}
	}
}

// promptAt reports whether toks[j] opens a phrase that says what
// prompted the act before it: "after" or "on" and a gerund of perceiving
// (promptVerbs), as in "police were called after hearing an argument at
// the home at 8.39am". The perceiving is how the one who acted learnt of
// what made them act, told as its cause, not an act of the story dated
// on its own: a report gives one moment for both, and a time at the end
// of the phrase is the act's ("called … at 8.39am"). A gerund of any
// other verb ("arrested him after searching the house on Monday") may be
// an act with a time of its own, and keeps it.
func promptAt(toks []token, j, to int) bool {
	if j+1 >= to || toks[j].lower != "after" && toks[j].lower != "on" && toks[j].lower != "upon" {
		return false
	}
	return toks[j+1].tag == "VBG" && promptVerbs[toks[j+1].lower]
}

// promptedAct dates with the act before it the times of a claim that is
// split off at a prompting phrase (promptAt): "police were called | after
// hearing an argument at the family's home at 8.39am on Saturday". The
// act is the last act verb before the phrase in the sentence, with only
// the act's own arguments (datedStretch) between.
func promptedAct(toks []token, from, to int, cl *Claim) {
	if !promptAt(toks, from, to) {
		return
	}
	for k := from - 1; k >= 0; k-- {
		if a, _ := promptedActAt(toks, k, to); a != nil {
			for i := range cl.Time {
				if cl.Time[i].Family == "" && cl.Time[i].Span.Start >= toks[from+1].end {
					cl.Time[i].Family = a.family
				}
			}
			return
		}
		if !datedStretch(toks[k]) {
			return
		}
	}
}

// promptedActAt is actAt, but an act word whose record wants words after
// it ("called" wants "to the …": "called him a liar" is no alarm) may
// have a prompting phrase there instead: "police were called after
// hearing an argument" is the alarm raised, as "called to the house" is.
func promptedActAt(toks []token, k, to int) (*actWord, int) {
	if a, end := actAt(toks, k, to); a != nil {
		return a, end
	}
	a := actForms[toks[k].lower]
	if a == nil || len(a.then) == 0 || nounOnly[toks[k].lower] || !strings.HasPrefix(toks[k].tag, "VB") || !promptAt(toks, k+1, to) {
		return nil, 0
	}
	return a, k + 1
}

// occurAt is the number of tokens of a verb phrase of class occur at
// toks[k] ("took place", "will be held": "be held"), or 0.
func occurAt(toks []token, k, to int) int {
	for n := 2; n >= 1; n-- {
		if k+n > to {
			continue
		}
		ws := make([]string, n)
		for i := range ws {
			ws[i] = toks[k+i].lower
		}
		if occurWords[strings.Join(ws, " ")] {
			return n
		}
	}
	return 0
}

// subjectAct is the index of the noun of an act that is the subject of a
// verb phrase of class occur at toks[k]: the last act noun before it in
// the clause, with no finite verb of its own between ("a preliminary
// hearing for the accused, charged with murder, was heard this
// morning"; "the negotiations that took place Thursday"), or -1.
func subjectAct(toks []token, from, k int) int {
	for j := k - 1; j >= from; j-- {
		t := toks[j]
		if t.text == ";" || t.text == ":" || isFinite(toks, j) && !isAux(t.lower) {
			return -1
		}
		if nounAct(t) != nil {
			return j
		}
	}
	return -1
}

// timeForPurpose dates, with the times among the arguments of a verb of
// going somewhere at toks[k], the act of the purpose it goes for, an
// infinitive right after them: "flew to Texas on Thursday night to meet
// with him" dates the meeting, of the one who went.
func timeForPurpose(toks []token, k, to int, cl *Claim, pron string, verb int) {
	var dated []int
	for j := k + 1; j < to; j++ {
		t := toks[j]
		if i := timeAt(t, cl); i >= 0 {
			if cl.Time[i].Family == "" && !slices.Contains(dated, i) {
				dated = append(dated, i)
			}
			continue
		}
		if t.lower == "to" && j+1 < to && strings.HasPrefix(toks[j+1].tag, "VB") {
			if a, _ := actAt(toks, j+1, to); a != nil && len(dated) > 0 {
				who := actWho(toks, k, cl, pron, verb)
				for _, d := range dated {
					cl.Time[d].Family, cl.Time[d].Who = a.family, who
				}
			}
			return
		}
		if !datedStretch(t) {
			return
		}
	}
}

// timeThenClause dates the act of the clause a time introduces: "until
// May 30, 2005 when her family revealed …", "was in a wheelchair Monday
// when he pulled a gun", and the cleft "it was not until May 30, 2005,
// that her family revealed …". The clause's first act verb, before
// anything that starts yet another clause, is the act dated.
func timeThenClause(toks []token, from, to int, cl *Claim, i int, pron string) {
	j, first := from, -1
	for ; j < to && toks[j].start < cl.Time[i].Span.End; j++ {
		if first < 0 && timeAt(toks[j], cl) == i {
			first = j
		}
	}
	if first < 0 {
		return
	}
	// A time that ends the claim may be followed by the "when" clause
	// the sentence splits off as a claim of its own: "Jane Roe was in a
	// wheelchair Monday | when she pulled a gun on two guards".
	if j == to {
		to = len(toks)
	}
	if j < to && toks[j].text == "," {
		j++
	}
	if j >= to || toks[j].lower != "when" && !(toks[j].lower == "that" && cleftUntil(toks, from, first)) {
		return
	}
	for k := j + 1; k < to; k++ {
		t := toks[k]
		if t.text == "," || t.text == ";" || t.text == ":" || argStops[t.lower] {
			return
		}
		if a, _ := actAt(toks, k, to); a != nil {
			cl.Time[i].Family, cl.Time[i].Who = a.family, actWho(toks, k, cl, pron, -1)
			return
		}
	}
}

// cleftUntil reports whether the time at toks[at] stands in a cleft "it
// was (not) until …": the words before it are "it", a form of "be", an
// optional negation, and "until".
func cleftUntil(toks []token, from, at int) bool {
	k := at - 1
	if k < from || toks[k].lower != "until" {
		return false
	}
	k--
	if k >= from && (toks[k].lower == "not" || toks[k].lower == "n't") {
		k--
	}
	if k >= from && (toks[k].lower == "wasn't" || toks[k].lower == "isn't") {
		k--
	} else if k >= from && beForms[toks[k].lower] {
		k--
	} else {
		return false
	}
	return k >= from && toks[k].lower == "it"
}

// actAt returns the act a verb at toks[k] names and the index after it
// and the words its record requires ("stepped forward"), or nil.
func actAt(toks []token, k, to int) (*actWord, int) {
	a := actForms[toks[k].lower]
	if a == nil || nounOnly[toks[k].lower] || !strings.HasPrefix(toks[k].tag, "VB") {
		return nil, 0
	}
	end := k + 1
	if len(a.then) > 0 {
		n := thenWords(toks, k+1, to, a.then)
		if n == 0 {
			return nil, 0
		}
		end = k + 1 + n
	}
	return a, end
}

// maxObject is the most words an object "_" of an act's then-words
// stands for: a pronoun, or a determiner or figure, adjectives and a noun
// ("them", "two transport officers").
const maxObject = 4

// thenWords is the number of tokens from toks[i] that one of the
// sequences matches, or 0. A word "_" matches the act's object, a short
// noun phrase: "took two guards hostage" matches "_ hostage".
func thenWords(toks []token, i, to int, seqs [][]string) int {
	for _, seq := range seqs {
		if n := matchThen(toks, i, to, seq); n > 0 {
			return n
		}
	}
	return 0
}

func matchThen(toks []token, i, to int, seq []string) int {
	j := i
	for n, w := range seq {
		if w != "_" {
			if j >= to || toks[j].lower != w {
				return 0
			}
			j++
			continue
		}
		// The object ends before the next word of the sequence; it holds
		// only the words of a noun phrase.
		next := ""
		if n+1 < len(seq) {
			next = seq[n+1]
		}
		k := j
		for k < to && k-j < maxObject && toks[k].lower != next && isObjectWord(toks[k]) {
			k++
		}
		if k == j || k < to && toks[k].lower != next && next != "" {
			return 0
		}
		j = k
	}
	return j - i
}

// isObjectWord reports whether a token may stand in a short object noun
// phrase: a pronoun, determiner, figure, adjective or noun.
func isObjectWord(t token) bool {
	switch {
	case t.tag == "PRP" || t.tag == "DT" || t.tag == "CD" || t.tag == "PRP$":
		return true
	case strings.HasPrefix(t.tag, "NN") || strings.HasPrefix(t.tag, "JJ"):
		return isWordToken(t.text)
	}
	return false
}

// nounAct is the act a noun names ("the escape", "the killing"), or nil.
func nounAct(t token) *actWord {
	if !actNouns[t.lower] || !strings.HasPrefix(t.tag, "NN") {
		return nil
	}
	return actForms[t.lower]
}

// nounWho is the person whose act the noun at toks[k] names: the one its
// "of" or "by" names ("the killing of Jane Roe", "the escape by John
// Doe"), or "".
func nounWho(toks []token, k, to int, cl *Claim) string {
	if k+2 >= to || toks[k+1].lower != "of" && toks[k+1].lower != "by" {
		return ""
	}
	for _, e := range cl.Entities {
		if e.Type == "person" && e.Span.Start == toks[k+2].start {
			return e.Name
		}
	}
	return ""
}

// timeBeforeNoun dates the act a noun names with a time that modifies
// it, with only adjectives and nouns between: "the Nov. 30 escape",
// "Saturday's killing", "the December 6 police raid". A possessive
// time is split from its "'s" ("yesterday" "'s" "hearing"): the
// possessive marker right after a time still makes the time the noun's.
func timeBeforeNoun(toks []token, from, k int, cl *Claim, a *actWord, who string) {
	j := k - 1
	for j >= from && timeAt(toks[j], cl) < 0 && (strings.HasPrefix(toks[j].tag, "JJ") || strings.HasPrefix(toks[j].tag, "NN")) && isWordToken(toks[j].text) {
		j--
	}
	if j > from && toks[j].tag == "POS" && timeAt(toks[j-1], cl) >= 0 {
		j--
	}
	if j < from {
		return
	}
	if i := timeAt(toks[j], cl); i >= 0 && cl.Time[i].Family == "" {
		cl.Time[i].Family, cl.Time[i].Who = a.family, who
	}
}

// actWho is the person whose act the verb at toks[k] names: the last
// person named before it in the clause (a reporting verb's own subject
// too, not only its content's: "In 2005, Felt revealed that …"), else the
// person the clause's pronoun subject stands for, when the verb is the
// clause's own.
func actWho(toks []token, k int, cl *Claim, pron string, verb int) string {
	if who := subjectBefore(cl, toks[k].start); who != "" {
		return who
	}
	if cl.Content != nil && toks[k].start < cl.Content.Span.Start {
		who := ""
		for _, e := range cl.Entities {
			if e.Type == "person" && e.Span.Start >= cl.TextSpan.Start && e.Span.End <= toks[k].start {
				who = e.Name
			}
		}
		if who != "" {
			return who
		}
	}
	if k == verb {
		return pron
	}
	return ""
}

// frontedTime dates a time that opens the clause and is set off by a
// comma with the clause's verb, when that verb names an act: "In 2005,
// Felt revealed that …". Participles and auxiliaries on the way are
// passed over ("two police officers involved in Saturday's shooting were
// arrested"); a finite verb that names no act, or another comma or clause
// word, ends the search ("On Saturday, the anniversary of the shooting,
// thousands marched").
func frontedTime(toks []token, from, to int, cl *Claim, pron string, verb int) {
	if from >= to {
		return
	}
	i := timeAt(toks[from], cl)
	if i < 0 || cl.Time[i].Span.Start != toks[from].start || cl.Time[i].Family != "" {
		return
	}
	j := from
	for j < to && timeAt(toks[j], cl) == i {
		j++
	}
	if j >= to || toks[j].text != "," {
		return
	}
	// A second time may follow the first before the clause: "On
	// Saturday 8 June 2013, at 8:39am police were called to …" dates
	// the call with both.
	dated := []int{i}
	if k := j + 1; k < to {
		if toks[k].tag == "IN" {
			k++
		}
		if n := -1; k < to {
			n = timeAt(toks[k], cl)
			if n >= 0 && n != i && cl.Time[n].Family == "" && cl.Time[n].Span.Start == toks[k].start {
				for k < to && timeAt(toks[k], cl) == n {
					k++
				}
				if k < to && toks[k].text != "," {
					dated, j = append(dated, n), k-1
				}
			}
		}
	}
	for k := j + 1; k < to; k++ {
		t := toks[k]
		if t.text == "," || t.text == ";" || t.text == ":" || argStops[t.lower] {
			return
		}
		if !strings.HasPrefix(t.tag, "VB") && t.tag != "MD" {
			continue
		}
		if a, _ := actAt(toks, k, to); a != nil {
			who := actWho(toks, k, cl, pron, verb)
			for _, d := range dated {
				cl.Time[d].Family, cl.Time[d].Who = a.family, who
			}
			return
		}
		if isFinite(toks, k) && !isAux(t.lower) {
			return
		}
	}
}

// datedStretch reports whether a token can stand between an act verb and
// a time that dates it: prepositions, determiners, possessives, adjectives,
// nouns and figures ("at his home in Santa Rosa", "at the age of 95"),
// and "to" before a noun ("alerted to a fire on the roof at 8.49pm"): an
// infinitive's verb after it stops the stretch. A verb, a comma or a
// clause word starts something else.
func datedStretch(t token) bool {
	if argStops[t.lower] {
		return false
	}
	switch {
	case t.tag == "IN" || t.tag == "TO" || t.tag == "DT" || t.tag == "PRP$" || t.tag == "POS" || t.tag == "CD":
		return true
	case strings.HasPrefix(t.tag, "NN") || strings.HasPrefix(t.tag, "JJ"):
		return isWordToken(t.text)
	}
	return false
}

// timeAt is the index of the claim's time that holds token t, or -1.
func timeAt(t token, cl *Claim) int {
	for i, x := range cl.Time {
		if x.Span.Start < t.end && t.start < x.Span.End {
			return i
		}
	}
	return -1
}

// objectPerson is the person an active verb of dying acts on, named
// right after it: "Sam Poe killed Jane Roe on Sunday" is Jane Roe's
// death, not Sam Poe's. A passive ("was killed") or an intransitive
// verb ("died") has none.
func objectPerson(toks []token, k, end int, cl *Claim) string {
	if toks[k].tag == "VBN" || end >= len(toks) {
		return ""
	}
	for _, e := range cl.Entities {
		if e.Type == "person" && e.Span.Start == toks[end].start {
			return e.Name
		}
	}
	return ""
}

// apposedAge is the length of an age or a one-word place set off by
// commas after a name (", 15,", ", Cumbria,"), which a time after it
// still dates the act across: "the fatal shooting of Jane Roe, 15, on
// Saturday", "called to the house in Millbrook, Kent, at 8.40am". Else 0.
func apposedAge(toks []token, j, to int) int {
	if j+2 < to && toks[j].text == "," && (toks[j+1].tag == "CD" || toks[j+1].tag == "NNP") && toks[j+2].text == "," {
		return 3
	}
	return 0
}
