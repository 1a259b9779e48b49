package claims

import "strings"

// Noun phrases: where the phrase that names a speaker begins and ends
// around a cue, from the tags alone.

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

func isRelPronoun(toks []token, n npSpan) bool {
	t := toks[n.from]
	return n.to-n.from == 1 && (t.tag == "WDT" || t.lower == "that" || t.lower == "which")
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
