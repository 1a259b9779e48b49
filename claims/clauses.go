package claims

// clause is a stretch of a sentence that makes one assertion.
type clause struct {
	from, to int  // token indices [from, to)
	inherit  bool // shares the subject of the clause before ("…, and threatened …")
	relative bool // a relative clause ("which was first revealed by …"), an extra claim
	bound    bool // a relative clause without commas ("the car that hit her"): part of its noun phrase
	withAbs  bool // "with X doing Y": the subject follows "with"
	headline bool // a comma-joined part of a title-case headline (see splitHeadline)
	sub      bool // opens with a subordinating conjunction ("after police say …")
}

func isVerb(t token) bool { return len(t.tag) >= 2 && t.tag[:2] == "VB" }

// isFinite reports whether toks[i] is a verb that heads a clause of its
// own.
func isFinite(toks []token, i int) bool {
	switch toks[i].tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// splitClauses cuts a sentence into top-level clauses and relative clauses.
// Cuts happen only outside quotations: a quote is one utterance.
func splitClauses(toks []token) []clause {
	n := len(toks)
	var out []clause
	cur := clause{from: 0}
	hasVerb := false
	var rels []clause
	subs := map[int]bool{}
	inRel := func(i int) bool {
		for _, r := range rels {
			if i >= r.from && i < r.to {
				return true
			}
		}
		return false
	}
	cut := func(i int, inherit, withAbs bool) {
		cur.to = i
		out = append(out, cur)
		cur = clause{from: i, inherit: inherit, withAbs: withAbs}
		hasVerb = false
	}
	concessive := concessiveOpening(toks)
	for i := 0; i < n; i++ {
		t := toks[i]
		if t.inQuote {
			continue
		}
		if concessive && cur.from == 0 && hasVerb && toks[i-1].text == "," && !toks[i-1].inQuote && !inRel(i) && subjectVerbAhead(toks, i) {
			// "While some speculated that X, he denied it": the opening
			// clause and the main clause have subjects of their own, and
			// each asserts something. Read as one, a cue or negation of the
			// main clause ("denied") would be taken to speak of the
			// opening clause's content.
			cut(i, false, false)
			subs[0] = true
			continue
		}
		if i > 0 && i+1 < n {
			splitAt(toks, i, hasVerb, cut, &rels, subs)
		}
		// A clause cut before a verb ("…, conducted operations") has one.
		if !inRel(i) && (isFinite(toks, i) || i == cur.from && i > 0 && isVerb(t) && t.tag != "VBG") {
			hasVerb = true
		}
	}
	cur.to = n
	out = append(out, cur)
	for k := range out {
		out[k].sub = subs[out[k].from]
	}
	if len(out) == 1 && headlineLike(toks) {
		out = splitHeadline(toks)
	}
	return append(out, rels...)
}

// concessiveOpening reports whether the sentence opens with a concessive or
// temporal conjunction ("While some speculated …, he denied …"), after an
// opening quotation mark at most.
func concessiveOpening(toks []token) bool {
	for _, t := range toks {
		if !isWordToken(t.text) {
			if t.inQuote {
				return false
			}
			continue
		}
		return !t.inQuote && concessiveOpeners[t.lower] && (t.tag == "IN" || t.tag == "RB")
	}
	return false
}

// subjectVerbAhead reports whether a clause with a subject of its own
// starts at toks[i]: a short noun phrase, adverbs, then a finite verb or a
// modal ("he steadfastly denied", "the police will say"). A verb right
// after the comma ("…, denied the claim") has no subject of its own.
func subjectVerbAhead(toks []token, i int) bool {
	k := i
	for k < len(toks) && k < i+6 && isNPTag(toks[k].tag) && !toks[k].inQuote {
		k++
	}
	if k == i {
		return false
	}
	for k < len(toks) && (toks[k].tag == "RB" || toks[k].tag == "RBR") && !toks[k].inQuote {
		k++
	}
	return k < len(toks) && !toks[k].inQuote && isFinite(toks, k)
}

// speechTag reports whether toks[i:] is a short credit such as ", Police
// Say": it attributes the words before the comma and must stay with them.
// Only a verb of speech makes one: ", Driver Charged" is a second event.
func speechTag(toks []token, i int) bool {
	if len(toks)-i > 5 {
		return false
	}
	for k := i; k < len(toks); k++ {
		if tagVerbs[toks[k].lower] || cueLemmas[toks[k].lower] == "say" {
			return true
		}
	}
	return false
}

// headlineLike reports whether a sentence reads as a headline: title case,
// no quotation, no full stop. "“We have the votes,” Senate Leader Jo Doe,
// D-Ore., said Tuesday" is mostly capitalised too, but it is a sentence.
func headlineLike(toks []token) bool {
	if len(toks) == 0 || !titleCase(toks) {
		return false
	}
	for _, t := range toks {
		if t.inQuote || startsQuote(t.text) || endsQuote(t.text) {
			return false
		}
	}
	switch toks[len(toks)-1].text {
	case ".", "!", "?":
		return false
	}
	return true
}

// nameAhead reports whether toks[i:] is a short run of names between two
// commas ("Trustee, Jane Roe, M.D., Named …"): an apposition, not a
// clause. Title case tags every word a name, so a final part ("…, Crews
// Begin Repairs") is taken for a clause.
func nameAhead(toks []token, i int) bool {
	n := 0
	for k := i; k < len(toks); k++ {
		t := toks[k]
		if t.text == "," {
			return n <= 3
		}
		if t.tag != "NNP" && t.tag != "NNPS" && t.text != "." && t.tag != "POS" {
			return false
		}
		n++
	}
	return false
}

// splitHeadline cuts a title-case headline at its commas: "Woman Killed In
// Crash, Driver Charged" makes two claims, and each may have its own match
// in another outlet's lead. The tagger reads most capitalised verbs as
// names, so the verb test of splitAt cannot see these clauses; the comma
// of a headline is the conjunction it leaves out. A side of one or two
// words ("Obama, Romney Clash", "Paris, France") is a list or a place,
// not a clause.
func splitHeadline(toks []token) []clause {
	var out []clause
	from := 0
	words := func(a, b int) int {
		n := 0
		for k := a; k < b; k++ {
			if isWordToken(toks[k].text) {
				n++
			}
		}
		return n
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].text != "," || toks[i].inQuote {
			continue
		}
		if words(from, i) >= 3 && words(i+1, len(toks)) >= 2 && !speechTag(toks, i+1) && !nameAhead(toks, i+1) {
			out = append(out, clause{from: from, to: i, headline: true})
			from = i + 1
		}
	}
	return append(out, clause{from: from, to: len(toks), headline: len(out) > 0})
}

// splitAt decides whether a new clause starts at token i.
func splitAt(toks []token, i int, hasVerb bool, cut func(int, bool, bool), rels *[]clause, subs map[int]bool) {
	n := len(toks)
	t := toks[i]
	prev := toks[i-1]
	next := toks[i+1]
	// A comma inside closing quotation marks still ends the phrase:
	// `considered "completely closed," which …`.
	if subordConj[t.lower] && hasVerb && (speechAhead(toks, i+1) || t.lower == "when" && clauseAhead(toks, i+1) && !figureBefore(toks, i)) && !speechBefore(toks, i) {
		cut(i, false, false)
		subs[i] = true
		return
	}
	// "died after falling 60 metres", "was hurt while climbing": a
	// participle after the conjunction is a second act of the same
	// subject. "arrested after a chase" names no act of its own, and stays.
	if participleConj[t.lower] && hasVerb && next.tag == "VBG" && !speechBefore(toks, i) && !speechAfter(toks, i) && !finiteAhead(toks, i+1) && !embeddedRel(toks, i) {
		cut(i, true, false)
		subs[i] = true
		return
	}
	// "the car that hit her": a relative clause without commas tells of a
	// second event as much as one between commas does. It stays in its
	// sentence's claim too, for it says which car. The same with "who"
	// ("a climber who fell") lost precision on ECB+ (f1=0.575
	// precision=0.820 against 0.590 precision=0.856): a clause about a
	// person ("who was arrested on suspicion of …") fits people of other
	// stories as well.
	if (t.lower == "that" || t.lower == "which") && t.tag == "WDT" && prev.text != "," && (prev.tag == "NN" || prev.tag == "NNS") && relVerbAhead(toks, i+1) && !speechBefore(toks, i) {
		if end := relEnd(toks, i+1); end-i >= 3 {
			*rels = append(*rels, clause{from: i, to: end, relative: true, bound: true})
		}
		return
	}
	comma := prev.text == "," || (!isWordToken(prev.text) && endsQuote(prev.text) && i >= 2 && toks[i-2].text == ",")
	switch {
	case prev.text == ";":
		cut(i, false, false)
	case comma || prev.text == "—" || prev.text == "–" || prev.text == "--":
		switch {
		case clauseConj[t.lower] && hasVerb:
			cut(i, startsWithVerb(toks, i+1), false)
		case (t.lower == "which" || t.lower == "who") && t.tag != "WP$":
			end := i + 1
			for end < n && !(toks[end].text == "," && !toks[end].inQuote) {
				end++
			}
			if end-i >= 3 {
				*rels = append(*rels, clause{from: i, to: end, relative: true})
			}
		case t.lower == "with" && hasVerb && vbgAhead(toks, i+1, 7):
			cut(i, false, true)
		case t.tag == "VBG" && hasVerb && t.lower != "according":
			cut(i, true, false)
		case (t.tag == "VBD" || t.tag == "VBN" || t.tag == "VBZ") && hasVerb && !isAux(t.lower):
			cut(i, true, false)
		case t.lower == "and" && hasVerb && (next.tag == "VBD" || next.tag == "VBN" || next.tag == "VBZ"):
			cut(i, true, false)
		case t.lower == "and" && hasVerb && clauseAhead(toks, i+1):
			cut(i, false, false)
		}
	case t.lower == "but" && hasVerb && startsWithVerb(toks, i+1):
		cut(i, true, false)
	case t.lower == "and" && hasVerb && prev.tag != "VBD" && finiteAfterAnd(toks, i+1) && !speechBefore(toks, i) && !speechAfter(toks, i) && !embeddedRel(toks, i):
		// "… walked into the party and shot a man": a second finite verb
		// is a second act by the same subject. Two verbs that share an
		// object ("shot and killed a man") stay one clause.
		cut(i, true, false)
	case t.lower == "and" && hasVerb && (next.tag == "VBD" || next.tag == "VBZ") && cueLemmas[next.lower] != "":
		// "… is telling veterans that … and says he will …": a second cue
		// starts a second attribution by the same subject.
		cut(i, true, false)
	}
}

// figureBefore reports whether a number comes before toks[i]: "Nine
// firefighters were injured when the roof collapsed" — the "when" clause
// says what the figure counts, and comparing figures needs it.
func figureBefore(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		if _, ok := numSmall[toks[k].lower]; ok && toks[k].lower != "one" || toks[k].tag == "CD" || numTens[toks[k].lower] > 0 {
			return true
		}
	}
	return false
}

// speechBefore reports whether a verb of speech comes before toks[i]
// outside quotations: "police said he fled after …" — what follows is part
// of what was said, and stays in its content.
func speechBefore(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		if speechVerb(toks[k]) {
			return true
		}
	}
	return false
}

// speechAfter reports whether a credit follows toks[i] outside
// quotations: "… after getting a call, the navy said" — the credit covers
// the whole sentence, and a cut would give it to the last clause alone.
func speechAfter(toks []token, i int) bool {
	for k := i; k < len(toks); k++ {
		if speechVerb(toks[k]) || !toks[k].inQuote && toks[k].lower == "according" {
			return true
		}
	}
	return false
}

// relVerbAhead: "that fled", "that had been stolen" — the relative
// clause's finite verb follows, after adverbs at most. A subject between
// ("the news that he died") makes "that" a conjunction.
func relVerbAhead(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		if isFinite(toks, k) {
			return !toks[k].inQuote
		}
		if toks[k].tag != "RB" {
			return false
		}
	}
	return false
}

// relEnd finds where a relative clause that opens without a comma ends:
// at a comma, or at the main clause's verb ("the van that clipped him was
// found"): a finite verb after the relative clause's own, with no
// conjunction before it.
func relEnd(toks []token, i int) int {
	seen := false
	for k := i; k < len(toks); k++ {
		t := toks[k]
		if t.inQuote {
			continue
		}
		if t.text == "," || t.text == ";" || t.text == "—" || t.text == "--" {
			return k
		}
		if subordConj[t.lower] || t.lower == "that" || t.tag == "WDT" || t.tag == "WP" {
			// "that went on for an hour until the hijacker gave up": the
			// next verb is the inner clause's.
			seen = false
			continue
		}
		if isFinite(toks, k) {
			if seen && toks[k-1].tag != "CC" && toks[k-1].tag != "RB" && !isFinite(toks, k-1) {
				return k
			}
			seen = true
		}
	}
	n := len(toks)
	for n > i && (toks[n-1].text == "." || toks[n-1].text == "!" || toks[n-1].text == "?" || !isWordToken(toks[n-1].text) && endsQuote(toks[n-1].text)) {
		n--
	}
	return n
}

// finiteAfterAnd: "and fled", "and allegedly shot", "and faces" — a
// finite verb, after adverbs. A modal ("and will face") did not help
// alignment on ECB+, nor a second passive participle ("was arrested and
// charged").
func finiteAfterAnd(toks []token, i int) bool {
	for ; i < len(toks) && (toks[i].tag == "RB" || toks[i].tag == "RBR"); i++ {
	}
	if i >= len(toks) || toks[i].inQuote {
		return false
	}
	switch toks[i].tag {
	case "VBD", "VBZ":
		return true
	case "VBN":
		// "crashed into a pole and fled": without an auxiliary to share,
		// a participle is the tagger's reading of a past tense.
		return !auxBefore(toks, i)
	}
	return false
}

// auxBefore reports whether a form of "be" or "have" comes shortly before
// toks[i], for a participle after "and" to share: "was arrested and
// charged", "has resigned and left".
func auxBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if w := toks[k].lower; beForms[w] && w != "being" || haveForms[w] || w == "'s" {
			return true
		}
	}
	return false
}

// finiteAhead reports whether a finite verb of the main clause follows
// toks[i] before the next comma: "a van driver who sped off after clipping
// a jogger has been charged" — the participle belongs inside the subject,
// and the sentence's main verb is still to come. A verb inside a clause of
// its own ("after being clipped by a van that sped off") does not count.
func finiteAhead(toks []token, i int) bool {
	for k := i; k < len(toks); k++ {
		t := toks[k]
		if t.inQuote {
			continue
		}
		if t.text == "," || t.tag == "WDT" || t.tag == "WP" || t.lower == "that" || subordConj[t.lower] || t.lower == "and" {
			return false
		}
		if isFinite(toks, k) {
			return true
		}
	}
	return false
}

// embeddedRel reports whether a relative pronoun without a comma before it
// comes before toks[i]: "a climber who survived two nights after seeing
// …" — the verb seen is the relative clause's, not the sentence's.
func embeddedRel(toks []token, i int) bool {
	for k := 1; k < i; k++ {
		if (toks[k].tag == "WP" || toks[k].tag == "WDT") && toks[k-1].text != "," && !toks[k].inQuote {
			return true
		}
	}
	return false
}

// speechAhead: "after police say …", "as officials told reporters …" — a
// short noun phrase, then a verb of speech.
func speechAhead(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+5; k++ {
		if speechVerb(toks[k]) {
			return k > i
		}
		if !isNPTag(toks[k].tag) {
			return false
		}
	}
	return false
}

func speechVerb(t token) bool {
	return !t.inQuote && isVerb(t) && (tagVerbs[t.lower] || cueLemmas[t.lower] == "say")
}

// isAux reports whether w is an auxiliary: a form of "be" (but "being"),
// "have" or "do", or a modal.
func isAux(w string) bool {
	return beForms[w] && w != "being" || haveForms[w] || doForms[w] || modals[w]
}

// startsWithVerb: "but did not disclose", "and threatened", "but also said".
func startsWithVerb(toks []token, i int) bool {
	for end := i + 4; i < len(toks) && i < end; i++ {
		t := toks[i]
		if t.tag == "RB" || t.lower == "not" || t.lower == "n't" {
			continue
		}
		return isVerb(t) || t.tag == "MD"
	}
	return false
}

func vbgAhead(toks []token, i, limit int) bool {
	for k := i; k < len(toks) && k < i+limit; k++ {
		if toks[k].text == "," {
			return false
		}
		if toks[k].tag == "VBG" {
			return true
		}
	}
	return false
}

// clauseAhead: ", and the president said …" — a noun phrase then a finite
// verb within a few words.
func clauseAhead(toks []token, i int) bool {
	// ", and now, the driver faces …": an adverb and its commas may come
	// before the subject.
	for i < len(toks) && (toks[i].tag == "RB" || toks[i].text == ",") && !toks[i].inQuote && toks[i].lower != "not" {
		i++
	}
	for k := i; k < len(toks) && k < i+6; k++ {
		t := toks[k]
		if isFinite(toks, k) {
			return k > i
		}
		if !isNPTag(t.tag) {
			return false
		}
	}
	return false
}

func isNPTag(tag string) bool {
	switch tag {
	case "NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "DT", "PRP", "PRP$", "POS", "CD", "PDT":
		return true
	}
	return false
}
