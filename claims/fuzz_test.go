package claims_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

// sampleFiles returns the project's sample articles.
func sampleFiles(tb testing.TB) map[string][]byte {
	tb.Helper()
	paths, err := filepath.Glob("../samples/trump-maduro-call/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no samples found: %v", err)
	}
	out := map[string][]byte{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out[p] = b
	}
	return out
}

func FuzzExtract(f *testing.F) {
	for _, b := range sampleFiles(f) {
		f.Add(b)
	}
	for _, tc := range extractCases {
		f.Add([]byte(tc.text))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := claims.NewArticle("fuzz", "fuzz.txt", data)
		if err != nil {
			return
		}
		orig := a.Text
		if orig != string(data) {
			t.Fatalf("NewArticle did not keep the text byte for byte")
		}
		cs := extractWithin(t, a, 10*time.Second)
		checkInvariants(t, a, orig, cs)
		for _, s := range a.Skip {
			if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End {
				t.Errorf("Skip span %v out of bounds (len %d)", s, len(a.Text))
			}
		}
		again := claims.Extract(a)
		if a.Text != orig {
			t.Fatalf("Extract rewrote Article.Text")
		}
		if !reflect.DeepEqual(cs, again) {
			t.Fatalf("Extract is not deterministic:\nfirst:\n%s\nsecond:\n%s", dump(cs), dump(again))
		}
	})
}

// extractWithin runs Extract and fails when it takes longer than d, so the
// fuzzer records inputs that hang the extractor as crashers.
func extractWithin(t *testing.T, a *claims.Article, d time.Duration) []claims.Claim {
	t.Helper()
	done := make(chan []claims.Claim, 1)
	go func() { done <- claims.Extract(a) }()
	select {
	case cs := <-done:
		return cs
	case <-time.After(d):
		t.Fatalf("Extract did not finish within %v on a %d-byte input", d, len(a.Text))
		return nil
	}
}
