package main

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"
)

func TestProgressDraws(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, total: 10, label: "extracting claims"}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Go(p.step)
	}
	wg.Wait()
	p.stage("comparing claims")
	p.finish()
	p.finish()
	out := buf.String()
	for _, want := range []string{"[##........", "] 1/10", "[####################] 10/10", "comparing claims…"} {
		if !strings.Contains(out, want) {
			t.Errorf("progress output lacks %q:\n%q", want, out)
		}
	}
	if !strings.HasSuffix(out, "\r\x1b[K") || strings.Count(out, "\r\x1b[K") != 1 {
		t.Errorf("the bar is not erased exactly once at the end: %q", out)
	}
	if strings.Contains(out, "\n") {
		t.Error("the bar wrote a newline: it would scroll the terminal")
	}
}

// No bar into a pipe, a buffer or for a short run; a nil bar is a no-op.
func TestProgressOnlyOnTerminal(t *testing.T) {
	if p := newProgress(&bytes.Buffer{}, 100); p != nil {
		t.Error("bar on a bytes.Buffer")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if p := newProgress(w, 100); p != nil {
		t.Error("bar on a pipe")
	}
	var p *progress
	p.step()
	p.stage("x")
	p.finish()
}
