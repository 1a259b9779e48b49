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
		return sa.Holds == sb.Holds && sameTarget(sa.Of, sb.Of) && samePeople(a.f, b.f)
	},
	one: "state",
	gives: func(x *feat, it slotItem) bool {
		sb := it.f.c.States[it.k]
		for _, s := range x.c.States {
			if s.Status && !s.Modal && s.Concept == sb.Concept && s.Holds == sb.Holds && sameTarget(s.Of, sb.Of) {
				return true
			}
		}
		return false
	},
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

// samePeople reports whether two claims name the same people, one at
// least. A topic of many articles tells of several events of one kind
// (two players of one team arrested a month apart), and "was arrested"
// in two of them is of one man only when both claims name him; a claim
// naming another person too could join the two arrests into one chain.
func samePeople(a, b *feat) bool {
	if len(a.people) == 0 || len(a.people) != len(b.people) {
		return false
	}
	for _, k := range a.people {
		if !b.people.has(k) {
			return false
		}
	}
	return true
}

// stateSlotFindings runs the slot pass over the asserted statuses of all
// claims, one bucket per concept. A state only expected ("will be
// captured") asserts nothing to set against another; an act ("killed",
// "denied") may be of any of the story's people or moments, and is left to
// claims alignment put together (the negation facet).
func stateSlotFindings(r *Result, fs []feat, held []Finding) []Finding {
	byConcept := map[string][]slotItem{}
	for i := range fs {
		if fs[i].c.Empty {
			continue
		}
		for k, s := range fs[i].c.States {
			if s.Status && !s.Modal && len(s.Of) > 0 {
				byConcept[s.Concept] = append(byConcept[s.Concept], slotItem{&fs[i], k})
			}
		}
	}
	return slotPass(r, buckets(byConcept), stateRule, held)
}
