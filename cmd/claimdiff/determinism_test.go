package main

import (
	"bytes"
	"context"
	"math/rand/v2"
	"path/filepath"
	"testing"
)

// sampleFiles lists the founding sample story's articles.
func sampleFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../../samples/trump-maduro-call/*.txt")
	if err != nil || len(files) < 2 {
		t.Fatalf("samples not found (%v): %v", err, files)
	}
	return files
}

// TestDeterministic runs compare on the project's samples with the
// arguments shuffled: the report must be the same bytes every time, and the
// same as naming the samples' directory instead of its files.
func TestDeterministic(t *testing.T) {
	files := sampleFiles(t)
	runJSON := func(sources []string) []byte {
		t.Helper()
		var stdout, stderr bytes.Buffer
		args := append([]string{"compare", "--format", "json"}, sources...)
		if code := run(context.Background(), args, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("claimdiff %v: exit %d: %s", args, code, stderr.String())
		}
		return stdout.Bytes()
	}
	want := runJSON(files)
	if !bytes.Contains(want, []byte(`"claimdiff.report/v1"`)) {
		t.Fatalf("not a claimdiff.report/v1 report:\n%.300s", want)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 20 {
		shuffled := append([]string(nil), files...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := runJSON(shuffled); !bytes.Equal(got, want) {
			t.Fatalf("run %d with %v: report differs from the first run", i, shuffled)
		}
	}
	if got := runJSON([]string{"../../samples/trump-maduro-call"}); !bytes.Equal(got, want) {
		t.Errorf("the samples' directory gives another report than its files")
	}
}
