package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// markUp writes plain paragraphs as Markdown: every 7th all-letter word
// bold, every 11th a link, blank lines between paragraphs, each wrapped at
// width columns, and a heading, a byline, an image and a code block added.
func markUp(plain string, width int) string {
	var b strings.Builder
	b.WriteString("# Desk notes\n\n*By Staff, [Wire](https://example.com/wire)*\n\n![A photo](photo.jpg)\n\n")
	n := 0
	for _, line := range strings.Split(plain, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		col := 0
		for i, w := range strings.Fields(line) {
			n++
			letters := strings.IndexFunc(w, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }) < 0
			switch {
			case letters && n%7 == 0:
				w = "**" + w + "**"
			case letters && n%11 == 0:
				w = fmt.Sprintf("[%s](https://example.com/%d)", w, n)
			}
			if i > 0 && col+1+len(w) > width {
				b.WriteByte('\n')
				col = 0
			} else if i > 0 {
				b.WriteByte(' ')
				col++
			}
			b.WriteString(w)
			col += len(w)
		}
		b.WriteString("\n\n")
	}
	b.WriteString("```\nthe mayor said nothing in code\n```\n")
	return b.String()
}

type claimKey struct {
	Kind                    claims.Kind
	Text, Speaker, Cue, Say string
}

func keys(cs []claims.Claim) []claimKey {
	var out []claimKey
	for _, c := range cs {
		k := claimKey{Kind: c.Kind, Text: c.Text}
		if c.Speaker != nil {
			k.Speaker = c.Speaker.Name
		}
		if c.Cue != nil {
			k.Cue = c.Cue.Lemma
		}
		if c.Content != nil {
			k.Say = c.Content.Text
		}
		out = append(out, k)
	}
	return out
}

// TestMarkdownMarkupSkipped: the sample articles written as Markdown
// (emphasis, links, wrapping, a heading, byline, image and code block)
// give the claims the plain text gives, and every claim's sentence is the
// bytes of its span.
func TestMarkdownMarkupSkipped(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "samples", "trump-maduro-call"))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"newsorbit", "newzksa"} {
		data, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		// As plain text, paragraphs separated by blank lines as Markdown
		// has them.
		plain := string(data)
		var pb strings.Builder
		for _, l := range strings.Split(plain, "\n") {
			if strings.TrimSpace(l) != "" {
				pb.WriteString(l + "\n\n")
			}
		}
		pa, err := claims.NewArticle(id, id+".txt", []byte(pb.String()))
		if err != nil {
			t.Fatal(err)
		}
		want := keys(claims.Extract(pa))
		if len(want) < 20 {
			t.Fatalf("%s: %d claims as plain text", id, len(want))
		}
		for _, width := range []int{60, 80, 1 << 20} {
			md := markUp(pb.String(), width)
			tree(t, map[string]string{id + ".md": md})
			arts, err := Load(context.Background(), []string{id + ".md"}, nil)
			if err != nil {
				t.Fatal(err)
			}
			a := arts[0]
			cs := claims.Extract(a)
			got := keys(cs)
			// The Markdown has a heading and byline of its own first.
			if len(got) > 0 && got[0].Text == "Desk notes" {
				got = got[1:]
			}
			if len(got) != len(want) {
				t.Errorf("%s at %d: %d claims, plain text %d", id, width, len(got), len(want))
			}
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Errorf("%s at %d: claim %d\n got  %+v\n want %+v", id, width, i, got[i], want[i])
					break
				}
			}
			for _, c := range cs {
				for _, bad := range []string{"**", "](", "https:", "Staff", "photo", "code"} {
					if strings.Contains(c.Text, bad) {
						t.Errorf("%s at %d: markup %q in claim %q", id, width, bad, c.Text)
					}
				}
				if c.Sentence.In(a.Text) == "" {
					t.Errorf("%s: claim %s has no sentence bytes", id, c.ID)
				}
			}
		}
	}
}

// TestMarkdownLinkKeepsSpeaker: the issue's case, a link around "police
// said".
func TestMarkdownLinkKeepsSpeaker(t *testing.T) {
	md := "Storm floods town\n\n[Police said](https://example.com/p) at least **83 people** were\nkilled in the flood on Tuesday.\n"
	tree(t, map[string]string{"a.md": md})
	arts, err := Load(context.Background(), []string{"a.md"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, c := range claims.Extract(arts[0]) {
		if c.Speaker != nil && c.Speaker.Name == "Police" && c.Cue != nil && c.Text == "Police said at least 83 people were killed in the flood on Tuesday" {
			found = true
			if s := c.Sentence.In(arts[0].Text); !strings.HasPrefix(s, "Police said](https://example.com/p)") {
				t.Errorf("sentence %q: want the file's bytes", s)
			}
		}
	}
	if !found {
		t.Errorf("claims %+v: want Police said …", claims.Extract(arts[0]))
	}
}

// TestMarkdownPastedLines: an article pasted into a .md file one paragraph
// a line, with no blank lines (which Markdown would run together), reads
// as the same text saved as .txt: its date line stays a date line.
func TestMarkdownPastedLines(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "samples", "trump-maduro-call", "newzksa.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tree(t, map[string]string{"a.txt": string(data), "b.md": string(data)})
	arts, err := Load(context.Background(), []string{"a.txt", "b.md"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	txt, md := arts[0], arts[1]
	if md.Published != "2025-11-30" || md.Published != txt.Published || md.Title != txt.Title {
		t.Errorf("md: %q %q; txt: %q %q", md.Published, md.Title, txt.Published, txt.Title)
	}
	got, want := keys(claims.Extract(md)), keys(claims.Extract(txt))
	if len(got) != len(want) {
		t.Fatalf("%d claims as .md, %d as .txt", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("claim %d: .md %+v, .txt %+v", i, got[i], want[i])
		}
	}
}
