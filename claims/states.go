package claims

import "strings"

// States: the polar states a claim reports of someone or something —
// ongoing or ended, at large or in custody, alive or dead — each with the
// side the claim asserts once its negations are read, and what it is of.
// They are read once, here, from Claim.Text (after Negations), so package
// compare sets two claims' states side by side on these fields alone: in
// one finding (the negation facet) and across findings (the state slot).

// State is one polar state a claim reports.
type State struct {
	// Concept is the state ("end", "free", "alive"), as the records of
	// lexicon/words.toml name it; Holds is the side the claim asserts,
	// after negation: "was not captured" holds "free", "captured" does not.
	Concept string
	Holds   bool
	// Text is the state as written, with the negator that flips it ("still
	// on the run", "not captured").
	Text string
	// At and End are the token indexes [At, End) of the state word or
	// phrase in Tokens(Claim.Text).
	At, End int
	// Of holds the content-word stems of what the state is of: the words
	// before it in its clause ("the convicted sex offender was still on the
	// run"), or the object after an active verb ("police arrested the
	// gunman"). Two states are of one thing when these meet.
	Of []string
	// Status is true when the state word reports where someone or
	// something stands over a stretch of time ("at large", "in custody";
	// class status in lexicon/words.toml), rather than an act ("killed",
	// "denied"): sources that give one subject opposite statuses disagree
	// even in sentences that share little else.
	Status bool
	// Modal is true when the state is only expected, wanted or possible
	// ("will be captured", "could end"), not asserted.
	Modal bool
}

// statePhrase is a state of several words ("on the run"): its words after
// the first, and the record's state.
type statePhrase struct {
	rest  []string
	state string
}

// statePhrases maps the first word of each state phrase to the phrases it
// opens, longest first; filled by addFacetWord.
var statePhrases = map[string][]statePhrase{}

// addStatePhrase files a state record whose key is several words.
func addStatePhrase(key, state string) {
	ws := strings.Fields(key)
	ps := append(statePhrases[ws[0]], statePhrase{ws[1:], state})
	// Longest first, so "back in custody" is read before "back".
	for i := len(ps) - 1; i > 0 && len(ps[i].rest) > len(ps[i-1].rest); i-- {
		ps[i], ps[i-1] = ps[i-1], ps[i]
	}
	statePhrases[ws[0]] = ps
}

// stateAt reads the state word or phrase that starts at token i, if any:
// its record's value ("free+") and the index after its last word.
func stateAt(ws []string, i int) (string, int) {
	for _, p := range statePhrases[ws[i]] {
		if i+len(p.rest) >= len(ws) {
			continue
		}
		match := true
		for k, w := range p.rest {
			if ws[i+1+k] != w {
				match = false
				break
			}
		}
		if match {
			return p.state, i + 1 + len(p.rest)
		}
	}
	if v, ok := polarStates[ws[i]]; ok {
		return v, i + 1
	}
	return "", i
}

// statusAt reports whether the state word or phrase at [at, end) is a
// status word.
func statusAt(ws []string, at, end int) bool {
	return statusWords[strings.Join(ws[at:end], " ")]
}

// readStates reads the states a claim reports. ts and ws are its tokens
// and their words; it runs after the negations are read.
func readStates(c *Claim, ts []Token, ws []string) []State {
	denied := map[int]bool{}
	for _, n := range c.Negations {
		for _, j := range n.Denies {
			denied[j] = true
		}
	}
	var out []State
	add := func(v string, at, end int) {
		concept, sign := splitSign(v)
		s := State{Concept: concept, Holds: sign, At: at, End: end}
		from := at
		if s.flipped(c, ws, denied) {
			s.Holds = !s.Holds
			from = s.negatorBefore(c, ws)
		}
		if at > 0 && ws[at-1] == "still" && from == at {
			from = at - 1
		}
		s.Text = c.Text[ts[from].Start:ts[end-1].End]
		s.Modal = modalBefore(ws, from)
		s.Status = statusAt(ws, at, end)
		s.Of = stateOf(c, ts, ws, at, end)
		out = append(out, s)
	}
	phase := phases(ws)
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch {
		case phase[i]:
			// A state told as what came before ("after a week on the
			// run") is not what the claim reports.
			if _, end := stateAt(ws, i); end > i {
				i = end - 1
			}
			continue
		case w == "no" && i+1 < len(ws) && ws[i+1] == "longer":
			// "no longer" says a state has ended; the state after it is
			// denied ("no longer at large").
			add("end+", i, i+2)
			if v, end := stateAt(ws, i+2); v != "" {
				concept, sign := splitSign(v)
				s := State{Concept: concept, Holds: !sign, At: i + 2, End: end, Text: c.Text[ts[i].Start:ts[end-1].End], Status: statusAt(ws, i+2, end)}
				s.Of = stateOf(c, ts, ws, i, end)
				out = append(out, s)
				i = end - 1
			} else {
				i++
			}
			continue
		case w == "over" && i > 0 && beForms[ws[i-1]] && (i+1 == len(ws) || !isDigits(ws[i+1])):
			// "the search is over", not "over 80 people".
			add("end+", i, i+1)
			continue
		}
		if v, end := stateAt(ws, i); v != "" {
			add(v, i, end)
			i = end - 1
		}
	}
	return mixedOut(out)
}

// mixedOut drops the asserted states named both ways in one claim ("tried
// to open the door and they said close it"): they say nothing of the
// claim's stance.
func mixedOut(ss []State) []State {
	return oneSided(ss, func(s State) (string, bool) { return s.Concept, s.Holds })
}

// oneSided keeps the readings whose concept the claim names on one side
// only; side gives a reading's concept and side. It filters xs in place
// and returns nil when none is left.
func oneSided[T any](xs []T, side func(T) (string, bool)) []T {
	seen := map[string]int{} // concept → 1 holds, 2 does not, 3 both
	for _, x := range xs {
		concept, holds := side(x)
		if holds {
			seen[concept] |= 1
		} else {
			seen[concept] |= 2
		}
	}
	out := xs[:0]
	for _, x := range xs {
		if concept, _ := side(x); seen[concept] != 3 {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// flipped reports whether a negation falls on the state: it denies the
// state's word (or, after a verb of opinion, what that verb reports), or
// stands right before it with only gap words between ("was not on the
// run", where "on" is no word a negation denies).
func (s State) flipped(c *Claim, ws []string, denied map[int]bool) bool {
	for j := s.At; j < s.End; j++ {
		if denied[j] {
			return true
		}
	}
	return s.negatorBefore(c, ws) < s.At
}

// negatorBefore is the index of a negator before the state with only gap
// words between, or s.At when there is none.
func (s State) negatorBefore(c *Claim, ws []string) int {
	for _, n := range c.Negations {
		if n.At >= s.At {
			continue
		}
		gap := true
		for k := n.At + 1; k < s.At; k++ {
			if !IsNegationGap(ws[k]) && ws[k] != "still" {
				gap = false
				break
			}
		}
		if gap {
			return n.At
		}
	}
	return s.At
}

// phases reports, for each token, whether it stands in a phrase opened by
// a phase word at most five words before it, with no verb between: the
// nearest phase word or verb before it is a phase word. One pass, as
// every word of every claim is asked.
func phases(ws []string) []bool {
	out := make([]bool, len(ws))
	last, isPhase := -1, false
	for i, w := range ws {
		out[i] = isPhase && i-last <= 5
		switch {
		case phaseWords[w]:
			last, isPhase = i, true
		case beForms[w] || IsFinite(w):
			last, isPhase = i, false
		}
	}
	return out
}

// modalBefore reports whether a modal word stands within three words
// before token i, only gap words between.
func modalBefore(ws []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if modalWords[ws[k]] {
			return true
		}
		if !IsNegationGap(ws[k]) && !beForms[ws[k]] && !IsNegator(ws[k]) && ws[k] != "still" {
			return false
		}
	}
	return false
}

// stateOf reads what the state at [at, end) is of: the object after an
// active verb, else the content words before it, from the start of the
// claim's content (after its speaker and cue) or of its clause.
func stateOf(c *Claim, ts []Token, ws []string, at, end int) []string {
	if end < len(ws) && objectMarkers[ws[end]] && end == at+1 {
		var out []string
		for k := end; k < len(ws) && k <= end+4; k++ {
			if !IsStopword(ws[k]) && isWordToken(ws[k]) {
				out = append(out, Stem(ws[k]))
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	from := 0
	if c.Cue != nil && c.Cue.Span.End <= c.TextSpan.Start+ts[at].Start {
		for k := range ts {
			if c.TextSpan.Start+ts[k].Start >= c.Cue.Span.End {
				from = k
				break
			}
		}
	}
	var out []string
	for k := from; k < at; k++ {
		w := strings.TrimSuffix(ws[k], "'s")
		if !IsStopword(w) && isWordToken(w) && !isNegatorWord(w) && w != "still" {
			out = append(out, Stem(w))
		}
	}
	return out
}

func isDigits(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }
