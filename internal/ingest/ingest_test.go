package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

const article = "The council approved the budget on Monday.\n\nThe mayor said the plan would fund three new libraries.\n"

// tree writes files (path → content) under a new temporary directory and
// makes it the working directory, so paths in errors are short.
func tree(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}

func ids(arts []*claims.Article) string {
	var s []string
	for _, a := range arts {
		s = append(s, a.ID+"="+filepath.ToSlash(a.Path))
	}
	return strings.Join(s, " ")
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		sources []string
		stdin   string
		want    string // id=path, in id order
	}{
		{
			name:    "files by base name, sorted by id",
			files:   map[string]string{"x/reuters.txt": article, "bbc.md": article},
			sources: []string{"x/reuters.txt", "bbc.md"},
			want:    "bbc=bbc.md reuters=x/reuters.txt",
		},
		{
			name:    "no extension and other article extensions",
			files:   map[string]string{"wire": article, "a.markdown": article, "b.TEXT": article},
			sources: []string{"wire", "a.markdown", "b.TEXT"},
			want:    "a=a.markdown b=b.TEXT wire=wire",
		},
		{
			name: "directory: article files only, not hidden, not nested",
			files: map[string]string{
				"story/b.txt": article, "story/a.md": article, "story/.hidden.txt": article,
				"story/notes.pdf": "x", "story/page.pdf": "<p>", "story/sub/c.txt": article,
			},
			sources: []string{"story"},
			want:    "a=story/a.md b=story/b.txt",
		},
		{
			name:    "stdin",
			files:   map[string]string{"a.txt": article},
			sources: []string{"-", "a.txt"},
			stdin:   article,
			want:    "a=a.txt stdin=-",
		},
		{
			name:    "same base name: directory in front",
			files:   map[string]string{"a/bbc.txt": article, "b/bbc.txt": article},
			sources: []string{"b/bbc.txt", "a/bbc.txt"},
			want:    "a-bbc=a/bbc.txt b-bbc=b/bbc.txt",
		},
		{
			name:    "same base name, different extension",
			files:   map[string]string{"a/bbc.txt": article, "b/bbc.md": article},
			sources: []string{"a/bbc.txt", "b/bbc.md"},
			want:    "a-bbc=a/bbc.txt b-bbc=b/bbc.md",
		},
		{
			name:    "same file twice: numbered in argument order",
			files:   map[string]string{"a/bbc.txt": article},
			sources: []string{"a/bbc.txt", "a/bbc.txt", "a/bbc.txt"},
			want:    "a-bbc=a/bbc.txt a-bbc-2=a/bbc.txt a-bbc-3=a/bbc.txt",
		},
		{
			name:    "same directory names: numbered, skipping taken ids",
			files:   map[string]string{"x/a/bbc.txt": article, "y/a/bbc.txt": article, "a-bbc-2.txt": article},
			sources: []string{"x/a/bbc.txt", "y/a/bbc.txt", "a-bbc-2.txt"},
			want:    "a-bbc=x/a/bbc.txt a-bbc-2=a-bbc-2.txt a-bbc-3=y/a/bbc.txt",
		},
		{
			name:    "directory and file sharing a name",
			files:   map[string]string{"a/bbc.txt": article, "b/bbc.txt": article},
			sources: []string{"a", "b/bbc.txt"},
			want:    "a-bbc=a/bbc.txt b-bbc=b/bbc.txt",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree(t, tt.files)
			arts, err := Load(context.Background(), tt.sources, strings.NewReader(tt.stdin))
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(arts); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestLoadKeepsBytes(t *testing.T) {
	// Markdown and Windows line endings stay: spans point into the file.
	text := "# Budget passes\r\n\r\n**The council** approved the budget on Monday, the mayor said.\r\n"
	tree(t, map[string]string{"a.md": text})
	arts, err := Load(context.Background(), []string{"a.md"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if arts[0].Text != text {
		t.Errorf("text changed:\n%q\nwant\n%q", arts[0].Text, text)
	}
}

func TestLoadErrors(t *testing.T) {
	files := map[string]string{
		"good.txt":    article,
		"empty.txt":   "",
		"blank.txt":   " \n\n\t\n",
		"binary.txt":  "The council\x00approved it.",
		"latin1.txt":  "The caf\xe9 closed on Monday, the owner said.",
		"links.html":  `<html><body><ul><li><a href="/a">World</a></li><li><a href="/b">Politics news today</a></li></ul></body></html>`,
		"report.pdf":  "%PDF-1.7",
		"empty/x.pdf": "x",
		"big.txt":     strings.Repeat("a", claims.MaxBytes+1),
	}
	tests := []struct {
		sources []string
		input   string
		err     error
		msg     string
	}{
		{[]string{"good.txt", "missing.txt"}, "missing.txt", ErrNotFound,
			"missing.txt: no such file (expected a file, directory, - or URL)"},
		{[]string{"empty.txt"}, "empty.txt", claims.ErrEmpty, ""},
		{[]string{"blank.txt"}, "blank.txt", claims.ErrEmpty, ""},
		{[]string{"binary.txt"}, "binary.txt", claims.ErrBinary, ""},
		{[]string{"latin1.txt"}, "latin1.txt", claims.ErrUTF8, ""},
		{[]string{"big.txt"}, "big.txt", claims.ErrTooBig, ""},
		{[]string{"links.html"}, "links.html", ErrNoArticle,
			"links.html: no article text found (is it a page of links?)"},
		{[]string{"report.pdf"}, "report.pdf", ErrFileType, ""},
		{[]string{"empty"}, "empty", ErrNoArticles,
			"empty: no article files (.txt, .md, .html, .jsonl) in directory"},
		{[]string{"ftp://example.com/story"}, "ftp://example.com/story", ErrScheme, ""},
		{[]string{"-", "-"}, "-", ErrStdinTwice, ""},
		{[]string{"-"}, "stdin", claims.ErrEmpty, "stdin: empty input (expected article text)"},
	}
	tree(t, files)
	for _, tt := range tests {
		t.Run(strings.Join(tt.sources, " "), func(t *testing.T) {
			arts, err := Load(context.Background(), tt.sources, strings.NewReader(""))
			if err == nil {
				t.Fatalf("no error; got %s", ids(arts))
			}
			var ie *Error
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is %T, want *ingest.Error", err, err)
			}
			if ie.Input != tt.input || !errors.Is(err, tt.err) {
				t.Errorf("got input %q, error %v; want %q, %v", ie.Input, ie.Err, tt.input, tt.err)
			}
			if tt.msg != "" && err.Error() != tt.msg {
				t.Errorf("message %q, want %q", err.Error(), tt.msg)
			}
		})
	}
}
