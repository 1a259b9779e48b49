package compare

import (
	"fmt"
	"math"
	"sort"
	"strings"
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

// Two arrests of the same kind, two players: claims about one must not be
// grouped with claims about the other, though the verbs are the same.
var twoStories = map[string]string{
	"a1": "Chargers receiver Vincent Jackson was arrested on suspicion of drunken driving early Tuesday in San Diego.\n\nJackson will play in Sunday's playoff game at Pittsburgh, coach Norv Turner said.\n",
	"a2": "Vincent Jackson, the Chargers wide receiver, was arrested for drunken driving on Tuesday morning.\n\nTurner said Jackson would face Pittsburgh on Sunday.\n",
	"a3": "San Diego receiver Vincent Jackson was booked on a DUI charge Tuesday, police said.\n\nHe is expected to play against Pittsburgh.\n",
	"b1": "Chargers defensive tackle Jamal Williams was arrested on suspicion of drunken driving early Sunday in Mission Valley.\n\nWilliams was released on bail, his agent Drew Rosenhaus said.\n",
	"b2": "Jamal Williams, the Chargers nose tackle, was arrested for drunken driving on Sunday.\n\nRosenhaus said Williams posted bail hours later.\n",
	"b3": "Police arrested Chargers lineman Jamal Williams on a DUI charge Sunday in Mission Valley.\n\nWilliams was freed on bail.\n",
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

func TestUpgmaAverageLinkage(t *testing.T) {
	// Claims 0,1,2 from three articles; 0-1 strong, 1-2 weaker, 0-2 absent:
	// the chain joins only while the average link holds.
	fs := make([]feat, 3)
	for i := range fs {
		fs[i].art = i
	}
	es := []edge{{0, 1, 0.9, true}, {1, 2, 0.3, true}}
	for _, tc := range []struct {
		link float64
		want string
	}{
		{0.1, "[[0 1 2]]"}, // (0 + 0.3) / 2 = 0.15 ≥ 0.1
		{0.2, "[[0 1]]"},   // 0.15 < 0.2: 2 stays alone
	} {
		got := fmt.Sprint(upgma(fs, es, tc.link))
		if got != tc.want {
			t.Errorf("link %.2f: groups %s, want %s", tc.link, got, tc.want)
		}
	}
}

func TestUpgmaPairFloor(t *testing.T) {
	// Two claims whose pair is not strong enough to align on its own never
	// make a group, however low the linkage.
	fs := []feat{{art: 0}, {art: 1}}
	if got := upgma(fs, []edge{{0, 1, 0.12, false}}, 0.05); len(got) != 0 {
		t.Errorf("groups %v from a pair below the threshold", got)
	}
}

func TestPairThresholdFallsWithFewClaims(t *testing.T) {
	for _, tc := range []struct {
		na, nb int
		want   float64
	}{
		{40, 40, 0.15},
		{1, 40, 0.15}, // the one claim has forty rivals for a partner
		{5, 5, 0.15},
		{2, 2, 0.075},
		{1, 1, 0.05},
	} {
		if got := pairThreshold(0.15, tc.na, tc.nb); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("pairThreshold(0.15, %d, %d) = %.4f, want %.4f", tc.na, tc.nb, got, tc.want)
		}
	}
}

func TestShortTextsAlignOnWeakerResemblance(t *testing.T) {
	// Two one-sentence texts on one subject, worded apart: with no other
	// claim to pair with, they align, and the finding is marked for review.
	as, cs := mustArticles(t, map[string]string{
		"a": "The storm knocked out power to thousands of homes across the northern counties overnight.\n",
		"b": "Utility crews worked through the weekend to repair damaged lines and restore power in rural areas.\n",
	})
	r := Compare(as, cs, Options{})
	var got *Finding
	for i := range r.Findings {
		if r.Findings[i].Kind != Unique {
			got = &r.Findings[i]
		}
	}
	if got == nil {
		t.Fatalf("no alignment between two short texts on one subject: %+v", r.Findings)
	}
	if !got.Review {
		t.Errorf("weak alignment (score %.3f) not marked for review", got.Score)
	}
}

func TestUpgmaClashKeepsBetterClaim(t *testing.T) {
	// Articles A (claims 0 and 1), B (2), C (3), D (4). Claim 1, a loose
	// clause of A, pairs first with B's claim 2; A's real report 0 and
	// C's 3 and D's 4 form a tight group that also resembles 2. When the
	// groups meet, A keeps claim 0 (which fits the union) and 1 leaves.
	fs := []feat{{art: 0}, {art: 0}, {art: 1}, {art: 2}, {art: 3}}
	es := []edge{
		{1, 2, 0.95, true},
		{0, 3, 0.9, true}, {0, 4, 0.9, true}, {3, 4, 0.9, true},
		{0, 2, 0.6, true}, {2, 3, 0.6, true}, {2, 4, 0.6, true},
	}
	got := fmt.Sprint(upgma(fs, es, 0.08))
	if want := "[[0 2 3 4]]"; got != want {
		t.Errorf("groups %s, want %s", got, want)
	}
	// Never two claims of one article in a group.
	for _, g := range upgma(fs, es, 0.0001) {
		seen := map[int]bool{}
		for _, i := range g {
			if seen[fs[i].art] {
				t.Errorf("group %v holds two claims of article %d", g, fs[i].art)
			}
			seen[fs[i].art] = true
		}
	}
}

func TestNameVectorsTellParticipantsApart(t *testing.T) {
	// Four reports of one kind of event, two about each player: the team,
	// the city and the charge are shared, the player is not.
	ent := func(name, typ string) claims.Entity { return claims.Entity{Name: name, Type: typ} }
	who := []string{"Vincent Jackson", "Vincent Jackson", "Jamal Williams", "Jamal Williams"}
	r := &Result{}
	for i, w := range who {
		id := fmt.Sprintf("a%d", i)
		r.Articles = append(r.Articles, &claims.Article{ID: id})
		r.Claims = append(r.Claims, claims.Claim{ID: id + "#1", Source: id, Entities: []claims.Entity{
			ent(w, "person"), ent("San Diego Chargers", "organization"), ent("San Diego", "place"),
		}})
	}
	vs, ns := nameVectors(r)
	same := cosine(vs[0], vs[1], ns[0], ns[1])
	other := cosine(vs[0], vs[2], ns[0], ns[2])
	if !(same > 0.9 && other < 0.5) {
		t.Errorf("name similarity: same player %.3f, other player %.3f", same, other)
	}
}

func TestOtherPeopleTellEventsApart(t *testing.T) {
	// Two articles of five claims each; the first claims report one kind
	// of event about two different players, the last pair the same player.
	person := func(text, name string) claims.Claim {
		i := strings.Index(text, strings.Fields(name)[1])
		return claims.Claim{Text: text, Entities: []claims.Entity{{Name: name, Type: "person",
			Span: claims.Span{Start: i, End: i + len(name)}}}}
	}
	filler := []string{"The team plays on Sunday", "Coaches met the press", "Tickets sold out early"}
	mk := func(id string, first claims.Claim) []claims.Claim {
		cs := []claims.Claim{first}
		for _, f := range filler {
			cs = append(cs, claims.Claim{Text: f})
		}
		cs = append(cs, person("Receiver Vincent Jackson was arrested on suspicion of drunk driving", "Vincent Jackson"))
		for i := range cs {
			cs[i].ID, cs[i].Source = fmt.Sprintf("%s#%d", id, i+1), id
			cs[i].Sentence = claims.Span{Start: 100 * i, End: 100*i + len(cs[i].Text)}
		}
		return cs
	}
	build2 := func(a, b []claims.Claim) []feat {
		r := &Result{Articles: []*claims.Article{{ID: "a"}, {ID: "b"}}}
		r.Claims = append(append(r.Claims, a...), b...)
		return build(r)
	}
	a := mk("a", person("Lineman Jamal Williams was arrested on suspicion of drunk driving", "Jamal Williams"))
	b := mk("b", person("Receiver Vincent Jackson was arrested on suspicion of drunk driving", "Vincent Jackson"))
	fs := build2(a, b)
	n := len(a)
	other, same := similarity(&fs[0], &fs[n]), similarity(&fs[n-1], &fs[2*n-1])
	if !otherPeople(&fs[0], &fs[n]) || otherPeople(&fs[n-1], &fs[2*n-1]) {
		t.Fatalf("otherPeople: Williams/Jackson %v, Jackson/Jackson %v", otherPeople(&fs[0], &fs[n]), otherPeople(&fs[n-1], &fs[2*n-1]))
	}
	if other >= same {
		t.Errorf("similarity: other player %.3f, same player %.3f", other, same)
	}
	x, y := fs[0], fs[n]
	x.people, y.people = nil, nil
	if d := similarity(&x, &y) - other; math.Abs(d-otherPeoplePenalty) > 1e-9 {
		t.Errorf("penalty between five-claim articles %.3f, want %.3f", d, otherPeoplePenalty)
	}
	// Between one-claim texts the question is only whether they share a
	// subject: no penalty.
	fs = build2(a[:1], b[:1])
	x, y = fs[0], fs[1]
	x.people, y.people = nil, nil
	if d := similarity(&x, &y) - similarity(&fs[0], &fs[1]); d != 0 {
		t.Errorf("penalty between one-claim texts %.3f, want 0", d)
	}
}
