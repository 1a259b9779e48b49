package claims

import "strings"

// Arguments of an act: what a claim says caused it, where it happened,
// how. Outlets that agree on the act ("Felt died Thursday") differ on
// these ("died of congestive heart failure", "died … from Alzheimer's
// disease"; "at his home", "at a hospice near his home"), so each is read
// once, here, with its role, and compare weighs them as fields. Which
// words name an act and which prepositions introduce which role is
// language knowledge: lexicon/acts.toml.

// Arg is one argument of an act a claim states.
type Arg struct {
	// Act is the family of the act the argument belongs to ("die" for
	// "died", "suffocated", "burnt to death"): arguments compare within
	// one family.
	Act string
	// Role is what the argument says of the act: "cause", "place",
	// "manner", or "event" for the event it happened in ("died in a
	// blaze", "in a petrol bomb attack": told at different grains, so
	// not a cause to compare).
	Role string
	// Text is the phrase as written: the noun phrase after the
	// preposition ("congestive heart failure", "his home"), or for a
	// manner the verb and what completes it ("burnt to death").
	Text string
	Span Span
	// Head is the stem of the phrase's head noun ("failur", "home"), or
	// for a manner the manner it counts as ("suffocate" for "choked on
	// smoke").
	Head string
	// Named is true when the head is a proper name ("Santa Rosa") or a
	// place told at that grain ("the Watergate complex"): a named place
	// and a building ("at his home") are told at different grains and do
	// not rival each other.
	Named bool
	// Who is the person who does or undergoes the act, as the article
	// names them canonically: the last person named before the act's
	// verb, within the reported content when there is one ("Felt" in
	// "Mark Felt, the former FBI official, died"), else "". A noun act
	// ("the 1972 break-in") has none: the people of its sentence are not
	// its participants.
	Who string
}

// comparedRoles are the roles whose values can rival each other; an event
// an act happened in ("in a blaze", "in a petrol bomb attack") is told at
// different grains by different outlets and is not one of them.
var comparedRoles = []string{"cause", "manner", "place"}

// ComparedRoles returns the roles whose values rival each other when two
// claims of one act differ on them, in a fixed order.
func ComparedRoles() []string { return append([]string(nil), comparedRoles...) }

// actWord is what the lexicon says of one written form of an act word.
type actWord struct {
	lemma, family, manner string
	roles                 map[string]string
	then                  [][]string // each a sequence of lower-case words
}

var (
	actForms   = map[string]*actWord{} // form → its act
	notArgs    = map[string]bool{}     // nouns that fill no role after a preposition
	eventNouns = map[string]bool{}     // nouns of events: "in" before them gives the cause
	coarse     = map[string]bool{}     // places told at the grain of a named place
	actNouns   = map[string]bool{}     // forms that, as nouns, name their record's act ("the escape")
	nounOnly   = map[string]bool{}     // forms that name their record's act only as nouns ("the hearing")
	occurWords = map[string]bool{}     // verb phrases that say their subject's act happened ("took place")
	travelVerb = map[string]bool{}     // verbs of going somewhere for a purpose ("flew")
)

// actClasses map a class of acts.toml to the set of words it fills;
// actRoleClasses to the map of each word to the role its record's lemma
// names.
var (
	actClasses = map[string]map[string]bool{"not-arg": notArgs, "event": eventNouns, "coarse": coarse,
		"disclose": discloseWords, "act-noun": actNouns, "noun": nounOnly, "occur": occurWords, "travel": travelVerb, "unknown": unknownWords, "harm": harmNouns, "feeling": feelingWords}
	actRoleClasses = map[string]map[string]string{"question": questionRoles, "asked": askedRoles}
)

// buildActs fills the act views from the records of acts.toml.
func buildActs(recs map[string]lexeme) {
	for w, r := range recs {
		forms := append([]string{w}, r.Forms...)
		for class, view := range actClasses {
			if r.is(class) {
				addAll(view, forms)
			}
		}
		for class, view := range actRoleClasses {
			if r.is(class) {
				for _, f := range forms {
					view[f] = r.Lemma
				}
			}
		}
		if r.Family == "" {
			continue
		}
		a := &actWord{lemma: w, family: r.Family, roles: r.Roles}
		if r.is("manner") {
			a.manner = w
			if r.Lemma != "" {
				a.manner = r.Lemma
			}
		}
		for _, t := range r.Then {
			a.then = append(a.then, strings.Fields(t))
		}
		for _, f := range forms {
			actForms[f] = a
		}
	}
}

// ActFamily is the family of the act a word names ("died", "suffocated"
// → "die"), or "".
func ActFamily(w string) string {
	if a := actForms[strings.ToLower(w)]; a != nil {
		return a.family
	}
	return ""
}

// actArgs reads the arguments of every act word among toks[from:to]. A
// phrase that holds a time or a figure of the claim ("at 12:45 p.m.", "in
// 1984", "at the age of 95") is no argument.
func actArgs(text string, toks []token, from, to int, cl *Claim) []Arg {
	var out []Arg
	for k := from; k < to; k++ {
		a := actForms[toks[k].lower]
		if a == nil {
			continue
		}
		end := k + 1
		if len(a.then) > 0 {
			// thenWords, as actAt dates acts: a "_" in the record is the
			// act's object, so the arguments after "took two guards
			// hostage" are read too.
			n := thenWords(toks, k+1, to, a.then)
			if n == 0 {
				continue
			}
			end = k + 1 + n
		}
		who := ""
		if !strings.HasPrefix(toks[k].tag, "NN") {
			who = subjectBefore(cl, toks[k].start)
		}
		if a.manner != "" {
			// "suffocated to death"; "choked on smoke": what completes
			// the manner is part of it.
			last := end
			if n := thenWords(toks, last, to, [][]string{{"to", "death"}}); n > 0 && len(a.then) == 0 {
				last += n
			}
			if toks[last-1].tag == "IN" {
				if _, next, ok := argPhrase(text, toks, last, to, cl); ok {
					last = next
				}
			}
			sp := Span{toks[k].start, toks[last-1].end}
			out = append(out, Arg{Act: a.family, Role: "manner", Text: sp.In(text), Span: sp, Head: a.manner, Who: who})
		}
		prevRole, prevEnd := "", -1
		for j := end; j < to; j++ {
			t := toks[j]
			if t.text == "," || t.text == ";" || t.text == ":" || t.text == "(" || argStops[t.lower] ||
				j > end && strings.HasPrefix(t.tag, "VB") && t.tag != "VBG" && t.tag != "VBN" {
				break
			}
			role := a.roles[t.lower]
			// "of" right after an argument completes it ("at a branch of
			// the bank"): a part of the same role, not a cause.
			if t.lower == "of" && j > end {
				role = ""
				if j == prevEnd {
					role = prevRole
				}
			}
			if role == "" {
				continue
			}
			i := j + 1
			// "after suffering from heart failure", "after a long battle
			// with cancer": the illness is the cause.
			if role == "cause" && i < to && toks[i].tag == "VBG" {
				i++
				if i < to && (toks[i].tag == "IN" || toks[i].tag == "TO") {
					i++
				}
			}
			arg, next, ok := argPhrase(text, toks, i, to, cl)
			if !ok {
				continue
			}
			j = next - 1
			// After "after", a phrase with a verb after it is the subject
			// of another clause ("died after rioters set fire to the
			// bank").
			if t.lower == "after" && next < to && isFinite(toks, next) {
				break
			}
			h := toks[headIndex(toks, i, next)].lower
			if notArgs[h] || overlapsValue(arg.Span, cl) {
				continue
			}
			if eventNouns[h] {
				role = "event"
			}
			arg.Act, arg.Role, arg.Who = a.family, role, who
			arg.Named = arg.Named || coarse[h]
			out = append(out, arg)
			prevRole, prevEnd = role, next
		}
	}
	return out
}

// subjectBefore is the canonical name of the last person the claim names
// before offset at, within its reported content if it has one (the
// speaker of "Police said the men died" did not die), or "".
func subjectBefore(cl *Claim, at int) string {
	from := cl.TextSpan.Start
	if cl.Content != nil {
		from = cl.Content.Span.Start
	}
	return lastPerson(cl, from, at, "")
}

// lastPerson is the canonical name of the last person among the claim's
// entities within bytes [from, at), or who when there is none.
func lastPerson(cl *Claim, from, at int, who string) string {
	for _, e := range cl.Entities {
		if e.Type == "person" && e.Span.Start >= from && e.Span.End <= at {
			who = e.Name
		}
	}
	return who
}

// argPhrase reads the noun phrase at toks[i:]: determiners, possessives,
// adjectives and nouns up to the next preposition, verb or punctuation,
// a time of the claim ("of heart failure Thursday") or a name after a
// common noun, which starts another phrase ("in the hotel Mr Smith was").
// It returns the argument (text, span, head), the index after the phrase
// and whether the phrase has a noun.
func argPhrase(text string, toks []token, i, to int, cl *Claim) (Arg, int, bool) {
	j := i
	for j < to && (isNPTag(toks[j].tag) && toks[j].tag != "PRP" && isWordToken(toks[j].text) || j > i && toks[j].tag == "POS" ||
		j > i && toks[j].tag == "VBG" && j+1 < to && strings.HasPrefix(toks[j+1].tag, "NN")) {
		if j > i && (toks[j].tag == "NNP" || toks[j].tag == "NNPS") && (toks[j-1].tag == "NN" || toks[j-1].tag == "NNS") ||
			timeAt(toks[j], cl) >= 0 {
			break
		}
		j++
	}
	if j == i {
		return Arg{}, i + 1, false
	}
	h := headIndex(toks, i, j)
	if h < 0 {
		return Arg{}, j, false
	}
	sp := Span{toks[i].start, toks[j-1].end}
	return Arg{Text: sp.In(text), Span: sp, Head: Stem(toks[h].lower),
		Named: toks[h].tag == "NNP" || toks[h].tag == "NNPS"}, j, true
}

// headIndex is the last noun of toks[i:j], or -1.
func headIndex(toks []token, i, j int) int {
	for k := j - 1; k >= i; k-- {
		if strings.HasPrefix(toks[k].tag, "NN") {
			return k
		}
	}
	return -1
}

// overlapsValue reports whether span holds one of the claim's times or
// figures.
func overlapsValue(s Span, cl *Claim) bool {
	for _, t := range cl.Time {
		if t.Span.Start < s.End && s.Start < t.Span.End {
			return true
		}
	}
	for _, n := range cl.Numbers {
		if n.Span.Start < s.End && s.Start < n.Span.End {
			return true
		}
	}
	return false
}
