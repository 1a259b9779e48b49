package report

import (
	"regexp"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

var (
	htmlID   = regexp.MustCompile(` id="([^"]*)"`)
	htmlHref = regexp.MustCompile(` href="#([^"]*)"`)
)

// Every in-page link of the HTML report lands somewhere, and no anchor is
// defined twice: each claim links to its place in the source text, each
// highlight back to its findings.
func TestHTMLAnchors(t *testing.T) {
	r := fixture()
	// Ids with characters an anchor cannot hold as they are.
	r.Articles = append(r.Articles, &claims.Article{ID: "a b#c_d.e", Text: "One sentence. Two."})
	r.Claims = append(r.Claims,
		claims.Claim{ID: "a b#c_d.e#1", Source: "a b#c_d.e", Sentence: claims.Span{Start: 0, End: 13}},
		claims.Claim{ID: "a b#c_d.e#2", Source: "a b#c_d.e", Sentence: claims.Span{Start: 5, End: 18}},  // overlaps #1
		claims.Claim{ID: "a b#c_d.e#3", Source: "a b#c_d.e", Sentence: claims.Span{Start: 10, End: 99}}, // past the end
	)
	r.Findings = append(r.Findings, compare.Finding{ID: "F 12", Kind: compare.Unique, Claims: []string{"a b#c_d.e#1", "a b#c_d.e#3"}})
	out := string(mustWrite(t, r, "html", Options{}))

	ids := map[string]int{}
	for _, m := range htmlID.FindAllStringSubmatch(out, -1) {
		ids[m[1]]++
	}
	for id, n := range ids {
		if n > 1 {
			t.Errorf("id %q defined %d times", id, n)
		}
		if strings.ContainsAny(id, " #") {
			t.Errorf("id %q holds a space or #", id)
		}
	}
	hrefs := htmlHref.FindAllStringSubmatch(out, -1)
	if len(hrefs) < 50 {
		t.Fatalf("only %d in-page links", len(hrefs))
	}
	for _, m := range hrefs {
		if ids[m[1]] == 0 {
			t.Errorf("link to #%s, which no element has", m[1])
		}
	}
	for _, c := range r.Claims {
		if ids[anchor("c", c.ID)] == 0 {
			t.Errorf("claim %s has no anchor in the source texts", c.ID)
		}
	}
	// Overlapping sentences share one highlight; text is never repeated.
	if n := strings.Count(out, "One sentence. Two."); n != 1 {
		t.Errorf("overlapping claims: the text appears %d times, want 1", n)
	}
}

func TestAnchor(t *testing.T) {
	for _, c := range []struct{ id, want string }{
		{"bbc#1", "c-bbc.1"},
		{"a b#2", "c-a_20b.2"},
		{"a.b#2", "c-a_2eb.2"},
		{"a_2eb#2", "c-a_5f2eb.2"},
		{"نص#1", "c-_d9_86_d8_b5.1"},
	} {
		if got := anchor("c", c.id); got != c.want {
			t.Errorf("anchor(%q) = %q, want %q", c.id, got, c.want)
		}
	}
}

// The source texts keep line breaks but lose what could spoof or drive
// the page: bidi overrides, control characters, invalid UTF-8.
func TestCleanBlock(t *testing.T) {
	got := cleanBlock("a\r\nb\rc\n\td\x1b[2J \u202Eevil\u202C \xff")
	want := "a\nb\nc\n\td\uFFFD[2J evil \uFFFD"
	if got != want {
		t.Errorf("cleanBlock = %q, want %q", got, want)
	}
}
