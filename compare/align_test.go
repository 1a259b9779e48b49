package compare

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

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
	// Two one-sentence texts stating one fact in other words: with no
	// other claim to pair with, they align (see pairThreshold).
	as, cs := mustArticles(t, map[string]string{
		"a": "The overnight storm knocked out power to thousands of homes across the northern counties.\n",
		"b": "A storm left thousands without electricity across the north on Sunday night.\n",
	})
	r := Compare(as, cs, Options{})
	var got *Finding
	for i := range r.Findings {
		if r.Findings[i].Kind != Unique {
			got = &r.Findings[i]
		}
	}
	if got == nil {
		t.Fatalf("no alignment between two short texts stating one fact: %+v", r.Findings)
	}
	// On one subject but two facts, sharing one word ("power"): no
	// agreement (see thinPair).
	as, cs = mustArticles(t, map[string]string{
		"a": "The storm knocked out power to thousands of homes across the northern counties overnight.\n",
		"b": "Utility crews worked through the weekend to repair damaged lines and restore power in rural areas.\n",
	})
	for _, f := range Compare(as, cs, Options{}).Findings {
		if f.Kind == Agreement {
			t.Errorf("two facts sharing one word agree: %s", f.Summary)
		}
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
		cs = append(cs, person("Receiver Marcus Okafor was arrested overnight for suspected drunk driving", "Marcus Okafor"))
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
	a := mk("a", person("Lineman Dwayne Holloway was arrested overnight for suspected drunk driving", "Dwayne Holloway"))
	b := mk("b", person("Receiver Marcus Okafor was arrested overnight for suspected drunk driving", "Marcus Okafor"))
	fs := build2(a, b)
	n := len(a)
	other, same := similarity(&fs[0], &fs[n]), similarity(&fs[n-1], &fs[2*n-1])
	if !otherPeople(&fs[0], &fs[n]) || otherPeople(&fs[n-1], &fs[2*n-1]) {
		t.Fatalf("otherPeople: Holloway/Okafor %v, Okafor/Okafor %v", otherPeople(&fs[0], &fs[n]), otherPeople(&fs[n-1], &fs[2*n-1]))
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

// With two articles a group is a pair, and the pairs are an optimal
// assignment: taking the strongest pair first (A1–B1) would leave A2 with
// nothing, where A1–B2 and A2–B1 together are worth more.
func TestMatchPairOptimalWhereGreedyFails(t *testing.T) {
	const a1, a2, b1, b2 = 0, 1, 2, 3
	es := []edge{
		{a1, b1, 0.9, true},
		{a1, b2, 0.85, true},
		{a2, b1, 0.8, true},
		{a2, b2, 0.1, true},
	}
	got := map[[2]int]bool{}
	for _, e := range matchPair(es) {
		got[[2]int{e.a, e.b}] = true
	}
	if len(got) != 2 || !got[[2]int{a1, b2}] || !got[[2]int{a2, b1}] {
		t.Errorf("matchPair = %v, want A1–B2 and A2–B1", got)
	}
	greedyGot := greedy(es)
	if len(greedyGot) == 2 && greedyGot[1].score > 0.5 {
		t.Errorf("greedy found the optimum; the case no longer shows the difference")
	}
}

func TestLeadClaimsOfOneStoryScoreHigher(t *testing.T) {
	// The same words, once in two articles' opening sentences, once deep in
	// their bodies: the openings report the event, so they score higher;
	// openings of two different stories do not.
	mk := func(lead bool, story int) feat {
		w := newVec(map[string]float64{"crash": 2, "driver": 1, "bridg": 1.5})
		return feat{words: w, norm: w.norm(), lead: lead, story: story}
	}
	a, b := mk(true, 0), mk(true, 0)
	c, d := mk(false, 0), mk(false, 0)
	if got, base := similarity(&a, &b), similarity(&c, &d); math.Abs(got-base-leadBonus) > 1e-9 && got < 1 {
		t.Errorf("lead pair %.3f, body pair %.3f: want a lead bonus of %.2f", got, base, leadBonus)
	}
	e, f := mk(true, 0), mk(true, 1)
	g, h := mk(false, 0), mk(false, 1)
	if got, base := similarity(&e, &f), similarity(&g, &h); got != base {
		t.Errorf("leads of two stories %.3f, bodies %.3f: want no bonus across stories", got, base)
	}
}

// A group of three held together by a chain (a–b and b–c alike, a and c
// sharing no word) is as sure as its weakest link to a close partner, not
// 0; a member with no close partner pulls the score down.
func TestGroupScoreIsWeakestClosestPartner(t *testing.T) {
	mk := func(art int, ws map[string]float64) feat {
		v := newVec(ws)
		return feat{art: art, words: v, norm: v.norm()}
	}
	fs := []feat{
		mk(0, map[string]float64{"pirat": 2, "seiz": 1}),
		mk(1, map[string]float64{"pirat": 2, "seiz": 1, "navi": 1, "gulf": 1}),
		mk(2, map[string]float64{"navi": 1, "gulf": 1}),
		mk(3, map[string]float64{"weather": 1, "pirat": 0.1}),
	}
	score := func(g ...int) float64 {
		sim := make([][]float64, len(g))
		for x := range g {
			sim[x] = make([]float64, len(g))
			for y := range g {
				sim[x][y] = similarity(&fs[g[x]], &fs[g[y]])
			}
		}
		return groupScore(sim)
	}
	chain := score(0, 1, 2)
	if ab, ac := similarity(&fs[0], &fs[1]), similarity(&fs[0], &fs[2]); ac != 0 || chain < 0.4 || chain > ab {
		t.Errorf("chain score %.3f (a–b %.3f, a–c %.3f): want the weakest closest partner, above 0.4", chain, ab, ac)
	}
	if loose := score(0, 1, 2, 3); loose >= chain || loose > 0.2 {
		t.Errorf("with a loose member %.3f, without %.3f: want it lower, at most 0.2", loose, chain)
	}
	if pair, s := score(0, 1), similarity(&fs[0], &fs[1]); pair != s {
		t.Errorf("pair score %.3f, similarity %.3f: want equal", pair, s)
	}
}

// A hedge says how sure a source is, not what happened: two claims that
// share only the hedge ("is believed to be", "believing") share no fact.
func TestHedgeIsNoSharedWord(t *testing.T) {
	_, fs := mustBuild(t, map[string]string{
		"a": "The offer is believed to be for eight years.\n",
		"b": "The club left, believing he had no interest in the offer.\n",
	})
	for i := range fs {
		if len(fs[i].c.Hedges) == 0 {
			continue
		}
		for _, x := range fs[i].words {
			if strings.HasPrefix(x.w, "believ") {
				t.Errorf("%q weighs its hedge %q as content", fs[i].c.Text, x.w)
			}
		}
		return
	}
	t.Fatal("no hedged claim read")
}
