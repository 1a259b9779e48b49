package ingest

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// FuzzMarkdown: whatever the Markdown, reading it never panics, never
// rewrites the bytes, and every span (paragraphs, skipped regions, claims)
// fits the text.
func FuzzMarkdown(f *testing.F) {
	f.Add([]byte("---\ntitle: >-\n  A\n---\n# Head\n\n[Police said](http://x) **83** were\nkilled.\n"))
	f.Add([]byte("> “We will,” she\n> said.\n\n- item `code`\n\n```\nx\n```\n<div>y</div>\n![i](p.png)\n"))
	f.Add([]byte("\xEF\xBB\xBF+++\ndate = 2025-11-30\n+++\nText *em* and _em_ said the mayor.\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _, bom, err := decodeBOM(data)
		if err != nil {
			return
		}
		fm, err := parseFrontMatter(data, bom)
		if err != nil {
			return
		}
		a, err := claims.NewArticleLayout("f", "f.md", data, markdownLayout(data, max(bom, fm.end)))
		if err != nil {
			return
		}
		if a.Text != string(data) {
			t.Fatal("text rewritten")
		}
		n := len(a.Text)
		ok := func(s claims.Span) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= n }
		for _, s := range append(append([]claims.Span{}, a.Skip...), a.Paragraphs...) {
			if !ok(s) {
				t.Fatalf("span %v out of %d bytes", s, n)
			}
		}
		for _, c := range claims.Extract(a) {
			if !ok(c.Sentence) || !ok(c.TextSpan) || c.Sentence.Len() == 0 {
				t.Fatalf("claim %q spans %v %v", c.Text, c.Sentence, c.TextSpan)
			}
			if strings.ContainsAny(c.Text, "\n\r") {
				t.Fatalf("claim text %q holds a line break", c.Text)
			}
		}
	})
}
