package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Slot agreements: one value of one slot stated by several sources in
// claims alignment kept apart. A claim often carries more facts than the
// one it was aligned on — "Comeaux, 49, escaped from a prison van" is
// aligned with the other accounts of the escape, and its "49" agrees with
// "Arcade Joseph Comeaux Jr., 49, is serving a life sentence" elsewhere;
// "three bank workers" died in a headline, a lead and a later paragraph
// that alignment put in three groups. A fact-checker wants each fact the
// sources share confirmed once, with every source that states it, so the
// slot pass that finds rival values (slots.go) also finds values that
// agree: the same value, of one slot read from the claims' fields.

// slotPass runs both passes over one set of buckets: the rival values
// (slotFindings), then the agreeing ones. The agreement pass is given
// held alone: it looks only at the agreements held (see slotAgreements),
// and the first pass finds discrepancies only.
func slotPass(r *Result, bs [][]slotItem, rule slotRule, held []Finding) []Finding {
	return append(slotFindings(r, bs, rule, held), slotAgreements(r, bs, rule, held)...)
}

// slotAgreements returns, for each set of items joined by rule.same, an
// agreement finding holding their claims, when the set spans two or more
// articles and no finding in held already holds all its claims.
func slotAgreements(r *Result, bs [][]slotItem, rule slotRule, held []Finding) []Finding {
	// Only an agreement holds a fact already: the sources on one side of
	// a discrepancy ("at his home" in six outlets, "at a hospice" in one)
	// also agree with each other, and a reader must see that too.
	in := findingsOf(held, Agreement)
	var out []Finding
	for _, items := range bs {
		if len(items) > maxSlotItems {
			continue
		}
		var sets unionFind
		sets.grow(len(items))
		linked := make([]bool, len(items))
		for x := range items {
			for y := x + 1; y < len(items); y++ {
				a, b := items[x], items[y]
				if a.f.art == b.f.art || a.f.story != b.f.story || !rule.same(items, a, b) {
					continue
				}
				linked[x], linked[y] = true, true
				sets.union(x, y)
			}
		}
		for _, ms := range sets.classes(func(x int) bool { return linked[x] }) {
			if f, ok := slotAgreement(rule, items, ms, in); ok {
				out = append(out, f)
			}
		}
	}
	return out
}

// slotAgreement is the finding of one set of agreeing values, or false
// when one held finding already has all its claims.
func slotAgreement(rule slotRule, items []slotItem, members []int, in map[string][]int) (Finding, bool) {
	f := Finding{Kind: Agreement, Severity: Low, Score: 1, bySlot: true}
	var sources []string
	seen := map[string]bool{}
	for _, m := range members {
		c := items[m].f.c
		if seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		f.Claims = append(f.Claims, c.ID)
		if !slices.Contains(sources, c.Source) {
			sources = append(sources, c.Source)
		}
	}
	sort.Strings(f.Claims)
	// Held already: some finding holds every claim.
	for _, i := range in[f.Claims[0]] {
		all := true
		for _, id := range f.Claims[1:] {
			if !slices.Contains(in[id], i) {
				all = false
				break
			}
		}
		if all {
			return f, false
		}
	}
	for _, id := range f.Claims {
		for _, m := range members {
			if items[m].f.c.ID == id {
				f.Values = append(f.Values, Value{Source: items[m].f.c.Source, Claim: id, Text: rule.text(items[m])})
				break
			}
		}
	}
	if rule.gives != nil {
		var its []slotItem
		for _, m := range members {
			its = append(its, items[m])
		}
		f.gives = func(x *feat) bool { return givesMost(rule, x, its) }
	}
	// Name the value as most of its claims write it.
	count := map[string]int{}
	said := f.Values[0].Text
	for _, v := range f.Values {
		count[v.Text]++
		if count[v.Text] > count[said] {
			said = v.Text
		}
	}
	f.Summary = fmt.Sprintf("%d sources agree on %s %q (%s)", len(sources), rule.one, said, strings.Join(sources, ", "))
	return f, true
}

// givesMost reports whether claim x gives the value of at least half of
// an agreement's items: the members' values are one, but each is read
// from its own clause, and one odd reading is not the agreement's.
func givesMost(rule slotRule, x *feat, its []slotItem) bool {
	n := 0
	for _, it := range its {
		if rule.gives(x, it) {
			n++
		}
	}
	return len(its) > 0 && 2*n >= len(its)
}
