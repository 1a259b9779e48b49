package report

import (
	"regexp"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// The printed page: findings before sources and texts, no forced page
// breaks, and the coverage matrix only where it adds to the findings.
func TestHTMLPrintLayout(t *testing.T) {
	out := string(mustWrite(t, fixture(), "html", Options{}))
	order := []string{`id="discrepancies"`, `id="unique"`, `id="agreements"`, `id="coverage"`, `id="sources"`, `id="texts"`}
	at := -1
	for _, s := range order {
		i := strings.Index(out, s)
		if i < at {
			t.Errorf("%s comes before the section it should follow", s)
		}
		at = i
	}
	for _, forced := range []string{"break-before: page", "page-break-before", `class="page"`, ` page"`} {
		if strings.Contains(out, forced) {
			t.Errorf("a forced page break (%s) leaves pages part-empty", forced)
		}
	}

	// Three sources (the fixture): a matrix. Two: none, and no link to it.
	if !strings.Contains(out, `<table class="matrix`) {
		t.Error("three sources, but no coverage matrix")
	}
	two := fixture()
	two.Articles = two.Articles[:2]
	out2 := string(mustWrite(t, two, "html", Options{}))
	if strings.Contains(out2, `class="matrix`) || strings.Contains(out2, `href="#coverage"`) {
		t.Error("two sources: the coverage matrix repeats the findings")
	}
}

var markKind = regexp.MustCompile(`<span class="cid" id="([^"]+)">[^<]*</span>(?:<span class="cid"[^>]*>[^<]*</span>)*<mark dir="auto"(?: class="k-([a-z]+)")?>`)

// Each claim sentence in the source texts is coloured by the most pressing
// kind of finding that cites it; a claim no finding cites is plain.
func TestHTMLMarksByKind(t *testing.T) {
	r := &compare.Result{
		Articles: []*claims.Article{{ID: "a", Text: "One. Two. Three. Four."}, {ID: "b", Text: "One. Two."}},
		Claims: []claims.Claim{
			{ID: "a#1", Source: "a", Sentence: claims.Span{Start: 0, End: 4}},
			{ID: "a#2", Source: "a", Sentence: claims.Span{Start: 5, End: 9}},
			{ID: "a#3", Source: "a", Sentence: claims.Span{Start: 10, End: 16}},
			{ID: "a#4", Source: "a", Sentence: claims.Span{Start: 17, End: 22}},
			{ID: "b#1", Source: "b", Sentence: claims.Span{Start: 0, End: 4}},
			{ID: "b#2", Source: "b", Sentence: claims.Span{Start: 5, End: 9}},
		},
		Findings: []compare.Finding{
			{ID: "F1", Kind: compare.Discrepancy, Claims: []string{"a#1", "b#1"}},
			{ID: "F2", Kind: compare.Agreement, Claims: []string{"a#2", "b#2"}},
			{ID: "F3", Kind: compare.Agreement, Claims: []string{"a#1", "b#1"}}, // a discrepancy outranks it
			{ID: "F4", Kind: compare.Unique, Claims: []string{"a#3"}},
		},
	}
	want := map[string]string{"c-a.1": "discrepancy", "c-a.2": "agreement", "c-a.3": "unique", "c-a.4": "", "c-b.1": "discrepancy", "c-b.2": "agreement"}
	got := map[string]string{}
	for _, m := range markKind.FindAllStringSubmatch(string(mustWrite(t, r, "html", Options{})), -1) {
		got[m[1]] = m[2]
	}
	for id, k := range want {
		if g, ok := got[id]; !ok || g != k {
			t.Errorf("%s marked %q (found %v), want %q", id, g, ok, k)
		}
	}
}

// A claims run's page lists each source's claims and has no findings
// sections.
func TestHTMLClaimsPage(t *testing.T) {
	out := string(mustWrite(t, claimsFixture(), "html", Options{Claims: true}))
	for _, want := range []string{`id="claims"`, "<th>speaker, cue</th>", "negated or hedged", "at least 83 people", "2025-11-25"} {
		if !strings.Contains(out, want) {
			t.Errorf("claims page lacks %q", want)
		}
	}
	for _, not := range []string{`id="discrepancies"`, `id="agreements"`, `id="coverage"`} {
		if strings.Contains(out, not) {
			t.Errorf("claims page has %s", not)
		}
	}
}
