package compare

import (
	"container/heap"
	"math"

	"github.com/claimdiff/claimdiff/claims"
)

// Story clustering: two stories join when their mean article similarity
// is at least storyFloor and at least storyRatio times the cohesion of
// the tighter one. Article similarity is storyNames of the similarity of
// the names their claims mention, the rest that of their words.
const (
	storyFloor = 0.05
	storyRatio = 0.5
	storyNames = 0.3

	// reprintSim is the article similarity at which two articles are
	// taken for one report printed twice.
	reprintSim = 0.8
)

// stories splits the articles of a run into stories: groups of articles
// that share their rarer words and the names their claims mention. A newsroom folder or a search
// result often mixes two events of one kind (two earthquakes, two Oscar
// hosts); claims of different stories should not be called the same claim
// just because they use the same verbs. story[i] is article i's story.
//
// With two articles there is nothing to split: the user compared them on
// purpose, and every decision is left to claim alignment.
func stories(r *Result, minSim, ratio float64) []int {
	n := len(r.Articles)
	story := make([]int, n)
	for i := range story {
		story[i] = i
	}
	if n < 3 {
		for i := range story {
			story[i] = 0
		}
		return story
	}
	words, names := wordSimilarity(r), nameSimilarity(r)
	// The dot products come from inverted indexes of terms (see Rows), not
	// from a merge of every pair's term lists, which was most of the cost
	// of a run of many articles; the floats are those of Score.
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
	}
	words.Rows(func(i int, dots []float64) {
		for j := i + 1; j < n; j++ {
			sim[i][j] = words.cosineOf(i, j, dots[j])
		}
	})
	names.Rows(func(i int, dots []float64) {
		for j := i + 1; j < n; j++ {
			s := (1-storyNames)*sim[i][j] + storyNames*names.cosineOf(i, j, dots[j])
			sim[i][j], sim[j][i] = s, s
		}
	})
	return clusterStories(sim, minSim, ratio)
}

// clusterStories groups n articles by their similarity matrix sim (see
// stories); story[i] is article i's story.
func clusterStories(sim [][]float64, minSim, ratio float64) []int {
	n := len(sim)
	story := make([]int, n)
	// Average-linkage agglomeration, closest stories first. How similar
	// articles of one story are depends on the story and the writing, so
	// the stopping rule is relative: two stories join when the link
	// between them is at least ratio times the cohesion of the tighter
	// one, and at least minSim. One event's coverage is a tight cluster;
	// two events of the same kind are two tight clusters loosely linked.
	members := make([][]int, n)
	coh := make([]float64, n) // mean similarity inside; +Inf for one article
	version := make([]int, n)
	for i := range members {
		members[i] = []int{i}
		coh[i] = math.Inf(1)
	}
	link := func(x, y []int) float64 {
		s := 0.0
		for _, a := range x {
			for _, b := range y {
				s += sim[a][b]
			}
		}
		return s / float64(len(x)*len(y))
	}
	// Candidate joins wait in a heap, closest first and then in index
	// order (the order a scan of all pairs would pick them in); a merge
	// re-pushes only the links of the merged story, whose cohesion and
	// members changed, and entries of an older version are stale. A scan
	// of every pair after every merge made many articles cubic. Each link
	// is computed by the same call, smaller index first, as before, so
	// the floats, and the decisions, are the same.
	h := &candHeap{}
	push := func(i, j int) {
		if i > j {
			i, j = j, i
		}
		l := link(members[i], members[j])
		if t := math.Min(coh[i], coh[j]); l < minSim || (!math.IsInf(t, 1) && l < ratio*t) {
			return
		}
		heap.Push(h, cand{l, i, j, version[i], version[j]})
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if sim[i][j] >= minSim {
				push(i, j)
			}
		}
	}
	for h.Len() > 0 {
		c := heap.Pop(h).(cand)
		bi, bj := c.a, c.b
		if members[bi] == nil || members[bj] == nil || version[bi] != c.va || version[bj] != c.vb {
			continue // stale
		}
		m := append(members[bi], members[bj]...)
		pairs, s := 0, 0.0
		for x := range m {
			for y := x + 1; y < len(m); y++ {
				// Reprints of one wire story are one report: counted
				// in the cohesion, a pair of them makes their story look
				// far tighter than its distinct reports are, and an
				// article that tells the story its own way falls under
				// the ratio and is split off as another story.
				if sim[m[x]][m[y]] >= reprintSim {
					continue
				}
				s += sim[m[x]][m[y]]
				pairs++
			}
		}
		members[bi], members[bj] = m, nil
		version[bi]++
		version[bj]++
		coh[bi] = math.Inf(1)
		if pairs > 0 {
			coh[bi] = s / float64(pairs)
		}
		for k := range members {
			if members[k] != nil && k != bi {
				push(k, bi)
			}
		}
	}
	for k, m := range members {
		for _, a := range m {
			story[a] = k
		}
	}
	return story
}

// wordSimilarity compares articles by their content words, each weighted by
// log frequency and rarity across the articles, so the words every article
// of the run uses ("host", "awards") count for little and the names of one
// story for much.
func wordSimilarity(r *Result) *ArticleSimilarity {
	terms := make([]map[string]float64, len(r.Articles))
	for i, a := range r.Articles {
		counts := map[string]int{}
		for _, w := range claims.ContentWords(bodyText(a)) {
			counts[w]++
		}
		terms[i] = logCounts(counts)
	}
	return NewArticleSimilarity(terms, 2)
}

// nameSimilarity compares articles by the names their claims mention, as
// wordSimilarity by words: who and where tell two events of one kind apart
// better than what happened, which they share.
func nameSimilarity(r *Result) *ArticleSimilarity {
	idx := map[string]int{}
	for i, a := range r.Articles {
		idx[a.ID] = i
	}
	counts := make([]map[string]int, len(r.Articles))
	for i := range counts {
		counts[i] = map[string]int{}
	}
	for i := range r.Claims {
		c := &r.Claims[i]
		for _, e := range c.Entities {
			if k := nameKey(e.Name); k != "" {
				counts[idx[c.Source]][k]++
			}
		}
	}
	terms := make([]map[string]float64, len(counts))
	for i, c := range counts {
		terms[i] = logCounts(c)
	}
	return NewArticleSimilarity(terms, 2)
}

// bodyText is the article without its skipped regions.
func bodyText(a *claims.Article) string {
	if len(a.Skip) == 0 {
		return a.Text
	}
	b := make([]byte, 0, len(a.Text))
	last := 0
	for _, s := range a.Skip {
		if s.Start < last {
			continue
		}
		b = append(b, a.Text[last:s.Start]...)
		b = append(b, '\n')
		last = s.End
	}
	b = append(b, a.Text[last:]...)
	return string(b)
}
