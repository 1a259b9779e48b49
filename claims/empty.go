package claims

import (
	"sort"
	"strings"
)

// webDomains are the top-level domains that tokenised news text writes
// as a word of their own after a full stop ("MyFoxHouston. com reports"):
// the splitter cuts the sentence there, and "com" is part of a name, not
// a word of what the claim says.
var webDomains = set([]string{"com", "org", "net", "gov", "edu", "co", "uk", "tv", "info"})

// readEmpty sets Claim.Empty on every claim: whether it states nothing
// another source could confirm or contradict. The rules read the tags of
// the sentence the claim's text lies in (sents, sorted by start).
func readEmpty(cs []Claim, sents []sentence, text string) {
	for i := range cs {
		c := &cs[i]
		k := sort.Search(len(sents), func(k int) bool { return sents[k].span.End > c.TextSpan.Start })
		if k == len(sents) || sents[k].span.Start > c.TextSpan.Start {
			continue
		}
		c.Empty = empty(c, sents[k].toks, text)
	}
}

// empty reports whether c asserts nothing checkable: the furniture of a
// page and the fragments a split leaves, which share a word or two with
// anything and would otherwise pair with claims of other sources.
//
//   - Nothing but a source and its cue: "com is reporting that", "reports
//     FoxSports", "he said", its content being a claim of its own or
//     nowhere — and a time alone, a blog's "8: 24am".
//   - A question: "Can you believe it?" asks; it does not state.
//   - No verb and no figure, and nothing but names ("com and Yahoo!
//     Sports", a credit line) or a single word ("His exact words:").
//   - A clause cut off by a split, ending at an article or a possessive
//     ("… while posting a.").
//
// A figure, however short its clause ("900 a month"), is a fact; so is a
// relative clause that says something of its antecedent ("who was
// charged with murder"): those stay.
func empty(c *Claim, toks []token, text string) bool {
	ts := c.TextSpan
	within := func(t token, s Span) bool { return t.start >= s.Start && t.end <= s.End }
	aside := func(t token) bool {
		if c.Speaker != nil && within(t, c.Speaker.Span) || c.Cue != nil && within(t, c.Cue.Span) {
			return true
		}
		// A time is a detail of its own when it dates a report or an act
		// ("admitting in 2006"); alone it is a blog's "8: 24am".
		for _, tm := range c.Time {
			if c.Cue == nil && c.Predicate == "" && within(t, tm.Span) {
				return true
			}
		}
		return false
	}
	figures := 0
	for _, n := range c.Numbers {
		timed := false
		for _, tm := range c.Time {
			if n.Span.Start >= tm.Span.Start && n.Span.End <= tm.Span.End {
				timed = true
			}
		}
		if !timed {
			figures++
		}
	}
	// The content words are counted, not gathered: this runs on every
	// claim, and a slice of tokens per claim was a tenth of extraction's
	// allocations.
	content, first, allCap := 0, -1, true
	verb, lastAt := false, -1
	for k, t := range toks {
		if !within(t, ts) {
			continue
		}
		lastAt = k
		if isVerb(t) || t.tag == "MD" {
			verb = true // the cue's too: "X condemned the violence" states an act
		}
		if aside(t) || !isWordToken(t.lower) || stopwords[t.lower] || webDomains[t.lower] {
			continue
		}
		if l, ok := cueLemmas[t.lower]; ok && !stanceCue[l] && (isVerb(t) || t.tag == "NNS") {
			continue // a verb of speech says who told, not what
		}
		if content == 0 {
			first = k
		}
		content++
		allCap = allCap && isCap(t.text)
	}
	if figures > 0 || lastAt < 0 {
		return false
	}
	if stampLine(c, toks) {
		return true
	}
	// A question asks; one that names no one is rhetoric ("Can you
	// believe it?"), where one about named parties ("Would he be seen as
	// a turncoat?") is about the story's event, if no fact of it.
	if question(text, ts) && len(c.Entities) == 0 {
		return true
	}
	if content == 0 {
		return true
	}
	if cutOff(toks, lastAt) {
		return true
	}
	if c.Cue != nil {
		return false
	}
	// A verb alone among pronouns and function words: "that stuns me",
	// "He hit." (a figure split off), "This is the least we can do".
	if content == 1 && isVerb(toks[first]) && len(c.Entities) == 0 && len(c.Time) == 0 {
		return true
	}
	if verb || titleCase(toks) {
		return false
	}
	return content == 1 || allCap
}

// stampWords are the words a page's time stamp or dateline holds besides
// its times, places and outlet: "on March 4, 2017 at 09: 35 AM, updated
// March 19, 2017 at 11: 05 PM", "Last updated at 14: 00 GMT".
var stampWords = set([]string{"updated", "update", "posted", "published", "modified",
	"edited", "created", "filed", "first", "last", "am", "pm", "a.m", "p.m", "a.m.", "p.m.",
	"gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
	"et", "pt", "aest", "ist", "local", "time"})

// stampLine reports whether the claim is a page's time stamp or dateline:
// it holds a time, and every other word is a word of stamps or a
// capitalised name (the dateline's place, the outlet's credit). Its times
// date the page, not any act of the story, and a stamp of one page set
// against another's ("12: 16 PM" vs "02: 00 pm") is no discrepancy.
func stampLine(c *Claim, toks []token) bool {
	if len(c.Time) == 0 || c.Cue != nil {
		return false
	}
	// A stamp gives a day or a time of day ("in 2002" after a name is a
	// fragment of a sentence, not a stamp), or says it stamps.
	stamp := false
	for _, tm := range c.Time {
		stamp = stamp || tm.Clock != "" || len(tm.Value) == len("2006-01-02")
	}
	for _, t := range toks {
		if t.start < c.TextSpan.Start || t.end > c.TextSpan.End || !isWordToken(t.lower) || stopwords[t.lower] {
			continue
		}
		inTime := false
		for _, tm := range c.Time {
			if t.start >= tm.Span.Start && t.end <= tm.Span.End {
				inTime = true
			}
		}
		if stampWords[t.lower] || stampWords[strings.TrimSuffix(t.lower, ".")] {
			stamp = true
			continue
		}
		if inTime || isCap(t.text) && !isVerb(t) {
			continue
		}
		return false
	}
	return stamp
}

// cutOff reports whether the claim whose last token is toks[k] ends its
// sentence at an article or a possessive: a clause the splitter cut
// before its object ("… while posting a." of "posting a .300 average").
func cutOff(toks []token, k int) bool {
	if w := toks[k].lower; w != "a" && w != "an" && w != "the" && toks[k].tag != "PRP$" {
		return false // "at all.", "shocked at this." are whole
	}
	for _, t := range toks[k+1:] {
		if t.text != "." {
			return false
		}
	}
	return true
}

// question reports whether the clause at s ends in a question mark, past
// closing quotation marks: it asks rather than states.
func question(text string, s Span) bool {
	t := s.In(text)
	if strings.LastIndexByte(t, '(') > strings.LastIndexByte(t, ')') {
		return false // "(8 Years?)" doubts a detail, not the claim
	}
	at := s.End
	if k := strings.LastIndexByte(t, '?'); k >= 0 && strings.TrimRight(t[k+1:], " ") == "" {
		at = s.Start + k
	} else {
		for at < len(text) && strings.IndexByte(" \"'`", text[at]) >= 0 {
			at++
		}
		for _, q := range []string{"”", "’"} {
			if strings.HasPrefix(text[at:], q) {
				at += len(q)
			}
		}
	}
	if at >= len(text) || text[at] != '?' {
		return false
	}
	// A question mark before a figure stands for a currency sign the
	// text lost ("since agreeing an ?110bn"), and asks nothing.
	next := strings.TrimLeft(text[at+1:min(len(text), at+3)], " ")
	return next == "" || !isDigitByte(next[0])
}
