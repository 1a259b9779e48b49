package compare

import (
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// Each facet has a table of news-style pairs written for these tests: the
// two sentences report the same thing, and either differ in the facet's
// slot (a real difference a fact-checker must see) or only in wording
// (which must not be reported as a discrepancy).

type facetCase struct {
	name string
	a, b string
	want bool // true: a discrepancy in the facet; false: no discrepancy at all
}

// published dates for the two sources, unless a case needs others.
const (
	pubA = "2025-12-01"
	pubB = "2025-12-01"
)

// comparePair runs extraction and comparison over two one-paragraph
// articles, as the command does for two files.
func comparePair(t *testing.T, a, b, pa, pb string) *Result {
	t.Helper()
	var arts []*claims.Article
	var per [][]claims.Claim
	for i, s := range []struct{ id, text, pub string }{{"a", a, pa}, {"b", b, pb}} {
		art, err := claims.NewArticle(s.id, s.id+".txt", []byte(s.text+"\n"))
		if err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		art.Published = s.pub
		arts = append(arts, art)
		per = append(per, claims.Extract(art))
	}
	return Compare(arts, per, Options{})
}

// crossFacets lists the facets of discrepancies that hold claims of both
// sources.
func crossFacets(r *Result) []string {
	set := map[string]bool{}
	for _, f := range r.Findings {
		if f.Kind != Discrepancy {
			continue
		}
		srcs := map[string]bool{}
		for _, id := range f.Claims {
			srcs[strings.SplitN(id, "#", 2)[0]] = true
		}
		if srcs["a"] && srcs["b"] {
			for _, fc := range f.Facets {
				set[string(fc)] = true
			}
		}
	}
	var out []string
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func runFacetTable(t *testing.T, facet Facet, cases []facetCase) {
	t.Helper()
	real, wording := 0, 0
	for _, tc := range cases {
		if tc.want {
			real++
		} else {
			wording++
		}
	}
	if real < 5 || wording < 5 || len(cases) < 10 {
		t.Fatalf("%s table: %d real and %d wording-only cases; want at least 10 with 5 of each", facet, real, wording)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, swap := range []bool{false, true} {
				a, b := tc.a, tc.b
				if swap {
					a, b = b, a
				}
				got := crossFacets(comparePair(t, a, b, pubA, pubB))
				has := false
				for _, g := range got {
					has = has || g == string(facet)
				}
				switch {
				case tc.want && !has:
					t.Errorf("swap=%v: want a %s discrepancy, got facets %v\n a: %s\n b: %s", swap, facet, got, a, b)
				case !tc.want && len(got) > 0:
					t.Errorf("swap=%v: wording only, got discrepancy facets %v\n a: %s\n b: %s", swap, got, a, b)
				}
			}
		})
	}
}

// discrepancy returns the first discrepancy holding claims of both sources.
func discrepancy(r *Result) *Finding {
	for i, f := range r.Findings {
		if f.Kind == Discrepancy && len(crossFacets(&Result{Findings: []Finding{f}})) > 0 {
			return &r.Findings[i]
		}
	}
	return nil
}

func TestFacetSeverityValuesSummary(t *testing.T) {
	cases := []struct {
		name, a, b, pa, pb string
		severity           Severity
		values             [2]string // what each source gives in the slot
		summary            string    // must occur in the summary
	}{
		{"rising toll", "The earthquake killed 83 people in the coastal province, officials said.", "The earthquake killed 91 people in the coastal province, officials said.", "2025-12-01", "2025-12-02",
			High, [2]string{"83 people (2025-12-01)", "91 people (2025-12-02)"}, `"83 people" (a, 2025-12-01) → "91 people" (b, 2025-12-02)`},
		{"date", "The two leaders spoke by phone on Sunday, the ministry said.", "The two leaders spoke by phone on November 23, the ministry said.", pubA, pubB,
			High, [2]string{"on Sunday", "November 23"}, "dates differ"},
		{"quote", `Governor Alvarez said: "We will not raise taxes this year."`, `Governor Alvarez said: "We will not raise taxes next year."`, pubA, pubB,
			High, [2]string{"We will not raise taxes this year.", "We will not raise taxes next year."}, "quoted differently"},
		{"role", "Former Prime Minister Anna Korhonen met the delegation in Helsinki on Monday.", "Prime Minister Anna Korhonen met the delegation in Helsinki on Monday.", pubA, pubB,
			Medium, [2]string{"Former Prime Minister", "Prime Minister"}, "title differs"},
		{"hedge", "The minister reportedly resigned after the vote on Tuesday.", "The minister resigned after the vote on Tuesday.", pubA, pubB,
			Medium, [2]string{"The minister reportedly resigned after the vote on Tuesday", "The minister resigned after the vote on Tuesday"}, "hedges"},
		{"content", "The teachers' union backed the governor's pension reform at its annual conference.", "The teachers' union opposed the governor's pension reform, its president told reporters.", pubA, pubB,
			Medium, [2]string{"backed the governor's pension reform", "opposed the governor's pension reform"}, `opposite positions on "governor's pension reform"`},
	}
	for _, tc := range cases {
		f := discrepancy(comparePair(t, tc.a, tc.b, tc.pa, tc.pb))
		if f == nil {
			t.Errorf("%s: no discrepancy", tc.name)
			continue
		}
		if f.Severity != tc.severity {
			t.Errorf("%s: severity %s, want %s", tc.name, f.Severity, tc.severity)
		}
		if len(f.Values) != 2 || f.Values[0].Text != tc.values[0] || f.Values[1].Text != tc.values[1] {
			t.Errorf("%s: values %+v, want %q", tc.name, f.Values, tc.values)
		}
		if !strings.Contains(f.Summary, tc.summary) {
			t.Errorf("%s: summary %q lacks %q", tc.name, f.Summary, tc.summary)
		}
	}
}
