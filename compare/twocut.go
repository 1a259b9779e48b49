package compare

import "sort"

// Two-article cut. Between two articles nothing vouches for a group but
// its two sources: restate, core fill, member fill and alignment's
// chains add to an agreement a second claim of an article the group
// already holds when it resembles the group as a whole, and with one
// other source the group's words are few and mostly the story's. So an
// agreement grows across two facts: "the victim was brought up in the
// town" beside two accounts of the bodies found; "escaped in another
// car" ×2 beside "They then set fire to the vehicle" ×2.
//
// In a run of exactly two articles, an agreement of more than two claims
// is cut to the claims tied to its closest pair of claims of the two
// articles (by similarity) by evidence of their own: a claim stays when
// it shares at least pairEvidence pieces of evidence (see evidence:
// words that are neither names nor the story's topic, a name, a figure)
// with a claim of the other article that stays. Claims of both articles
// tied so among themselves and not to that pair make an agreement of
// their own (the second fact of the examples above); a claim tied to
// none is let go, and stays in its other findings or becomes a detail of
// its source alone.
//
// Agreements found by a slot's value (slotagree.go) are left alone: they
// need no shared wording.
//
// On 64 seeded pairs of the dev stories' articles (labelled precision of
// a fixed hash sample of their agreements, expected agreements found):
// twoCutClose 0.75 gives 27/41 and 39/51; 0.6 or 0.65 ties more pairs
// and keeps groups of two facts (24/40, 25/40); 0.85 cuts a pair of an
// expected agreement (38/51).
const twoCutClose = 0.75

// twoArticleCut returns findings with each agreement cut as the comment
// above says, and the feature indexes of the claims let go.
func twoArticleCut(r *Result, fs []feat, findings []Finding) ([]Finding, []int) {
	if len(r.Articles) != 2 {
		return findings, nil
	}
	idx := newClaimIndex(fs)
	out := make([]Finding, 0, len(findings))
	var gone []int
	for _, f := range findings {
		if f.Kind != Agreement || f.bySlot || len(f.Claims) < 3 {
			out = append(out, f)
			continue
		}
		ms := idx.members(f.Claims)
		parts, let := twoCutParts(fs, ms)
		if len(parts) == 0 || len(parts) == 1 && len(let) == 0 {
			out = append(out, f)
			continue
		}
		kept := classify(r, fs, parts[0])
		if kept.Kind != Agreement {
			out = append(out, f) // the rest would differ: the claims were held for a reason
			continue
		}
		out = append(out, sortedClaims(kept))
		for _, p := range parts[1:] {
			g := classify(r, fs, p)
			if g.Kind != Agreement {
				let = append(let, p...)
				continue
			}
			out = append(out, sortedClaims(g))
		}
		gone = append(gone, let...)
	}
	sort.Ints(gone)
	return out, gone
}

// sortedClaims is f with its claims in order, in a slice of its own: a
// finding classify made again where the cut or core prune let claims go.
func sortedClaims(f Finding) Finding {
	f.Claims = append([]string(nil), f.Claims...)
	sort.Strings(f.Claims)
	return f
}

// twoCutParts splits the members ms of an agreement of two articles into
// the groups the comment above keeps, the one holding the closest pair
// first, and the members tied to no claim of the other article. It
// returns no parts when every member is tied in one group.
func twoCutParts(fs []feat, ms []int) ([][]int, []int) {
	n := len(ms)
	sim := make([]float64, n*n) // of x and y > x, at x*n+y
	best, bx, by := -1.0, -1, -1
	for x := range ms {
		for y := x + 1; y < n; y++ {
			a, b := &fs[ms[x]], &fs[ms[y]]
			if a.art == b.art {
				continue
			}
			s := similarity(a, b)
			sim[x*n+y] = s
			if s > best {
				best, bx, by = s, x, y
			}
		}
	}
	// A closest pair with no evidence of its own is no fact to cut to:
	// which of the group's facts its claims share is unknown, and the cut
	// would keep a pair of chance ("did not disclose its content" beside
	// "revealed that he had a phone call") and let go the claim that
	// states the first one's fact in other words.
	if bx < 0 || evidence(&fs[ms[bx]], &fs[ms[by]]) < pairEvidence {
		return nil, nil
	}
	// Union-find over the places in ms: the closest pair, and every pair
	// of the two articles with evidence of its own (or close to it). The
	// classes are taken in the order of their first place, not by root as
	// unionFind.classes orders them.
	var up unionFind
	up.grow(n)
	up.union(bx, by)
	for x := range ms {
		for y := x + 1; y < n; y++ {
			a, b := &fs[ms[x]], &fs[ms[y]]
			if a.art != b.art && (evidence(a, b) >= pairEvidence || sim[x*n+y] >= twoCutClose*best) {
				up.union(x, y)
			}
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	for x := range ms {
		k := up.find(x)
		if _, ok := byRoot[k]; !ok {
			roots = append(roots, k)
		}
		byRoot[k] = append(byRoot[k], ms[x])
	}
	if len(roots) == 1 {
		return nil, nil
	}
	first := up.find(bx)
	parts := [][]int{byRoot[first]}
	var let []int
	for _, k := range roots {
		if k == first {
			continue
		}
		p := byRoot[k]
		if len(p) > 1 {
			parts = append(parts, p) // only a pair of the two articles joins
		} else {
			let = append(let, p...)
		}
	}
	return parts, let
}
