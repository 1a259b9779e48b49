package claims

import (
	"slices"
	"strings"
)

// The words of a claim as its comparison weighs them: the stems of its
// content words, and which of them it uses only as a passive that names no
// doer.

// readStems sets Claim.Stems, Claim.Passive and Claim.Polarity from
// Claim.Text.
func readStems(c *Claim) {
	c.Stems = ContentWords(c.Text)
	ws := words(c.Text)
	c.Passive = passives(ws)
	c.Polarity = polarityOf(ws)
}

// polarityOf reads Polarity from the words of a claim.
func polarityOf(ws []string) Polarity {
	// Most words of a claim stand where a verb can: one allocation.
	p := Polarity{Stems: make([]string, len(ws)), Verbs: make([]string, 0, len(ws))}
	for i, w := range ws {
		st := Stem(w)
		if !IsStopword(w) && !IsNegator(w) && !strings.HasSuffix(w, "n't") {
			p.Stems[i] = st
			if (i > 0 && IsSequel(ws[i-1]) || i > 1 && IsSequel(ws[i-2])) && !slices.Contains(p.Sequel, st) {
				p.Sequel = append(p.Sequel, st)
			}
		}
		if (i == 0 || !IsNounMarker(ws[i-1])) && !slices.Contains(p.Verbs, st) {
			p.Verbs = append(p.Verbs, st)
		}
		if IsDispute(w) || w == "evidence" && i > 0 && ws[i-1] == "no" {
			p.Disputes = true
		}
	}
	return p
}

// passives are the stems every use of which in ws is a passive naming no
// doer: after a form of "be", with no "by" in the four words that follow.
// "The woman was hit" does not say who hit her; "was hit by the driver"
// does.
func passives(ws []string) []string {
	agentless := func(i int) bool {
		if i == 0 || !IsBe(ws[i-1]) {
			return false
		}
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if ws[j] == "by" {
				return false
			}
		}
		return true
	}
	// Most claims have no passive: find one before stemming every word.
	var cands []string
	for i := range ws {
		if agentless(i) {
			cands = append(cands, Stem(ws[i]))
		}
	}
	if cands == nil {
		return nil
	}
	stems := make([]string, len(ws))
	for i, w := range ws {
		stems[i] = Stem(w)
	}
	var out []string
	for _, st := range cands {
		every := true
		for i := range ws {
			if stems[i] == st && !agentless(i) {
				every = false
				break
			}
		}
		if every && !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	return out
}
