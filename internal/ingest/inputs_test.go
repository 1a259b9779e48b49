package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/claimdiff/claimdiff/claims"
)

const fmBody = "The council approved the budget on Monday.\n\nThe mayor said the plan would fund three new libraries.\n"

// TestFrontMatterYAML: front matter is read by a YAML (or TOML) parser, so
// folded and block scalars are values, and dates in common layouts are
// read.
func TestFrontMatterYAML(t *testing.T) {
	tests := []struct{ name, file, want string }{
		{"folded title", "---\ntitle: >-\n  Budget passes\n  after long debate\noutlet: |\n  Town Gazette\npublished: 2025/11/30\n---\n" + fmBody,
			"Budget passes after long debate|Town Gazette|2025-11-30"},
		{"nested values ignored", "---\nauthor:\n  name: Jane Roe\ntitle: Budget passes\ntags: [budget, council]\ndate: 30.11.2025\n---\n" + fmBody,
			"Budget passes||2025-11-30"},
		{"month name", "---\nTitle: \"Budget passes\"\nDate: November 30, 2025\n---\n" + fmBody, "Budget passes||2025-11-30"},
		{"timestamp", "---\ndate: 2025-11-30T23:30:00-05:00\n---\n" + fmBody, "||2025-11-30"},
		{"us order when plain", "---\ndate: 11/30/2025\n---\n" + fmBody, "||2025-11-30"},
		{"toml dates", "+++\ntitle = \"Budget passes\"\ndate = 2025-11-30T10:00:00Z\n+++\n" + fmBody, "Budget passes||2025-11-30"},
		{"toml local date", "+++\npublished = 2025-11-30\n+++\n" + fmBody, "||2025-11-30"},
		{"not a mapping: a rule and prose", "---\nThe council met.\n---\n" + fmBody, "||"},
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
		})
	}
}

// TestFrontMatterBadDate: a date that cannot be read is an error naming
// the file, the key and the value, not a silent drop.
func TestFrontMatterBadDate(t *testing.T) {
	tests := []struct{ file, want string }{
		{"---\npublished: last Tuesday\n---\n" + fmBody, `a.md: front matter: published "last Tuesday" is not a date (expected YYYY-MM-DD, or a layout such as 2025/11/30 or November 30, 2025)`},
		{"---\ndate: 03/04/2025\n---\n" + fmBody, `a.md: front matter: date "03/04/2025" is not a date (expected YYYY-MM-DD, or a layout such as 2025/11/30 or November 30, 2025)`},
		{"---\ndate: 2025/02/30\n---\n" + fmBody, `a.md: front matter: date "2025/02/30" is not a date (expected YYYY-MM-DD, or a layout such as 2025/11/30 or November 30, 2025)`},
		{"---\ntitle: [unclosed\n---\n" + fmBody, `a.md: front matter: `},
	}
	for _, tt := range tests {
		tree(t, map[string]string{"a.md": tt.file})
		_, err := Load(context.Background(), []string{"a.md"}, nil)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) || !errors.Is(err, ErrFrontMatter) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: got %v, want one line starting %q", tt.file, err, tt.want)
		}
	}
}

func utf16Bytes(s string, bigEndian bool) []byte {
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// TestByteOrderMarks: UTF-16 text with a mark (either order) is decoded,
// and its spans index the decoded text, which the article carries; a
// UTF-8 mark stays in the file's bytes and is skipped.
func TestByteOrderMarks(t *testing.T) {
	text := "Storm floods coastal town\n\n“We will rebuild,” the mayor said on Tuesday.\n"
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"utf-16le", utf16Bytes(text, false)},
		{"utf-16be", utf16Bytes(text, true)},
	} {
		tree(t, map[string]string{"a.txt": string(tc.data)})
		arts, err := Load(context.Background(), []string{"a.txt"}, nil)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		a := arts[0]
		if a.Text != text || !a.Extracted || a.Title != "Storm floods coastal town" {
			t.Errorf("%s: text %q extracted %v title %q", tc.name, a.Text, a.Extracted, a.Title)
		}
		cs := claims.Extract(a)
		if len(cs) == 0 || cs[len(cs)-1].Speaker == nil || cs[len(cs)-1].Speaker.Name != "mayor" {
			t.Errorf("%s: claims %+v", tc.name, cs)
		}
	}
	withBOM := "\xEF\xBB\xBF" + text
	for _, f := range []string{"a.txt", "a.md"} {
		tree(t, map[string]string{f: withBOM})
		arts, err := Load(context.Background(), []string{f}, nil)
		if err != nil {
			t.Fatal(err)
		}
		a := arts[0]
		if a.Text != withBOM || a.Extracted || a.Title != "Storm floods coastal town" {
			t.Errorf("%s with a UTF-8 mark: text %q extracted %v title %q", f, a.Text, a.Extracted, a.Title)
		}
		for _, c := range claims.Extract(a) {
			if strings.Contains(c.Text, "\uFEFF") || c.Sentence.Start < 3 {
				t.Errorf("%s: the mark is in claim %q", f, c.Text)
			}
		}
	}
	// Front matter after a UTF-8 mark is still front matter.
	tree(t, map[string]string{"b.md": "\xEF\xBB\xBF---\ntitle: Budget passes\n---\n" + fmBody})
	arts, err := Load(context.Background(), []string{"b.md"}, nil)
	if err != nil || arts[0].Title != "Budget passes" {
		t.Errorf("front matter after a mark: %v %+v", err, arts)
	}
	// An odd number of bytes after a UTF-16 mark is not UTF-16.
	tree(t, map[string]string{"c.txt": string(append(utf16Bytes(text, false), 'x'))})
	if _, err := Load(context.Background(), []string{"c.txt"}, nil); err == nil || !strings.Contains(err.Error(), "invalid UTF-16") {
		t.Errorf("odd UTF-16: %v", err)
	}
}

// TestNotEnglishRefused: a text in another language is refused with its
// name, whatever the format.
func TestNotEnglishRefused(t *testing.T) {
	es := "El gobierno confirmó el martes que al menos doce personas murieron en las inundaciones del valle. Según la policía, los equipos de rescate buscaron durante toda la noche a los desaparecidos, pero el alcalde dijo que no hay esperanza.\n"
	for _, f := range []string{"es.txt", "es.md", "es.html"} {
		data := es
		if f == "es.html" {
			data = "<html><body><article><p>" + es + "</p></article></body></html>"
		}
		tree(t, map[string]string{f: data})
		_, err := Load(context.Background(), []string{f}, nil)
		if !errors.Is(err, claims.ErrNotEnglish) || !strings.HasPrefix(err.Error(), f+": text reads as Spanish, not English") {
			t.Errorf("%s: %v", f, err)
		}
	}
}
