package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// TestInputStatus: input the tool cannot read as English article text
// ends with status 2 and one line naming it.
func TestInputStatus(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"es.txt":    "El gobierno confirmó el martes que al menos doce personas murieron en las inundaciones del valle. Según la policía, los equipos de rescate buscaron durante toda la noche a los desaparecidos, pero el alcalde dijo que no hay esperanza.\n",
		"date.md":   "---\ndate: 2025-13-45\n---\nThe council approved the budget on Monday, the mayor said.\n",
		"river.txt": "Police said at least 83 people were killed in the flood on Tuesday.\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ file, want string }{
		{"es.txt", "text reads as Spanish, not English"},
		{"date.md", `front matter: date "2025-13-45" is not a date`},
	} {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"compare", filepath.Join(dir, tc.file), filepath.Join(dir, "river.txt")}, nil, &stdout, &stderr)
		if code != 2 || lines(stderr.String()) != 1 || !strings.Contains(stderr.String(), tc.file+": "+tc.want) || stdout.Len() != 0 {
			t.Errorf("%s: exit %d, stderr %q; want 2 and one line saying %q", tc.file, code, stderr.String(), tc.want)
		}
	}
}

// TestUTF16Source: a UTF-16 file with a byte-order mark is read, and the
// JSON report carries the decoded text its spans index.
func TestUTF16Source(t *testing.T) {
	text := "Police said at least 83 people were killed in the flood on Tuesday.\n"
	data := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(text)) {
		data = append(data, byte(u), byte(u>>8))
	}
	p := filepath.Join(t.TempDir(), "wide.txt")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"claims", "--format", "json", p}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var r struct {
		Sources []struct{ Text string }
		Claims  []struct {
			Sentence string
			Span     [2]int
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Sources) != 1 || r.Sources[0].Text != text || len(r.Claims) == 0 {
		t.Fatalf("report %s", stdout.String())
	}
	for _, c := range r.Claims {
		if got := r.Sources[0].Text[c.Span[0]:c.Span[1]]; got != c.Sentence {
			t.Errorf("span %v is %q, sentence %q", c.Span, got, c.Sentence)
		}
	}
}
