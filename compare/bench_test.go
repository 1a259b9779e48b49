package compare

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

var (
	benchSpeakers = []string{"Donald Trump", "Nicolás Maduro", "Gustavo Petro", "Marco Rubio", "María Corina Machado", "the Pentagon", "the White House"}
	benchCues     = []string{"said", "confirmed", "denied", "claimed", "warned"}
	benchWords    = strings.Fields("call phone conversation cordial peace sovereignty talks navy ships Caribbean strikes boats drug trafficking oil Venezuela Caracas Washington airspace military pressure dialogue sanctions election regime pretext deployment vessels tensions region threat envoy meeting week security border")
	benchNumbers  = []string{"", "", "", " at least 83 people", " 15 minutes", " more than 20 vessels", " 3 ships"}
	benchDates    = []string{"", "", "", " on November 30, 2025", " on Monday", " in 2025"}
)

// synthArticle makes one source of n claims: sentences built from a shared
// vocabulary, so claims across sources overlap in wording, speakers,
// numbers and dates.
func synthArticle(rng *rand.Rand, id string, n int) (*claims.Article, []claims.Claim) {
	var sb strings.Builder
	cs := make([]claims.Claim, 0, n)
	for i := 0; i < n; i++ {
		spk := benchSpeakers[rng.Intn(len(benchSpeakers))]
		cue := benchCues[rng.Intn(len(benchCues))]
		k := 5 + rng.Intn(8)
		ws := make([]string, k)
		for j := range ws {
			ws[j] = benchWords[rng.Intn(len(benchWords))]
		}
		content := "the " + strings.Join(ws, " ") + benchNumbers[rng.Intn(len(benchNumbers))] + benchDates[rng.Intn(len(benchDates))]
		sent := spk + " " + cue + " " + content + "."
		if sb.Len() > 0 {
			sb.WriteString(" ")
		}
		start := sb.Len()
		sb.WriteString(sent)
		end := start + len(sent) - 1 // without the full stop
		cStart := start + len(spk) + 1 + len(cue) + 1
		c := claims.Claim{
			ID:       fmt.Sprintf("%s#%d", id, i+1),
			Source:   id,
			Kind:     claims.Reported,
			Sentence: claims.Span{Start: start, End: start + len(sent)},
			Text:     sent[:len(sent)-1],
			TextSpan: claims.Span{Start: start, End: end},
			Speaker: &claims.Speaker{Name: strings.TrimPrefix(spk, "the "), Text: spk,
				Span: claims.Span{Start: start, End: start + len(spk)}},
			Cue:     &claims.Cue{Lemma: claims.Stem(cue), Text: cue, Span: claims.Span{Start: start + len(spk) + 1, End: start + len(spk) + 1 + len(cue)}},
			Content: &claims.Part{Text: content, Span: claims.Span{Start: cStart, End: end}},
			Negated: rng.Intn(10) == 0,
			Hedged:  rng.Intn(10) == 0,
		}
		if i := strings.Index(content, "at least 83"); i >= 0 {
			c.Numbers = append(c.Numbers, claims.Number{Text: "at least 83 people", Value: 83, Qualifier: "at least", Unit: "people",
				Span: claims.Span{Start: cStart + i, End: cStart + i + len("at least 83 people")}})
		}
		if i := strings.Index(content, "November 30, 2025"); i >= 0 {
			c.Time = append(c.Time, claims.Time{Text: "November 30, 2025", Value: "2025-11-30",
				Span: claims.Span{Start: cStart + i, End: cStart + i + len("November 30, 2025")}})
		}
		claims.ReadSpeaker(c.Speaker) // as Extract reads it
		cs = append(cs, c)
	}
	a := &claims.Article{ID: id, Path: id + ".txt", Text: sb.String()}
	a.Words = len(strings.Fields(a.Text))
	return a, cs
}

func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{2, 50, 200} {
		b.Run(fmt.Sprintf("%dx40", n), func(b *testing.B) {
			rng := rand.New(rand.NewSource(int64(n)))
			arts := make([]*claims.Article, n)
			per := make([][]claims.Claim, n)
			for i := range arts {
				arts[i], per[i] = synthArticle(rng, fmt.Sprintf("src%03d", i), 40)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				Compare(arts, per, Options{})
			}
		})
	}
}

func TestSynthArticleSpans(t *testing.T) {
	a, cs := synthArticle(rand.New(rand.NewSource(1)), "s", 40)
	for _, c := range cs {
		if got := c.TextSpan.In(a.Text); got != c.Text {
			t.Fatalf("TextSpan text %q != Text %q", got, c.Text)
		}
		if got := c.Content.Span.In(a.Text); got != c.Content.Text {
			t.Fatalf("Content span text %q != %q", got, c.Content.Text)
		}
		if got := c.Speaker.Span.In(a.Text); got != c.Speaker.Text {
			t.Fatalf("Speaker span text %q != %q", got, c.Speaker.Text)
		}
		if !strings.Contains(c.Sentence.In(a.Text), c.Text) {
			t.Fatalf("sentence does not contain %q", c.Text)
		}
	}
}
