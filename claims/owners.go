package claims

import "strings"

// Owners of sums: whose offer, deal or pay a sum of money is. In a story
// of several parties bidding for one thing ("the Nationals' eight-year,
// $160 million offer", "the Red Sox offered $184 million", "the $161
// million that Sabathia received") every sum is a value of one party's
// slot, and two parties' sums are never two reports of one figure however
// much their clauses share ("offer", "year", "million"). The owner is read
// once here, from the sentence, and carried on Number.Owner.

// dealWords name what a sum is the value of when it belongs to a party:
// an offer, a deal, a contract.
var dealWords = set([]string{
	"offer", "offers", "deal", "deals", "contract", "contracts", "bid", "bids",
	"proposal", "proposals", "package", "extension", "agreement", "payday",
})

// sumAnaphors are the nouns that stand for a sum or a deal named before
// ("the numbers are a little lower", "the deal is said to be for …").
var sumAnaphors = set([]string{"number", "numbers", "figure", "figures", "sum", "amount", "value", "price", "total"})

// ownerReach is how many tokens before a sum its deal word may stand
// ("an eight-year deal worth $184 million", "the Boston offer to be as
// high as $184 million").
const ownerReach = 6

// isMoney reports whether a figure's unit is a currency (an ISO code).
func isMoney(n Number) bool {
	if len(n.Unit) != 3 {
		return false
	}
	for _, r := range n.Unit {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// isTerm reports whether a figure is a length in years, which a deal
// has as well as a sum ("an eight-year, $160 million offer"): one party's
// term is no rival of another's.
func isTerm(n Number) bool {
	return n.Unit == "year" || n.Unit == "years"
}

// readOwners sets Number.Owner of the sums of the claims x made from
// sentence s (cls), reading the sentence in order; carry is the owner the
// sentence before ended on, for a sum or deal referred back to ("The deal
// is said to be for 8 year and could be up to $180 million"). It returns
// the owner this sentence ends on.
func (x *extractor) readOwners(s *sentence, ms []mention, cls []Claim, carry string) string {
	toks := s.toks
	last := carry
	// Deal words and sums in sentence order, so that "it" after "the Red
	// Sox offer" in one sentence refers to that offer.
	type site struct {
		at, end int // token range of the sum, or the deal word
		claim   int // index in cls, -1 for a deal word
		num     int
	}
	var sites []site
	for ci := range cls {
		for ni, n := range cls[ci].Numbers {
			if !isMoney(n) && !isTerm(n) {
				continue
			}
			at, end := tokenRange(toks, n.Span)
			if at >= 0 {
				sites = append(sites, site{at, end, ci, ni})
			}
		}
	}
	dealt := false // the sentence speaks of offers, deals or pay
	for k, t := range toks {
		if dealWords[t.lower] {
			sites = append(sites, site{k, k, -1, 0})
		}
		dealt = dealt || dealWords[t.lower] || dealVerb(t.lower)
	}
	// Order by position (insertion sort: a sentence holds few).
	for i := 1; i < len(sites); i++ {
		for j := i; j > 0 && sites[j].at < sites[j-1].at; j-- {
			sites[j], sites[j-1] = sites[j-1], sites[j]
		}
	}
	for _, st := range sites {
		var cl *Claim
		if st.claim >= 0 {
			cl = &cls[st.claim]
		} else {
			for ci := range cls {
				if cls[ci].TextSpan.Start <= toks[st.at].start && toks[st.at].end <= cls[ci].TextSpan.End {
					cl = &cls[ci]
					break
				}
			}
		}
		who, anaphor := x.ownerAt(toks, ms, cl, st.at, st.end, st.claim < 0, dealt || carry != "")
		if who == "" && anaphor {
			who = last
		}
		if who == "" {
			continue
		}
		if st.claim >= 0 {
			cls[st.claim].Numbers[st.num].Owner = who
		}
		last = who
	}
	return last
}

// tokenRange is the first and last token of span, or -1, -1.
func tokenRange(toks []token, sp Span) (int, int) {
	at, end := -1, -1
	for k, t := range toks {
		if t.end > sp.Start && at < 0 {
			at = k
		}
		if t.start < sp.End {
			end = k
		}
	}
	if at < 0 || end < at {
		return -1, -1
	}
	return at, end
}

// ownerAt reads the owner of the sum (or, with deal, the deal word) at
// tokens [at, end] of claim cl. In order:
//   - a relative clause right after the sum, past an aside: "the $161
//     million (over seven years) that fellow free agent CC Sabathia
//     received";
//   - the deal word of the sum's phrase and who it is of: "the
//     Nationals' … offer", "the Boston offer", "offers by the Angels",
//     "an offer on the table from the Red Sox";
//   - a party that takes up the verb of a list ("the Angels are at $160
//     million, the Orioles around $140 million");
//   - one signed to it ("re-signed Lowell to a three-year, $37.5 million
//     contract");
//   - the subject of the act the sum is in ("the Red Sox offered …").
//
// anaphor is true when none is named and the subject refers back ("it
// was $184 million", "the numbers are lower", "the deal is …").
//
// Outside talk of offers, deals and pay (dealt false: neither this
// sentence nor the one before speaks of them) only a relative clause
// names an owner: "Paris thieves nab $2.5 million" is no sum of Paris.
func (x *extractor) ownerAt(toks []token, ms []mention, cl *Claim, at, end int, deal, dealt bool) (string, bool) {
	mentionAt := func(from, to int) *mention {
		for i := range ms {
			if ms[i].from >= from && ms[i].from < to {
				return &ms[i]
			}
		}
		return nil
	}
	endingAt := func(k int) *mention { // the mention whose last token is k
		for i := range ms {
			if ms[i].to-1 == k {
				return &ms[i]
			}
		}
		return nil
	}
	if !deal {
		// "… $161 million (over seven years) that … CC Sabathia received"
		k := end + 1
		if k < len(toks) && toks[k].text == "(" {
			for j := k + 1; j < len(toks) && j <= k+maxAside+1; j++ {
				if toks[j].text == ")" {
					k = j + 1
					break
				}
			}
		}
		if k < len(toks) && (toks[k].lower == "that" || toks[k].lower == "which") {
			stop := k + 1
			for stop < len(toks) && stop <= k+6 && toks[stop].tag != "VBZ" && toks[stop].tag != "VBP" && toks[stop].tag != "MD" {
				stop++
			}
			if m := mentionAt(k+1, stop); m != nil {
				return m.canon, false
			}
		}
	}
	// The deal word of the sum's phrase: the word itself, or one just
	// after the sum ("$200 million offer"), or a few words before it
	// with no finite verb between ("an eight-year deal worth $184
	// million").
	d := -1
	if deal {
		d = at
	} else {
		for k := end + 1; k < len(toks) && k <= end+3; k++ {
			if dealWords[toks[k].lower] {
				d = k
				break
			}
			if isVerb(toks[k]) || toks[k].text == "," {
				break
			}
		}
		for k := at - 1; d < 0 && k >= 0 && k >= at-ownerReach; k-- {
			if dealWords[toks[k].lower] {
				d = k
				break
			}
			if isFinite(toks, k) {
				break
			}
		}
	}
	if d >= 0 {
		// "the Boston offer", "the Red Sox offer"
		if m := endingAt(d - 1); m != nil {
			return m.canon, false
		}
		// "the Nationals' eight-year, $160 million offer", "Boston's offer
		// of $184 million": a possessive in the phrase before the deal word.
		for k := d - 1; k > 0 && k >= d-ownerReach; k-- {
			if isFinite(toks, k) || toks[k].tag == "DT" && k < d-1 {
				break
			}
			if (toks[k].lower == "'s" || toks[k].lower == "’s" || toks[k].text == "'" || toks[k].text == "’") && endingAt(k-1) != nil {
				return endingAt(k - 1).canon, false
			}
			if m := endingAt(k); m != nil && k+1 < len(toks) && strings.HasPrefix(toks[k+1].lower, "'") {
				return m.canon, false
			}
		}
		// "offers by the Angels", "an offer on the table from the Red Sox"
		for k := d + 1; k < len(toks) && k <= d+5; k++ {
			if isFinite(toks, k) {
				break
			}
			if toks[k].lower == "by" || toks[k].lower == "from" {
				if m := mentionAt(k+1, min(k+3, len(toks))); m != nil {
					return m.canon, false
				}
			}
		}
	}
	if cl == nil || !dealt {
		return "", false
	}
	from, to := tokenRange(toks, cl.TextSpan)
	if from < 0 || at < from {
		return "", false
	}
	// "The Angels are at eight years and at least $160MM, the Orioles
	// around seven years, $140-150MM": a party after a comma or "and",
	// with no verb of its own, takes up the list's verb. A party the
	// names did not read leaves the sum's owner unknown, not the list's
	// first.
	for k := at - 1; k > from; k-- {
		if isVerb(toks[k]) {
			break
		}
		if toks[k].text == "," || toks[k].lower == "and" {
			j := k + 1
			if j < at && toks[j].lower == "and" {
				j++
			}
			if j < at && toks[j].tag == "DT" {
				j++
			}
			if j < at && toks[j].text != "" && toks[j].text[0] >= 'A' && toks[j].text[0] <= 'Z' {
				if m := mentionAt(j, j+1); m != nil {
					return m.canon, false
				}
				e := j
				for e < at && strings.HasPrefix(toks[e].tag, "NN") && toks[e].text[0] >= 'A' && toks[e].text[0] <= 'Z' {
					e++
				}
				return properRun(toks, j, e), false
			}
		}
	}
	// "signed X to a … deal"
	for k := at - 1; k > from && k >= at-ownerReach-4; k-- {
		if strings.HasSuffix(toks[k].lower, "signed") || toks[k].lower == "sign" || toks[k].lower == "signs" {
			if m := mentionAt(k+1, k+2); m != nil && m.to < len(toks) && toks[m.to].lower == "to" {
				return m.canon, false
			}
			break
		}
	}
	who, anaphor := x.subjectOwner(toks, ms, from, to, at, mentionAt, endingAt)
	if who == "" && d >= 0 {
		// A deal word that names no party refers back to the deal last
		// named: "The Orioles have the weakest offer of the bunch -- a
		// proposal worth between $140 million and $150 million".
		anaphor = true
	}
	return who, anaphor
}

// subjectOwner is the party that is the subject of the act a sum at
// token at is in: the phrase before the nearest finite verb, back to the
// verb or complementiser before it ("… reported that the Boston Red Sox
// have made …"), past an introduction ("Last week at the Winter Meetings,
// the Washington Nationals made …"); through a coordination to the
// first verb's subject ("The deal is said to be for 8 year and could be
// up to $180 million"). A subject that is itself a party's deal ("the
// Red Sox offer was expected to be …") gives that party.
func (x *extractor) subjectOwner(toks []token, ms []mention, from, to, at int, mentionAt func(int, int) *mention, endingAt func(int) *mention) (string, bool) {
	v := finiteBefore(toks, from, at)
	if v < 0 {
		np, sv := x.subject(toks, clause{from: from, to: to + 1})
		if sv < 0 || sv > at || np.empty() {
			return "", false
		}
		if m := mentionAt(np.from, np.to); m != nil {
			return m.canon, false
		}
		return "", refersBack(toks, np)
	}
	for range 3 {
		var b, start int
		v, b, start = subjectStretch(toks, from, v, ownerBound)
		if start >= v {
			return "", false
		}
		np := npSpan{start, v}
		if d := v - 1; dealWords[toks[d].lower] {
			if m := endingAt(d - 1); m != nil {
				return m.canon, false
			}
		}
		if m := mentionAt(start, v); m != nil {
			return m.canon, false
		}
		if name := properRun(toks, start, v); name != "" {
			return name, false
		}
		if refersBack(toks, np) {
			return "", true
		}
		if !coordinated(toks, start, v) || b < from || !finiteAt(toks, b) {
			return "", false
		}
		v = b
	}
	return "", false
}

// ownerBound is where subjectOwner's walk back from a verb to its subject
// stops: a complementiser or a colon or semicolon.
func ownerBound(t token) bool {
	return t.lower == "that" || t.lower == "whether" || t.text == ":" || t.text == ";"
}

// finiteBefore is the nearest finite verb (finiteAt) among toks[from:at],
// or -1.
func finiteBefore(toks []token, from, at int) int {
	for k := at - 1; k >= from; k-- {
		if finiteAt(toks, k) {
			return k
		}
	}
	return -1
}

// subjectStretch is the walk from a finite verb at v back to its subject,
// shared by subjectOwner and figureSubject: v moves to the first verb of
// its chain ("could be", "have made", "is said"); b is the verb or the
// clause's bound (bound) before the subject, or from-1; start is where
// the subject starts, past an introduction ("On Saturday, Tom Reed
// fell", "Last week at the Winter Meetings, the Nationals made").
func subjectStretch(toks []token, from, v int, bound func(token) bool) (chain, b, start int) {
	for v-1 >= from && finiteAt(toks, v-1) {
		v--
	}
	b = v - 1
	for b >= from && !finiteAt(toks, b) && !bound(toks[b]) {
		b--
	}
	start = b + 1
	if start < v {
		switch toks[start].tag {
		case "IN", "RB", "JJ", "VBG", "VBN", "CD", "TO":
			for k := start; k < v; k++ {
				if toks[k].text == "," {
					start = k + 1
					break
				}
			}
		}
	}
	return v, b, start
}

// coordinated reports whether "and" or "or" stands among toks[from:to]:
// a subject stretch that joins two verbs ("slipped and fell").
func coordinated(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].lower == "and" || toks[k].lower == "or" {
			return true
		}
	}
	return false
}

// finiteAt is isFinite, and a past participle right after a noun or
// pronoun that no auxiliary precedes: the tagger reads "agent Scott Boras
// countered" as a participle.
func finiteAt(toks []token, k int) bool {
	if isFinite(toks, k) {
		return true
	}
	return toks[k].tag == "VBN" && k > 0 && (strings.HasPrefix(toks[k-1].tag, "NN") || toks[k-1].tag == "PRP")
}

// refersBack reports whether a subject phrase stands for a sum or deal
// named before: "it", "they", "the deal", "the numbers".
func refersBack(toks []token, np npSpan) bool {
	if np.to-np.from == 1 {
		w := toks[np.from].lower
		return w == "it" || w == "they"
	}
	w := toks[np.to-1].lower
	return (dealWords[w] || sumAnaphors[w]) && (toks[np.from].lower == "the" || toks[np.from].lower == "this" || toks[np.from].lower == "that")
}

// properRun is the run of capitalised nouns in toks[from:to], after a
// determiner, that makes up the whole phrase ("the Nationals"): a party
// the name index did not read (a team's nickname is no name of a person,
// place or organisation it knows), compared with others by its words. ""
// when the phrase is anything else.
func properRun(toks []token, from, to int) string {
	k := from
	if k < to && toks[k].tag == "DT" {
		k++
	}
	var ws []string
	for ; k < to; k++ {
		t := toks[k]
		if !strings.HasPrefix(t.tag, "NN") || t.text == "" || t.text[0] < 'A' || t.text[0] > 'Z' {
			break
		}
		ws = append(ws, t.text)
	}
	if k != to {
		return ""
	}
	return strings.Join(ws, " ")
}

// dealVerb reports whether w is a form of a verb of offering, paying or
// signing ("offered", "pays", "re-signed"), which makes a sum in its
// sentence a party's.
func dealVerb(w string) bool {
	for _, p := range []string{"offer", "bid", "pay", "paid", "sign", "re-sign", "earn"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
