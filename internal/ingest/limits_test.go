package ingest

import (
	"errors"
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
