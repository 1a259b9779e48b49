package compare

import (
	"iter"
	"math"
	"sort"

	"github.com/claimdiff/claimdiff/internal/synonym"
)

// vec is a sparse weighted bag of word stems, sorted by stem. Sorted slices
// rather than maps: sums run in one fixed order, so a score is the same
// float on every run (map order would change its last bits and, at a
// threshold, a decision), and a merge join is faster than hashing.
type vec []wv

type wv struct {
	w string
	v float64
}

func newVec(m map[string]float64) vec {
	out := make(vec, 0, len(m))
	for w, v := range m {
		out = append(out, wv{w, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].w < out[j].w })
	return out
}

func (a vec) norm() float64 {
	s := 0.0
	for _, x := range a {
		s += x.v * x.v
	}
	return math.Sqrt(s)
}

func (a vec) sum() float64 {
	s := 0.0
	for _, x := range a {
		s += x.v
	}
	return s
}

// has reports whether stem w is in a.
func (a vec) has(w string) bool {
	i := sort.Search(len(a), func(i int) bool { return a[i].w >= w })
	return i < len(a) && a[i].w == w
}

func cosine(a, b vec, na, nb float64) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	d, _ := dot(a, b)
	return d / (na * nb)
}

// dot returns the dot product of a and b and the weight of a's stems that
// b shares.
func dot(a, b vec) (d, shared float64) {
	// shared's walk written out: similarity's inner loop, a tenth
	// slower through the iterator.
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].w == b[j].w:
			d += a[i].v * b[j].v
			shared += a[i].v
			i++
			j++
		case a[i].w < b[j].w:
			i++
		default:
			j++
		}
	}
	return d, shared
}

// shared yields, in order, the place i in a and j in b of each stem both
// hold: the merge join of two sorted vecs that sharedStems and evidence
// walk (dot spells it out).
func (a vec) shared(b vec) iter.Seq2[int, int] {
	return func(yield func(i, j int) bool) {
		for i, j := 0, 0; i < len(a) && j < len(b); {
			switch {
			case a[i].w == b[j].w:
				if !yield(i, j) {
					return
				}
				i++
				j++
			case a[i].w < b[j].w:
				i++
			default:
				j++
			}
		}
	}
}

// synw is one synset of one stem of a claim.
type synw struct {
	id uint32
	w  string
	v  float64
}

// synsets lists the WordNet synsets of a vec's stems, sorted by id then
// stem (synonym.Sets remembers its lookups).
func synsets(a vec) []synw {
	var out []synw
	for _, x := range a {
		for _, id := range synonym.Sets(x.w) {
			out = append(out, synw{id, x.w, x.v})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].id != out[j].id {
			return out[i].id < out[j].id
		}
		return out[i].w < out[j].w
	})
	return out
}

// synWeight is what a synonym counts for against the same word.
const synWeight = 0.8

// synDot adds to a dot product the pairs of stems that differ but share a
// synset ("quake"/"earthquake"), each stem used once, neither present in
// the other text as itself.
func synDot(a, b *feat) (d, shared float64) {
	var used []string
	isUsed := func(w string) bool {
		for _, u := range used {
			if u == w {
				return true
			}
		}
		return false
	}
	for i, j := 0, 0; i < len(a.syn) && j < len(b.syn); {
		x, y := a.syn[i], b.syn[j]
		switch {
		case x.id < y.id:
			i++
		case x.id > y.id:
			j++
		default:
			if x.w != y.w && !b.words.has(x.w) && !a.words.has(y.w) && !isUsed(x.w) && !isUsed(y.w) {
				d += synWeight * x.v * y.v
				shared += synWeight * math.Min(x.v, y.v)
				used = append(used, x.w, y.w)
			}
			i++
		}
	}
	return d, shared
}
