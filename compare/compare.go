package compare

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// Options tune the comparison; the zero value is the default.
type Options struct {
	// Threshold is the least similarity at which two claims align (0..1);
	// 0 means the built-in default. See options.go.
	Threshold float64
}

// Compare aligns the claims of articles (perArticle[i] belongs to
// articles[i]) and classifies every group. The result depends only on the
// inputs, in the order given.
func Compare(articles []*claims.Article, perArticle [][]claims.Claim, opt Options) *Result {
	r := Collect(articles, perArticle)
	fs := build(r)
	story := stories(r, storyFloor, storyRatio)
	for i := range fs {
		fs[i].story = story[fs[i].art]
	}
	groups := align(fs, opt.threshold())
	inGroup := map[int]bool{}
	var findings []Finding
	for _, g := range groups {
		for _, i := range g {
			inGroup[i] = true
		}
		findings = append(findings, classify(r, fs, g))
	}
	findings = append(findings, roleFindings(r)...)
	findings = append(findings, creditFindings(r, fs)...)
	for i := range fs {
		if !inGroup[i] {
			c := fs[i].c
			findings = append(findings, Finding{
				Kind: Unique, Severity: Low, Claims: []string{c.ID}, Score: 1,
				Summary: "only " + c.Source + " reports this",
				Values:  []Value{{Source: c.Source, Claim: c.ID, Text: c.Text}},
			})
		}
	}
	r.Findings = order(r, findings)
	for _, f := range r.Findings {
		switch f.Kind {
		case Agreement:
			r.Summary.Agreements++
		case Discrepancy:
			r.Summary.Discrepancies++
		case Unique:
			r.Summary.Unique++
		}
	}
	return r
}

// Collect builds a Result holding the articles and their claims, with no
// findings: what `claimdiff claims` reports.
func Collect(articles []*claims.Article, perArticle [][]claims.Claim) *Result {
	r := &Result{Articles: articles}
	for _, cs := range perArticle {
		r.Claims = append(r.Claims, cs...)
	}
	r.Summary = Summary{Sources: len(articles), Claims: len(r.Claims)}
	return r
}

// order sorts findings for the report: discrepancies (most severe first),
// then agreements, then unique details by source; ids follow that order.
func order(r *Result, fs []Finding) []Finding {
	pos := map[string]int{}
	for i := range r.Claims {
		pos[r.Claims[i].ID] = i
	}
	rank := map[FindingKind]int{Discrepancy: 0, Agreement: 1, Unique: 2}
	first := func(f Finding) int {
		m := math.MaxInt
		for _, id := range f.Claims {
			m = min(m, pos[id])
		}
		return m
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if rank[a.Kind] != rank[b.Kind] {
			return rank[a.Kind] < rank[b.Kind]
		}
		if a.Kind == Discrepancy && a.Severity.Rank() != b.Severity.Rank() {
			return a.Severity.Rank() > b.Severity.Rank()
		}
		return first(a) < first(b)
	})
	for i := range fs {
		fs[i].ID = fmt.Sprintf("F%d", i+1)
	}
	return fs
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// classify decides whether an aligned group agrees or where it differs.
func classify(r *Result, fs []feat, g []int) Finding {
	f := Finding{Kind: Agreement, Severity: Low}
	score := 1.0
	for x := 0; x < len(g); x++ {
		for y := x + 1; y < len(g); y++ {
			score = math.Min(score, similarity(&fs[g[x]], &fs[g[y]]))
		}
	}
	f.Score = round3(math.Max(0, score))
	f.Review = score < weakBand
	facets := map[Facet]bool{}
	a := &fs[g[0]]
	for _, i := range g {
		c := fs[i].c
		f.Claims = append(f.Claims, c.ID)
	}
	var why []string
	for _, i := range g[1:] {
		b := &fs[i]
		for _, fc := range differences(a, b) {
			if !facets[fc.facet] {
				facets[fc.facet] = true
				why = append(why, fc.summary)
			}
		}
	}
	slot := func(c *claims.Claim) string { return c.Text }
	if len(facets) > 0 {
		f.Kind = Discrepancy
		for _, fc := range []Facet{FacetQuote, FacetSpeaker, FacetNumber, FacetDate, FacetNegation, FacetRole, FacetHedge, FacetContent} {
			if facets[fc] {
				f.Facets = append(f.Facets, fc)
			}
		}
		f.Severity = severity(f.Facets)
		f.Summary = strings.Join(why, "; ")
		if facets[FacetQuote] {
			slot = func(c *claims.Claim) string {
				if c.Content != nil {
					return c.Content.Text
				}
				return c.Text
			}
		}
	} else {
		f.Summary = fmt.Sprintf("%d sources agree: %s", len(g), shorten(a.c.Text, 90))
	}
	for _, i := range g {
		c := fs[i].c
		f.Values = append(f.Values, Value{Source: c.Source, Claim: c.ID, Text: slot(c)})
	}
	if len(f.Values) >= 2 {
		f.Diff = wordDiff(f.Values[0].Text, f.Values[1].Text)
	}
	return f
}

type difference struct {
	facet   Facet
	summary string
}

// differences lists the checkable slots in which two aligned claims differ.
func differences(a, b *feat) []difference {
	var out []difference
	ca, cb := a.c, b.c
	text := cosine(a.words, b.words, a.norm, b.norm)
	if ca.Kind == claims.Quote && cb.Kind == claims.Quote && a.speaker != "" && a.speaker == b.speaker && ca.Content != nil && cb.Content != nil {
		if normQuote(ca.Content.Text) != normQuote(cb.Content.Text) {
			out = append(out, difference{FacetQuote, fmt.Sprintf("%s is quoted differently", possessive(ca.Speaker.Name))})
		}
	}
	if a.speaker != "" && b.speaker != "" && a.speaker != b.speaker && a.spkType == b.spkType && a.spkType != "group" && text >= 0.5 {
		out = append(out, difference{FacetSpeaker, fmt.Sprintf("the same statement is credited to %s (%s) and %s (%s)", ca.Speaker.Name, ca.Source, cb.Speaker.Name, cb.Source)})
	}
	for _, na := range ca.Numbers {
		for _, nb := range cb.Numbers {
			if sameUnit(na, nb) && !NumbersCompatible(na, nb) {
				out = append(out, difference{FacetNumber, fmt.Sprintf("numbers differ: %q (%s) vs %q (%s)", na.Text, ca.Source, nb.Text, cb.Source)})
				goto dates
			}
		}
	}
dates:
	for _, ta := range ca.Time {
		for _, tb := range cb.Time {
			if ok, known := DatesCompatible(ta, tb); known && !ok && text >= 0.3 {
				out = append(out, difference{FacetDate, fmt.Sprintf("dates differ: %q (%s) vs %q (%s)", ta.Text, ca.Source, tb.Text, cb.Source)})
				goto polarity
			}
		}
	}
polarity:
	if ca.Negated != cb.Negated && text >= 0.5 {
		out = append(out, difference{FacetNegation, fmt.Sprintf("one source negates what the other asserts (%s vs %s)", ca.Source, cb.Source)})
	}
	if ca.Hedged != cb.Hedged && text >= 0.5 {
		h, s := ca, cb
		if !h.Hedged {
			h, s = cb, ca
		}
		out = append(out, difference{FacetHedge, fmt.Sprintf("%s hedges what %s asserts", h.Source, s.Source)})
	}
	return out
}

func sameUnit(a, b claims.Number) bool {
	return a.Unit != "" && claims.Stem(a.Unit) == claims.Stem(b.Unit)
}

// normQuote reduces a quotation to its words, so quote marks, case,
// punctuation and ellipses never count as a misquote.
func normQuote(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(claims.Fold(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'' || r > 127)
	}) {
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}

func severity(fs []Facet) Severity {
	s := Low
	for _, f := range fs {
		switch f {
		case FacetNumber, FacetQuote, FacetSpeaker, FacetNegation, FacetDate:
			return High
		case FacetRole, FacetHedge:
			s = Medium
		}
	}
	return s
}

func possessive(name string) string {
	if name == "" {
		return "the speaker's comment"
	}
	if strings.HasSuffix(name, "s") {
		return name + "' comment"
	}
	return name + "'s comment"
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n
	for cut > n/2 && r[cut] != ' ' {
		cut--
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + "…"
}
