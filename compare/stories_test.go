package compare

import (
	"fmt"
	"sort"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func mustArticles(t *testing.T, texts map[string]string) ([]*claims.Article, [][]claims.Claim) {
	t.Helper()
	var ids []string
	for id := range texts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var as []*claims.Article
	var cs [][]claims.Claim
	for _, id := range ids {
		a, err := claims.NewArticle(id, id+".txt", []byte(texts[id]))
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, a)
		cs = append(cs, claims.Extract(a))
	}
	return as, cs
}

// mustBuild collects the articles of texts (by ID) and the features of
// their claims, as Compare reads them.
func mustBuild(t *testing.T, texts map[string]string) (*Result, []feat) {
	t.Helper()
	r := Collect(mustArticles(t, texts))
	return r, build(r)
}

// Two arrests of the same kind, two players: claims about one must not be
// grouped with claims about the other, though the verbs are the same.
var twoStories = map[string]string{
	"a1": "Comets receiver Marcus Okafor was arrested early Tuesday in Ridgeport on suspicion of drunken driving.\n\nOkafor will play in Sunday's playoff game at Kessington, coach Gil Brantley said.\n",
	"a2": "Marcus Okafor, the Comets wide receiver, was arrested for drunken driving on Tuesday morning.\n\nBrantley said Okafor would face Kessington on Sunday.\n",
	"a3": "Ridgeport receiver Marcus Okafor was booked on a DUI charge Tuesday, police said.\n\nHe is expected to play against Kessington.\n",
	"b1": "Comets defensive tackle Dwayne Holloway was arrested early Sunday in Alder Valley on suspicion of drunken driving.\n\nHolloway was released on bail, his agent Walt Farrow said.\n",
	"b2": "Dwayne Holloway, the Comets nose tackle, was arrested for drunken driving on Sunday.\n\nFarrow said Holloway posted bail hours later.\n",
	"b3": "Police arrested Comets lineman Dwayne Holloway on a DUI charge Sunday in Alder Valley.\n\nHolloway was freed on bail.\n",
}

func TestStoriesSplitTwoEvents(t *testing.T) {
	as, cs := mustArticles(t, twoStories)
	r := Collect(as, cs)
	st := stories(r, storyFloor, storyRatio)
	got := map[string]int{}
	for i, a := range r.Articles {
		got[a.ID] = st[i]
	}
	if got["a1"] != got["a2"] || got["a1"] != got["a3"] || got["b1"] != got["b2"] || got["b1"] != got["b3"] {
		t.Errorf("one event split: %v", got)
	}
	if got["a1"] == got["b1"] {
		t.Errorf("two events joined: %v", got)
	}
	res := Compare(as, cs, Options{})
	for _, f := range res.Findings {
		if f.Kind == Unique {
			continue
		}
		sides := map[byte]bool{}
		for _, id := range f.Claims {
			sides[id[0]] = true
		}
		if len(sides) > 1 {
			t.Errorf("finding %s joins the two events: %v", f.ID, f.Claims)
		}
	}
}

func TestStoriesTwoArticlesNeverSplit(t *testing.T) {
	as, cs := mustArticles(t, map[string]string{"a1": twoStories["a1"], "b1": twoStories["b1"]})
	st := stories(Collect(as, cs), storyFloor, storyRatio)
	if st[0] != st[1] {
		t.Errorf("two articles compared on purpose were split into stories %v", st)
	}
}

func TestNameSimilarityTellsParticipantsApart(t *testing.T) {
	// Four reports of one kind of event, two about each player: the team,
	// the city and the charge are shared, the player is not.
	ent := func(name, typ string) claims.Entity { return claims.Entity{Name: name, Type: typ} }
	who := []string{"Marcus Okafor", "Marcus Okafor", "Dwayne Holloway", "Dwayne Holloway"}
	r := &Result{}
	for i, w := range who {
		id := fmt.Sprintf("a%d", i)
		r.Articles = append(r.Articles, &claims.Article{ID: id})
		r.Claims = append(r.Claims, claims.Claim{ID: id + "#1", Source: id, Entities: []claims.Entity{
			ent(w, "person"), ent("Ridgeport Comets", "organization"), ent("Ridgeport", "place"),
		}})
	}
	names := nameSimilarity(r)
	same, other := names.Score(0, 1), names.Score(0, 2)
	if !(same > 0.9 && other < 0.5) {
		t.Errorf("name similarity: same player %.3f, other player %.3f", same, other)
	}
}

// One event told by six articles: three print one wire story word for
// word, two more share most of it, and one tells it in its own words.
// The reprints are one report; counted three times over, they made the
// story's cohesion so high that the article in its own words fell under
// the ratio and became a story of its own.
func TestStoriesReprintsDoNotSplitOffAnOwnTelling(t *testing.T) {
	const n = 6
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
		for j := range sim[i] {
			switch {
			case i == j:
				sim[i][j] = 1
			case i == 5 || j == 5: // the article in its own words
				sim[i][j] = 0.26
			case i < 3 && j < 3: // the reprints
				sim[i][j] = 0.97
			default:
				sim[i][j] = 0.45
			}
		}
	}
	st := clusterStories(sim, storyFloor, storyRatio)
	for i := 1; i < n; i++ {
		if st[i] != st[0] {
			t.Fatalf("one event split into stories %v", st)
		}
	}
	// Two events of one kind stay two, reprints or not.
	for i := range sim {
		for j := range sim[i] {
			if i != j && (i == 5) != (j == 5) {
				sim[i][j] = 0.12
			}
		}
	}
	if st := clusterStories(sim, storyFloor, storyRatio); st[5] == st[0] {
		t.Errorf("two events joined: %v", st)
	}
}
