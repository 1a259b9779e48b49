package compare

import (
	"math"
	"sort"
	"strconv"
)

// Threshold is the least similarity at which two claims are aligned;
// weak is the band below which a match is marked for review.
//
// Linkage is the least average similarity between two groups that join:
// pairs without an edge count as 0, so a group grows only while most of
// its members resemble most of the newcomer's. storyPenalty is taken off
// claims of different stories (see stories).
const (
	threshold    = 0.15
	weakBand     = 0.40
	linkage      = 0.05
	storyPenalty = 0.30
)

// similarity scores how likely two claims of different articles report the
// same thing: shared content words (rarity-weighted), shared sentence
// context, shared names, and who says it.
func similarity(a, b *feat) float64 {
	text := textSim(a, b)
	ctx := cosine(a.ctx, b.ctx, a.ctxNorm, b.ctxNorm)
	ent := 0.0
	if len(a.ents) > 0 && len(b.ents) > 0 {
		shared := 0
		for k := range a.ents {
			if _, ok := b.ents[k]; ok {
				shared++
			}
		}
		ent = float64(shared) / float64(max(len(a.ents), len(b.ents)))
	}
	s := 0.7*text + 0.3*ctx + 0.0*ent
	sameSpeaker := a.speaker != "" && a.speaker == b.speaker
	if sameSpeaker {
		s += 0.1
		if a.cueFam != "" && a.cueFam == b.cueFam {
			s += 0.1
		}
		// Two quotations of the same person about the same thing are the
		// classic misquote: align them even when the words differ.
		if a.c.Kind == "quote" && b.c.Kind == "quote" && ctx > 0.05 {
			s += 0.25
		}
	} else if a.speaker != "" && b.speaker != "" && a.spkType == b.spkType && a.spkType == "person" && text < 0.6 {
		// "Maduro confirmed X" and "Trump confirmed X" are two claims, not
		// one claim credited twice, unless the words are nearly the same.
		s -= 0.2
	}
	if a.story != b.story {
		// Claims of two different stories are the same claim only when
		// nearly word for word: "was arrested on suspicion of DUI" is
		// true of both players.
		s -= storyPenalty
	}
	if a.agent != "" && a.agent == b.agent && !sameSpeaker {
		s += 0.05
	}
	if s > 1 {
		s = 1
	}
	return s
}

// textSim blends cosine with a weighted overlap coefficient, so a short
// clause contained in a long sentence still scores. Stems that are
// WordNet synonyms count nearly as much as the same stem.
func textSim(a, b *feat) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	d, shared := dot(a.words, b.words)
	sd, sshared := synDot(a, b)
	d += sd
	shared += sshared
	c := d / (a.norm * b.norm)
	if m := math.Min(a.words.sum(), b.words.sum()); m > 0 {
		if o := 0.7 * shared / m; o > c {
			return o
		}
	}
	return c
}

type edge struct {
	a, b  int // feature indices, a's article < b's article
	score float64
}

// candidates finds claim pairs of different articles worth scoring, from
// an inverted index of content words: not all pairs.
func candidates(fs []feat, threshold float64) []edge {
	post := map[string][]int{}
	for i := range fs {
		for _, x := range fs[i].words {
			post[x.w] = append(post[x.w], i)
		}
		// A paraphrase shares no word, only meaning.
		for _, x := range fs[i].syn {
			k := "\x02" + strconv.FormatUint(uint64(x.id), 10)
			if p := post[k]; len(p) == 0 || p[len(p)-1] != i {
				post[k] = append(post[k], i)
			}
		}
		for k := range fs[i].ents {
			post["\x00"+k] = append(post["\x00"+k], i)
		}
		if fs[i].c.Kind == "quote" && fs[i].speaker != "" {
			post["\x01"+fs[i].speaker] = append(post["\x01"+fs[i].speaker], i)
		}
	}
	// Words in most claims say nothing about which claims match, and their
	// postings would make this quadratic.
	arts := 0
	for i := range fs {
		arts = max(arts, fs[i].art+1)
	}
	limit := max(20, 2*arts)
	keys := make([]string, 0, len(post))
	for k := range post {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	seen := map[[2]int]bool{}
	var out []edge
	for _, k := range keys {
		p := post[k]
		if len(p) > limit {
			continue
		}
		for x := 0; x < len(p); x++ {
			for y := x + 1; y < len(p); y++ {
				i, j := p[x], p[y]
				if fs[i].art == fs[j].art {
					continue
				}
				if fs[i].art > fs[j].art {
					i, j = j, i
				}
				key := [2]int{i, j}
				if seen[key] {
					continue
				}
				seen[key] = true
				if s := similarity(&fs[i], &fs[j]); s >= threshold*0.8 {
					out = append(out, edge{i, j, s})
				}
			}
		}
	}
	sort.Slice(out, func(x, y int) bool {
		if out[x].score != out[y].score {
			return out[x].score > out[y].score
		}
		if out[x].a != out[y].a {
			return out[x].a < out[y].a
		}
		return out[x].b < out[y].b
	})
	return out
}

// align groups claims: per pair of articles an optimal one-to-one matching,
// then matches merged across articles into groups holding at most one
// claim per article. Claims that already share a sentence pair with an
// aligned pair get a small coherence bonus in a second round.
func align(fs []feat, threshold float64) [][]int {
	edges := candidates(fs, threshold)
	matched := assign(fs, edges, threshold)
	// Coherence: sentences that report the same moment usually align in
	// more than one clause ("acknowledged the call but did not disclose
	// its content" ~ "offered only a vague comment").
	pairs := map[[2]int]bool{}
	used := map[int]bool{}
	for _, e := range matched {
		pairs[[2]int{fs[e.a].sentKey, fs[e.b].sentKey}] = true
		used[e.a], used[e.b] = true, true
	}
	var rest []edge
	for _, e := range edges {
		if used[e.a] || used[e.b] {
			continue
		}
		if pairs[[2]int{fs[e.a].sentKey, fs[e.b].sentKey}] {
			e.score += 0.15
		}
		rest = append(rest, e)
	}
	sort.SliceStable(rest, func(x, y int) bool { return rest[x].score > rest[y].score })
	matched = append(matched, assign(fs, rest, threshold)...)
	return merge(fs, matched, edges, linkage)
}

// assign picks, for every pair of articles, the one-to-one matching of
// largest total score among edges at or above min.
func assign(fs []feat, edges []edge, min float64) []edge {
	type pairKey struct{ x, y int }
	byPair := map[pairKey][]edge{}
	var order []pairKey
	for _, e := range edges {
		if e.score < min {
			continue
		}
		k := pairKey{fs[e.a].art, fs[e.b].art}
		if _, ok := byPair[k]; !ok {
			order = append(order, k)
		}
		byPair[k] = append(byPair[k], e)
	}
	sort.Slice(order, func(i, j int) bool {
		if order[i].x != order[j].x {
			return order[i].x < order[j].x
		}
		return order[i].y < order[j].y
	})
	var out []edge
	for _, k := range order {
		out = append(out, matchPair(byPair[k])...)
	}
	return out
}

// matchPair solves the assignment problem on one article pair's edges
// (Hungarian method on the claims that have an edge), so a strong but
// greedy first match cannot steal the partner of two good ones.
func matchPair(es []edge) []edge {
	rows, cols := map[int]int{}, map[int]int{}
	var rl, cl []int
	for _, e := range es {
		if _, ok := rows[e.a]; !ok {
			rows[e.a] = len(rl)
			rl = append(rl, e.a)
		}
		if _, ok := cols[e.b]; !ok {
			cols[e.b] = len(cl)
			cl = append(cl, e.b)
		}
	}
	n := max(len(rl), len(cl))
	if n > 80 {
		return greedy(es)
	}
	w := make([][]float64, n)
	for i := range w {
		w[i] = make([]float64, n)
	}
	for _, e := range es {
		w[rows[e.a]][cols[e.b]] = e.score
	}
	match := hungarian(w)
	var out []edge
	for i, j := range match {
		if i < len(rl) && j >= 0 && j < len(cl) && w[i][j] > 0 {
			out = append(out, edge{rl[i], cl[j], w[i][j]})
		}
	}
	return out
}

func greedy(es []edge) []edge {
	ua, ub := map[int]bool{}, map[int]bool{}
	var out []edge
	for _, e := range es {
		if ua[e.a] || ub[e.b] {
			continue
		}
		ua[e.a], ub[e.b] = true, true
		out = append(out, e)
	}
	return out
}

// hungarian maximises total weight on a square matrix; match[i] is the
// column given to row i.
func hungarian(w [][]float64) []int {
	n := len(w)
	const inf = 1e18
	// Minimise cost = -weight with the classic O(n³) potentials method.
	u := make([]float64, n+1)
	v := make([]float64, n+1)
	p := make([]int, n+1)
	way := make([]int, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, n+1)
		usedCol := make([]bool, n+1)
		for j := range minv {
			minv[j] = inf
		}
		for {
			usedCol[j0] = true
			i0 := p[j0]
			delta := inf
			j1 := 0
			for j := 1; j <= n; j++ {
				if usedCol[j] {
					continue
				}
				cur := -w[i0-1][j-1] - u[i0] - v[j]
				if cur < minv[j] {
					minv[j] = cur
					way[j] = j0
				}
				if minv[j] < delta {
					delta = minv[j]
					j1 = j
				}
			}
			for j := 0; j <= n; j++ {
				if usedCol[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
			if j0 == 0 {
				break
			}
		}
	}
	match := make([]int, n)
	for i := range match {
		match[i] = -1
	}
	for j := 1; j <= n; j++ {
		if p[j] > 0 {
			match[p[j]-1] = j - 1
		}
	}
	return match
}

// merge joins matched pairs into groups, strongest first, never putting
// two claims of one article in a group. Two groups join only when their
// average pairwise similarity (pairs without an edge count as 0) stays at
// or above link: chaining on single strong pairs would let "Jackman will
// host" and "DeGeneres will host" meet through a shared background claim.
func merge(fs []feat, es []edge, all []edge, link float64) [][]int {
	sort.SliceStable(es, func(x, y int) bool {
		if es[x].score != es[y].score {
			return es[x].score > es[y].score
		}
		if es[x].a != es[y].a {
			return es[x].a < es[y].a
		}
		return es[x].b < es[y].b
	})
	// Every claim starts as its own cluster; sums[c][d] is the total
	// similarity between the members of clusters c and d.
	of := make([]int, len(fs))
	members := make([][]int, len(fs))
	arts := make([]map[int]bool, len(fs))
	sums := make([]map[int]float64, len(fs))
	for i := range fs {
		of[i] = i
		members[i] = []int{i}
		arts[i] = map[int]bool{fs[i].art: true}
		sums[i] = map[int]float64{}
	}
	for _, e := range all {
		sums[e.a][e.b] += e.score
		sums[e.b][e.a] += e.score
	}
	for _, e := range es {
		ca, cb := of[e.a], of[e.b]
		if ca == cb {
			continue
		}
		clash := false
		for a := range arts[cb] {
			if arts[ca][a] {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		if sums[ca][cb]/float64(len(members[ca])*len(members[cb])) < link {
			continue
		}
		if len(members[ca]) < len(members[cb]) {
			ca, cb = cb, ca
		}
		for _, m := range members[cb] {
			of[m] = ca
			arts[ca][fs[m].art] = true
		}
		members[ca] = append(members[ca], members[cb]...)
		members[cb] = nil
		for d, v := range sums[cb] {
			if d == ca {
				continue
			}
			sums[ca][d] += v
			sums[d][ca] += v
			delete(sums[d], cb)
		}
		delete(sums[ca], cb)
		sums[cb] = nil
	}
	var out [][]int
	for _, g := range members {
		if len(g) > 1 {
			sort.Ints(g)
			out = append(out, g)
		}
	}
	sort.Slice(out, func(x, y int) bool { return out[x][0] < out[y][0] })
	return out
}
