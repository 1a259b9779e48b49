package claims

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Figures and times in context: what the words around each number and
// time of a claim say about it, read once from the claim's text as the
// claim reports it (Claim.Text, after tidying) and carried on the Number
// and the Time, so that package compare can tell two reports of one figure
// or date from two without reading the text again.

// figureReach is how many content words either side of a figure say what
// it is about.
const figureReach = 4

// listGap is the most bytes between two figures that a list joins ("14
// Somali and 9 Yemeni").
const listGap = 40

// readFigures sets the context fields of each of c's numbers.
func readFigures(c *Claim) {
	if len(c.Numbers) == 0 {
		return
	}
	text := c.Text
	var all []string // the claim's content words, for figures outside its text
	for i := range c.Numbers {
		n := &c.Numbers[i]
		start, end := n.Span.Start-c.TextSpan.Start, n.Span.End-c.TextSpan.Start
		n.Before, n.After, n.Prep, n.Leading, n.Modifies, n.Per = nil, nil, "", false, "", ""
		if start < 0 || end > len(text) || start > end {
			// A quote's figure written outside the quotation marks: the
			// whole quote is its context.
			if all == nil {
				all = ContentWords(text)
			}
			n.Before = all
		} else {
			bw := ContentWords(text[:start])
			n.Before = bw[max(0, len(bw)-figureReach):]
			aw := ContentWords(text[end:])
			n.After = aw[:min(len(aw), figureReach)]
			if f := strings.Fields(text[:start]); len(f) > 0 {
				n.Leading = IsLeadingWord(strings.ToLower(f[len(f)-1]))
			}
			if IsSpanUnit(strings.ToLower(n.Unit)) {
				if f := strings.Fields(text[end:]); len(f) > 0 {
					if w := strings.ToLower(strings.Trim(f[0], ",.;:()\"'’”")); IsScopePrep(w) {
						n.Prep = w
					}
				}
			}
			n.Modifies = modifiedNoun(*n, text, end)
			n.Per = rateOf(text[:start], text[end:])
		}
		ts := Tokens(n.Text)
		n.Kinds, n.Proper = nil, nil
		if n.Unit != DayRankUnit {
			// A day's rank is all amount and unit: "seventh straight"
			// names no kind of day.
			n.Kinds = kindsIn(ts)
			n.Proper = properKinds(n.Text, ts, n.Kinds)
		}
	}
	listed(c)
	tallies(c)
}

// tallyOpeners are the words right before a figure that make it a total
// ("a total of 20 magazines", "in all 12 people"); tallyPhrases are the
// words of a clause that make its figures running totals ("so far",
// "to date").
var (
	tallyOpeners = []string{"a total of", "total of", "in all", "in total", "altogether", "cumulative"}
	// exceptOpeners, right before a figure, make it the part of a whole
	// an act leaves out ("all but three matches").
	exceptOpeners = []string{"all but", "all except", "all except for", "all save"}
	tallyPhrases  = []string{"so far", "to date", "thus far", "in total", "in all", "altogether", "all told"}
)

// tallies sets Number.Tally and Number.Except of c's figures. A total is
// a figure written right after a total's opener and the figures listed
// after it, or any figure whose clause (Number.Scope, within the claim's
// text) says it counts so far; an exception is a figure written right
// after "all but".
func tallies(c *Claim) {
	order := make([]int, len(c.Numbers))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return c.Numbers[order[i]].Span.Start < c.Numbers[order[j]].Span.Start })
	has := func(s string, ps []string) bool {
		s = " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }), " ") + " "
		for _, p := range ps {
			if strings.Contains(s, " "+p+" ") {
				return true
			}
		}
		return false
	}
	open := false // the figure before was a total
	for _, i := range order {
		n := &c.Numbers[i]
		n.Tally = false
		start, end := n.Span.Start-c.TextSpan.Start, n.Span.End-c.TextSpan.Start
		if start < 0 || end > len(c.Text) || start > end {
			open = false
			continue
		}
		before := strings.FieldsFunc(strings.ToLower(c.Text[max(0, start-24):start]), func(r rune) bool { return !unicode.IsLetter(r) })
		lead := " " + strings.Join(before, " ")
		opened := false
		for _, p := range tallyOpeners {
			if strings.HasSuffix(lead, " "+p) {
				opened = true
			}
		}
		// The clause within the claim's text (which tidying may have made
		// shorter than its span).
		s0, s1 := max(n.Scope.Start-c.TextSpan.Start, 0), min(n.Scope.End-c.TextSpan.Start, len(c.Text))
		inScope := s0 < s1 && has(c.Text[s0:s1], tallyPhrases) && !has(c.Text[start:end], tallyPhrases)
		// The items of a list share its total ("so far … 9 rifles, 20
		// magazines and 400 cartridges").
		// A stretch of time, an age or a rate is no count to add up:
		// "to date none of those offers are for more than eight years"
		// says when, not how many in all.
		counted := !IsSpanUnit(strings.ToLower(n.Unit)) && n.Unit != AgeUnit && n.Per == ""
		n.Tally = counted && (opened || inScope || (open && n.Listed))
		n.Except = false
		for _, p := range exceptOpeners {
			if strings.HasSuffix(lead, " "+p) {
				n.Except = true
			}
		}
		open = n.Tally
	}
}

// modifiedNoun is the stem of the noun a count joined to its unit by a
// hyphen modifies ("11-game win streak" → streak, "five - boat pirate
// formation" → formation), the last noun of the phrase after it; "" when
// n is no such count, is an age, or no noun follows ("a five-year, $70
// million offer").
func modifiedNoun(n Number, text string, end int) string {
	if n.Unit == "" || n.Unit == AgeUnit {
		return ""
	}
	compact := strings.ToLower(strings.ReplaceAll(n.Text, " ", ""))
	if !strings.HasSuffix(compact, "-"+strings.ToLower(n.Unit)) {
		return ""
	}
	l := lexText(text, Span{end, len(text)})
	w, _ := l.nounAfter(0, false, true)
	if w == "" {
		return ""
	}
	return Stem(Fold(w))
}

// kindsOf is what a number's text says of the counted noun besides the
// noun and the amount: "seven AK-47 rifles" → ak-47, "11 Yemeni pirates"
// → yemeni.
func kindsOf(text string) []string { return kindsIn(Tokens(text)) }

// kindsIn is kindsOf on the Tokens ts of a number's text.
func kindsIn(ts []Token) []string {
	var out []string
	for i, t := range ts {
		w := t.Word
		if i == len(ts)-1 || IsCountWord(w) || strings.Trim(w, "0123456789.,") == "" || slices.Contains(out, w) ||
			numCurrencyWord[w] != "" || (strings.HasPrefix(w, gluedCurrency) && strings.Trim(w[len(gluedCurrency):], "0123456789.,") == "") {
			// A currency word is the unit, wherever it is written
			// ("euro22 billion").

			continue
		}
		out = append(out, w)
	}
	return out
}

// properKinds are the kinds of a figure written with a capital: a
// proper adjective of origin, maker or model ("yemeni" in "11 Yemeni
// pirates", "ak-47" in "seven AK-47 rifles"), which picks out a part of
// what the plain noun counts. ts are the Tokens of text.
func properKinds(text string, ts []Token, kinds []string) []string {
	var out []string
	for _, t := range ts {
		if c := text[t.Start]; c >= 'A' && c <= 'Z' && t.Start > 0 && slices.Contains(kinds, t.Word) && !slices.Contains(out, t.Word) {
			out = append(out, t.Word)
		}
	}
	return out
}

// listed marks each figure joined to the figure written before it by
// "and" or a comma: the items of a list, which may add up to a total.
func listed(c *Claim) {
	order := make([]int, len(c.Numbers))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return c.Numbers[order[i]].Span.Start < c.Numbers[order[j]].Span.Start })
	for k := range order {
		n := &c.Numbers[order[k]]
		n.Listed = false
		if k == 0 {
			continue
		}
		end := c.Numbers[order[k-1]].Span.End - c.TextSpan.Start
		start := n.Span.Start - c.TextSpan.Start
		if end < 0 || start > len(c.Text) || end > start || start-end > listGap {
			continue
		}
		gap := " " + strings.ToLower(c.Text[end:start]) + " "
		n.Listed = strings.Contains(gap, " and ") || strings.Contains(gap, ",")
	}
}

// readTimes sets the context fields of each of c's times.
func readTimes(c *Claim) {
	for i := range c.Time {
		t := &c.Time[i]
		t.Relative = !writtenDate.MatchString(t.Text)
		t.Subordinate = subordinate(t.Span.Start-c.TextSpan.Start, c.Text)
	}
}

// subordinate reports whether a time at byte start of text dates a clause
// set inside the claim ("… the contract he signed when the club hired him
// on April 21, 2004"): a subordinator, or "after"/"before" and a pronoun,
// between the last comma, semicolon or colon before it and it.
func subordinate(start int, text string) bool {
	if start <= 0 || start > len(text) {
		return false
	}
	before := text[:start]
	if i := strings.LastIndexAny(before, ",;:"); i >= 0 {
		before = before[i+1:]
	}
	ws := strings.Fields(strings.ToLower(before))
	for i, w := range ws {
		if IsSubordinator(w) || ((w == "after" || w == "before") && i+1 < len(ws) && IsPronoun(ws[i+1])) {
			return true
		}
	}
	return false
}

// IsAddedWord reports whether w, one of a figure's Kinds, says the figure
// counts an increase over an earlier count.
func IsAddedWord(w string) bool { return addedWords[w] }

// maxAside is the most tokens a bracketed figure after a figure holds
// ("($ 265.3 million)", "(about £1.7m)", "(over seven years)").
const maxAside = 6

// figureScopes sets the clause each of cl's figures is stated in (see
// scopeOf). Brackets end a clause, but a figure's own aside does not: a
// bracket holding only a figure right after it ("caused 200 million
// euros ($265.3 million) of damage in Athens", "the $161 million (over
// seven years) that he received") goes on to what the figure measures.
// The figure in the brackets keeps its bracket as its clause: a
// conversion is the writer's arithmetic, not another report of the
// figure.
func figureScopes(toks []token, from, to int, cl *Claim) {
	for i := range cl.Numbers {
		cl.Numbers[i].Scope = scopeOf(toks, from, to, cl.Numbers[i].Span)
	}
	for i := range cl.Numbers {
		n := &cl.Numbers[i]
		last := -1 // the figure's last token
		for k := from; k < to && toks[k].start < n.Span.End; k++ {
			last = k
		}
		open := last + 1
		if last < 0 || open >= to || toks[open].text != "(" {
			continue
		}
		closing := -1
		for k := open + 1; k < to && k <= open+maxAside+1; k++ {
			if toks[k].text == ")" {
				closing = k
				break
			}
		}
		if closing < open+2 || closing+1 >= to {
			continue
		}
		aside := false
		for j, m := range cl.Numbers {
			if j != i && m.Span.Start >= toks[open+1].start && m.Span.Start < toks[open+1].end && m.Span.End == toks[closing-1].end {
				aside = true
				// After a sum, not a count ("900 tickets ($4,000)" are
				// takings); a figure of no unit may be a sum whose sign an
				// encoding slip lost ("a? 90 - billion ($117 - billion)").
				if m.Unit != n.Unit && (n.Unit == "" || isMoney(*n)) && isMoney(m) {
					cl.Numbers[j].Converted = true
				}
			}
		}
		if !aside {
			continue
		}
		after := scopeOf(toks, from, to, Span{toks[closing+1].start, toks[closing+1].end})
		if after.Start == toks[closing+1].start {
			n.Scope.End = max(n.Scope.End, after.End)
		}
	}
}

// ratePeriods are the stretches a rate is given for, by the words that
// name them after "a", "per" or "each" ("$21 million a year", "$20
// million per season").
var ratePeriods = map[string]string{
	"year": "year", "season": "year", "month": "month", "week": "week", "day": "day", "hour": "hour",
}

// rateAdverbs and rateAdjectives name a period in one word, after the
// figure ("$21 million annually") or before it ("an average annual
// value of $23 million").
var (
	rateAdverbs    = map[string]string{"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}
	rateAdjectives = map[string]string{"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}
)

// rateReach is how many words before a figure may name its period ("an
// average annual value of more than the $21 million").
const rateReach = 6

// rateOf is the period a figure written between before and after is a
// rate for, or "".
func rateOf(before, after string) string {
	af := strings.Fields(strings.ToLower(after))
	trim := func(w string) string { return strings.Trim(w, ",.;:()\"'’”") }
	if len(af) > 0 {
		if p := rateAdverbs[trim(af[0])]; p != "" {
			return p
		}
	}
	if len(af) > 1 {
		switch af[0] {
		case "a", "an", "per", "each", "every":
			if p := ratePeriods[trim(af[1])]; p != "" {
				return p
			}
		}
	}
	bf := strings.Fields(strings.ToLower(before))
	for i := len(bf) - 1; i >= 0 && i >= len(bf)-rateReach; i-- {
		w := trim(bf[i])
		if p := rateAdjectives[w]; p != "" {
			return p
		}
		if w != bf[i] || !rateGlue[w] {
			// Only the words of the phrase the figure is in: "the
			// annual festival lost $2 million" is no rate.
			break
		}
	}
	return ""
}

// rateGlue are the words that may stand between a period adjective and
// the figure it makes a rate ("an average annual value of more than the
// $21 million").
var rateGlue = map[string]bool{
	"average": true, "value": true, "salary": true, "pay": true, "wage": true, "income": true, "budget": true,
	"cost": true, "rent": true, "fee": true, "of": true, "more": true, "less": true, "than": true, "the": true,
	"a": true, "an": true, "about": true, "around": true, "some": true, "nearly": true, "almost": true,
	"roughly": true, "over": true, "under": true, "at": true, "least": true, "most": true, "is": true, "was": true,
}

// PeriodOf is the period a unit of time measures, as Number.Per names
// periods ("years", "seasons", "year" → "year"), or "".
func PeriodOf(unit string) string {
	u := strings.ToLower(unit)
	if p := ratePeriods[u]; p != "" {
		return p
	}
	return ratePeriods[strings.TrimSuffix(u, "s")]
}

// figureVerbs reads Number.Verb: from each figure with a unit back to the
// verb whose object it is. The walk crosses the object's phrases and the
// items of a list (a comma followed by no verb), and stops where another
// clause or a quotation begins, or at a figure's own subject (a verb
// after the figure is not read: "two banks were attacked" has none).
func figureVerbs(toks []token, from, to int, cl *Claim) {
	for i := range cl.Numbers {
		n := &cl.Numbers[i]
		if n.Unit == "" {
			continue
		}
		first := -1
		for k := from; k < to; k++ {
			if toks[k].start >= n.Span.Start {
				first = k
				break
			}
		}
		if first < 0 {
			continue
		}
		last := first
		for last+1 < to && toks[last+1].start < n.Span.End {
			last++
		}
		if next := last + 1; next < to && (isAux(toks[next].lower) || toks[next].tag == "VBD" || toks[next].tag == "VBZ" || toks[next].tag == "VBP") {
			continue // the figure is its clause's subject ("said 12 people were hurt")
		}
		n.Verb = objectVerb(toks, from, first)
	}
}

// objectVerb is the stem of the verb before toks[at] that governs it
// (see figureVerbs), or "".
func objectVerb(toks []token, from, at int) string {
	for k := at - 1; k >= from; k-- {
		t := toks[k]
		switch {
		case t.inQuote || t.text == ";" || t.text == ":" || t.text == "(" || t.text == ")" || t.lower == "that" ||
			t.lower == "when" || t.tag == "WDT" || t.tag == "WRB" || t.tag == "WP":
			return ""
		case t.text == ",":
			// A comma ends the walk unless it parts the items of a list:
			// the next word is no verb ("a building, four shops").
			if k+1 < at && (isVerb(toks[k+1]) || toks[k+1].tag == "MD") {
				return ""
			}
		case t.tag == "VBG" && k > from && toks[k-1].tag == "IN":
			// a gerund inside a prepositional phrase
		case isVerb(t) && !isAux(t.lower):
			if t.tag == "VBN" && k > from && isAux(toks[k-1].lower) && beForms[toks[k-1].lower] {
				// "was attacked by": a passive's figure after it is
				// its agent or a phrase, no object.
				return ""
			}
			return Stem(t.lower)
		}
	}
	return ""
}
