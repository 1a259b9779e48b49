package report

import (
	"math"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// view indexes a Result once for the renderers, so none of them searches
// the claims linearly per finding, and holds the few decisions every format
// must make the same way: which source a claim belongs to, what a finding
// says per claim, how a score is rounded.
type view struct {
	r         *compare.Result
	claims    map[string]*claims.Claim
	articles  map[string]*claims.Article
	perSource map[string]int // number of claims per source id
}

func newView(r *compare.Result) *view {
	v := &view{
		r:         r,
		claims:    make(map[string]*claims.Claim, len(r.Claims)),
		articles:  make(map[string]*claims.Article, len(r.Articles)),
		perSource: make(map[string]int, len(r.Articles)),
	}
	for i := range r.Claims {
		c := &r.Claims[i]
		if _, dup := v.claims[c.ID]; !dup { // first wins, as Result.Claim does
			v.claims[c.ID] = c
		}
		v.perSource[c.Source]++
	}
	for _, a := range r.Articles {
		if a == nil {
			continue
		}
		if _, dup := v.articles[a.ID]; !dup {
			v.articles[a.ID] = a
		}
	}
	return v
}

// articleList is r.Articles without nil entries, so renderers need not check.
func (v *view) articleList() []*claims.Article {
	out := make([]*claims.Article, 0, len(v.r.Articles))
	for _, a := range v.r.Articles {
		if a != nil {
			out = append(out, a)
		}
	}
	return out
}

// sentence is the exact text of c's sentence span in its article, or "" when
// the article is unknown or the span does not fit its text.
func (v *view) sentence(c *claims.Claim) string {
	a := v.articles[c.Source]
	if a == nil {
		return ""
	}
	return c.Sentence.In(a.Text)
}

// entry is one claim of a finding with what the finding says about it.
type entry struct {
	Claim    string // claim id
	Source   string // source id
	Value    string // the wording in the finding's slot ("" if compare gave none)
	Text     string // the atomic claim
	Sentence string // the whole sentence, exactly as in the source
	Span     claims.Span
	HasValue bool
}

// entries lists f's claims in f.Claims order. A claim id the Result does not
// hold still yields an entry (its source taken from Values or the id), so a
// report never silently drops part of a finding.
func (v *view) entries(f *compare.Finding) []entry {
	ids := f.Claims
	if len(ids) == 0 { // defensive: a finding built with Values only
		for _, val := range f.Values {
			ids = append(ids, val.Claim)
		}
	}
	out := make([]entry, 0, len(ids))
	for _, id := range ids {
		e := entry{Claim: id}
		if c := v.claims[id]; c != nil {
			e.Source, e.Text, e.Span = c.Source, c.Text, c.Sentence
			e.Sentence = v.sentence(c)
		}
		for _, val := range f.Values {
			if val.Claim == id {
				e.Value, e.HasValue = val.Text, true
				if e.Source == "" {
					e.Source = val.Source
				}
				break
			}
		}
		if e.Source == "" {
			e.Source = sourceFromID(id)
		}
		out = append(out, e)
	}
	return out
}

// sourceFromID recovers the source id from a claim id "<source>#<n>".
func sourceFromID(id string) string {
	if i := strings.LastIndexByte(id, '#'); i >= 0 {
		return id[:i]
	}
	return id
}

// findings returns the findings of one kind, in the Result's order.
func (v *view) findings(k compare.FindingKind) []*compare.Finding {
	var out []*compare.Finding
	for i := range v.r.Findings {
		if v.r.Findings[i].Kind == k {
			out = append(out, &v.r.Findings[i])
		}
	}
	return out
}

// group is the unique findings of one source.
type group struct {
	Source   string
	Findings []*compare.Finding
}

// uniqueBySource groups unique findings by their source: the Result's
// articles first, in order, then any source the articles do not name, in
// order of first appearance — never dropped.
func (v *view) uniqueBySource() []group {
	var order []string
	by := map[string][]*compare.Finding{}
	for _, a := range v.articleList() {
		if _, seen := by[a.ID]; !seen {
			order = append(order, a.ID)
			by[a.ID] = nil
		}
	}
	for _, f := range v.findings(compare.Unique) {
		src := ""
		if es := v.entries(f); len(es) > 0 {
			src = es[0].Source
		}
		if _, seen := by[src]; !seen {
			order = append(order, src)
		}
		by[src] = append(by[src], f)
	}
	var out []group
	for _, s := range order {
		if len(by[s]) > 0 {
			out = append(out, group{Source: s, Findings: by[s]})
		}
	}
	return out
}

// summary is the Result's own count; a Result built without one (as for
// "claimdiff claims") is counted here so the report never says "0 claims"
// next to a list of them.
func (v *view) summary() compare.Summary {
	if v.r.Summary != (compare.Summary{}) {
		return v.r.Summary
	}
	s := compare.Summary{Sources: len(v.articleList()), Claims: len(v.r.Claims)}
	for _, f := range v.r.Findings {
		switch f.Kind {
		case compare.Agreement:
			s.Agreements++
		case compare.Discrepancy:
			s.Discrepancies++
		case compare.Unique:
			s.Unique++
		}
	}
	return s
}

// round3 rounds a score to three decimals; NaN and infinities, which JSON
// cannot carry, become 0.
func round3(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	return math.Round(x*1000) / 1000
}

// score formats a score as every format prints it: rounded, shortest form.
func score(x float64) string {
	return strconv.FormatFloat(round3(x), 'f', -1, 64)
}

// facets joins a finding's facets with sep.
func facets(f *compare.Finding, sep string) string {
	s := make([]string, len(f.Facets))
	for i, x := range f.Facets {
		s[i] = string(x)
	}
	return strings.Join(s, sep)
}
