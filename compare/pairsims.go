package compare

// pairSims scores every pair of a group's distinct claims once. The
// passes that check an agreement again (splitGroup, pruneGroup and what
// it asks: heldThrough, heldByChance, outweighed, offPredicate,
// heldByVoice; oddMembers) each weigh a claim against the claims of the other
// articles and those claims against each other, and pruneGroup asks
// them again each time it lets a claim go: scored on demand, a group of
// n claims cost the cube of n similarities per claim let go.
//
// Claims are named by their place in u; only pairs of different
// articles are scored (no pass weighs a claim against its own article).
type pairSims struct {
	fs []feat
	u  []int // feature index of each distinct claim
	// sim is similarity, prune pruneSim (0 when figures are apart),
	// evid evidence.
	sim, prune [][]float64
	evid       [][]int
	// said is each place's said (voicehold.go), read when heldByVoice
	// first asks it.
	said [][]string
}

func newPairSims(fs []feat, u []int) *pairSims {
	p := &pairSims{fs: fs, u: u}
	p.score()
	return p
}

// score scores every pair, once.
func (p *pairSims) score() {
	if p.sim != nil {
		return
	}
	fs, u, n := p.fs, p.u, len(p.u)
	p.sim, p.prune, p.evid = make([][]float64, n), make([][]float64, n), make([][]int, n)
	fl, in := make([]float64, 2*n*n), make([]int, n*n) // the rows, in one piece each
	for x := range n {
		p.sim[x], p.prune[x], p.evid[x] = fl[x*n:(x+1)*n], fl[(n+x)*n:(n+x+1)*n], in[x*n:(x+1)*n]
	}
	for x := range n {
		a := &fs[u[x]]
		for y := range n {
			b := &fs[u[y]]
			if a.art == b.art {
				continue
			}
			// Both ways: neither similarity (synonyms are paired in the
			// order of a's) nor figuresApart (a's figures are looked for
			// in b) is symmetric, and each pass asks it of the claim it
			// weighs first.
			s := similarity(a, b)
			p.sim[x][y], p.prune[x][y] = s, s
			if figuresApart(a.c, b.c) {
				p.prune[x][y] = 0
			}
			if y > x {
				e := evidence(a, b)
				p.evid[x][y], p.evid[y][x] = e, e
			}
		}
	}
}

// places is 0 … n-1: every place of a pairSims of n claims, in order.
func places(n int) []int {
	xs := make([]int, n)
	for x := range xs {
		xs[x] = x
	}
	return xs
}

// f is the feature of place x.
func (p *pairSims) f(x int) *feat { return &p.fs[p.u[x]] }

// others is the places of live whose claims are of another article than
// x's, in order: "the other articles' claims" each pass weighs x against.
func (p *pairSims) others(x int, live []int) []int {
	var out []int
	for _, y := range live {
		if p.f(y).art != p.f(x).art {
			out = append(out, y)
		}
	}
	return out
}

// cohesion is the mean similarity of the pairs of different articles
// among xs (each pair scored from its earlier claim), and whether there
// is one.
func (p *pairSims) cohesion(xs []int) (float64, bool) {
	coh, k := 0.0, 0
	for i, a := range xs {
		for _, b := range xs[i+1:] {
			if p.f(a).art != p.f(b).art {
				coh += p.sim[a][b]
				k++
			}
		}
	}
	if k == 0 {
		return 0, false
	}
	return coh / float64(k), true
}

// feats is the feature indexes of places xs.
func (p *pairSims) feats(xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = p.u[x]
	}
	return out
}

// claimIndex maps each claim's id to its feature index: the passes that
// run on findings (core fill, core prune, member fill) name claims by id.
type claimIndex map[string]int

func newClaimIndex(fs []feat) claimIndex {
	idx := make(claimIndex, len(fs))
	for i := range fs {
		idx[fs[i].c.ID] = i
	}
	return idx
}

// members is the feature indexes of the claims ids names, in order; an
// id of no claim is skipped.
func (idx claimIndex) members(ids []string) []int {
	ms := make([]int, 0, len(ids))
	for _, id := range ids {
		if i, ok := idx[id]; ok {
			ms = append(ms, i)
		}
	}
	return ms
}
