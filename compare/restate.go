package compare

import (
	"container/heap"
	"maps"
	"slices"
	"sort"
)

// restateLink is the least average similarity between a claim and the
// members of a group of other articles for the claim to join a group that
// already holds a claim of its own article.
const restateLink = 0.3

// groupOf maps each of n claims to the group that holds it, -1 for none.
func groupOf(n int, groups [][]int) []int {
	of := make([]int, n)
	for i := range of {
		of[i] = -1
	}
	for g, ms := range groups {
		for _, m := range ms {
			of[m] = g
		}
	}
	return of
}

// restatements lets a group take further claims of articles it already
// holds. An article states its main facts more than once — the headline,
// the lead and a later paragraph restating the toll or the day — and a
// fact-checker wants every statement of one slot in one finding: a
// source that gives two values for it contradicts itself, and a reader
// must see each statement beside the others' (an article saying "died
// on Friday" in the lead and "died on Thursday" in the body). Alignment
// keeps one claim per article in a group, so these restatements are left
// alone; here a lone claim joins the group its article is already in
// when it resembles the group's claims of other articles as closely, on
// average, as a member would, and has a strong partner among them.
//
// Only claims no group holds move: a claim already aligned elsewhere
// stays where the matching put it.
func restatements(fs []feat, groups [][]int, edges []edge) [][]int {
	of := groupOf(len(fs), groups)
	type link struct {
		sum    float64
		strong bool
	}
	// links[x][g]: x's similarity to the members of group g of other
	// articles, from the candidate edges (a pair without an edge counts 0).
	links := map[int]map[int]*link{}
	add := func(x, y int, e edge) {
		if of[x] != -1 || of[y] == -1 {
			return
		}
		if links[x] == nil {
			links[x] = map[int]*link{}
		}
		l := links[x][of[y]]
		if l == nil {
			l = &link{}
			links[x][of[y]] = l
		}
		l.sum += e.score
		l.strong = l.strong || e.start
	}
	for _, e := range edges {
		add(e.a, e.b, e)
		add(e.b, e.a, e)
	}
	joined := map[int][]int{}
	for _, x := range slices.Sorted(maps.Keys(links)) {
		best, bestAvg := -1, 0.0
		for _, g := range slices.Sorted(maps.Keys(links[x])) {
			l := links[x][g]
			own, others := false, 0
			for _, m := range groups[g] {
				if fs[m].sentKey == fs[x].sentKey {
					// Another clause of the same sentence is another fact.
					own, others = false, 0
					break
				}
				if fs[m].art == fs[x].art {
					own = true
				} else {
					others++
				}
			}
			if !own || !l.strong || others == 0 {
				continue
			}
			if avg := l.sum / float64(others); avg >= restateLink && avg > bestAvg {
				best, bestAvg = g, avg
			}
		}
		if best >= 0 {
			joined[best] = append(joined[best], x)
		}
	}
	out := make([][]int, len(groups))
	for g, ms := range groups {
		ms = append(append([]int(nil), ms...), joined[g]...)
		sort.Ints(ms)
		out[g] = ms
	}
	return out
}

// slotLink is the least average similarity, over the pairs of claims of
// different articles, at which two groups join into one slot.
const slotLink = 0.2

// slotRatio is the least share of the tighter group's cohesion that the
// link between two groups must reach for them to join.
const slotRatio = 0.5

// mergeSlots joins groups that report one slot. Alignment keeps one
// claim per article in a group, so when every article states a fact in
// its headline and again in its lead, the headlines form one group and
// the leads another; when the two groups resemble each other as closely
// as members of one group do, they are one slot, and one finding shows
// every statement of it. Groups join closest first (average linkage over
// the candidate edges of claims of different articles, a pair without an
// edge counting 0), while that average stays at or above slotLink.
func mergeSlots(fs []feat, groups [][]int, edges []edge) [][]int {
	of := groupOf(len(fs), groups)
	members := make([][]int, len(groups))
	version := make([]int, len(groups))
	copy(members, groups)
	adj := make([][]int, len(fs))
	sim := map[[2]int]float64{}
	for _, e := range edges {
		if e.score > 0 && of[e.a] >= 0 && of[e.b] >= 0 {
			adj[e.a] = append(adj[e.a], e.b)
			adj[e.b] = append(adj[e.b], e.a)
			sim[[2]int{e.a, e.b}], sim[[2]int{e.b, e.a}] = e.score, e.score
		}
	}
	avg := func(a, b int) float64 {
		s, n := 0.0, 0
		for _, x := range members[a] {
			for _, y := range members[b] {
				if fs[x].art != fs[y].art {
					s += sim[[2]int{x, y}]
					n++
				}
			}
		}
		if n == 0 {
			return 0
		}
		return s / float64(n)
	}
	neighbours := func(g int) []int {
		seen := map[int]bool{g: true}
		var out []int
		for _, x := range members[g] {
			for _, y := range adj[x] {
				if d := of[y]; !seen[d] {
					seen[d] = true
					out = append(out, d)
				}
			}
		}
		sort.Ints(out)
		return out
	}
	// cohesion is a group's average similarity within, over its pairs of
	// claims of different articles; computed once per group and again
	// only when the group grows.
	coh := make([]float64, len(members))
	cohOf := make([]int, len(members))
	for g := range cohOf {
		cohOf[g] = -1
	}
	cohesion := func(g int) float64 {
		if cohOf[g] != version[g] {
			coh[g], cohOf[g] = avg(g, g), version[g]
		}
		return coh[g]
	}
	h := &candHeap{}
	push := func(a, b int) {
		if a > b {
			a, b = b, a
		}
		// Two groups are one slot when they resemble each other nearly
		// as much as their own members do: two facts of a short story
		// share its words, but less than two wordings of one fact.
		if v := avg(a, b); v >= slotLink && v >= slotRatio*min(cohesion(a), cohesion(b)) {
			heap.Push(h, cand{v, a, b, version[a], version[b]})
		}
	}
	for g := range members {
		for _, d := range neighbours(g) {
			if g < d {
				push(g, d)
			}
		}
	}
	for h.Len() > 0 {
		c := heap.Pop(h).(cand)
		if members[c.a] == nil || members[c.b] == nil || version[c.a] != c.va || version[c.b] != c.vb {
			continue // stale
		}
		members[c.a] = append(members[c.a], members[c.b]...)
		for _, m := range members[c.b] {
			of[m] = c.a
		}
		members[c.b] = nil
		version[c.a]++
		version[c.b]++
		for _, d := range neighbours(c.a) {
			push(c.a, d)
		}
	}
	var out [][]int
	for _, ms := range members {
		if ms != nil {
			ms = append([]int(nil), ms...)
			sort.Ints(ms)
			out = append(out, ms)
		}
	}
	sort.Slice(out, func(x, y int) bool { return out[x][0] < out[y][0] })
	return out
}
