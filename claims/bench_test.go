package claims_test

import (
	"sort"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func BenchmarkExtract(b *testing.B) {
	files := sampleFiles(b)
	names := make([]string, 0, len(files))
	for p := range files {
		names = append(names, p)
	}
	sort.Strings(names)
	var arts []*claims.Article
	total, words := 0, 0
	for _, p := range names {
		a, err := claims.NewArticle(p, p, files[p])
		if err != nil {
			b.Fatalf("%s: %v", p, err)
		}
		arts = append(arts, a)
		total += len(a.Text)
		words += a.Words
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			claims.Extract(a)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
