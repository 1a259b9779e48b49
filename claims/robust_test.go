package claims_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

// TestLoneCR: old Mac text breaks lines with a lone CR. It must read as
// the same lines as LF text; CR and LF are one byte each, so the claims and
// every span are the same.
func TestLoneCR(t *testing.T) {
	for name, lf := range sampleFiles(t) {
		cr := bytes.ReplaceAll(lf, []byte("\n"), []byte("\r"))
		a1, err := claims.NewArticle("x", name, lf)
		if err != nil {
			t.Fatal(err)
		}
		a2, err := claims.NewArticle("x", name, cr)
		if err != nil {
			t.Fatalf("%s with CR line breaks: %v", name, err)
		}
		if a2.Text != string(cr) {
			t.Fatalf("%s: CR text was rewritten", name)
		}
		c1, c2 := claims.Extract(a1), claims.Extract(a2)
		if len(c1) == 0 {
			t.Fatalf("%s: no claims", name)
		}
		// Only the sentence texts can differ, and only where a CR stands
		// for a LF; spans and everything else are equal.
		for i := range c2 {
			c2[i].Text = strings.ReplaceAll(c2[i].Text, "\r", "\n")
		}
		if !reflect.DeepEqual(c1, c2) {
			t.Errorf("%s: CR text gives other claims:\nLF:\n%s\nCR:\n%s", name, dump(c1), dump(c2))
		}
	}
}

// TestFurnitureAnchored: "visit our … page." is furniture as a line of its
// own, not at the end of a line of news.
func TestFurnitureAnchored(t *testing.T) {
	a, err := claims.NewArticle("x", "x.txt", []byte("The mayor said 40 people were hurt, and for updates visit our news page.\n"))
	if err != nil {
		t.Fatalf("a one-line article ending in 'visit our … page.' was refused: %v", err)
	}
	if len(claims.Extract(a)) == 0 {
		t.Error("no claims from a one-line article ending in 'visit our … page.'")
	}
	a, err = claims.NewArticle("x", "x.txt", []byte("The mayor said 40 people were hurt.\n\nFor more news from the region, visit our Africa page.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range claims.Extract(a) {
		if strings.Contains(c.Sentence.In(a.Text), "visit our") {
			t.Errorf("a furniture line became a claim: %q", c.Sentence.In(a.Text))
		}
	}
}

// TestPathologicalQuotes pins inputs that once took minutes: hundreds of
// thousands of quotation marks, alone or on lines of their own. The limit
// is generous; the point is that cost stays linear in the size.
func TestPathologicalQuotes(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	for name, text := range map[string]string{
		"quote lines":       "The mayor said it was fine.\n" + strings.Repeat("\"\n", 100000),
		"one line":          "The mayor said \"" + strings.Repeat("a\"", 100000) + ".\n",
		"spaced":            "The mayor said \"" + strings.Repeat("word \" ", 30000) + ".\n",
		"quote paragraphs":  strings.Repeat("\"The mayor said it.\n\n", 20000),
		"repeated sentence": strings.Repeat("The mayor said \"it is fine\" and \"ok\". ", 5000) + "\n",
	} {
		t.Run(name, func(t *testing.T) {
			a, err := claims.NewArticle("x", "x.txt", []byte(text))
			if err != nil {
				return // refused is fine: it finished
			}
			extractWithin(t, a, 60*time.Second)
		})
	}
}
