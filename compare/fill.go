package compare

import (
	"maps"
	"slices"
	"sort"
)

// fillLink is the least average similarity between a claim and the
// members of a group, over the group's members of other articles, for
// the claim to be shown in that group too.
const fillLink = 0.30

// fillGroups lets a group take, from each article it lacks, the claim of
// that article that resembles the whole group most, when that claim
// resembles it closely (fillLink, and a strong partner in it). The claim
// stays where alignment put it as well: a sentence that gives a fact and
// another ("Comeaux, 49, escaped from a prison van") states both, and
// each fact's finding should show every source that states it.
// Groups of fewer than three articles are left alone: a pair's own link
// is the whole evidence, and it says nothing of a third claim.
func fillGroups(fs []feat, groups [][]int, edges []edge) [][]int {
	type link struct {
		sum    float64
		strong bool
	}
	of := make([][]int, len(fs)) // groups each claim is in
	for g, ms := range groups {
		for _, m := range ms {
			of[m] = append(of[m], g)
		}
	}
	// links[g][x]: x's summed similarity to g's members.
	links := map[int]map[int]*link{}
	add := func(x, y int, e edge) {
		for _, g := range of[y] {
			if links[g] == nil {
				links[g] = map[int]*link{}
			}
			l := links[g][x]
			if l == nil {
				l = &link{}
				links[g][x] = l
			}
			l.sum += e.score
			l.strong = l.strong || e.start
		}
	}
	for _, e := range edges {
		add(e.a, e.b, e)
		add(e.b, e.a, e)
	}
	out := make([][]int, len(groups))
	for g, ms := range groups {
		out[g] = ms
		arts := map[int]bool{}
		for _, m := range ms {
			arts[fs[m].art] = true
		}
		if len(arts) < 3 || links[g] == nil {
			continue
		}
		best := map[int]int{} // article → claim
		bestAvg := map[int]float64{}
		for _, x := range slices.Sorted(maps.Keys(links[g])) {
			l := links[g][x]
			a := fs[x].art
			if arts[a] || !l.strong {
				continue
			}
			avg := l.sum / float64(len(ms))
			if avg >= fillLink && avg > bestAvg[a] {
				best[a], bestAvg[a] = x, avg
			}
		}
		if len(best) == 0 {
			continue
		}
		grown := append([]int(nil), ms...)
		for _, x := range best {
			grown = append(grown, x)
		}
		sort.Ints(grown)
		out[g] = grown
	}
	return out
}
