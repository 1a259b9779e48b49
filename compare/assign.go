package compare

// matchPair solves the assignment problem on one article pair's edges
// (Hungarian method on the claims that have an edge), so a strong but
// greedy first match cannot steal the partner of two good ones.
func matchPair(es []edge) []edge {
	rows, cols := map[int]int{}, map[int]int{}
	var rl, cl []int
	for _, e := range es {
		if _, ok := rows[e.a]; !ok {
			rows[e.a] = len(rl)
			rl = append(rl, e.a)
		}
		if _, ok := cols[e.b]; !ok {
			cols[e.b] = len(cl)
			cl = append(cl, e.b)
		}
	}
	n := max(len(rl), len(cl))
	if n > 300 {
		// O(n³): past a few hundred claims with candidates, greedy.
		return greedy(es)
	}
	w := make([][]float64, n)
	for i := range w {
		w[i] = make([]float64, n)
	}
	for _, e := range es {
		w[rows[e.a]][cols[e.b]] = e.score
	}
	match := hungarian(w)
	var out []edge
	for i, j := range match {
		if i < len(rl) && j >= 0 && j < len(cl) && w[i][j] > 0 {
			out = append(out, edge{rl[i], cl[j], w[i][j], true})
		}
	}
	return out
}

func greedy(es []edge) []edge {
	ua, ub := map[int]bool{}, map[int]bool{}
	var out []edge
	for _, e := range es {
		if ua[e.a] || ub[e.b] {
			continue
		}
		ua[e.a], ub[e.b] = true, true
		out = append(out, e)
	}
	return out
}

// hungarian maximises total weight on a square matrix; match[i] is the
// column given to row i.
func hungarian(w [][]float64) []int {
	n := len(w)
	const inf = 1e18
	// Minimise cost = -weight with the classic O(n³) potentials method.
	u := make([]float64, n+1)
	v := make([]float64, n+1)
	p := make([]int, n+1)
	way := make([]int, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, n+1)
		usedCol := make([]bool, n+1)
		for j := range minv {
			minv[j] = inf
		}
		for {
			usedCol[j0] = true
			i0 := p[j0]
			delta := inf
			j1 := 0
			for j := 1; j <= n; j++ {
				if usedCol[j] {
					continue
				}
				cur := -w[i0-1][j-1] - u[i0] - v[j]
				if cur < minv[j] {
					minv[j] = cur
					way[j] = j0
				}
				if minv[j] < delta {
					delta = minv[j]
					j1 = j
				}
			}
			for j := 0; j <= n; j++ {
				if usedCol[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
			if j0 == 0 {
				break
			}
		}
	}
	match := make([]int, n)
	for i := range match {
		match[i] = -1
	}
	for j := 1; j <= n; j++ {
		if p[j] > 0 {
			match[p[j]-1] = j - 1
		}
	}
	return match
}
