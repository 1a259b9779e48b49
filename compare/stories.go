package compare

import (
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
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
		for j := range sim[i] {
			if i != j {
				sim[i][j] = (1-storyNames)*words.Score(i, j) + storyNames*names.Score(i, j)
			}
		}
	}
	// Average-linkage agglomeration, closest stories first. How similar
	// articles of one story are depends on the story and the writing, so
	// the stopping rule is relative: two stories join when the link
	// between them is at least ratio times the cohesion of the tighter
	// one, and at least minSim. One event's coverage is a tight cluster;
	// two events of the same kind are two tight clusters loosely linked.
	members := make([][]int, n)
	coh := make([]float64, n) // mean similarity inside; +Inf for one article
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
	// links[i][j] (i < j) caches link(members[i], members[j]): only the
	// links of a merged story change, so a merge recomputes one row and
	// column instead of every pair (which made many articles cubic). Each
	// is computed by the same link call in the same order as before, so
	// the floats, and the decisions, are the same.
	links := make([][]float64, n)
	for i := range links {
		links[i] = make([]float64, n)
		for j := i + 1; j < n; j++ {
			links[i][j] = link(members[i], members[j])
		}
	}
	for {
		bi, bj, best := -1, -1, -1.0
		for i := range members {
			if members[i] == nil {
				continue
			}
			for j := i + 1; j < n; j++ {
				if members[j] == nil {
					continue
				}
				l := links[i][j]
				if t := math.Min(coh[i], coh[j]); l < minSim || (!math.IsInf(t, 1) && l < ratio*t) {
					continue
				}
				if l > best {
					bi, bj, best = i, j, l
				}
			}
		}
		if bi < 0 {
			break
		}
		m := append(members[bi], members[bj]...)
		pairs, s := 0, 0.0
		for x := range m {
			for y := x + 1; y < len(m); y++ {
				s += sim[m[x]][m[y]]
				pairs++
			}
		}
		members[bi], members[bj] = m, nil
		coh[bi] = s / float64(pairs)
		for k := range members {
			switch {
			case members[k] == nil || k == bi:
			case k < bi:
				links[k][bi] = link(members[k], members[bi])
			default:
				links[bi][k] = link(members[bi], members[k])
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
// of the run uses ("host", "Oscars") count for little and the names of one
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
