package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// TestReadmeExample keeps the README's example true: every line of its
// excerpt of the sample comparison is a line of what the command prints
// today, so a change in extraction or alignment that alters the table
// shows up here rather than in a newcomer's terminal.
func TestReadmeExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(readme), "\n## Example\n")
	if !ok {
		t.Fatal("README has no Example section")
	}
	_, after, ok = strings.Cut(after, "```text\n")
	block, _, ok2 := strings.Cut(after, "```")
	if !ok || !ok2 {
		t.Fatal("README's Example has no text block")
	}
	files := sampleFiles(t)
	var stdout, stderr bytes.Buffer
	t.Setenv("NO_COLOR", "1")
	args := append([]string{"compare", "--width", "100"}, files...)
	if code := run(context.Background(), args, nil, &stdout, &stderr); code != 0 && code != 1 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	got := map[string]bool{}
	for _, l := range strings.Split(stdout.String(), "\n") {
		got[l] = true
	}
	n := 0
	for _, l := range strings.Split(block, "\n") {
		if l == "" || l == "…" {
			continue
		}
		n++
		if !got[l] {
			t.Errorf("README example line not in the output:\n%s", l)
		}
	}
	if n < 10 {
		t.Errorf("README example has %d lines; the excerpt seems lost", n)
	}
}
