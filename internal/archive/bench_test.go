package archive

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// benchArticles is the archive size of the search benchmarks: big enough
// that the index, not the setup, is measured; scripts/genarticles and the
// command make the 10^4 and 10^5 archives of the report.
const benchArticles = 3000

// variant is base with a tail of words only it has and words it shares
// with every tenth article, so the index has rare and common words.
func variant(base *Entry, i int) *Entry {
	e := *base
	a := *base.Article
	var b strings.Builder
	b.WriteString(a.Text)
	fmt.Fprintf(&b, "Dispatch %d from correspondent zz%d, filed with desk yy%d.\n", i, i, i%10)
	a.Text = b.String()
	e.Article, e.Hash, e.ID = &a, "", 0
	return &e
}

func BenchmarkAdd(b *testing.B) {
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			ctx := context.Background()
			s := openBench(b, be)
			base := entry(b, "flood-a")
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, _, err := s.Add(ctx, variant(base, i)); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// BenchmarkRetrieve is one new article's retrieval (document
// frequencies, then the ranked search) and the reading of its candidates,
// in an archive of benchArticles articles.
func BenchmarkRetrieve(b *testing.B) {
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			ctx := context.Background()
			s := openBench(b, be)
			bases := []*Entry{entry(b, "flood-a"), entry(b, "council"), entry(b, "football")}
			for i := range benchArticles {
				if _, _, err := s.Add(ctx, variant(bases[i%len(bases)], i)); err != nil {
					b.Fatal(err)
				}
			}
			a, cs := article(b, "flood-b")
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				hits, err := Retrieve(ctx, s, a, cs, nil, Options{Limit: 20})
				if err != nil || len(hits) == 0 {
					b.Fatalf("%v %v", hits, err)
				}
				ids := make([]int64, len(hits))
				for i, h := range hits {
					ids[i] = h.ID
				}
				if _, err := s.Get(ctx, ids); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// openBench opens a fresh archive of one kind for a benchmark, closed
// when it ends.
func openBench(b *testing.B, be backend) Store {
	b.Helper()
	s, err := Open(context.Background(), be.target(b), true)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}
