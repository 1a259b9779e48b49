package compare

// The state slot: one source reports someone still at large, another that
// he was captured; one that a fight goes on, another that it has ended.
// Outlets state these in sentences that share little else ("the convicted
// sex offender was still on the run" / "a convicted sex offender … was
// captured Monday"), so alignment keeps them apart, and the slot pass
// (slots.go) joins them: a state's slot is its concept and what it is of
// (claims.State.Of), and two values clash when one asserts the state the
// other denies. Developing stories are told as such (developing.go).

// stateRule is the slot pass for polar states.
var stateRule = slotRule{
	facet: FacetNegation,
	what:  "states",
	text:  func(it slotItem) string { return it.f.c.States[it.k].Text },
	compatible: func(a, b slotItem) bool {
		return a.f.c.States[a.k].Holds == b.f.c.States[b.k].Holds
	},
	rival: func(_ []slotItem, a, b slotItem) bool {
		sa, sb := a.f.c.States[a.k], b.f.c.States[b.k]
		return a.f.art != b.f.art && sa.Holds != sb.Holds && sameTarget(sa.Of, sb.Of)
	},
	same: func(_ []slotItem, a, b slotItem) bool {
		sa, sb := a.f.c.States[a.k], b.f.c.States[b.k]
		return sa.Holds == sb.Holds && sameTarget(sa.Of, sb.Of)
	},
	one: "state",
}

// sameTarget reports whether two states are of one thing: what each is of
// shares a word.
func sameTarget(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// stateSlotFindings runs the slot pass over the asserted statuses of all
// claims, one bucket per concept. A state only expected ("will be
// captured") asserts nothing to set against another; an act ("killed",
// "denied") may be of any of the story's people or moments, and is left to
// claims alignment put together (the negation facet).
func stateSlotFindings(r *Result, fs []feat, held []Finding) []Finding {
	byConcept := map[string][]slotItem{}
	for i := range fs {
		for k, s := range fs[i].c.States {
			if s.Status && !s.Modal && len(s.Of) > 0 {
				byConcept[s.Concept] = append(byConcept[s.Concept], slotItem{&fs[i], k})
			}
		}
	}
	bs := buckets(byConcept)
	out := slotFindings(r, bs, stateRule, held)
	return append(out, slotAgreements(r, bs, stateRule, append(held, out...))...)
}
