package compare

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/synonym"
)

// The argument rule of the slot pass: two claims of one act (one family:
// "died", "suffocated", "burnt to death") that give it different values
// for one role — the cause ("of congestive heart failure" vs "from
// Alzheimer's disease"), the place ("at his home" vs "at a hospice near
// his home"), the manner ("suffocated" vs "burnt to death") — are a
// content discrepancy, however little else their sentences share. The
// values are read in package claims (claims.Arg); here only their fields
// are compared.

// argValue is the index in c.Args of the value a claim gives for an act's
// role: its last argument of that role with a common noun for head. A
// place is told from the building down ("at the headquarters in the
// hotel"), so the last one is the finest; a named place ("in Santa Rosa")
// is told at another grain than a building and is left out. -1 when
// there is none.
func argValue(c *claims.Claim, act, role string) int {
	k := -1
	for i, a := range c.Args {
		if a.Act == act && a.Role == role && !a.Named && a.Head != "" {
			k = i
		}
	}
	return k
}

// argHeads is the heads of every argument a claim gives for an act's role
// (common nouns): "at a branch of the bank" gives "branch" and "bank".
func argHeads(c *claims.Claim, act, role string) []string {
	var out []string
	for _, a := range c.Args {
		if a.Act == act && a.Role == role && !a.Named {
			out = append(out, a.Head)
		}
	}
	return out
}

// headIn reports whether h is one of hs or a synonym of one.
func headIn(h string, hs []string) bool {
	for _, x := range hs {
		if x == h || synonym.Same(x, h) {
			return true
		}
	}
	return false
}

// argsAgree reports whether two values of one act's role can both hold:
// the value of either is among the other's arguments of that role ("a
// branch of the bank" and "the bank").
func argsAgree(a, b slotItem) bool {
	x, y := a.f.c.Args[a.k], b.f.c.Args[b.k]
	return headIn(x.Head, argHeads(b.f.c, y.Act, y.Role)) || headIn(y.Head, argHeads(a.f.c, x.Act, x.Role))
}

// sameWho reports whether two values may be of one act's participant:
// the same person, or one of them unnamed ("the three bank workers",
// "his grandfather").
func sameWho(a, b slotItem) bool {
	return mayBeOne(a.f.c.Args[a.k].Who, b.f.c.Args[b.k].Who)
}

// givesArg reports whether a's article states, in some claim of the
// bucket, a value of the role that agrees with b's: an article that gives
// both values is no rival to b's.
func givesArg(bucket []slotItem, a, b slotItem) bool {
	for _, it := range bucket {
		if it.f.art == a.f.art && it.f != a.f && sameWho(it, b) && argsAgree(it, b) {
			return true
		}
	}
	return false
}

// argRule compares one role's values; what names the role in the
// summary ("causes differ: …").
func argRule(what string) slotRule {
	return slotRule{
		facet:      FacetContent,
		what:       what,
		text:       func(it slotItem) string { return it.f.c.Args[it.k].Text },
		compatible: argsAgree,
		rival: func(bucket []slotItem, a, b slotItem) bool {
			return a.f.art != b.f.art && sameWho(a, b) && !argsAgree(a, b) &&
				!givesArg(bucket, a, b) && !givesArg(bucket, b, a)
		},
		same: func(_ []slotItem, a, b slotItem) bool { return sameWho(a, b) && argsAgree(a, b) },
		one:  strings.TrimSuffix(what, "s"),
	}
}

// argSlotFindings runs the slot pass over the arguments of acts, one
// bucket per act family and role.
func argSlotFindings(r *Result, fs []feat, held []Finding) []Finding {
	roles := claims.ComparedRoles()
	byRole := map[string]map[string][]slotItem{}
	for _, role := range roles {
		byRole[role] = map[string][]slotItem{}
	}
	for i := range fs {
		if fs[i].c.Empty {
			continue
		}
		c := fs[i].c
		var seen []string
		for _, a := range c.Args {
			key := a.Act + "\x00" + a.Role
			if !slices.Contains(roles, a.Role) || slices.Contains(seen, key) {
				continue
			}
			seen = append(seen, key)
			if k := argValue(c, a.Act, a.Role); k >= 0 {
				byRole[a.Role][key] = append(byRole[a.Role][key], slotItem{&fs[i], k})
			}
		}
	}
	var out []Finding
	for _, role := range roles {
		out = append(out, slotPass(r, buckets(byRole[role]), argRule(role+"s"), held)...)
	}
	return out
}
