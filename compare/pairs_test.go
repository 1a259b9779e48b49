package compare

import (
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// featsOf extracts and builds the features of texts, one story.
func featsOf(t *testing.T, texts map[string]string) (*Result, []feat, []int) {
	t.Helper()
	as, cs := mustArticles(t, texts)
	r := Collect(as, cs)
	fs := build(r)
	rep := make([]int, len(as))
	for i := range rep {
		rep[i] = i
	}
	return r, fs, rep
}

func claimOf(t *testing.T, fs []feat, id string) int {
	t.Helper()
	for i := range fs {
		if fs[i].c.ID == id {
			return i
		}
	}
	t.Fatalf("no claim %s", id)
	return -1
}

var twinTexts = map[string]string{
	"a": "Youths smashed shop windows that had only just been replaced after the earlier rioting.\n\nThe mayor visited the harbour on Tuesday.\n",
	"b": "The youths smashed shop windows newly replaced after the earlier rioting.\n\nA bakery reopened near the station.\n",
}

func TestTwinFindings(t *testing.T) {
	r, fs, rep := featsOf(t, twinTexts)
	edges, orig := originalEdges(fs, rep, threshold, nil)
	got, members := twinFindings(r, fs, nil, edges, orig)
	if len(got) != 1 || !slices.Equal(got[0].Claims, []string{"a#1", "b#1"}) || got[0].Kind != Agreement {
		t.Fatalf("twins = %+v, want one agreement of a#1 and b#1", got)
	}
	if len(members) != 2 {
		t.Errorf("members = %v", members)
	}
	// A claim an agreement already holds is left where it is.
	held := []Finding{{Kind: Agreement, Claims: []string{"b#1"}}}
	if got, _ := twinFindings(r, fs, held, edges, orig); len(got) != 0 {
		t.Errorf("twins of a held claim = %+v, want none", got)
	}
}

var coreTexts = map[string]string{
	"a": "Both women were found dead at their home in Newton Street on Saturday morning.\n",
	"b": "The two women were found dead at their home in Newton Street on Saturday.\n",
	"c": "Both women were found dead at their home in Newton Street on Saturday morning, with their neighbour arrested shortly afterwards.\n",
	"d": "A neighbour was arrested on Saturday morning after a call to the police.\n",
}

func TestCoreFill(t *testing.T) {
	r, fs, _ := featsOf(t, coreTexts)
	held := []Finding{{Kind: Agreement, Claims: []string{"a#1", "b#1"}}}
	got, added := coreFill(r, fs, held)
	want := fs[claimOf(t, fs, "c#1")].c.ID
	if !slices.Contains(got[0].Claims, want) {
		t.Fatalf("filled = %v, want %s added", got[0].Claims, want)
	}
	for _, i := range added {
		if fs[i].c.Source == "d" {
			t.Errorf("the arrest claim of d was added: it holds little of the finding's core")
		}
	}
	// A discrepancy is not grown.
	held[0].Kind = Discrepancy
	if got, added := coreFill(r, fs, held); len(added) != 0 || len(got[0].Claims) != 2 {
		t.Errorf("discrepancy grown: %v", got[0].Claims)
	}
}

func TestCoreCandidates(t *testing.T) {
	core := newVec(map[string]float64{"newton": 3, "street": 2, "found": 1})
	post := map[string][]int{"newton": {4, 1}, "street": {2}, "found": {3, 5}}
	// 1-coreCover of 6 is 1.8: a claim without "newton" (3) cannot hold
	// 0.7 of the core, so only its claims need a look.
	if got := coreCandidates(core, 6, post); !slices.Equal(got, []int{1, 4}) {
		t.Errorf("candidates = %v, want [1 4]", got)
	}
}

// A claim that holds a finding's words but names another person of one
// kind tells of another event of that kind: it is not added.
func TestCoreFillOtherPerson(t *testing.T) {
	r, fs, _ := featsOf(t, map[string]string{
		"a": "Police said Marcus Okafor was arrested for suspected drunk driving before dawn on Tuesday.\n",
		"b": "Marcus Okafor was arrested for suspected drunk driving before dawn on Tuesday, police said.\n",
		"c": "Police said Dwayne Holloway was arrested for suspected drunk driving before dawn on Tuesday.\n",
	})
	held := []Finding{{Kind: Agreement, Claims: []string{fs[0].c.ID, fs[claimOf(t, fs, "b#1")].c.ID}}}
	if _, added := coreFill(r, fs, held); len(added) != 0 {
		t.Errorf("added %s to the accounts of another man's arrest", fs[added[0]].c.Text)
	}
}

// stemVec is words as feat.words holds them: each word's stem, weight 1,
// sorted.
func stemVec(ws ...string) vec {
	m := map[string]float64{}
	for _, w := range ws {
		m[claims.Stem(w)] = 1
	}
	return newVec(m)
}
