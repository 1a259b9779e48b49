package claims

import "strings"

// The act a time dates. "Mark Felt … died on Friday" and "He died at
// 12:45 p.m. on Thursday" date one act, a death, though their clauses
// share no other word; "questioned on suspicion of murder yesterday" dates
// the questioning, not a murder, and "On Saturday, the one-week
// anniversary of the shooting" dates no shooting. So a time dates an act
// only when it stands among the act verb's own arguments: after the verb,
// before anything that starts another clause or phrase of its own (the
// same stops the arguments of acts.toml read, see actArgs), with only
// prepositional phrases, times and figures between.

// dateActs sets Family and Who of the claim's times that an act verb
// among toks[from:to] dates.
func dateActs(toks []token, from, to int, cl *Claim) {
	if len(cl.Time) == 0 {
		return
	}
	for k := from; k < to; k++ {
		a := actForms[toks[k].lower]
		if a == nil || !strings.HasPrefix(toks[k].tag, "VB") {
			continue
		}
		end := k + 1
		if len(a.then) > 0 {
			n := followedBy(toks, k+1, to, a.then)
			if n == 0 {
				continue
			}
			end = k + 1 + n
		}
		who := subjectBefore(cl, toks[k].start)
		for j := end; j < to; j++ {
			t := toks[j]
			if i := timeAt(t, cl); i >= 0 {
				if cl.Time[i].Family == "" {
					cl.Time[i].Family, cl.Time[i].Who = a.family, who
				}
				continue
			}
			if !datedStretch(t) {
				break
			}
		}
	}
}

// datedStretch reports whether a token can stand between an act verb and
// a time that dates it: prepositions, determiners, possessives, adjectives,
// nouns and figures ("at his home in Santa Rosa", "at the age of 95").
// A verb, a comma or a clause word starts something else.
func datedStretch(t token) bool {
	if argStops[t.lower] {
		return false
	}
	switch {
	case t.tag == "IN" || t.tag == "DT" || t.tag == "PRP$" || t.tag == "POS" || t.tag == "CD":
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
