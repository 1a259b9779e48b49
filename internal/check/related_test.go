package check

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// Written for these tests: two reports of one flood, and one of a budget
// vote. The samples/ articles are two reports of one phone call.
var stories = map[string]string{
	"river": "Police said at least 83 people were killed in the flood in the Lima valley on Tuesday.\n\n" +
		"“We will rebuild every home in the valley,” Governor Ana Lima told reporters in San Rafael.\n",
	"valley": "At least 38 people died when the river flooded the Lima valley on Tuesday, police said.\n\n" +
		"Governor Ana Lima said in San Rafael that the state might rebuild some of the homes.\n",
	"council": "The city council approved the new budget on Monday.\n\n" +
		"Mayor Jane Ortiz said the plan would fund three new libraries and repair the harbour wall.\n",
}

func load(t *testing.T) ([]*claims.Article, [][]claims.Claim) {
	t.Helper()
	var arts []*claims.Article
	for _, id := range []string{"council", "river", "valley"} {
		a, err := claims.NewArticle(id, id+".txt", []byte(stories[id]))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	dir := filepath.Join("..", "..", "samples", "trump-maduro-call")
	for _, id := range []string{"newsorbit", "newzksa"} {
		data, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		a, err := claims.NewArticle(id, id+".txt", data)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	per := make([][]claims.Claim, len(arts))
	for i, a := range arts {
		per[i] = claims.Extract(a)
	}
	return arts, per
}

func TestSimilarity(t *testing.T) {
	arts, per := load(t)
	sim := NewSimilarity(arts, per)
	same := [][2]string{{"river", "valley"}, {"newsorbit", "newzksa"}}
	other := [][2]string{{"river", "council"}, {"valley", "newzksa"}, {"council", "newsorbit"}, {"river", "newsorbit"}}
	for _, p := range same {
		if s := sim.Score(p[0], p[1]); s < DefaultThresholdForTest {
			t.Errorf("%s ~ %s = %.3f, want ≥ %.2f (same story)", p[0], p[1], s, DefaultThresholdForTest)
		}
	}
	for _, p := range other {
		if s := sim.Score(p[0], p[1]); s >= DefaultThresholdForTest {
			t.Errorf("%s ~ %s = %.3f, want < %.2f (different stories)", p[0], p[1], s, DefaultThresholdForTest)
		}
	}
	for _, a := range arts {
		for _, b := range arts {
			if sim.Score(a.ID, b.ID) != sim.Score(b.ID, a.ID) {
				t.Errorf("score %s/%s not symmetric", a.ID, b.ID)
			}
		}
		t.Logf("%s: %v", a.ID, func() (s []float64) {
			for _, b := range arts {
				s = append(s, sim.Score(a.ID, b.ID))
			}
			return
		}())
	}
}

// DefaultThresholdForTest mirrors config.DefaultRelated, which this
// package cannot import (config imports nothing of check, and tests here
// stay below it).
const DefaultThresholdForTest = 0.15

func byIDs(arts []*claims.Article, ids ...string) []*claims.Article {
	var out []*claims.Article
	for _, id := range ids {
		for _, a := range arts {
			if a.ID == id {
				out = append(out, a)
			}
		}
	}
	return out
}

func TestPlanStories(t *testing.T) {
	arts, per := load(t)
	sim := NewSimilarity(arts, per)
	opt := RelatedOptions{Threshold: DefaultThresholdForTest}
	p := PlanStories(byIDs(arts, "river", "newsorbit", "council"), byIDs(arts, "valley", "newzksa"), sim, opt)
	want := []Story{{New: []string{"council"}}, {New: []string{"newsorbit"}, Refs: []string{"newzksa"}}, {New: []string{"river"}, Refs: []string{"valley"}}}
	if len(p.Stories) != len(want) {
		t.Fatalf("stories %+v, want %+v", p.Stories, want)
	}
	for i := range want {
		if !equal(p.Stories[i].New, want[i].New) || !equal(p.Stories[i].Refs, want[i].Refs) {
			t.Errorf("story %d = %+v, want %+v", i, p.Stories[i], want[i])
		}
	}
	// Two new articles of one story with no reference still make a story.
	p = PlanStories(byIDs(arts, "river", "valley"), byIDs(arts, "council"), sim, opt)
	if len(p.Stories) != 1 || len(p.Stories[0].New) != 2 || len(p.Stories[0].Refs) != 0 {
		t.Errorf("new-only story: %+v", p.Stories)
	}
	// The time window keeps a dated reference from another month out.
	arts[1].Published, arts[2].Published = "2025-01-01", "2025-03-01"
	p = PlanStories(byIDs(arts, "river"), byIDs(arts, "valley"), sim, RelatedOptions{Threshold: DefaultThresholdForTest, WindowDays: 14})
	if len(p.Related["river"]) != 0 {
		t.Errorf("window 14 days: related %+v", p.Related["river"])
	}
	p = PlanStories(byIDs(arts, "river"), byIDs(arts, "valley"), sim, RelatedOptions{Threshold: DefaultThresholdForTest})
	if len(p.Related["river"]) != 1 {
		t.Errorf("no window: related %+v", p.Related["river"])
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestWithinWindow(t *testing.T) {
	for _, c := range []struct {
		a, b string
		days int
		want bool
	}{
		{"2025-11-30", "2025-12-05", 7, true},
		{"2025-11-30", "2025-12-08", 7, false},
		{"2025-12-08", "2025-11-30", 7, false},
		{"", "2025-12-08", 7, true},
		{"2025-11-30", "2026-11-30", 0, true},
	} {
		if got := WithinWindow(c.a, c.b, c.days); got != c.want {
			t.Errorf("WithinWindow(%s, %s, %d) = %v", c.a, c.b, c.days, got)
		}
	}
}
