package compare

import "github.com/claimdiff/claimdiff/claims"

// Ages of no named person. "The killing of a 15-year-old teenager by
// police" names no one (claims.Number.Of is empty), yet when the story
// gives that age to one person only ("Alexandros Grigoropoulos, 15", "a
// 15-year-old boy, Alexandros Grigoropoulos") and the article naming the
// teenager's age names that person too, the age is most likely that
// person's: a reader takes it so, and an agreement on the age should
// hold every source that gives it. A second person of that age in the
// story, or another person named in the age's own clause ("another
// 15-year-old, Michalis …", read without its Of), leaves it unnamed. The
// reading serves agreements only: a rival age must say whose it is
// (figureRule.rival, agesOfOne).

// markAgeOwners sets fs[i].ageOf[k] to the name of the person the story
// ties the unnamed age fs[i].c.Numbers[k] to, or "" when none.
func markAgeOwners(fs []feat) {
	type key struct {
		story int
		value float64
		high  float64
	}
	// The people (last name token) each age value is given to, per story,
	// and one full name for each.
	owners := map[key]map[string]string{}
	// The last name tokens of the people each article names.
	named := map[int]map[string]bool{}
	for i := range fs {
		f := &fs[i]
		for _, e := range f.c.Entities {
			if e.Type != "person" {
				continue
			}
			if last := lastToken(e.Name); last != "" {
				if named[f.art] == nil {
					named[f.art] = map[string]bool{}
				}
				named[f.art][last] = true
			}
		}
		for _, n := range f.c.Numbers {
			if n.Unit != claims.AgeUnit || n.Of == "" {
				continue
			}
			last := lastToken(n.Of)
			if last == "" {
				continue
			}
			k := key{f.story, n.Value, n.High()}
			if owners[k] == nil {
				owners[k] = map[string]string{}
			}
			if prev, ok := owners[k][last]; !ok || n.Of < prev {
				owners[k][last] = n.Of // the least name, for determinism
			}
		}
	}
	for i := range fs {
		f := &fs[i]
		f.ageOf = nil
		for k, n := range f.c.Numbers {
			if n.Unit != claims.AgeUnit || n.Of != "" {
				continue
			}
			ps := owners[key{f.story, n.Value, n.High()}]
			if len(ps) != 1 {
				continue
			}
			var last, full string
			for l, name := range ps {
				last, full = l, name
			}
			if !named[f.art][last] || othersInScope(f.c, n, last) {
				continue
			}
			if f.ageOf == nil {
				f.ageOf = make([]string, len(f.c.Numbers))
			}
			f.ageOf[k] = full
		}
	}
}

// othersInScope reports whether the clause of figure n (its Scope) names
// a person whose last name token is not last.
func othersInScope(c *claims.Claim, n claims.Number, last string) bool {
	for _, e := range c.Entities {
		if e.Type != "person" || e.Span.End <= n.Scope.Start || e.Span.Start >= n.Scope.End {
			continue
		}
		if l := lastToken(e.Name); l == "" || l != last {
			return true
		}
	}
	return false
}

// lastToken is the last of a name's nameTokens, what markAgeOwners tells
// people apart by, or "" when it has none.
func lastToken(name string) string {
	ts := nameTokens(name)
	if len(ts) == 0 {
		return ""
	}
	return ts[len(ts)-1]
}

// ageOwner is the person figure k of f is an age of: its own reading
// (claims.Number.Of), else the one markAgeOwners found, else "".
func ageOwner(f *feat, k int) string {
	if of := f.c.Numbers[k].Of; of != "" {
		return of
	}
	if k < len(f.ageOf) {
		return f.ageOf[k]
	}
	return ""
}

// agesOfOneOwner is agesOfOne over ageOwner: whether two ages are one
// person's when the story ties unnamed ages to the one person it gives
// that age to; known is false when either is still no one's.
func agesOfOneOwner(a *feat, i int, b *feat, k int) (one, known bool) {
	na, nb := a.c.Numbers[i], b.c.Numbers[k]
	na.Of, nb.Of = ageOwner(a, i), ageOwner(b, k)
	return agesOfOne(na, nb)
}
