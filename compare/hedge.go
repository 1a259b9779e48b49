package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// The hedge facet: one source hedges what another asserts.

// hedgeDifference finds two claims in close wording (text, the cosine of
// their words) of which one hedges what the other asserts.
func hedgeDifference(ca, cb *claims.Claim, text float64) (difference, bool) {
	hedgedA, ok := hedgeFlip(ca, cb)
	if !ok || text < 0.4 || passedOn(ca, cb, hedgedA) {
		return difference{}, false
	}
	h, s := ca, cb
	if !hedgedA {
		h, s = cb, ca
	}
	if hedgedByOwnCue(h) {
		return difference{}, false
	}
	return difference{FacetHedge, fmt.Sprintf("%s hedges (%q) what %s asserts", h.Source, shorten(h.Text, 60), s.Source), "", ""}, true
}

// hedgingOf reads which predicates of a claim are hedged and by whom.
// The hedges and what each governs are the claim's own reading
// (claims.Claim.Hedges): scope is the stem of each governed word ("may
// have used"), agent the content words before the first hedge, who is
// said to have done it; hedged is whether some hedge doubts anything,
// which a hedge of caution (Hedge.Caution, "allegedly", "is believed to")
// does not: cautious is whether one stands in the claim.
func hedgingOf(c *claims.Claim) (scope, agent map[string]bool, hedged, cautious bool) {
	scope, agent = map[string]bool{}, map[string]bool{}
	first := true
	for _, h := range c.Hedges {
		// A hedge of legal caution ("allegedly handcuffed", "is believed
		// to") keeps from prejudging, it doubts nothing another source
		// asserts.
		if h.Caution {
			cautious = true
			continue
		}
		hedged = true
		if first {
			first = false
			for _, st := range h.Before {
				agent[st] = true
			}
		}
		if h.Stem != "" {
			scope[h.Stem] = true
		}
	}
	return scope, agent, hedged, cautious
}

// hedgeFlip reports whether one claim hedges what the other asserts
// plainly: its hedge governs a predicate the other states plainly ("may
// have used it" / "used it"), not a side remark ("charged after allegedly
// opening fire" / "charged after a killing").
func hedgeFlip(ca, cb *claims.Claim) (hedgedA, flip bool) {
	sa, ga, ha, ca2 := hedging(ca)
	sb, gb, hb, cb2 := hedging(cb)
	// A claim told with legal caution ("allegedly set fire") does not
	// assert plainly either: a source that doubts it is no different.
	if ha == hb || ha && cb2 || hb && ca2 {
		return false, false
	}
	h, g, hc, other := sa, ga, ca, cb
	if hb {
		h, g, hc, other = sb, gb, cb, ca
	}
	ow := map[string]bool{}
	for _, w := range other.Stems {
		ow[w] = true
	}
	// "A man was charged after allegedly opening fire" hedges who fired,
	// in a claim about the man; "opened fire at the party", said of no
	// one, asserts that someone did, which the first does not doubt.
	if len(g) > 0 {
		shared := false
		for w := range g {
			shared = shared || ow[w]
		}
		if !shared {
			return false, false
		}
	}
	for w := range h {
		// "After he clipped the jogger, he allegedly struck a parked
		// van": what the claim itself asserts before its hedge is not in
		// doubt.
		if !ow[w] || g[w] {
			continue
		}
		// "The driver allegedly hit a woman" doubts who hit her; "the
		// woman was hit", naming no one, does not say
		// (claims.Claim.Passive).
		if slices.Contains(other.Passive, w) && !slices.Contains(hc.Passive, w) {
			continue
		}
		return ha, true
	}
	return false, false
}

// passedOn reports whether the claim that does not hedge is itself only
// passed on ("…, the BBC reported", "according to police"): then neither
// source asserts it, and there is no hedged-vs-asserted difference.
func passedOn(ca, cb *claims.Claim, hedgedA bool) bool {
	s := cb
	if !hedgedA {
		s = ca
	}
	if s.Cue == nil {
		return false
	}
	switch s.Cue.Lemma {
	case "report", "according to", "allege", "claim":
		return true
	}
	return false
}

// hedgedByOwnCue reports whether what hedges a claim is only its own
// attribution ("12 are reported to be from the north", "were said to
// have been rescued"): the register of passing on what a source reports,
// as "…, the BBC reported" is (see passedOn), not a doubt of what another
// source asserts. A hedge of its own ("reportedly", "may have") doubts.
func hedgedByOwnCue(c *claims.Claim) bool {
	if c.Cue == nil {
		return false
	}
	cue := strings.Fields(claims.Fold(c.Cue.Text))
	doubting := 0
	for _, h := range c.Hedges {
		if h.Caution {
			continue
		}
		doubting++
		if !slices.Contains(cue, h.Word) {
			return false
		}
	}
	return doubting > 0
}
