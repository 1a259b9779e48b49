package compare

import (
	"math"
	"sort"
)

// ArticleSimilarity is how alike the articles of one run are: the cosine
// of their term vectors, each term weighted by how rare it is among the
// run's articles, so the words every story of the run shares count for
// little. Compare uses it to split a run into stories (see stories), check
// to pick the reference articles related to a new one; each decides what
// an article's terms are and what each weighs.
type ArticleSimilarity struct {
	vecs  []vec
	norms []float64
}

// NewArticleSimilarity weights terms[i], article i's terms with their
// weight before rarity, by the smoothed rarity of each term among the
// articles. Terms fewer than minArticles articles have are left out: with
// 2, a term only one article has cannot make it like another, nor unlike.
func NewArticleSimilarity(terms []map[string]float64, minArticles int) *ArticleSimilarity {
	df := map[string]int{}
	for _, ts := range terms {
		for t := range ts {
			df[t]++
		}
	}
	n := float64(len(terms))
	s := &ArticleSimilarity{vecs: make([]vec, len(terms)), norms: make([]float64, len(terms))}
	for i, ts := range terms {
		v := make(map[string]float64, len(ts))
		for t, w := range ts {
			if df[t] < minArticles {
				continue
			}
			// Smoothed so that with two articles a shared term still
			// counts: ln(1 + n/d) is ln 2 for a term in every article,
			// more when rarer.
			v[t] = w * math.Log(1+n/float64(df[t]))
		}
		// A sorted vec sums in one fixed order: map order would change the
		// last bits of a score from run to run, and at a threshold, a
		// decision.
		s.vecs[i] = newVec(v)
		s.norms[i] = s.vecs[i].norm()
	}
	return s
}

// Score is the similarity of articles i and j, 0..1.
func (s *ArticleSimilarity) Score(i, j int) float64 {
	return cosine(s.vecs[i], s.vecs[j], s.norms[i], s.norms[j])
}

// logCounts weighs each term by its log frequency, 1 + ln(count): an
// article that names a place ten times is more about it than one that
// names it once, but not ten times more.
func logCounts(counts map[string]int) map[string]float64 {
	w := make(map[string]float64, len(counts))
	for t, k := range counts {
		w[t] = 1 + math.Log(float64(k))
	}
	return w
}

// Rows calls row(i, dots) for each article i in turn, where dots[j] for
// j > i is the dot product of articles i and j (0 when they share no
// term); dots is reused between calls. The products are summed from an
// inverted index of terms, so a pair that shares no term costs nothing,
// and in the order of the terms, which is the order dot sums them: the
// floats are those of Score. Cosines are dots[j] / (norms[i]·norms[j]),
// see cosineOf.
func (s *ArticleSimilarity) Rows(row func(i int, dots []float64)) {
	type posting struct {
		art int
		v   float64
	}
	post := map[string][]posting{}
	for i, v := range s.vecs {
		for _, x := range v {
			post[x.w] = append(post[x.w], posting{i, x.v})
		}
	}
	dots := make([]float64, len(s.vecs))
	for i, v := range s.vecs {
		clear(dots)
		for _, x := range v {
			p := post[x.w]
			// Postings are in article order: skip to those after i.
			k := sort.Search(len(p), func(k int) bool { return p[k].art > i })
			for _, q := range p[k:] {
				dots[q.art] += x.v * q.v
			}
		}
		row(i, dots)
	}
}

// cosineOf is the cosine of articles i and j from their dot product, as
// Score computes it.
func (s *ArticleSimilarity) cosineOf(i, j int, dot float64) float64 {
	if s.norms[i] == 0 || s.norms[j] == 0 {
		return 0
	}
	return dot / (s.norms[i] * s.norms[j])
}
