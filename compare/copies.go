package compare

import (
	"reflect"
	"slices"
	"sort"
	"sync/atomic"

	"github.com/claimdiff/claimdiff/claims"
)

// Copies. A folder of a day's coverage often holds one wire story run by
// many outlets word for word. Every claim of one copy then has a twin in
// every other copy, and alignment, which scores pairs of claims, grows as
// the square of the copies: 500 copies of one article took minutes and
// gigabytes. Identical copies tell nothing the first does not, so they
// are set aside before alignment and each claim's twins join whatever
// group the claim ends up in afterwards (a claim alone in its article
// groups with its twins: the copies agree). Inputs without copies are
// aligned exactly as before.

// copyOf maps each article to the first article identical to it (itself
// when there is none): the same text, metadata and claims, the claims in
// the same order and in the same story. off[a] is the index of article
// a's first claim in fs.
func copyOf(r *Result, fs []feat, perArticle [][]claims.Claim) (rep, off []int) {
	n := len(r.Articles)
	rep, off = make([]int, n), make([]int, n+1)
	for a := range n {
		off[a+1] = off[a] + len(perArticle[a])
	}
	first := map[string]int{}
	for a, art := range r.Articles {
		rep[a] = a
		if off[n] != len(fs) || !ownClaims(fs, off, a) {
			continue
		}
		b, ok := first[art.Text]
		if !ok {
			first[art.Text] = a
			continue
		}
		if sameArticle(r.Articles[b], art) && sameClaims(fs, off, b, a) {
			rep[a] = b
		}
	}
	return rep, off
}

// ownClaims reports whether fs holds article a's claims where off says.
func ownClaims(fs []feat, off []int, a int) bool {
	for i := off[a]; i < off[a+1]; i++ {
		if fs[i].art != a {
			return false
		}
	}
	return true
}

func sameArticle(x, y *claims.Article) bool {
	return x.Text == y.Text && x.Title == y.Title && x.Outlet == y.Outlet && x.Published == y.Published &&
		slices.Equal(x.Skip, y.Skip) && slices.Equal(x.Paragraphs, y.Paragraphs)
}

// sameClaims reports whether articles a and b have the same claims but
// for their ids and source, in the same story.
func sameClaims(fs []feat, off []int, a, b int) bool {
	if off[a+1]-off[a] != off[b+1]-off[b] {
		return false
	}
	for k := 0; k < off[a+1]-off[a]; k++ {
		x, y := fs[off[a]+k], fs[off[b]+k]
		if x.story != y.story {
			return false
		}
		cx, cy := *x.c, *y.c
		cx.ID, cx.Source, cy.ID, cy.Source = "", "", "", ""
		if !reflect.DeepEqual(cx, cy) {
			return false
		}
	}
	return true
}

// alignCopies aligns the claims of the first two of each set of copies
// (see align) and adds to every group the twins in the other copies of
// its claims of the first; a claim left alone groups with its twins. Two
// copies are kept, not one, so that a fact an article states twice (in
// the lead and again in the body) is still one slot of two claims per
// copy, as when every copy was aligned. fs[i].orig is set to the claim
// of the first copy that i is a twin of (i itself otherwise), which
// classify uses to score each pair of originals once.
//
// When no article has a copy, the candidate edges align scored over all
// claims are returned too (see twinFindings); otherwise nil.
func alignCopies(fs []feat, rep, off []int, threshold float64) ([][]int, []edge) {
	for i := range fs {
		fs[i].orig = i
	}
	second := map[int]int{}  // first copy → second copy
	twins := map[int][]int{} // claim of a first copy → its twins but the second copy's
	for a, b := range rep {
		if a == b {
			continue
		}
		_, seen := second[b]
		if !seen {
			second[b] = a
		}
		for k := 0; k < off[a+1]-off[a]; k++ {
			o := off[b] + k
			fs[off[a]+k].orig = o
			if seen {
				twins[o] = append(twins[o], off[a]+k)
			}
		}
	}
	if len(twins) == 0 {
		if len(second) == 0 {
			return align(fs, threshold)
		}
		groups, _ := align(fs, threshold)
		return groups, nil
	}
	// The kept claims, with their articles numbered among the kept
	// articles (align counts articles by their largest number).
	keep := map[int]int{}
	for a, b := range rep {
		if a == b || second[b] == a {
			keep[a] = len(keep)
		}
	}
	var idx []int
	sub := make([]feat, 0, len(fs))
	for i := range fs {
		if k, ok := keep[fs[i].art]; ok {
			f := fs[i]
			f.art = k
			idx = append(idx, i)
			sub = append(sub, f)
		}
	}
	// A host is of the same article, so it is kept too; renumber it.
	at := make(map[int]int, len(idx))
	for x, i := range idx {
		at[i] = x
	}
	for x := range sub {
		if h := sub[x].host; h > 0 {
			sub[x].host = at[h-1] + 1
		}
	}
	grouped := make([]bool, len(fs))
	var groups [][]int
	aligned, _ := align(sub, threshold)
	for _, g := range aligned {
		var out []int
		for _, x := range g {
			i := idx[x]
			grouped[i] = true
			out = append(out, i)
			if fs[i].orig == i {
				out = append(out, twins[i]...)
			}
		}
		sort.Ints(out)
		groups = append(groups, out)
	}
	for _, i := range idx {
		if fs[i].orig != i || grouped[i] || len(twins[i]) == 0 {
			continue
		}
		g := []int{i}
		if s := off[second[rep[fs[i].art]]] + i - off[fs[i].art]; !grouped[s] {
			g = append(g, s)
		}
		g = append(g, twins[i]...)
		sort.Ints(g)
		groups = append(groups, g)
	}
	sort.Slice(groups, func(x, y int) bool { return groups[x][0] < groups[y][0] })
	return groups, nil
}

// pairEvals counts the pairs of claims scored or compared (candidates,
// classify): tests check that copies do not multiply them.
var pairEvals atomic.Int64

// pairCache scores and compares the pairs of one group by their
// originals (feat.orig): a twin's fields are its original's, so are its
// similarity and its differences. Only the sources in a difference's
// summary differ, and classify reads a summary only from the first pair
// that shows a facet, which is computed, not cached.
type pairCache struct {
	fs   []feat
	sim  map[[2]int]float64
	diff map[[2]int][]difference
}

func newPairCache(fs []feat, g []int) *pairCache {
	pc := &pairCache{fs: fs}
	for _, i := range g {
		if fs[i].orig != i {
			pc.sim, pc.diff = map[[2]int]float64{}, map[[2]int][]difference{}
			break
		}
	}
	return pc
}

func (pc *pairCache) similarity(i, j int) float64 {
	if pc.sim == nil {
		pairEvals.Add(1)
		return similarity(&pc.fs[i], &pc.fs[j])
	}
	k := [2]int{pc.fs[i].orig, pc.fs[j].orig}
	s, ok := pc.sim[k]
	if !ok {
		pairEvals.Add(1)
		s = similarity(&pc.fs[i], &pc.fs[j])
		pc.sim[k] = s
	}
	return s
}

func (pc *pairCache) differences(r *Result, i, j int) []difference {
	if pc.diff == nil {
		pairEvals.Add(1)
		return differences(r, &pc.fs[i], &pc.fs[j])
	}
	k := [2]int{pc.fs[i].orig, pc.fs[j].orig}
	d, ok := pc.diff[k]
	if !ok {
		pairEvals.Add(1)
		d = differences(r, &pc.fs[i], &pc.fs[j])
		pc.diff[k] = d
	}
	return d
}
