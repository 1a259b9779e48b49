package ingest

import (
	"context"
	"errors"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// claimLines lists an article's claims as the fields a fact-checker reads:
// kind, speaker, claim text, resolved dates and numbers. Spans differ
// between a page and its text; these must not.
func claimLines(t *testing.T, a *claims.Article) []string {
	t.Helper()
	var out []string
	for _, c := range claims.Extract(a) {
		speaker := ""
		if c.Speaker != nil {
			speaker = c.Speaker.Name
		}
		var dates []string
		for _, tm := range c.Time {
			dates = append(dates, tm.Value)
		}
		var nums []string
		for _, n := range c.Numbers {
			nums = append(nums, fmt.Sprint(n.Value, n.Unit))
		}
		out = append(out, fmt.Sprintf("%s | %s | %s | %v | %v", c.Kind, speaker, c.Text, dates, nums))
	}
	return out
}

// TestHTMLSameClaimsAsText: a saved page and the same article saved as
// text give the same claims. testdata/harbour.html has what a news page
// has around the story (menu, byline, photo caption, related links,
// footer, meta tags, JSON-LD); harbour.txt is the story as text.
func TestHTMLSameClaimsAsText(t *testing.T) {
	arts, err := Load(context.Background(), []string{"testdata/harbour.txt", "testdata/harbour.html"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Same base name: told apart by the extension's directory rule, then
	// numbered; the order is by id.
	var page, text *claims.Article
	for _, a := range arts {
		if strings.HasSuffix(a.Path, ".html") {
			page = a
		} else {
			text = a
		}
	}
	if !page.Extracted || text.Extracted {
		t.Errorf("Extracted: page %v, text %v; want true, false", page.Extracted, text.Extracted)
	}
	if page.Title != text.Title || page.Published != text.Published {
		t.Errorf("page metadata %q %q, text %q %q", page.Title, page.Published, text.Title, text.Published)
	}
	if page.Outlet != "The Eastport Courier" {
		t.Errorf("outlet %q", page.Outlet)
	}
	got, want := claimLines(t, page), claimLines(t, text)
	if len(want) < 10 {
		t.Fatalf("only %d claims from the text: the test article is too poor", len(want))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("page claims:\n%s\n\ntext claims:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestHTMLMetadata(t *testing.T) {
	body := `<article><h1>Port strike ends</h1><p>Dock workers returned to work on Friday after a nine-day strike, their union said.</p><p>The union said members had accepted a pay rise of 6 percent over two years.</p></article>`
	tests := []struct {
		name, head string
		want       string // title|outlet|published
	}{
		{"json-ld wins, in a @graph, @type a list",
			`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},{"@type":["NewsArticle"],"headline":"Port strike ends after nine days","datePublished":"2026-01-09T18:00:00-05:00","publisher":{"@type":"Organization","name":"Harbour Times"}}]}</script>
			<meta property="og:title" content="Other title"><meta property="og:site_name" content="Other outlet">`,
			"Port strike ends after nine days|Harbour Times|2026-01-09"},
		{"meta tags",
			`<meta property="og:title" content="Port strike ends"><meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2026-01-09T23:30:00-08:00">`,
			"Port strike ends|Harbour Times|2026-01-09"},
		{"broken json-ld ignored, other date metas",
			`<script type="application/ld+json">{"@type": "NewsArticle", </script><meta name="publisher" content="Harbour Times"><meta name="date" content="Fri, 09 Jan 2026 10:00:00 GMT">`,
			"Port strike ends|Harbour Times|2026-01-09"},
		{"nothing declared: the title from the page", ``, "Port strike ends||"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<!DOCTYPE html><html><head>" + tt.head + "</head><body>" + body + "</body></html>"
			tree(t, map[string]string{"p.html": page})
			arts, err := Load(context.Background(), []string{"p.html"}, nil)
			if err != nil {
				t.Fatal(err)
			}
			a := arts[0]
			if got := a.Title + "|" + a.Outlet + "|" + a.Published; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHTMLCharsets(t *testing.T) {
	para := "<p>The caf\xe9 on the corner reopened on Monday after a fire, its owner Jos\xe9 Mart\xednez said.</p>"
	tests := []struct {
		name, page string
		want       string // a word of the text, or the error
	}{
		{"meta charset latin-1", `<html><head><meta charset="iso-8859-1"></head><body>` + para + `</body></html>`, "café"},
		{"http-equiv windows-1252", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>` + para + `</body></html>`, "Martínez"},
		{"xhtml, xml declaration", `<?xml version="1.0" encoding="ISO-8859-1"?><html xmlns="http://www.w3.org/1999/xhtml"><body>` + para + `</body></html>`, "café"},
		{"utf-8 undeclared", `<html><body><p>The café on the corner reopened on Monday, its owner said.</p></body></html>`, "café"},
		{"latin-1 undeclared", `<html><body>` + para + `</body></html>`,
			"p.html: invalid UTF-8 and no charset declared (expected UTF-8 or a page that declares its charset)"},
		{"declared utf-8, is not", `<html><head><meta charset="utf-8"></head><body>` + para + `</body></html>`,
			"p.html: invalid UTF-8 (expected UTF-8 article text)"},
		{"unknown charset", `<html><head><meta charset="x-martian"></head><body>` + para + `</body></html>`,
			`p.html: unknown charset "x-martian" (expected UTF-8 or a charset browsers know)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree(t, map[string]string{"p.html": tt.page})
			arts, err := Load(context.Background(), []string{"p.html"}, nil)
			if strings.HasPrefix(tt.want, "p.html:") {
				if err == nil || err.Error() != tt.want {
					t.Errorf("error %v, want %s", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(arts[0].Text, tt.want) {
				t.Errorf("text %q lacks %q", arts[0].Text, tt.want)
			}
		})
	}
}

func TestHTMLNoArticle(t *testing.T) {
	pages := map[string]string{
		"empty.html":  "",
		"blank.html":  "<html><head><title>x</title></head><body>  </body></html>",
		"links.html":  `<html><body><nav><ul><li><a href="/1">Home</a></li><li><a href="/2">World news today</a></li><li><a href="/3">Business</a></li></ul></nav></body></html>`,
		"script.html": `<html><body><script>document.write("The council approved the budget, the mayor said.")</script></body></html>`,
	}
	tree(t, pages)
	for name := range pages {
		_, err := Load(context.Background(), []string{name}, nil)
		want := ErrNoArticle
		if name == "empty.html" {
			want = claims.ErrEmpty
		}
		if !errors.Is(err, want) {
			t.Errorf("%s: got %v, want %v", name, err, want)
		}
	}
}

func TestStdinHTML(t *testing.T) {
	page := "<!DOCTYPE html><html><body><p>The council approved the budget on Monday, the mayor said.</p></body></html>"
	arts, err := Load(context.Background(), []string{"-"}, strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if a := arts[0]; !a.Extracted || a.Text != "The council approved the budget on Monday, the mayor said.\n" {
		t.Errorf("stdin page read as %q (extracted %v)", a.Text, a.Extracted)
	}
}

func TestFrontMatter(t *testing.T) {
	body := "The council approved the budget on Monday.\n\nThe mayor said the plan would fund three new libraries.\n"
	tests := []struct {
		name, file string
		want       string // title|outlet|published|body start
	}{
		{"yaml", "---\ntitle: \"Budget passes\"\noutlet: Town Gazette\ndate: 2026-03-02T10:00:00Z\ntags:\n  - budget\n---\n" + body,
			"Budget passes|Town Gazette|2026-03-02"},
		{"yaml, crlf, dots close, comment", "---\r\ntitle: 'Budget: passes' # the headline\r\npublisher: Town Gazette\r\npublished: 2026-03-02\r\n...\r\n" + body,
			"Budget: passes|Town Gazette|2026-03-02"},
		{"toml", "+++\ntitle = \"Budget passes\"\nsource = \"Town Gazette\"\ndate = 2026-03-02\n+++\n" + body,
			"Budget passes|Town Gazette|2026-03-02"},
		// A lone rule is Markdown markup, neither metadata nor headline.
		{"never closed: a rule, not front matter", "---\n" + body, "||"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree(t, map[string]string{"a.md": tt.file})
			arts, err := Load(context.Background(), []string{"a.md"}, nil)
			if err != nil {
				t.Fatal(err)
			}
			a := arts[0]
			if got := a.Title + "|" + a.Outlet + "|" + a.Published; got != tt.want {
				t.Errorf("metadata %q, want %q", got, tt.want)
			}
			if a.Text != tt.file || a.Extracted {
				t.Error("text was changed: spans must index the file")
			}
			cs := claims.Extract(a)
			if len(cs) != 2 {
				t.Fatalf("%d claims, want the body's 2", len(cs))
			}
			for _, c := range cs {
				if s := c.Sentence.In(a.Text); !strings.Contains(body, s) || s == "" {
					t.Errorf("claim %q is not from the body", s)
				}
			}
		})
	}
}

func TestJSONL(t *testing.T) {
	feed := `{"id":"wire-1","title":"Budget passes","outlet":"Wire","published":"2026-03-02T09:00:00Z","url":"https://example.com/budget","text":"The council approved the budget on Monday, the mayor said."}

{"url":"https://example.com/news/libraries.html","text":"The plan will fund three new libraries, officials said."}
{"text":"Opposition members said the plan was rushed."}
`
	tree(t, map[string]string{"feed.jsonl": feed, "local/libraries.txt": article, "x/wire-1.txt": article})
	arts, err := Load(context.Background(), []string{"x/wire-1.txt", "feed.jsonl", "local/libraries.txt"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// A record's id stands; the file that wanted it makes way.
	want := "feed-4=feed.jsonl:4 local-libraries=local/libraries.txt news-libraries=https://example.com/news/libraries.html wire-1=https://example.com/budget x-wire-1=x/wire-1.txt"
	if got := ids(arts); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	w := arts[3]
	if w.Title != "Budget passes" || w.Outlet != "Wire" || w.Published != "2026-03-02" || !w.Extracted {
		t.Errorf("record metadata: %+v", w)
	}
}

func TestJSONLErrors(t *testing.T) {
	ok := `{"id":"a","text":"The council approved the budget."}` + "\n"
	tests := []struct{ file, want string }{
		{ok + `{"id":"b"}`, `f.jsonl:2: missing "text" (expected {"id", "title", "outlet", "published", "url", "text"} with the article text)`},
		{ok + `{"id":"b","text":"x",`, "f.jsonl:2: truncated JSON (expected one article object per line)"},
		{ok + `not json`, "f.jsonl:2: invalid JSON at column 2: invalid character 'o' in literal null (expecting 'u') (expected one article object per line)"},
		{ok + `{"id":"b","body":"x"}`, `f.jsonl:2: unknown field "body" (expected id, title, outlet, published, url, text)`},
		{ok + `{"id":7,"text":"x"}`, `f.jsonl:2: "id" must be a string, not number`},
		{ok + ok, `f.jsonl:2: duplicate id "a" (also on line 1)`},
		{ok + `{"id":"a b","text":"x"}`, `f.jsonl:2: invalid id (expected letters, digits, '-', '_' or '.', at most 100): "a b"`},
		{ok + `{"id":"b","published":"last week","text":"x"}`, `f.jsonl:2: published "last week" is not a date (expected YYYY-MM-DD)`},
		{ok + `{"id":"b","text":"   "}`, `f.jsonl:2: missing "text" (expected {"id", "title", "outlet", "published", "url", "text"} with the article text)`},
		{"\n\n", "f.jsonl: empty input (expected article text)"},
		{ok + `[1,2]`, `f.jsonl:2: not an article object (expected {"id", "title", "outlet", "published", "url", "text"})`},
	}
	for _, tt := range tests {
		tree(t, map[string]string{"f.jsonl": tt.file})
		_, err := Load(context.Background(), []string{"f.jsonl"}, nil)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q:\ngot  %v\nwant %s", tt.file, err, tt.want)
		}
	}
	// Two files giving the same id.
	tree(t, map[string]string{"x.jsonl": ok, "y.jsonl": ok})
	_, err := Load(context.Background(), []string{"x.jsonl", "y.jsonl"}, nil)
	if err == nil || err.Error() != `y.jsonl:1: duplicate id "a" (also in x.jsonl:1)` {
		t.Errorf("got %v", err)
	}
}

func TestGlob(t *testing.T) {
	page := `<html><body><p>The council approved the budget on Monday, the mayor said.</p></body></html>`
	tree(t, map[string]string{
		"b/one.html": page, "a/two.html": page, "a/three.txt": article, "a/.hidden.html": page,
		"a/notes.pdf": "x", "a/sub.html/x.txt": article,
	})
	arts, err := Load(context.Background(), []string{"*/*.html"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(arts), "one=b/one.html two=a/two.html"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	arts, err = Load(context.Background(), []string{"a/*"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(arts), "three=a/three.txt two=a/two.html"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	for _, tt := range []struct{ pattern, want string }{
		{"c/*.html", "c/*.html: no files match the pattern (expected a file, directory, pattern, - or URL)"},
		{"a/*.pdf", "a/*.pdf: no article files (.txt, .md, .html, .jsonl) match the pattern"},
		{"a/[.html", "a/[.html: invalid pattern (syntax error in pattern)"},
	} {
		_, err := Load(context.Background(), []string{tt.pattern}, nil)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: got %v, want %s", tt.pattern, err, tt.want)
		}
	}
	// A file whose name has glob characters is the file, not a pattern.
	os.WriteFile(filepath.Join("a", "odd[1].txt"), []byte(article), 0o644)
	arts, err = Load(context.Background(), []string{"a/odd[1].txt"}, nil)
	if err != nil || len(arts) != 1 || arts[0].ID != "odd[1]" {
		t.Errorf("got %v, %v", ids(arts), err)
	}
}

// TestHTMLOddInputs: malformed pages give an article or an error, never a
// panic, and the same answer twice.
func TestHTMLOddInputs(t *testing.T) {
	odd := []string{
		"<", "<html>", "<!DOCTYPE html>", "<p>", "</p></p></div>", "<p>Unclosed <b>bold <i>and italic",
		strings.Repeat("<div>", 2000) + "<p>The council approved the budget, the mayor said.</p>",
		"<table><tr><td>The council approved the budget.</td><td>Officials said so.</td></tr></table>",
		"<pre>  The council\n  approved the budget.</pre>",
		`<script type="application/ld+json">[[[[{"@type":"NewsArticle"}]]]]</script><p>Text here, he said.</p>`,
		"<p>a\u00adb\u00a0c</p>", "<?xml version='1.0'?><p>Plain.</p>",
	}
	for _, page := range odd {
		p1, err1 := extractHTML([]byte(page), "", nil)
		p2, err2 := extractHTML([]byte(page), "", nil)
		if fmt.Sprint(p1, err1) != fmt.Sprint(p2, err2) {
			t.Errorf("%.40q: two answers: %v %v / %v %v", page, p1, err1, p2, err2)
		}
	}
}

// TestSamplesAsPages wraps each sample article in the markup of a news
// page (a menu, the lines as paragraphs, a footer) and checks the page
// gives the claims the text gives: extraction loses, adds and moves no
// claim on real stories, not only on the hand-made one.
func TestSamplesAsPages(t *testing.T) {
	files, _ := filepath.Glob("../../samples/*/*.txt")
	if len(files) == 0 {
		t.Skip("no samples")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text, err := claims.NewArticle("s", f, data)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story</title></head><body>` +
				`<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header><main><article>`)
			for line := range strings.Lines(string(data)) {
				if line = strings.TrimSpace(line); line != "" {
					b.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
				}
			}
			b.WriteString(`</article></main><footer><p><a href="/about">About us</a> · <a href="/privacy">Privacy</a></p></footer></body></html>`)
			p, err := extractHTML([]byte(b.String()), "", nil)
			if err != nil {
				t.Fatal(err)
			}
			page, err := claims.NewArticle("s", f, []byte(p.text))
			if err != nil {
				t.Fatal(err)
			}
			got, want := claimLines(t, page), claimLines(t, text)
			if len(want) < 5 {
				t.Fatalf("only %d claims from the text", len(want))
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("page claims differ from text claims:\n%s", lineDiff(got, want))
			}
		})
	}
}

func lineDiff(got, want []string) string {
	in := func(xs []string, x string) bool {
		for _, y := range xs {
			if y == x {
				return true
			}
		}
		return false
	}
	var out []string
	for _, g := range got {
		if !in(want, g) {
			out = append(out, "+ "+g)
		}
	}
	for _, w := range want {
		if !in(got, w) {
			out = append(out, "- "+w)
		}
	}
	return fmt.Sprintf("%d vs %d claims\n%s", len(got), len(want), strings.Join(out, "\n"))
}
