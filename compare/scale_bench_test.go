package compare

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// distinctArticles makes n articles about different events: each draws
// most of its words from a vocabulary of its own and a few from words
// every news story shares, so only some claims of different articles look
// alike — what a batch of a day's articles is like, unlike synthArticle's
// sources of one story.
func distinctArticles(n, perArticle int) ([]*claims.Article, [][]claims.Claim) {
	rng := rand.New(rand.NewSource(int64(n)))
	common := strings.Fields("police said officials government people city report week year minister spokesman statement")
	arts := make([]*claims.Article, n)
	per := make([][]claims.Claim, n)
	for i := range arts {
		id := fmt.Sprintf("src%04d", i)
		topic := make([]string, 30)
		for j := range topic {
			// Neighbouring articles share a topic word now and then.
			topic[j] = fmt.Sprintf("w%d", (i*25+j)%(n*25+5)+rng.Intn(3))
		}
		var sb strings.Builder
		cs := make([]claims.Claim, 0, perArticle)
		for k := 0; k < perArticle; k++ {
			ws := make([]string, 6+rng.Intn(6))
			for j := range ws {
				if rng.Intn(4) == 0 {
					ws[j] = common[rng.Intn(len(common))]
				} else {
					ws[j] = topic[rng.Intn(len(topic))]
				}
			}
			spk := fmt.Sprintf("Person%d", rng.Intn(n*3))
			content := strings.Join(ws, " ")
			sent := spk + " said " + content + "."
			if sb.Len() > 0 {
				sb.WriteString(" ")
			}
			start := sb.Len()
			sb.WriteString(sent)
			cStart := start + len(spk) + len(" said ")
			end := start + len(sent) - 1
			cs = append(cs, claims.Claim{
				ID: fmt.Sprintf("%s#%d", id, k+1), Source: id, Kind: claims.Reported,
				Sentence: claims.Span{Start: start, End: start + len(sent)},
				Text:     sent[:len(sent)-1], TextSpan: claims.Span{Start: start, End: end},
				Speaker: &claims.Speaker{Name: spk, Text: spk, Span: claims.Span{Start: start, End: start + len(spk)}},
				Cue:     &claims.Cue{Lemma: "say", Text: "said", Span: claims.Span{Start: start + len(spk) + 1, End: start + len(spk) + 5}},
				Content: &claims.Part{Text: content, Span: claims.Span{Start: cStart, End: end}},
			})
			claims.ReadSpeaker(cs[len(cs)-1].Speaker) // as Extract reads it
		}
		arts[i] = &claims.Article{ID: id, Path: id + ".txt", Text: sb.String()}
		arts[i].Words = len(strings.Fields(arts[i].Text))
		per[i] = cs
	}
	return arts, per
}

// BenchmarkCompareMany compares many distinct articles at once (a folder
// of a day's articles): cost per size shows how compare scales.
func BenchmarkCompareMany(b *testing.B) {
	for _, n := range []int{100, 300, 1000} {
		b.Run(fmt.Sprintf("%d", n), func(b *testing.B) {
			arts, per := distinctArticles(n, 20)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				Compare(arts, per, Options{})
			}
		})
	}
}

// TestManyCopies: hundreds of copies of one article (a wire story run by
// every outlet) once took over ten minutes. Each claim must be grouped
// with all its copies: a cap on common words that dropped them would
// call every claim unique.
func TestManyCopies(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	const copies = 60
	arts, per := manyCopies(copies, 20)
	cs := per[0]
	r := Compare(arts, per, Options{})
	groups := 0
	for _, f := range r.Findings {
		if f.Kind != Unique {
			groups++
			// A finding is a slot and may hold two claims of one article
			// that state one fact; identical copies each give it the same.
			per := map[string]int{}
			for _, id := range f.Claims {
				per[r.Claim(id).Source]++
			}
			if len(per) != copies || len(f.Claims)%copies != 0 {
				t.Errorf("%s groups %d claims of %d copies, want every copy alike (%d)", f.ID, len(f.Claims), len(per), copies)
			}
		}
	}
	if groups < len(cs)/2 {
		t.Errorf("only %d of %d claims grouped with their copies", groups, len(cs))
	}
}

// manyCopies makes n identical copies of one synthetic article of k claims.
func manyCopies(n, k int) ([]*claims.Article, [][]claims.Claim) {
	a, cs := synthArticle(rand.New(rand.NewSource(7)), "x", k)
	arts := make([]*claims.Article, n)
	per := make([][]claims.Claim, n)
	for i := range arts {
		id := fmt.Sprintf("c%03d", i)
		c := *a
		c.ID, c.Path = id, id+".txt"
		arts[i] = &c
		per[i] = make([]claims.Claim, len(cs))
		for j, cl := range cs {
			cl.ID, cl.Source = fmt.Sprintf("%s#%d", id, j+1), id
			per[i][j] = cl
		}
	}
	return arts, per
}

// TestCopiesScoredOnce pins the cost of identical copies without timing
// it: the pairs of claims scored and compared (pairEvals) must not grow
// with the number of copies, and a group must still hold every copy. When
// twins were aligned as claims of their own, 500 copies scored millions
// of pairs.
func TestCopiesScoredOnce(t *testing.T) {
	evals := func(n int) (int64, *Result) {
		arts, per := manyCopies(n, 20)
		before := pairEvals.Load()
		r := Compare(arts, per, Options{})
		return pairEvals.Load() - before, r
	}
	few, _ := evals(3)
	many, r := evals(500)
	if many != few {
		t.Errorf("500 copies score %d pairs, 3 copies %d: twins are scored again", many, few)
	}
	// 20 claims in two kept copies: at most every pair of 40 claims,
	// scored, compared and put in groups.
	if max := int64(3 * 40 * 40); many > max {
		t.Errorf("500 copies score %d pairs, want at most %d", many, max)
	}
	grouped := 0
	for _, f := range r.Findings {
		if f.Kind != Unique {
			grouped += len(f.Claims)
			if len(f.Claims)%500 != 0 {
				t.Errorf("%s holds %d claims, not every copy of its claims", f.ID, len(f.Claims))
			}
		}
	}
	if grouped != r.Summary.Claims {
		t.Errorf("%d of %d claims grouped with their copies", grouped, r.Summary.Claims)
	}
}

// BenchmarkCompareCopies compares 500 identical copies of one article (a
// wire story run by every outlet).
func BenchmarkCompareCopies(b *testing.B) {
	arts, per := manyCopies(500, 20)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Compare(arts, per, Options{})
	}
}
