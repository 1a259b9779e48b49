package claims

import "strings"

// Cues: the words that attribute (verbs, nouns, adjectives, "according
// to") and the tests on what stands around them.

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

func colonQuote(toks []token, i, to int) bool {
	for k := i; k+1 < to; k++ {
		if toks[k].text == ":" && !toks[k].inQuote && (toks[k+1].inQuote || startsQuote(toks[k+1].text)) {
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
