package claims

import (
	"sort"
	"strings"
)

// Role statements: every way a claim says what office a person holds, read
// once so package compare can set one person's office in one organisation
// from one source beside another's without reading English. A title before
// a name ("Agency Director Ruth Kane") is one way; news says it as often
// in an apposition ("Tom Hale Sr., the associate director of the agency"),
// with a copula ("Hale was deputy associate director of the agency in 1980",
// "she is the chief executive of Acme"), as a fronted capacity ("As
// associate director of the agency, he fought …") or with the organisation
// as a possessive ("the bank's chief executive, Jane Doe").

// Role is one statement of a person's office.
type Role struct {
	// Who is the person, as the article names them canonically; a
	// pronoun subject is resolved as the claim's other readings resolve
	// it, or left "".
	Who string
	// Text is the office words as written ("deputy associate director of
	// the agency"), Span their bytes.
	Text string
	Span Span
	// Office is the office without status, country or spelling, as
	// Entity.Office ("deputy associate director"); Head its head office
	// ("director") and Modifiers the words that tell it from another
	// office of that head ("deputy", "associate"), folded.
	Office    string
	Head      string
	Modifiers []string
	// Org is the organisation the office is in, as written ("the NSA",
	// "National Security Agency", without a leading article), or
	// "" when the statement names none.
	Org string
	// Status is what the words give the office: "former", "acting",
	// "elect", "then", or "" (see Entity.Status).
	Status string
	// Form is how the statement is made: "title" (before the name),
	// "apposition", "copula", "as" (a fronted capacity) or "possessive".
	Form string
	// Time is the time of the claim that dates the statement within its
	// own clause ("in 1972"), as Time.Value or, unresolved, its text; ""
	// when undated.
	Time string
}

// roleCopulas are the verbs that say someone is what the phrase after
// them names, with the words they take before it.
var roleCopulas = map[string][]string{
	"was": nil, "is": nil, "became": nil, "becomes": nil, "remains": nil, "remained": nil,
	"been":   nil, // "had been", "has been"
	"served": {"as"}, "serves": {"as"}, "worked": {"as"}, "works": {"as"},
}

// readRoleStatements adds to cl the role statements among toks[from:to]
// made by apposition, copula, fronted capacity or possessive; ms are the
// sentence's name mentions, and pron resolves a pronoun subject ("he") to
// a canonical name or "", as the claim's speakers are resolved. Titles before names are added by readRoles.
func readRoleStatements(text string, toks []token, from, to int, ms []mention, cl *Claim, pron func(string) string) {
	person := func(k int) *mention { // the person mention starting at token k
		for i := range ms {
			if ms[i].typ == "person" && (ms[i].from == k || ms[i].roleFrom == k) {
				return &ms[i]
			}
		}
		return nil
	}
	for k := from; k < to; k++ {
		// A person mention followed by an apposition or a copula.
		for i := range ms {
			m := &ms[i]
			if m.typ != "person" || m.to != k || m.from < from {
				continue
			}
			if toks[k].text == "," {
				if r, end, ok := officePhrase(text, toks, k+1, to, ms); ok && appositionEnds(toks, end, to) {
					r.Who, r.Form = m.canon, "apposition"
					addRole(cl, r, toks, end, to)
				}
				continue
			}
			if r, ok := copula(text, toks, k, to, ms); ok {
				r.Who, r.Form = m.canon, "copula"
				addRole(cl, r.Role, toks, r.end, to)
			}
		}
		t := toks[k]
		switch {
		case (t.lower == "he" || t.lower == "she") && t.tag == "PRP":
			if r, ok := copula(text, toks, k+1, to, ms); ok {
				r.Who, r.Form = pron(t.lower), "copula"
				addRole(cl, r.Role, toks, r.end, to)
			}
		case t.lower == "as" && (k == from || toks[k-1].text == ","):
			r, end, ok := officePhrase(text, toks, k+1, to, ms)
			if !ok || end >= to || toks[end].text != "," || end+1 >= to {
				continue
			}
			n := toks[end+1]
			if m := person(end + 1); m != nil {
				r.Who = m.canon
			} else if (n.lower == "he" || n.lower == "she") && n.tag == "PRP" {
				r.Who = pron(n.lower)
			} else {
				continue
			}
			r.Form = "as"
			addRole(cl, r, toks, end, to)
		}
	}
	// "<org>'s <office>, Name": the office phrase after a possessive, a
	// name right after it.
	for k := from + 1; k < to; k++ {
		if toks[k].tag != "POS" && toks[k].lower != "'s" && toks[k].lower != "’s" {
			continue
		}
		org := orgBefore(toks, from, k)
		if org == "" {
			continue
		}
		r, end, ok := officePhrase(text, toks, k+1, to, ms)
		if !ok || r.Org != "" {
			continue
		}
		n := end
		if n < to && toks[n].text == "," {
			n++
		}
		m := person(n)
		if m == nil {
			continue
		}
		r.Who, r.Org, r.Form = m.canon, org, "possessive"
		addRole(cl, r, toks, end, to)
	}
	sort.SliceStable(cl.Roles, func(i, j int) bool { return cl.Roles[i].Span.Start < cl.Roles[j].Span.Start })
}

// roleAt is a role statement being read, with the token after it.
type roleAt struct {
	Role
	end int
}

// copula reads "was [the] <office phrase>" from toks[k]: a copula verb
// (with its "as") and the office phrase after it.
func copula(text string, toks []token, k, to int, ms []mention) (roleAt, bool) {
	if k >= to {
		return roleAt{}, false
	}
	if w := toks[k].lower; (w == "had" || w == "has" || w == "have") && k+1 < to && toks[k+1].lower == "been" {
		k++
	}
	then, ok := roleCopulas[toks[k].lower]
	if !ok {
		return roleAt{}, false
	}
	at := k + 1
	if toks[k].lower == "been" && (k == 0 || (toks[k-1].lower != "had" && toks[k-1].lower != "has" && toks[k-1].lower != "have")) {
		return roleAt{}, false
	}
	for _, w := range then {
		if at >= to || toks[at].lower != w {
			return roleAt{}, false
		}
		at++
	}
	r, end, ok := officePhrase(text, toks, at, to, ms)
	if !ok {
		return roleAt{}, false
	}
	return roleAt{Role: r, end: end}, true
}

// officePhrase reads an office phrase starting at toks[k]: an optional
// article, status words ("former"), proper nouns of the organisation
// ("FBI"), then office modifiers and offices up to the head office, and
// an organisation after "of", "at" or "for" ("of the FBI"). Any other word
// before the head ("the first director", "the legendary founding
// director") makes it no office phrase: it describes, it does not state.
// It returns the role, the token after the phrase, and whether it read one.
func officePhrase(text string, toks []token, k, to int, ms []mention) (Role, int, bool) {
	var r Role
	i := k
	if i < to && (toks[i].lower == "the" || toks[i].lower == "a" || toks[i].lower == "an") {
		i++
	}
	start := i
	var words, orgWords []string
	head := -1
	for ; i < to; i++ {
		w := strings.ToLower(toks[i].text)
		switch {
		case roleStatuses[w] != "" && head < 0 && len(words) == 0:
			r.Status = roleStatuses[w]
		case IsOffice(w) || IsOfficeModifier(w):
			words = append(words, w)
			if IsOffice(w) {
				head = i
			}
		case len(words) == 0 && toks[i].tag == "NNP" && isWordToken(toks[i].text):
			orgWords = append(orgWords, toks[i].text)
		default:
			goto done
		}
	}
done:
	// The head is the last office word, with nothing but offices and
	// modifiers after it ("director" in "deputy associate director").
	if head < 0 || head != i-1 {
		return r, 0, false
	}
	r.Office = officeOf(words)
	r.Head = words[len(words)-1]
	for _, w := range words[:len(words)-1] {
		if IsOfficeModifier(w) && !IsOffice(w) {
			r.Modifiers = append(r.Modifiers, w)
		}
	}
	end := i
	if i+1 < to && (toks[i].lower == "of" || toks[i].lower == "at" || toks[i].lower == "for") {
		if org, oend := orgAfter(toks, i+1, to, toks[i].lower == "of"); org != "" {
			r.Org, end = org, oend
		}
	}
	if r.Org == "" && len(orgWords) > 0 {
		r.Org = strings.Join(orgWords, " ")
	}
	r.Span = Span{toks[start].start, toks[end-1].end}
	r.Text = r.Span.In(text)
	return r, end, true
}

// orgAfter reads an organisation's name from toks[k]: an optional "the",
// then capitalised words, joined by "of", "and" or "&" between them ("the
// Federal Bureau of Investigation"), or, when common (after "of"), a
// noun after "the" ("the agency"): "at the time" names no body. It returns the name without the
// article and the token after it, or "".
func orgAfter(toks []token, k, to int, common bool) (string, int) {
	the := k < to && toks[k].lower == "the"
	if the {
		k++
	}
	var ws []string
	end := k
	for i := k; i < to; i++ {
		t := toks[i]
		// A named body ("the Federal Bureau of Investigation"), or after
		// "the" a common one ("the agency", "the board").
		if isCap(t.text) || (common && the && end == i && strings.HasPrefix(t.tag, "NN") && isWordToken(t.text) && !IsOffice(t.lower)) {
			ws = append(ws, t.text)
			end = i + 1
			continue
		}
		if (t.lower == "of" || t.lower == "and" || t.text == "&") && len(ws) > 0 && i+1 < to && isCap(toks[i+1].text) {
			ws = append(ws, t.text)
			continue
		}
		break
	}
	if end == k {
		return "", k
	}
	return strings.Join(ws[:len(ws)-trailingJoins(ws)], " "), end
}

// trailingJoins counts the joining words at the end of ws.
func trailingJoins(ws []string) int {
	n := 0
	for i := len(ws) - 1; i >= 0 && (ws[i] == "of" || ws[i] == "and" || ws[i] == "&"); i-- {
		n++
	}
	return n
}

// orgBefore is the organisation named by the capitalised words right
// before toks[k] (its possessive mark), back to an article or the start
// of the clause at from, or "".
func orgBefore(toks []token, from, k int) string {
	i := k
	for i > from && isCap(toks[i-1].text) && isWordToken(toks[i-1].text) {
		i--
	}
	if i == k {
		return ""
	}
	var ws []string
	for _, t := range toks[i:k] {
		ws = append(ws, t.text)
	}
	return strings.Join(ws, " ")
}

// appositionEnds reports whether an apposition's office phrase ends where
// an apposition can: at a comma, the clause's end, a relative pronoun, or
// a time ("during the Watergate scandal", "in 1972").
func appositionEnds(toks []token, end, to int) bool {
	if end >= to {
		return true
	}
	switch toks[end].lower {
	case ",", ";", ")", "who", "whose", "during", "in", "until", "from", "since", "when":
		return true
	}
	return toks[end].text == "," || toks[end].text == "."
}

// addRole adds r to cl unless it is there already, dated by a time of cl
// that starts within the words right after the statement (a preposition
// and an article between): "deputy associate director of the agency in 1980".
// A time later in the clause dates its act, not the office.
func addRole(cl *Claim, r Role, toks []token, end, to int) {
	if r.Who == "" && r.Form != "copula" && r.Form != "as" {
		return
	}
	for _, x := range cl.Roles {
		if x.Span == r.Span && x.Who == r.Who {
			return
		}
	}
	for j := end; j < to && j < end+3; j++ {
		if i := timeAt(toks[j], cl); i >= 0 {
			r.Time = cl.Time[i].Value
			if r.Time == "" {
				r.Time = cl.Time[i].Text
			}
			break
		}
		if w := toks[j].lower; w != "in" && w != "during" && w != "the" && w != "by" {
			break
		}
	}
	cl.Roles = append(cl.Roles, r)
}
