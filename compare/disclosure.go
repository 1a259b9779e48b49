package compare

import (
	"slices"

	"github.com/claimdiff/claimdiff/claims"
)

// The disclosure slot: early reports of a developing story say what is
// not yet known ("police have not disclosed how the women died"), later
// ones answer it ("were found with head injuries"). A question one source
// leaves open and another answers is a discrepancy of negation, disclosed
// vs not disclosed, however little the two sentences share. The question
// and what answers it are read in package claims (claims.Open, its
// Answers, and claims.Arg); here only their fields are compared. The
// values are ordered by publication when the sources are dated
// differently (developing.go).

// A slot item of this pass is either an open question of its claim or an
// argument that may answer one: k >= 0 is the index in Claim.Args,
// openItem(k) the index in Claim.Open.
func openItem(k int) int { return -1 - k }

// openOf returns the open question an item stands for, if it is one.
func openOf(it slotItem) (claims.Open, bool) {
	if it.k >= 0 {
		return claims.Open{}, false
	}
	return it.f.c.Open[-1-it.k], true
}

// answers reports whether arg a answers the open question o: its act and
// role are among the question's answers, and it is of one of the people
// asked about (or either names nobody).
func answers(o claims.Open, a claims.Arg) bool {
	if !answersAmong(o.Answers, a) {
		return false
	}
	if len(o.Who) == 0 || a.Who == "" {
		return true
	}
	for _, w := range o.Who {
		if nameKey(w) == nameKey(a.Who) {
			return true
		}
	}
	return false
}

// answersAmong reports whether arg a is of an act and role among a
// question's answers ("act/role", or "/role" of any act).
func answersAmong(answers []string, a claims.Arg) bool {
	return slices.Contains(answers, a.Act+"/"+a.Role) || slices.Contains(answers, "/"+a.Role)
}

// openRule sets open questions against the arguments that answer them.
var openRule = slotRule{
	facet: FacetNegation,
	what:  "disclosures",
	text: func(it slotItem) string {
		if o, ok := openOf(it); ok {
			return o.Text
		}
		return it.f.c.Args[it.k].Text
	},
	compatible: func(a, b slotItem) bool {
		_, oa := openOf(a)
		_, ob := openOf(b)
		return oa == ob
	},
	rival: func(_ []slotItem, a, b slotItem) bool {
		if a.f.art == b.f.art {
			return false
		}
		o, ok := openOf(a)
		arg := b
		if !ok {
			o, ok = openOf(b)
			arg = a
		}
		if !ok || arg.k < 0 {
			return false
		}
		return answers(o, arg.f.c.Args[arg.k])
	},
}

// openSlotFindings runs the slot pass over open questions, one bucket per
// act and role asked about, each with the arguments of every claim that
// may answer it.
func openSlotFindings(r *Result, fs []feat, held []Finding) []Finding {
	byKey := map[string][]slotItem{}
	answersOf := map[string][]string{}
	for i := range fs {
		if fs[i].c.Empty {
			continue
		}
		for k, o := range fs[i].c.Open {
			key := o.Act + "/" + o.Role
			byKey[key] = append(byKey[key], slotItem{&fs[i], openItem(k)})
			answersOf[key] = o.Answers
		}
	}
	if len(byKey) == 0 {
		return nil
	}
	for i := range fs {
		for k, a := range fs[i].c.Args {
			for key, as := range answersOf {
				if answersAmong(as, a) {
					byKey[key] = append(byKey[key], slotItem{&fs[i], k})
				}
			}
		}
	}
	return slotFindings(r, buckets(byKey), openRule, held)
}
