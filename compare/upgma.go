package compare

import (
	"container/heap"
	"slices"
	"sort"
)

// maxEjections bounds how often one claim can be put out of a group for a
// better claim of its article, which makes grouping end. At one, once a
// displaced claim had joined another group, that group could no longer
// meet a group holding a better claim of the same article.
const maxEjections = 2

type cand struct {
	avg    float64
	a, b   int // cluster ids, a < b
	va, vb int // their versions when pushed
}

type candHeap []cand

func (h candHeap) Len() int { return len(h) }
func (h candHeap) Less(i, j int) bool {
	if h[i].avg != h[j].avg {
		return h[i].avg > h[j].avg
	}
	if h[i].a != h[j].a {
		return h[i].a < h[j].a
	}
	return h[i].b < h[j].b
}
func (h candHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *candHeap) Push(x any)   { *h = append(*h, x.(cand)) }
func (h *candHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// upgma groups claims by average-linkage agglomeration: the two groups
// whose members are on average most alike join first, as long as that
// average (pairs without an edge count as 0) is at least link and some
// single pair between them is strong enough to align on its own.
//
// A group holds at most one claim per article. When two groups that
// report the same thing each hold a claim of one article, they still
// join, and the article keeps the claim that fits the union better: the
// other goes back to being alone and may join another group. Without
// this, a loose claim that joined first ("which hands out the top film
// honors") would keep its article's real match out of the group for
// good. A claim is put out at most maxEjections times, so this ends.
func upgma(fs []feat, all []edge, link float64) [][]int {
	n := len(fs)
	type nb struct {
		j int
		s float64
	}
	// adj holds each claim's edges in the order of all; byJ the same
	// edges sorted by the other claim, for plan's lookups, where of
	// several edges between two claims the last counts.
	type sedge struct {
		j     int
		s     float64
		start bool
	}
	adj, byJ := make([][]nb, n), make([][]sedge, n)
	for _, e := range all {
		if e.score <= 0 {
			continue
		}
		adj[e.a] = append(adj[e.a], nb{e.b, e.score})
		adj[e.b] = append(adj[e.b], nb{e.a, e.score})
		byJ[e.a] = append(byJ[e.a], sedge{e.b, e.score, e.start})
		byJ[e.b] = append(byJ[e.b], sedge{e.a, e.score, e.start})
	}
	for i, es := range byJ {
		sort.SliceStable(es, func(x, y int) bool { return es[x].j < es[y].j })
		k := 0
		for x := range es {
			if k > 0 && es[k-1].j == es[x].j {
				es[k-1] = es[x] // the later edge wins, as a map assignment would
				continue
			}
			es[k] = es[x]
			k++
		}
		byJ[i] = es[:k]
	}
	// plan's scratch: inKb[y] is y's place in kb, plus one; hits are the
	// edges of one claim into kb.
	type hit struct {
		k int
		e sedge
	}
	inKb := make([]int, n)
	var hits []hit
	edgeTo := func(x, y int) (sedge, bool) {
		es := byJ[x]
		i := sort.Search(len(es), func(i int) bool { return es[i].j >= y })
		if i < len(es) && es[i].j == y {
			return es[i], true
		}
		return sedge{}, false
	}
	of := make([]int, n)
	var members [][]int
	var version []int
	newCluster := func(ms []int) int {
		id := len(members)
		members = append(members, ms)
		version = append(version, 0)
		for _, m := range ms {
			of[m] = id
		}
		return id
	}
	for i := 0; i < n; i++ {
		newCluster([]int{i})
	}
	ejected := make([]int, n)
	sumTo := func(m int, set map[int]bool) float64 {
		s := 0.0
		for _, x := range adj[m] {
			if set[x.j] {
				s += x.s
			}
		}
		return s
	}
	// plan works out the union of clusters a and b: the average link
	// between what stays of each, the best single pair, and who leaves.
	plan := func(a, b int) (avg float64, strong bool, out []int, ok bool) {
		byArt := map[int]int{}
		for _, m := range members[a] {
			byArt[fs[m].art] = m
		}
		clash := map[int]bool{}
		var pairs [][2]int
		for _, m := range members[b] {
			if o, ok := byArt[fs[m].art]; ok {
				clash[o], clash[m] = true, true
				pairs = append(pairs, [2]int{o, m})
			}
		}
		rest := map[int]bool{}
		for _, g := range [][]int{members[a], members[b]} {
			for _, m := range g {
				if !clash[m] {
					rest[m] = true
				}
			}
		}
		drop := map[int]bool{}
		for _, p := range pairs {
			sa, sb := sumTo(p[0], rest), sumTo(p[1], rest)
			lose := p[1]
			if sb > sa || (sb == sa && p[1] < p[0]) {
				lose = p[0]
			}
			if ejected[lose] >= maxEjections {
				return 0, false, nil, false
			}
			drop[lose] = true
			out = append(out, lose)
		}
		var ka, kb []int
		for _, m := range members[a] {
			if !drop[m] {
				ka = append(ka, m)
			}
		}
		for _, m := range members[b] {
			if !drop[m] {
				kb = append(kb, m)
			}
		}
		if len(ka) == 0 || len(kb) == 0 {
			return 0, false, nil, false
		}
		// Each pair is looked up by binary search in x's sorted edges,
		// not by hashing the pair, which made many articles slow; a
		// claim with fewer edges than kb has members instead picks its
		// edges into kb and sums them in kb's order. Either way the sum
		// runs in the same order as ever (a missing edge adds 0), so the
		// averages are the same floats.
		for k, y := range kb {
			inKb[y] = k + 1
		}
		s := 0.0
		for _, x := range ka {
			if es := byJ[x]; len(es) < len(kb) {
				hits = hits[:0]
				for _, e := range es {
					if k := inKb[e.j]; k > 0 {
						hits = append(hits, hit{k, e})
					}
				}
				slices.SortFunc(hits, func(a, b hit) int { return a.k - b.k })
				for _, h := range hits {
					s += h.e.s
					strong = strong || h.e.start
				}
				continue
			}
			for _, y := range kb {
				if e, ok := edgeTo(x, y); ok {
					s += e.s
					strong = strong || e.start
				}
			}
		}
		for _, y := range kb {
			inKb[y] = 0
		}
		return s / float64(len(ka)*len(kb)), strong, out, true
	}
	h := &candHeap{}
	push := func(a, b int) {
		if a > b {
			a, b = b, a
		}
		avg, strong, _, ok := plan(a, b)
		if ok && strong && avg >= link {
			heap.Push(h, cand{avg, a, b, version[a], version[b]})
		}
	}
	// neighbours marks the clusters it has seen with a stamp per call
	// rather than a fresh map: it runs after every merge.
	var seenAt []int
	call := 0
	neighbours := func(c int) []int {
		call++
		if len(seenAt) < len(members) {
			seenAt = append(seenAt, make([]int, len(members)-len(seenAt)+n)...)
		}
		var out []int
		for _, m := range members[c] {
			for _, x := range adj[m] {
				if d := of[x.j]; d != c && seenAt[d] != call {
					seenAt[d] = call
					out = append(out, d)
				}
			}
		}
		sort.Ints(out)
		return out
	}
	for c := 0; c < n; c++ {
		for _, d := range neighbours(c) {
			if c < d {
				push(c, d)
			}
		}
	}
	for h.Len() > 0 {
		c := heap.Pop(h).(cand)
		if members[c.a] == nil || members[c.b] == nil || version[c.a] != c.va || version[c.b] != c.vb {
			continue // stale
		}
		_, _, out, ok := plan(c.a, c.b)
		if !ok {
			continue
		}
		drop := map[int]bool{}
		for _, m := range out {
			drop[m] = true
		}
		var ms []int
		for _, g := range [][]int{members[c.a], members[c.b]} {
			for _, m := range g {
				if !drop[m] {
					ms = append(ms, m)
				}
			}
		}
		members[c.a], members[c.b] = nil, nil
		version[c.a]++
		version[c.b]++
		id := newCluster(ms)
		touched := []int{id}
		for _, m := range out {
			ejected[m]++
			touched = append(touched, newCluster([]int{m}))
		}
		for _, t := range touched {
			for _, d := range neighbours(t) {
				push(t, d)
			}
		}
	}
	var groups [][]int
	for _, g := range members {
		if len(g) > 1 {
			g = append([]int(nil), g...)
			sort.Ints(g)
			groups = append(groups, g)
		}
	}
	sort.Slice(groups, func(x, y int) bool { return groups[x][0] < groups[y][0] })
	return groups
}
