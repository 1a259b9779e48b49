package check

import (
	"math"
	"sort"
	"strconv"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// Merge joins the results of several stories into one Result: articles in
// id order, their claims grouped in that order, and the findings ordered as
// compare orders them (discrepancies by severity, then agreements, then
// unique details, each by the position of its first claim) and numbered
// again. Each article is in exactly one story, so nothing is counted twice.
func Merge(parts []*compare.Result) *compare.Result {
	r := &compare.Result{}
	for _, p := range parts {
		r.Articles = append(r.Articles, p.Articles...)
	}
	sort.Slice(r.Articles, func(i, j int) bool { return r.Articles[i].ID < r.Articles[j].ID })
	bySource := map[string][]claims.Claim{}
	for _, p := range parts {
		for _, c := range p.Claims {
			bySource[c.Source] = append(bySource[c.Source], c)
		}
		r.Findings = append(r.Findings, p.Findings...)
	}
	for _, a := range r.Articles {
		r.Claims = append(r.Claims, bySource[a.ID]...)
	}
	order(r)
	return r
}

// Keep drops the findings keep rejects, numbers the rest again and
// recounts the summary.
func Keep(r *compare.Result, keep func(*compare.Finding) bool) {
	out := r.Findings[:0]
	for i := range r.Findings {
		if keep(&r.Findings[i]) {
			out = append(out, r.Findings[i])
		}
	}
	r.Findings = out
	order(r)
}

// Involves reports whether any claim of f belongs to one of the sources.
func Involves(f *compare.Finding, sources map[string]bool) bool {
	for _, id := range f.Claims {
		if sources[sourceOf(id)] {
			return true
		}
	}
	return false
}

// AtLeast reports whether f's severity is at or above min ("low",
// "medium", "high").
func AtLeast(f *compare.Finding, min string) bool {
	return f.Severity.Rank() >= compare.Severity(min).Rank()
}

func sourceOf(claimID string) string {
	for i := len(claimID) - 1; i >= 0; i-- {
		if claimID[i] == '#' {
			return claimID[:i]
		}
	}
	return claimID
}

// order sorts findings the way compare does, numbers them F1, F2, … and
// recounts the summary.
func order(r *compare.Result) {
	pos := map[string]int{}
	for i := range r.Claims {
		pos[r.Claims[i].ID] = i
	}
	rank := map[compare.FindingKind]int{compare.Discrepancy: 0, compare.Agreement: 1, compare.Unique: 2}
	first := func(f *compare.Finding) int {
		m := math.MaxInt
		for _, id := range f.Claims {
			if p, ok := pos[id]; ok {
				m = min(m, p)
			}
		}
		return m
	}
	fs := r.Findings
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if rank[a.Kind] != rank[b.Kind] {
			return rank[a.Kind] < rank[b.Kind]
		}
		if a.Kind == compare.Discrepancy && a.Severity.Rank() != b.Severity.Rank() {
			return a.Severity.Rank() > b.Severity.Rank()
		}
		return first(a) < first(b)
	})
	r.Summary = compare.Summary{Sources: len(r.Articles), Claims: len(r.Claims)}
	for i := range fs {
		fs[i].ID = "F" + strconv.Itoa(i+1)
		switch fs[i].Kind {
		case compare.Agreement:
			r.Summary.Agreements++
		case compare.Discrepancy:
			r.Summary.Discrepancies++
		case compare.Unique:
			r.Summary.Unique++
		}
	}
}
