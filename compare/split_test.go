package compare

import (
	"fmt"
	"maps"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// fourthClaims builds the features of texts and returns, per source, the
// first claim of its fourth sentence: the facts are kept out of the
// articles' leads (see leadSentences), which bring every pair of lead
// claims closer.
func fourthClaims(t *testing.T, texts map[string]string, srcs ...string) ([]feat, *Result, []int) {
	t.Helper()
	r, fs := mustBuild(t, texts)
	for i := range fs {
		fs[i].orig = i
	}
	var g []int
	for _, src := range srcs {
		found := false
		for i := range fs {
			if fs[i].c.ID == src+"#4" {
				g = append(g, i)
				found = true
			}
		}
		if !found {
			t.Fatalf("no claim %s#4", src)
		}
	}
	return fs, r, g
}

var twoFacts = map[string]string{
	"a": "Warehouse destroyed in overnight fire.\n\nA fire destroyed a timber warehouse on the edge of town.\n\nIt started shortly before ten.\n\nMore than forty firefighters tackled the blaze on Saturday night.\n",
	"b": "Blaze guts timber store.\n\nThe building was a total loss, the council said.\n\nSmoke could be seen for miles.\n\nOver forty firefighters fought the blaze through Saturday night.\n",
	"c": "Town fire: warehouse lost.\n\nInvestigators will return on Monday.\n\nThe owner declined to comment.\n\nMore than forty firefighters tackled the blaze, and families next door spent the night in a school hall.\n",
	"d": "Fire at warehouse.\n\nThe road stayed closed until noon.\n\nNo one was hurt.\n\nFamilies next door slept in a school hall, a council spokesman said.\n",
	"e": "Crews fight warehouse fire.\n\nThe alarm was raised by a passer-by.\n\nThe cause is not yet known.\n\nNeighbouring families spent the night in the school hall.\n",
}

// withFacts is twoFacts with the articles of other in place of its own.
func withFacts(other map[string]string) map[string]string {
	texts := maps.Clone(twoFacts)
	maps.Copy(texts, other)
	return texts
}

// Two facts of one event, each reported by three articles and tied by
// one report that states both, are two agreements; the report that
// states both is in each.
func TestSplitTwoFactsTiedByOneClaim(t *testing.T) {
	fs, _, g := fourthClaims(t, twoFacts, "a", "b", "c", "d", "e")
	a, b := splitGroup(fs, g, true)
	if a == nil {
		t.Fatalf("two facts tied by one claim were not split")
	}
	name := func(xs []int) string {
		s := ""
		for _, x := range xs {
			s += fs[x].c.Source
		}
		return s
	}
	got := fmt.Sprint(name(a), " ", name(b))
	if got != "abc cde" && got != "cde abc" {
		t.Errorf("split into %s, want abc and cde (c states both facts)", got)
	}
	// One fact is not split.
	if a, _ := splitGroup(fs, []int{g[0], g[1], g[2]}, true); a != nil {
		t.Errorf("three reports of one fact were split")
	}
}

// A claim that shares a word or two with an agreement, and little else,
// is let go: it is a detail of its source alone.
func TestPruneLetsGoLooseClaim(t *testing.T) {
	fs, r, g := fourthClaims(t, withFacts(map[string]string{
		"d": "Fire at warehouse.\n\nThe road stayed closed until noon.\n\nNo one was hurt.\n\nThe council will meet on Saturday night to discuss the budget.\n",
	}), "a", "b", "c", "d")
	p := pruneGroup(fs, g)
	want := []int{g[0], g[1], g[2]}
	if fmt.Sprint(p) != fmt.Sprint(want) {
		t.Errorf("pruned to %v, want %v (d let go)", p, want)
	}
	// Through Compare's recheck, d is not in the agreement.
	gs, fds := recheck(r, fs, g, classify(r, fs, g))
	if len(gs) != 1 || len(fds) != 1 || fmt.Sprint(gs[0]) != fmt.Sprint(want) {
		t.Errorf("recheck gave %v, want [%v]", gs, want)
	}
	// Nothing is let go from a pair: it is one fact or none, and review
	// says which is likelier.
	if p := pruneGroup(fs, []int{g[0], g[3]}); len(p) != 2 {
		t.Errorf("a pair was pruned to %v", p)
	}
}

// A lone pair that resembles itself little is no agreement: both claims
// are details of their sources.
func TestWeakPairDropped(t *testing.T) {
	// orig: each claim its own original (see copies.go).
	two := vec{{"fire", 2}, {"warehous", 3}}
	fs := []feat{{art: 0, orig: 0, words: two, c: &claims.Claim{}}, {art: 1, orig: 1, words: two, c: &claims.Claim{}}}
	if !weakPair(fs, []int{0, 1}, Finding{Kind: Agreement, Score: pairLink - 0.01}) {
		t.Error("a pair under pairLink is kept")
	}
	if weakPair(fs, []int{0, 1}, Finding{Kind: Agreement, Score: pairLink}) {
		t.Error("a pair at pairLink is dropped")
	}
	// One shared stem is chance, however high it scores.
	one := []feat{fs[0], {art: 1, orig: 1, words: vec{{"fire", 2}, {"resist", 3}}, c: &claims.Claim{}}}
	if !weakPair(one, []int{0, 1}, Finding{Kind: Agreement, Score: 0.9}) {
		t.Error("a pair sharing one stem is kept")
	}
	// Counts of one thing that cannot both hold: two facts.
	apart := []feat{
		{art: 0, orig: 0, words: two, c: &claims.Claim{Numbers: []claims.Number{{Value: 20, After: []string{"people", "usher"}}}}},
		{art: 1, orig: 1, words: two, c: &claims.Claim{Numbers: []claims.Number{{Value: 20000, Unit: "people"}}}},
	}
	if !weakPair(apart, []int{0, 1}, Finding{Kind: Agreement, Score: 0.9}) {
		t.Error("a pair counting 20 and 20,000 people is kept")
	}
	apart[1].c.Numbers[0].Value = 20
	if weakPair(apart, []int{0, 1}, Finding{Kind: Agreement, Score: 0.9}) {
		t.Error("a pair counting 20 people each is dropped")
	}
	// Two stems, one of them a word of a name both give: the person and
	// one word, not one fact ("Cashman met with Teixeira earlier" /
	// "Cashman made Teixeira an offer earlier").
	person := []claims.Entity{{Name: "Brian Cashman", Text: "Cashman", Type: "person"}}
	named := []feat{
		{art: 0, orig: 0, words: vec{{"cashman", 3}, {"earlier", 1}, {"met", 2}}, named: map[string]bool{"cashman": true}, ents: map[string]string{"cashman": "person"}, c: &claims.Claim{Entities: person}},
		{art: 1, orig: 1, words: vec{{"cashman", 3}, {"earlier", 1}, {"offer", 2}}, named: map[string]bool{"cashman": true}, ents: map[string]string{"cashman": "person"}, c: &claims.Claim{Entities: person}},
	}
	if got := evidence(&named[0], &named[1]); got != 2 {
		t.Errorf("evidence of a shared name and one word = %d, want 2", got)
	}
	// Two stems, both words of names: one piece of evidence.
	for i := range named {
		named[i].named["teixeira"] = true
	}
	named[0].words = vec{{"cashman", 3}, {"met", 2}, {"teixeira", 3}}
	named[1].words = vec{{"cashman", 3}, {"offer", 2}, {"teixeira", 3}}
	if sharedStems(&named[0], &named[1]) != 2 || !weakPair(named, []int{0, 1}, Finding{Kind: Agreement, Score: 0.9}) {
		t.Error("a pair sharing only names is kept")
	}
	three := []feat{{art: 0, orig: 0}, {art: 1, orig: 1}, {art: 2, orig: 2}}
	if weakPair(three, []int{0, 1, 2}, Finding{Kind: Agreement, Score: 0.1}) {
		t.Error("a group of three is treated as a pair")
	}
}

// Between two articles the score says little (every agreement is a pair
// and short texts align on weak resemblance); sharing only a name, or one
// word, is too thin to vouch for one fact, at any score.
func TestThinPairDropped(t *testing.T) {
	person := []claims.Entity{{Name: "Brian Cashman", Text: "Cashman", Type: "person"}}
	fs := []feat{
		{art: 0, orig: 0, words: vec{{"cashman", 3}, {"met", 2}}, named: map[string]bool{"cashman": true}, ents: map[string]string{"cashman": "person"}, c: &claims.Claim{Entities: person}},
		{art: 1, orig: 1, words: vec{{"cashman", 3}, {"offer", 2}}, named: map[string]bool{"cashman": true}, ents: map[string]string{"cashman": "person"}, c: &claims.Claim{Entities: person}},
	}
	if !thinPair(fs, []int{0, 1}) {
		t.Error("a pair sharing only a name is kept")
	}
	fs[1].words = vec{{"cashman", 3}, {"met", 2}}
	if thinPair(fs, []int{0, 1}) {
		t.Error("a pair sharing a name and its act is dropped")
	}
}

// A discrepancy found in a group that joins two facts is cut as an
// agreement is: the differing figures are of one fact, and the other
// fact's reports are an agreement of their own, not part of the clash.
func TestRecheckSplitsDiscrepancyOfTwoFacts(t *testing.T) {
	fs, r, g := fourthClaims(t, withFacts(map[string]string{
		"e": "Crews fight warehouse fire.\n\nThe alarm was raised by a passer-by.\n\nThe cause is not yet known.\n\nFamilies next door spent the night in a school hall, the council said.\n",
		"b": "Blaze guts timber store.\n\nThe building was a total loss, the council said.\n\nSmoke could be seen for miles.\n\nTwenty firefighters fought the blaze through Saturday night.\n",
	}), "a", "b", "c", "d", "e")
	f := classify(r, fs, g)
	if f.Kind != Discrepancy {
		t.Fatalf("group of five: %s (%s), want a discrepancy", f.Kind, f.Summary)
	}
	gs, fds := recheck(r, fs, g, f)
	if len(gs) != 2 {
		t.Fatalf("recheck kept %d groups, want the two facts apart", len(gs))
	}
	kinds := map[FindingKind]int{}
	for _, x := range fds {
		kinds[x.Kind]++
	}
	if kinds[Discrepancy] != 1 || kinds[Agreement] != 1 {
		t.Errorf("findings %v, want one discrepancy (the figures) and one agreement", kinds)
	}
}

// A claim that gives one more figure of a unit than the other (the son's
// age beside the victims') still shares the fact the other counts, in
// either order.
func TestFiguresApartSymmetric(t *testing.T) {
	years := func(vs ...float64) *claims.Claim {
		c := &claims.Claim{}
		for _, v := range vs {
			c.Numbers = append(c.Numbers, claims.Number{Value: v, Unit: "year"})
		}
		return c
	}
	a, b := years(58, 20), years(23, 58, 20)
	if figuresApart(a, b) || figuresApart(b, a) {
		t.Error("ages 58, 20 and 23, 58, 20 are apart")
	}
	if c := years(23); !figuresApart(a, c) || !figuresApart(c, a) {
		t.Error("ages 58, 20 and 23 are not apart")
	}
}

// One value of two parties ("the Owls' eight-year offer", "the Hawks'
// eight-year offer") is two facts; of one party, or of no party read, one.
func TestFiguresApartTwoParties(t *testing.T) {
	offer := func(owner string) *claims.Claim {
		return &claims.Claim{Numbers: []claims.Number{{Value: 8, Unit: "years", Owner: owner}}}
	}
	if !figuresApart(offer("Owls"), offer("Hawks")) {
		t.Error("two clubs' eight-year offers share their fact")
	}
	if figuresApart(offer("Owls"), offer("Owls")) || figuresApart(offer("Owls"), offer("")) {
		t.Error("one club's eight-year offer, or an offer of no party read, is apart")
	}
}

// A claim tied to each member of an agreement by one name alone, beside
// two close accounts of a statement, is let go even though the two are
// nearly copies (corePrune spares copies) and it passes pruneLink by the
// story's words.
func TestPruneLetsGoClaimHeldByChance(t *testing.T) {
	texts := map[string]string{
		"a": "Singer named awards host.\n\nThe show airs in February.\n\nTickets sold out.\n\n\"Twenty years ago, sitting in Lisbon with my parents and watching Milo Delaney host the awards, I never dreamed I would one day be up there myself,\" he told reporters.\n",
		"b": "New host for awards night.\n\nThe show airs in February.\n\nThe academy confirmed it.\n\n\"Twenty years ago, sitting in Lisbon with my parents and watching Milo Delaney host the awards, I never dreamed I would one day be up there myself,\" the singer told reporters.\n",
		"c": "Advice for the new host.\n\nThe show airs in February.\n\nHere is our list.\n\nDo channel Milo Delaney.\n",
	}
	fs, _, g := fourthClaims(t, texts, "a", "b", "c")
	if x := newPairSims(fs, g).heldByChance(places(len(g))); x != 2 {
		t.Fatalf("heldByChance = %d, want 2 (c)", x)
	}
	if p := pruneGroup(fs, g); fmt.Sprint(p) != fmt.Sprint(g[:2]) {
		t.Errorf("pruned to %v, want %v (c let go)", p, g[:2])
	}
	// Two accounts of the statement each hold the other: neither is held
	// by chance.
	if x := newPairSims(fs, g[:2]).heldByChance(places(len(g[:2]))); x != -1 {
		t.Errorf("heldByChance of the pair = %d, want -1", x)
	}
}

// A claim whose own words far outweigh what it shares with an agreement
// (it names the group's coastguard once, in a sentence about a minister's
// speech) states a fact of its own and is let go; the two accounts of the
// scuttling share most of their words and stay.
func TestPruneLetsGoOutweighedClaim(t *testing.T) {
	texts := map[string]string{
		"a": "Smugglers seized a ferry.\n\nThe crew is safe.\n\nTalks went on.\n\nLast spring the coastguard said it had scuttled a smugglers' supply barge off the headland.\n",
		"b": "Cutter foils raid.\n\nThe crew is safe.\n\nTalks went on.\n\nLast spring the coastguard scuttled a smugglers' supply barge off the headland, officials said.\n",
		"c": "Minister speaks.\n\nThe crew is safe.\n\nTalks went on.\n\nThe foreign minister, addressing diplomats at a trade conference in the capital, strongly praised the coastguard for its bravery and promised fresh budgets for shipyards.\n",
	}
	fs, _, g := fourthClaims(t, texts, "a", "b", "c")
	if x := newPairSims(fs, g).outweighed(places(len(g))); x != 2 {
		t.Fatalf("outweighed = %d, want 2 (c): %q %q %q", x, fs[g[0]].c.Text, fs[g[1]].c.Text, fs[g[2]].c.Text)
	}
	// The two accounts of the scuttling: no third article to weigh either
	// against.
	if x := newPairSims(fs, g[:2]).outweighed(places(len(g[:2]))); x != -1 {
		t.Errorf("outweighed of the pair = %d, want -1", x)
	}
}

// Figures apart tie nothing when a group is cut in two: the arms seized
// in one operation and the arms seized in all, listed in the same words,
// are two facts.
func TestSplitGroupByFiguresApart(t *testing.T) {
	_, fs := mustBuild(t, map[string]string{
		"a": "During the raid, five shotguns, 18 clips and 240 cartridges were seized by customs officers.\n",
		"b": "During the raid, five shotguns, 18 clips and 240 cartridges were found and seized.\n",
		"c": "So far customs officers have seized a total of 16 shotguns, 40 clips and 815 cartridges.\n",
		"d": "In all, customs officers have seized 16 shotguns, 40 clips and 815 cartridges in their raids.\n",
	})
	var g []int
	for i := range fs {
		fs[i].orig = i // no copies (see copies.go)
		if len(fs[i].c.Numbers) > 0 {
			g = append(g, i)
		}
	}
	if len(g) != 4 {
		t.Fatalf("claims with figures: %d, want 4", len(g))
	}
	a, b := splitGroup(fs, g, true)
	if a == nil {
		t.Fatal("the arms of one operation and of all operations stay one fact")
	}
	for _, part := range [][]int{a, b} {
		srcs := map[string]bool{}
		for _, x := range part {
			srcs[fs[x].c.Source] = true
		}
		if srcs["a"] && srcs["c"] || srcs["b"] && srcs["d"] {
			t.Errorf("a part mixes one operation with all: %v", srcs)
		}
	}
}

// The words a story is about, used all through both articles, tie no two
// of its claims to one fact: "the phone call underscores the complexity of
// relations" and "confirmed that he had a phone call with the president"
// share the topic and its people only.
func TestThinPairTopicWords(t *testing.T) {
	person := []claims.Entity{{Name: "Ana Ruiz", Text: "Ruiz", Type: "person"}}
	mk := func(art int, ws vec) feat {
		return feat{art: art, orig: art, words: ws, named: map[string]bool{"ruiz": true},
			ents: map[string]string{"ruiz": "person"}, c: &claims.Claim{Entities: person}}
	}
	fs := []feat{
		mk(0, vec{{"call", 1}, {"complex", 2}, {"phone", 1}, {"ruiz", 1}}),
		mk(1, vec{{"call", 1}, {"confirm", 2}, {"phone", 1}, {"ruiz", 1}}),
	}
	if thinPair(fs, []int{0, 1}) {
		t.Fatal("without a topic, two shared words and a name are not thin")
	}
	topic := map[string]bool{"call": true, "phone": true, "ruiz": true}
	fs[0].topic, fs[1].topic = topic, topic
	if !thinPair(fs, []int{0, 1}) {
		t.Error("a pair sharing only the story's topic words and person is kept")
	}
	// A word of their own still counts beside the topic.
	fs[0].words = vec{{"call", 1}, {"confirm", 2}, {"phone", 1}, {"ruiz", 1}}
	if got := evidence(&fs[0], &fs[1]); got != 1 {
		t.Errorf("evidence beside topic words = %d, want 1", got)
	}
}

// Prepositions and nouns of time are no evidence: "the silence during a
// period of friction" and "open even during the most intense periods"
// share "during"; "for the first time in over a year" and "time to
// overhaul the economy … last year" share "time" and "year".
func TestFrameWordsNoEvidence(t *testing.T) {
	w := stemVec
	a := feat{art: 0, words: w("during", "time", "year", "silence"), c: &claims.Claim{}}
	b := feat{art: 1, words: w("during", "time", "year", "hostility"), c: &claims.Claim{}}
	if got := evidence(&a, &b); got != 0 {
		t.Errorf("evidence of prepositions and time nouns = %d, want 0", got)
	}
	a.words, b.words = w("smashed", "windows", "during"), w("smashed", "windows", "during")
	if got := evidence(&a, &b); got != 2 {
		t.Errorf("evidence of an act and its object = %d, want 2", got)
	}
}

// topicStems keeps a word only when every article uses it in enough of
// its sentences: frequent in one article is that article's theme, not the
// story's.
func TestTopicStems(t *testing.T) {
	s := func(ws ...string) []string { return ws }
	arts := [][][]string{
		{s("call", "phone"), s("call", "fleet"), s("call", "phone"), s("fleet"), s("sanction"), s("oil")},
		{s("call", "airspac"), s("call", "phone"), s("airspac"), s("fleet"), s("petro"), s("law"), s("recogn")},
	}
	got := topicStems(stemUses(arts))
	if !got["call"] {
		t.Error("a word in half the sentences of both articles is not the topic")
	}
	if got["fleet"] {
		t.Error("a word in one sentence of one article is the topic")
	}
	if got["airspac"] || got["phone"] {
		t.Errorf("a word frequent in one article only is the topic: %v", got)
	}
	if len(topicStems(stemUses(arts[:1]))) != 0 || len(topicStems(stemUses(append(arts, arts[0])))) != 0 {
		t.Error("a run of one or three articles has a topic")
	}
	if len(topicStems(stemUses([][][]string{arts[0][:4], arts[1]}))) != 0 {
		t.Error("a topic read off four sentences")
	}
}
