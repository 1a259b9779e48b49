package compare

import "github.com/claimdiff/claimdiff/claims"

// twinLink is the similarity at which two claims of different articles
// are taken to state one fact wherever alignment put them.
const twinLink = 0.5

// twinFindings returns an agreement for each pair of claims of one story
// at or above twinLink that no agreement holds together, when the pair's
// own facets find nothing that differs; and the feature indexes of their
// claims. Alignment gives a claim one group per article and cuts groups
// that grow loose (split.go), so a claim that states two facts ("Youths
// smashed windows newly replaced after four days of the worst riots")
// stays with the accounts of one of them, or alone when its group was
// cut, and its close restatement in another outlet is shown as a detail
// only that outlet gives. A pair this close states one fact twice; the
// claims stay in their findings as well.
//
// edges and orig are from originalEdges.
func twinFindings(r *Result, fs []feat, held []Finding, edges []edge, orig []int) ([]Finding, []int) {
	in := findingsOf(held, Agreement)
	var out []Finding
	var members []int
	used := map[int]bool{}
	for _, e := range edges {
		if e.score < twinLink {
			break // edges come sorted by score, highest first
		}
		x, y := orig[e.a], orig[e.b]
		a, b := &fs[x], &fs[y]
		if a.story != b.story || len(in[a.c.ID]) > 0 || len(in[b.c.ID]) > 0 || used[x] || used[y] {
			continue
		}
		// With no group around them to vouch for the pair, two claims
		// that name different people or places of one kind are two
		// events ("Okafor was arrested" / "the lineman was arrested in
		// Ridgeport"), however alike the rest.
		if otherEvent(a.c, claims.Span{}, b.c, claims.Span{}) {
			continue
		}
		// Nor is a pair that shares one stem, or counts one thing apart,
		// one fact, however high it scores (see weakPair): "posting a",
		// a clause cut short, is contained in any sentence that posts.
		if sharedStems(a, b) < 2 || figuresApart(a.c, b.c) {
			continue
		}
		f := classify(r, fs, []int{x, y})
		if f.Kind != Agreement {
			continue
		}
		out = append(out, f)
		used[x], used[y] = true, true
		members = append(members, x, y)
	}
	return out, members
}

// originalEdges returns the candidate edges between the claims of fs that
// are not identical copies of another article (copies.go), over those
// claims numbered among themselves, and the index in fs of each. Copies
// are left out: their claims are their originals', and scoring them
// again would grow as the square of the copies. edges are the candidate
// edges of fs when no article has a copy (as align scored them), or nil
// to score the originals here.
func originalEdges(fs []feat, rep []int, threshold float64, edges []edge) ([]edge, []int) {
	var sub []feat
	var orig []int
	for i := range fs {
		if rep[fs[i].art] == fs[i].art {
			sub = append(sub, fs[i])
			orig = append(orig, i)
		}
	}
	if edges == nil || len(sub) != len(fs) {
		edges = candidates(sub, rivalThreshold(threshold, articles(fs)))
	}
	return edges, orig
}
