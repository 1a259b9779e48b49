package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// The slot pass: values of one slot — a figure, a date — that cannot both
// hold, in claims alignment did not put together. Outlets state a toll or
// a day in sentences that otherwise share little ("Police said 12 people
// were injured in the riots"; "… and police said 18 people had been
// injured in the violence"), so a value's slot is read from its fields:
// what it counts or dates, and its act (claims.Number.Act,
// claims.Time.Act). Values joined by a clash, directly or through another
// value, make one finding, every source's value side by side; pairs a
// discrepancy of aligned claims already holds are left out.

// slotItem is one value of one claim: its k-th figure or time.
type slotItem struct {
	f *feat
	k int
}

// slotRule says how the pass reads and compares one kind of value.
type slotRule struct {
	facet      Facet
	what       string // "numbers", "dates": the summary's subject
	text       func(it slotItem) string
	compatible func(a, b slotItem) bool
	// rival reports whether a and b are values of one slot that cannot
	// both hold; bucket is every value a and b are compared among.
	rival func(bucket []slotItem, a, b slotItem) bool
	// same reports whether a and b give one value of one slot (see
	// slotagree.go); one names the slot's kind in a summary ("figure").
	same func(bucket []slotItem, a, b slotItem) bool
	one  string
	// gives, when set, reports whether claim x states its value of its
	// slot, read from x's fields alone. Member fill (members.go) grows an
	// agreement found by a slot's value only by claims that give that
	// value: a claim that resembles one member's sentence ("When he was
	// arrested, police found a crowbar …" beside "Officers found a
	// crowbar …") is on another of its facts. Without it, such an
	// agreement takes no claim by resemblance.
	gives func(x *feat, it slotItem) bool
	// side, when set, returns which of a slot's rival values (reps, one
	// of each) it takes: the one it states and that alone holds with it,
	// or -1; both is whether it states one and holds with another too,
	// and so takes no side at all (see withSame).
	side func(reps []slotItem, it slotItem) (side int, both bool)
	// sideNear reports whether b, which takes a side, measures what
	// member a does: a looser test than same, the value itself being
	// the better part of the evidence.
	sideNear func(a, b slotItem) bool
	// close, when set, reports whether a rival pair is tied closely
	// enough to stand when a chain of clashes joins too many values (see
	// closeParts).
	close func(a, b slotItem) bool
	// whole, when set, reports whether values joined by clashes are one
	// slot by their fields however many values they give (one party's
	// offer reported as $200 million, up to $180 million and $184
	// million): such a chain is kept whole rather than cut.
	whole func(nodes []slotItem, members []int) bool
	// oneEach, when set, drops a finding in which one source gives two
	// of the rival values (in two claims): that source tells the values
	// apart as two figures ("sank about 90 metres" of one swimmer, "sank
	// about 9 metres" of another two days before), so they are no rivals
	// for anyone. Dates leave it unset: a lead and a body may date one
	// death differently, and the article is its own rival.
	oneEach bool
	// witnesses, when set, returns the items of the bucket (by index)
	// that a finding of members should show besides its rival values:
	// the other sources' value of the slot that settles a clash none of
	// its values can be set against (see dateWitnesses).
	witnesses func(bucket []slotItem, members []slotItem) []int
	// group, when set, reports whether a finding's summary shows a and b
	// as one value; else values of one text, or that each hold with the
	// other, are one. note, when set, is what the summary adds to a
	// value's sources ("2013-06-12" for "this morning").
	group func(a, b slotItem) bool
	note  func(it slotItem) string
}

// maxSlotItems bounds the values of one bucket the pass pairs: a run of
// many stories would otherwise pair thousands of "people" figures with
// each other. Buckets past it are left to aligned groups.
const maxSlotItems = 2000

// maxRivalValues is how many values that cannot both hold one finding may
// show. Two is a disagreement; more, joined through clashes, is a chain
// across several values of one kind (the haul, an earlier theft, a
// necklace), which is cut down to the value most sources give (see
// aroundMajority).
const maxRivalValues = 2

// buckets returns a map's buckets in the order of their keys.
func buckets(m map[string][]slotItem) [][]slotItem {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([][]slotItem, 0, len(keys))
	for _, k := range keys {
		out = append(out, m[k])
	}
	return out
}

func slotFindings(r *Result, bs [][]slotItem, rule slotRule, held []Finding) []Finding {
	// The discrepancies each claim is in, to leave out pairs one of them
	// already holds (a map of claims, not of pairs: a group of many
	// copies would make the pairs quadratic).
	in := findingsOf(held, Discrepancy)
	together := func(a, b string) bool { return shareAny(in[a], in[b]) }
	var nodes []slotItem
	var sets unionFind
	clashed := map[int]bool{}
	adj := map[int][]int{}
	var bucketOf [][2]int // each node's bucket, as a range of nodes
	for _, items := range bs {
		if len(items) > maxSlotItems {
			continue
		}
		base := len(nodes)
		for range items {
			bucketOf = append(bucketOf, [2]int{base, base + len(items)})
		}
		sets.grow(len(items))
		nodes = append(nodes, items...)
		for x := range items {
			for y := x + 1; y < len(items); y++ {
				a, b := items[x], items[y]
				if a.f == b.f || a.f.story != b.f.story || a.f.sentKey == b.f.sentKey ||
					together(a.f.c.ID, b.f.c.ID) || !rule.rival(items, a, b) {
					continue
				}
				adj[base+x] = append(adj[base+x], base+y)
				adj[base+y] = append(adj[base+y], base+x)
				sets.union(base+x, base+y)
				clashed[base+x], clashed[base+y] = true, true
			}
		}
	}
	var out []Finding
	emit := func(ms []int) {
		out = append(out, slotFinding(r, rule, nodes, withSame(rule, nodes, bucketOf, ms)))
	}
	whole := func(ms []int) bool { return rule.whole != nil && rule.whole(nodes, ms) }
	for _, ms := range sets.classes(func(x int) bool { return clashed[x] }) {
		if whole(ms) {
			emit(ms)
			continue
		}
		if rule.oneEach && selfSplit(rule, nodes, withSame(rule, nodes, bucketOf, ms)) {
			continue
		}
		// Cut at loose links, the parts are tested for one slot again;
		// uncut, the chain was tested above.
		parts, cut := [][]int{ms}, false
		if rule.close != nil && len(valueClasses(rule, nodes, ms)) > maxRivalValues {
			parts, cut = closeParts(rule, nodes, ms, adj), true
		}
		for _, ms := range parts {
			if cut && whole(ms) {
				emit(ms)
				continue
			}
			if len(valueClasses(rule, nodes, ms)) > maxRivalValues {
				ms = aroundMajority(rule, nodes, ms, adj)
				if len(valueClasses(rule, nodes, ms)) > maxRivalValues {
					continue
				}
			}
			emit(ms)
		}
	}
	return out
}

// selfSplit reports whether members give two values that cannot both
// hold, and one article gives both of them: that article tells the two
// values apart as two figures, each agreeing with another source's.
// Chains of more values are left to the cuts below.
func selfSplit(rule slotRule, nodes []slotItem, members []int) bool {
	if len(valueClasses(rule, nodes, members)) != maxRivalValues {
		return false
	}
	for x, m := range members {
		for _, o := range members[x+1:] {
			a, b := nodes[m], nodes[o]
			if a.f.art == b.f.art && !rule.compatible(a, b) && !rule.compatible(b, a) {
				return true
			}
		}
	}
	return false
}

// findingsOf maps each claim to the indexes of the findings of one kind
// in fs that hold it.
func findingsOf(fs []Finding, kind FindingKind) map[string][]int {
	in := map[string][]int{}
	for i, f := range fs {
		if f.Kind == kind {
			for _, c := range f.Claims {
				in[c] = append(in[c], i)
			}
		}
	}
	return in
}

// unionFind joins items into classes.
type unionFind []int

// grow adds n items, each its own class.
func (u *unionFind) grow(n int) {
	for range n {
		*u = append(*u, len(*u))
	}
}

func (u unionFind) find(x int) int {
	for u[x] != x {
		u[x] = u[u[x]]
		x = u[x]
	}
	return x
}

func (u unionFind) union(x, y int) {
	if px, py := u.find(x), u.find(y); px != py {
		u[px] = py
	}
}

// classes returns the classes of the items keep accepts, each in item
// order, ordered by their roots: the same sets in the same order for the
// same unions.
func (u unionFind) classes(keep func(x int) bool) [][]int {
	groups := map[int][]int{}
	var roots []int
	for x := range u {
		if !keep(x) {
			continue
		}
		root := u.find(x)
		if groups[root] == nil {
			roots = append(roots, root)
		}
		groups[root] = append(groups[root], x)
	}
	sort.Ints(roots)
	out := make([][]int, len(roots))
	for i, r := range roots {
		out[i] = groups[r]
	}
	return out
}

// closeParts splits a chain of clashes that joins too many values at its
// loose links: only rival pairs rule.close keeps stay joined. A loose link
// ("18 people had been injured in the violence" against "violence broke
// out …, where 20,000 people marched") would otherwise make one chain of
// two disagreements, and the chain be dropped. Parts of one value are no
// disagreement and are left out.
func closeParts(rule slotRule, nodes []slotItem, members []int, adj map[int][]int) [][]int {
	in := map[int]bool{}
	for _, m := range members {
		in[m] = true
	}
	seen := map[int]bool{}
	var parts [][]int
	for _, m := range members {
		if seen[m] {
			continue
		}
		seen[m] = true
		part := []int{m}
		for q := 0; q < len(part); q++ {
			x := part[q]
			for _, y := range adj[x] {
				if in[y] && !seen[y] && rule.close(nodes[x], nodes[y]) {
					seen[y] = true
					part = append(part, y)
				}
			}
		}
		if len(part) > 1 {
			sort.Ints(part)
			parts = append(parts, part)
		}
	}
	return parts
}

// valueClass is values that can all hold together.
type valueClass struct {
	rep     slotItem
	members []int
	sources map[int]bool
}

// valueClasses sorts values into classes that can both hold ("at least
// three" and "three"), in order of first appearance.
func valueClasses(rule slotRule, nodes []slotItem, members []int) []*valueClass {
	var cs []*valueClass
next:
	for _, m := range members {
		for _, c := range cs {
			if rule.compatible(c.rep, nodes[m]) {
				c.members = append(c.members, m)
				c.sources[nodes[m].f.art] = true
				continue next
			}
		}
		cs = append(cs, &valueClass{nodes[m], []int{m}, map[int]bool{nodes[m].f.art: true}})
	}
	return cs
}

// aroundMajority cuts a chain of clashes down to the value most sources
// give and the values that clash with it directly: "20,000 people
// marched" in three outlets against "approximately 50,000" in a fourth,
// without the figures of another march that clash with the 50,000.
func aroundMajority(rule slotRule, nodes []slotItem, members []int, adj map[int][]int) []int {
	cs := valueClasses(rule, nodes, members)
	best := cs[0]
	for _, c := range cs[1:] {
		if len(c.sources) > len(best.sources) {
			best = c
		}
	}
	in := map[int]bool{}
	for _, m := range best.members {
		in[m] = true
	}
	out := append([]int(nil), best.members...)
	for _, m := range best.members {
		for _, o := range adj[m] {
			if !in[o] {
				in[o] = true
				out = append(out, o)
			}
		}
	}
	sort.Ints(out)
	return out
}

// slotFinding reports one slot's rival values: each claim once, each
// value once with the sources that give it.
func slotFinding(r *Result, rule slotRule, nodes []slotItem, members []int) Finding {
	f := Finding{Kind: Discrepancy, Facets: []Facet{rule.facet}, Severity: High, Score: 1}
	type given struct {
		it      slotItem
		sources []string
	}
	var vals []*given
	seen := map[string]bool{}
	for _, m := range members {
		it := nodes[m]
		c := it.f.c
		if seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		f.Claims = append(f.Claims, c.ID)
		f.Values = append(f.Values, Value{Source: c.Source, Claim: c.ID, Text: rule.text(it)})
		var g *given
		for _, v := range vals {
			if rule.group != nil && rule.group(v.it, it) ||
				rule.group == nil && (rule.text(v.it) == rule.text(it) || (rule.compatible(v.it, it) && rule.compatible(it, v.it))) {
				g = v
				break
			}
		}
		if g == nil {
			g = &given{it: it}
			vals = append(vals, g)
		}
		if !slices.Contains(g.sources, c.Source) {
			g.sources = append(g.sources, c.Source)
		}
	}
	sort.Strings(f.Claims)
	var parts []string
	for _, v := range vals {
		who := strings.Join(v.sources, ", ")
		if rule.note != nil && rule.note(v.it) != "" {
			who += ", " + rule.note(v.it)
		}
		parts = append(parts, fmt.Sprintf("%q (%s)", rule.text(v.it), who))
	}
	f.Summary = rule.what + " differ: " + strings.Join(parts, " vs ")
	return f
}

// withSame adds to a slot's rival values every other claim that states
// one of them for the same slot (rule.same): the 20,000 marchers of a
// third outlet that words the march as "joined the demonstrations" stand
// with the two that say "marched", so the finding shows each value with
// all its sources.
//
// When the rule reads sides (rule.side), a value that states one rival's
// number but holds with another's too ("at least $2.5 million" against
// "$2.5 million" and "$2.6 million") stands with neither: which side it
// is on is not known. And a claim whose value takes exactly one side
// stands with it when it measures what a member on that side or on none
// measures (rule.sideNear, a looser test than same, the value being the
// better part of the evidence): "valued at over $2.6 million", or "a
// two-million-euro ($2.6-million) booty", the sum's conversion taking the
// side. Only the members found by same tie such a value to the slot, so
// no chain of such values drifts from the slot's values.
func withSame(rule slotRule, nodes []slotItem, bucketOf [][2]int, ms []int) []int {
	if rule.same == nil && rule.witnesses == nil || len(ms) == 0 {
		return ms
	}
	in := map[int]bool{}
	for _, m := range ms {
		in[m] = true
	}
	lo, hi := bucketOf[ms[0]][0], bucketOf[ms[0]][1]
	bucket := nodes[lo:hi]
	var reps []slotItem
	if rule.side != nil {
		for _, c := range valueClasses(rule, nodes, ms) {
			reps = append(reps, c.rep)
		}
		if len(reps) != 2 {
			// One value has no sides; a chain of more values, reported
			// at several moments, is not two sides a value can take.
			reps = nil
		}
	}
	sideOf := func(it slotItem) (int, bool) {
		if reps == nil {
			return -1, false
		}
		return rule.side(reps, it)
	}
	out := append([]int(nil), ms...)
	for x := lo; x < hi && rule.same != nil; x++ {
		if in[x] {
			continue
		}
		if _, both := sideOf(nodes[x]); both {
			continue
		}
		for _, m := range ms {
			a, b := nodes[m], nodes[x]
			if a.f.art != b.f.art && a.f.story == b.f.story && rule.same(bucket, a, b) {
				in[x] = true
				out = append(out, x)
				break
			}
		}
	}
	var more []int
	for x := lo; x < hi && reps != nil; x++ {
		if in[x] {
			continue
		}
		side, _ := sideOf(nodes[x])
		if side < 0 {
			continue
		}
		for _, m := range out {
			a, b := nodes[m], nodes[x]
			if s, _ := sideOf(a); s >= 0 && s != side {
				continue // a member on another side ties it to none
			}
			if a.f.art != b.f.art && a.f.story == b.f.story && rule.sideNear(a, b) {
				in[x] = true
				more = append(more, x)
				break
			}
		}
	}
	out = append(out, more...)
	if rule.witnesses != nil {
		var its []slotItem
		for _, m := range out {
			its = append(its, nodes[m])
		}
		for _, x := range rule.witnesses(bucket, its) {
			if !in[lo+x] {
				in[lo+x] = true
				out = append(out, lo+x)
			}
		}
	}
	sort.Ints(out)
	return out
}
