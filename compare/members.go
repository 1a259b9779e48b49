package compare

import (
	"sort"

	"github.com/claimdiff/claimdiff/claims"
)

// Member fill: a claim stated beside another finding's fact. Alignment
// gives a claim one group, and one claim per article in a group; restate
// and fill (restate.go, fill.go) add claims no group holds, or of articles
// a group lacks. Two kinds of statement stay out of the finding of their
// fact:
//   - a claim that states two facts ("… saw four robbers make off with
//     jewelry and watches valued at over $2.6 million") sits with the
//     accounts of one of them, and the finding of the other lacks its
//     source;
//   - a source that states a fact twice, when another of its claims took
//     the article's place in the group first ("Four men rammed their car
//     into the store near the square …" beside the same outlet's
//     "Thieves pulled off a jewellery heist").
//
// Once the findings are made, a claim joins an agreement of three or more
// articles when it resembles the finding's claims of other articles, on
// average, as closely as those resemble each other (memberRatio of the
// finding's cohesion, and at least memberLink), has a strong partner
// among them, holds the words most of them use (its core), counts what
// they count, and the grown finding still agrees — or differs only where
// a discrepancy already shows the same two claims apart (see
// shownElsewhere). An agreement found by one value of a slot takes only
// a claim that states that value (slotRule.gives): its members were
// joined by the value, not by their sentences, and a claim resembling
// one member's sentence may tell another of its facts. It stays where it
// was as well. A claim joins at most
// one finding this way, the one it resembles most, and a finding takes
// at most one claim per article. (The pair similarities are the
// candidate edges alignment scored, a pair without one counting 0.)
const (
	// memberLink is the least average similarity to a finding's claims
	// of other articles. restateLink and fillLink ask 0.3 of a claim
	// joining an alignment group; a finding is checked again and its
	// claims already stand elsewhere, and at 0.3 a claim that only shares
	// the story's names joined ("Bob Woodward and Carl Bernstein wrote
	// that story" beside the accounts of Deep Throat's leaks). On ECB+
	// dev, precision 0.848 at 0.33, 0.854 at 0.4 (0.853 without the
	// fill), with the same dev story agreements.
	memberLink = 0.4
	// memberRatio is the least share of the finding's cohesion that the
	// average must reach: a claim on a neighbouring fact of the event
	// shares the story's words with a finding, but less than two wordings
	// of one fact share theirs.
	memberRatio = 1.0
	// memberArticles is the least number of articles a finding must hold:
	// a pair's own link is the whole evidence of its fact, and says
	// nothing of a third claim.
	memberArticles = 3
	// memberCover is the least share of a finding's core a claim must
	// hold (core fill, which asks no resemblance, asks coreCover).
	memberCover = 0.5
)

// memberFill returns held with claims added to agreements as the comment
// above says, and the feature indexes of the added claims. edges and orig
// are from originalEdges.
func memberFill(r *Result, fs []feat, held []Finding, edges []edge, orig []int) ([]Finding, []int) {
	if articles(fs) < memberArticles {
		return held, nil // no finding can hold enough articles
	}
	type link struct {
		s      float64
		strong bool
	}
	sim := map[[2]int]link{}
	adj := map[int][]int{}
	for _, e := range edges {
		if e.score <= 0 {
			continue
		}
		x, y := orig[e.a], orig[e.b]
		if _, ok := sim[[2]int{x, y}]; !ok {
			adj[x] = append(adj[x], y)
			adj[y] = append(adj[y], x)
		}
		l := link{e.score, e.start}
		sim[[2]int{x, y}], sim[[2]int{y, x}] = l, l
	}
	idx := newClaimIndex(fs)
	type proposal struct {
		n, x int // finding, claim
		avg  float64
	}
	var props []proposal
	for n, f := range held {
		if f.Kind != Agreement {
			continue
		}
		ms := idx.members(f.Claims)
		// The distinct claims, each as its original (copies.go): a copy
		// has no edges of its own.
		u, _ := originals(fs, ms)
		arts := map[int]bool{}
		sents := map[int]bool{}
		in := map[int]bool{}
		for _, m := range ms {
			arts[fs[m].art] = true
			sents[fs[fs[m].orig].sentKey] = true
			in[fs[m].orig] = true
		}
		if len(arts) < memberArticles {
			continue
		}
		for k := range u {
			u[k] = fs[u[k]].orig
		}
		coh, pairs := 0.0, 0
		for a := range u {
			for b := a + 1; b < len(u); b++ {
				if fs[u[a]].art != fs[u[b]].art {
					coh += sim[[2]int{u[a], u[b]}].s
					pairs++
				}
			}
		}
		if pairs == 0 {
			continue
		}
		coh /= float64(pairs)
		story := fs[u[0]].story
		core := findingCore(fs, ms, len(arts))
		seen := map[int]bool{}
		var cands []int
		for _, m := range u {
			for _, x := range adj[m] {
				if !seen[x] && !in[x] {
					seen[x] = true
					cands = append(cands, x)
				}
			}
		}
		sort.Ints(cands)
		for _, x := range cands {
			if fs[x].story != story || sents[fs[x].sentKey] {
				// Another clause of a member's sentence is another fact.
				continue
			}
			if f.bySlot && (f.gives == nil || !f.gives(&fs[x])) {
				// A slot's agreement is of its value: a claim that
				// does not state it is on another fact of a member's
				// sentence (see slotRule.gives).
				continue
			}
			sum, others, strong := 0.0, 0, false
			for _, m := range u {
				if fs[m].art == fs[x].art {
					continue
				}
				l := sim[[2]int{x, m}]
				sum += l.s
				strong = strong || l.strong
				others++
			}
			if others == 0 || !strong {
				continue
			}
			avg := sum / float64(others)
			if avg >= memberLink && avg >= memberRatio*coh && covers(&fs[x], core) && !apartFromMost(fs, x, u) {
				props = append(props, proposal{n, x, avg})
			}
		}
	}
	// Closest first; each claim joins one finding, each finding takes one
	// claim of an article.
	sort.Slice(props, func(a, b int) bool {
		if props[a].avg != props[b].avg {
			return props[a].avg > props[b].avg
		}
		if props[a].n != props[b].n {
			return props[a].n < props[b].n
		}
		return props[a].x < props[b].x
	})
	out := make([]Finding, len(held))
	copy(out, held)
	clashes := map[[2]string]bool{} // pairs of claims some discrepancy holds
	for _, f := range held {
		if f.Kind == Discrepancy {
			for _, a := range f.Claims {
				for _, b := range f.Claims {
					clashes[[2]string{a, b}] = true
				}
			}
		}
	}
	taken := map[[2]int]bool{} // finding, article
	used := map[int]bool{}
	var added []int
	for _, p := range props {
		key := [2]int{p.n, fs[p.x].art}
		if used[p.x] || taken[key] {
			continue
		}
		f := out[p.n]
		ms := idx.members(f.Claims)
		if otherEventAmong(fs, p.x, ms) {
			continue
		}
		g := classify(r, fs, append(ms, p.x))
		if g.Kind != Agreement && !shownElsewhere(r, fs, p.x, ms, clashes) {
			continue
		}
		used[p.x], taken[key] = true, true
		f.Claims = g.Claims
		sort.Strings(f.Claims)
		c := fs[p.x].c
		f.Values = append(append([]Value(nil), f.Values...), Value{Source: c.Source, Claim: c.ID, Text: c.Text})
		out[p.n] = f
		added = append(added, p.x)
	}
	sort.Ints(added)
	return out, added
}

// otherEventAmong reports whether claim x names people or places of one
// kind that its closest member of ms of another article, and most such
// members, name otherwise (see otherEvent): it tells of another event of
// that kind. Asked of every member, a finding of many sources would turn
// most claims away: one member names the victim, another the officer, a
// third gives a name in full ("J. Robert Hale Jr." / "Robert Hale").
func otherEventAmong(fs []feat, x int, ms []int) bool {
	best, bestSim := -1, 0.0
	other, n := 0, 0
	for _, m := range ms {
		if fs[m].art == fs[x].art {
			continue
		}
		n++
		if otherEvent(fs[x].c, claims.Span{}, fs[m].c, claims.Span{}) {
			other++
		}
		if s := similarity(&fs[x], &fs[m]); best < 0 || s > bestSim {
			best, bestSim = m, s
		}
	}
	return best >= 0 && 2*other > n && otherEvent(fs[x].c, claims.Span{}, fs[best].c, claims.Span{})
}

// shownElsewhere reports whether every difference between claim x and a
// member of ms is one a discrepancy already shows: x states the finding's
// fact and another, and the clash is on the other fact, reported with its
// own slot ("… the deputy director of the agency …, became its best-known
// whistle-blower" beside "… the No. 2 official at the agency …, its
// best-known whistle-blower"): within the finding's fact the
// sources agree.
func shownElsewhere(r *Result, fs []feat, x int, ms []int, clashes map[[2]string]bool) bool {
	pc := newPairCache(fs, append(append([]int(nil), ms...), x))
	for _, m := range ms {
		a, b := &fs[x], &fs[m]
		if a.sentKey == b.sentKey || pc.similarity(x, m) < pairThreshold(threshold, a.artClaims, b.artClaims) {
			continue
		}
		if len(pc.differences(r, x, m)) > 0 && !clashes[[2]string{a.c.ID, b.c.ID}] {
			return false
		}
	}
	return true
}

// covers reports whether claim x holds memberCover of the weight of a
// finding's core (see findingCore): the words most of its sources use to
// state its fact. A claim resembling the members by the story's names
// and setting alone ("says he died Thursday" beside the accounts of the
// cause of death) lacks them.
func covers(x *feat, core vec) bool {
	if len(core) < 2 {
		return false // too few words to tell a fact by
	}
	held := 0.0
	for _, w := range core {
		if x.words.has(w.w) {
			held += w.v
		}
	}
	return held >= memberCover*core.sum()
}

// apartFromMost reports whether claim x's figures are apart (see
// figuresApart) from those of most of the claims of u of other
// articles: it counts another thing ("injuring at least two people"
// beside "at least 70 people have been hurt").
func apartFromMost(fs []feat, x int, u []int) bool {
	apart, n := 0, 0
	for _, m := range u {
		if fs[m].art != fs[x].art {
			n++
			if figuresApart(fs[x].c, fs[m].c) {
				apart++
			}
		}
	}
	return 2*apart > n
}
