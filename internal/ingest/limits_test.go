package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHTMLDepth: a page nested deeper than MaxHTMLDepth is refused before
// the parser, whose cost grows as the square of the depth, sees it (100,000
// nested <div>s once took over ten minutes); one just within the bound is
// read, and unclosed <p> and <li> or void elements do not count as depth.
func TestHTMLDepth(t *testing.T) {
	page := func(open, close string, n int) []byte {
		return []byte("<html><body>" + strings.Repeat(open, n) +
			"<p>The mayor said on Monday that the bridge would reopen next week after repairs.</p>" +
			strings.Repeat(close, n) + "</body></html>")
	}
	if _, err := extractHTML(page("<div>", "</div>", 100000), "", nil); !errors.Is(err, ErrTooDeep) {
		t.Errorf("100,000 nested divs: got %v, want ErrTooDeep", err)
	}
	if _, err := extractHTML(page("<span><b>", "</b></span>", MaxHTMLDepth), "", nil); !errors.Is(err, ErrTooDeep) {
		t.Errorf("%d nested span/b: got %v, want ErrTooDeep", 2*MaxHTMLDepth, err)
	}
	if err := checkDepth(page("<div>", "</div>", MaxHTMLDepth-10), MaxHTMLDepth); err != nil {
		t.Errorf("depth within the bound: %v", err)
	}
	// Sloppy markup: thousands of unclosed paragraphs and list items, line
	// breaks and images, and stray end tags.
	sloppy := "<html><body>" + strings.Repeat("<p>Text<br><img src=x><li>item</span></i>", 5000) + "</body></html>"
	if err := checkDepth([]byte(sloppy), MaxHTMLDepth); err != nil {
		t.Errorf("unclosed p and li counted as depth: %v", err)
	}
}

// TestMaxSources: a JSON Lines file of more records than MaxSources is
// refused before any is read as an article (100,000 short records once
// took 20 s and a gigabyte); exactly MaxSources is a run.
func TestMaxSources(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "{\"id\":\"r%d\",\"text\":\"The mayor said %d people came.\"}\n", i, i)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	_, err := Load(context.Background(), []string{write("many.jsonl", 100000)}, nil)
	if !errors.Is(err, ErrTooMany) {
		t.Fatalf("100,000 records: got %v, want ErrTooMany", err)
	}
	if want := "many.jsonl: too many articles (100000; expected at most 1000 in one run, split them into smaller runs)"; !strings.HasSuffix(err.Error(), want) {
		t.Errorf("message %q, want it to end %q", err, want)
	}
	arts, err := Load(context.Background(), []string{write("ok.jsonl", MaxSources)}, nil)
	if err != nil || len(arts) != MaxSources {
		t.Fatalf("%d records: %d articles, %v", MaxSources, len(arts), err)
	}
	// Two sources together count too.
	_, err = Load(context.Background(), []string{write("a.jsonl", 600), write("b.jsonl", 600)}, nil)
	if !errors.Is(err, ErrTooMany) {
		t.Errorf("600+600 records: got %v, want ErrTooMany", err)
	}
}
