package claims

import "strings"

// The time of a saying. "… has been charged with murder, police said
// Saturday" dates the police's statement, not the charge, and "the
// firm issued a release Sunday evening saying …" the release, not
// the event it deplores: an outlet that reports the event "on Friday"
// does not contradict it. A time dates the saying when it stands right
// after a verb of speech, with only its hearer or its medium between
// ("told reporters on Monday", "said in a statement Friday"), or right
// before a noun of a statement ("in a Monday statement").

// statementNouns are the nouns of a statement made at one time: the
// medium a verb of speech is said in, or a statement dated by a time
// before it. Narrower than the nouns of speech ("attack" is one of those,
// and "the Monday morning attack" is no statement).
var statementNouns = set([]string{"statement", "statements", "interview", "interviews",
	"conference", "conferences", "briefing", "briefings", "release", "releases",
	"announcement", "remarks", "speech", "address", "email", "e-mail", "letter",
	"post", "posting", "tweet", "broadcast"})

// hearerNouns are the common nouns a verb of speech addresses: "told
// reporters Monday".
var hearerNouns = set([]string{"reporters", "journalists", "press", "media", "news",
	"telephone", "phone", "radio", "television", "written", "joint", "brief"})

// saidTimes sets Said on the claim's times that date a saying among
// toks[from:to].
func saidTimes(toks []token, from, to int, cl *Claim) {
	for i := range cl.Time {
		first, last := -1, -1
		for k := from; k < to; k++ {
			if timeAt(toks[k], cl) == i {
				if first < 0 {
					first = k
				}
				last = k
			}
		}
		if first < 0 {
			continue
		}
		// "Sunday's playoff game", "Friday's shooting": a possessive
		// time dates the noun it stands before.
		if last+1 < to && (toks[last+1].lower == "'s" || toks[last+1].lower == "'") || strings.HasSuffix(toks[last].lower, "'s") {
			cl.Time[i].Dates = possessedNoun(toks, last+1, to)
			continue
		}
		cl.Time[i].Dates = verbBefore(toks, from, first)
		// "the recently fired man", "a recently laid off employee": a
		// time before a participle or an adjective dates it; "saying"
		// after a statement's time goes on with the statement.
		if n := last + 1; n < to && (toks[n].tag == "VBN" || toks[n].tag == "JJ" || toks[n].tag == "VB" || toks[n].tag == "VBD") {
			cl.Time[i].Dates = Stem(toks[n].lower)
			continue
		}
		// The verb of speech may stand before the clause the time is
		// read in: "told reporters on Monday | that …".
		cl.Time[i].Said = speechVerbBefore(toks, 0, first) || statementAfter(toks, last+1, to)
	}
}

// speechVerbBefore reports whether a verb of speech stands before toks[at],
// with only its hearer, its medium and function words between: "said
// Saturday", "told reporters on Monday", "said in a statement Friday",
// "issued a statement Saturday evening".
func speechVerbBefore(toks []token, from, at int) bool {
	medium := false
	for k := at - 1; k >= from && k >= at-6; k-- {
		t := toks[k]
		if t.inQuote {
			return false
		}
		if isVerb(t) {
			if l, ok := cueLemmas[t.lower]; ok && sayingAt(l) {
				return true
			}
			_, light := lightVerbs[t.lower]
			return light && medium
		}
		switch {
		case statementNouns[t.lower] && strings.HasPrefix(t.tag, "NN"):
			medium = true
		case hearerNouns[t.lower], t.tag == "DT", t.tag == "PRP$", t.tag == "NNP", t.tag == "NNPS":
		case t.lower == "on" || t.lower == "in" || t.lower == "to" || t.lower == "at" || t.lower == "during" ||
			t.lower == "late" || t.lower == "early" || t.lower == "earlier" || t.lower == "later" || t.lower == "with":
		default:
			return false
		}
	}
	return false
}

// sayingAt reports whether a cue lemma names the saying itself, dated
// when it is said: "say", "tell", "announce", not "conclude", "expect" or
// "dismiss", whose times date what they are about ("that concluded in
// 2003", "charges that are expected Friday", "dismissed last week").
func sayingAt(lemma string) bool {
	switch cueFamilies[lemma] {
	case "say", "warn", "stress":
		return true
	}
	return lemma == "announce" || lemma == "declare" || lemma == "testify" || lemma == "confirm"
}

// statementAfter reports whether a noun of a statement follows the time
// ending before toks[at], with at most two modifiers between: "a Monday
// statement", "a Monday morning telephone interview".
func statementAfter(toks []token, at, to int) bool {
	for k := at; k < to && k < at+3; k++ {
		t := toks[k]
		if statementNouns[t.lower] && strings.HasPrefix(t.tag, "NN") {
			return true
		}
		if !(hearerNouns[t.lower] || t.tag == "JJ" || t.tag == "NN") {
			return false
		}
	}
	return false
}

// possessedNoun is the stem of the head of the noun phrase that starts at
// toks[at] after a possessive time ("'s divisional playoff game": the
// last noun before anything else), or "".
func possessedNoun(toks []token, at, to int) string {
	head := ""
	for k := at; k < to && k < at+5; k++ {
		t := toks[k]
		switch {
		case t.lower == "'s" || t.lower == "'":
		case strings.HasPrefix(t.tag, "NN"):
			head = Stem(t.lower)
		case t.tag == "JJ" || t.tag == "VBG" && head == "":
		default:
			return head
		}
	}
	return head
}

// verbBefore is the stem of the verb a time after it dates: the nearest
// verb before toks[at] in the clause, over its objects and prepositional
// phrases and the gerunds within them ("arrested on suspicion of driving
// under the influence early Tuesday": "arrest"), or "" at a clause's
// start, a punctuation mark or a subordinator.
func verbBefore(toks []token, from, at int) string {
	for k := at - 1; k >= from; k-- {
		t := toks[k]
		switch {
		case t.inQuote || t.text == "," || t.text == ";" || t.text == ":" || t.lower == "that" || t.lower == "when" || t.tag == "WDT" || t.tag == "WRB":
			return ""
		case t.tag == "VBG" && k > from && toks[k-1].tag == "IN":
			// a gerund inside a prepositional phrase
		case isVerb(t) && !isAux(t.lower):
			return Stem(t.lower)
		}
	}
	return ""
}
