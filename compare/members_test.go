package compare

import (
	"slices"
	"testing"
)

// memberTexts: d states the raid twice, in its lead (taken into the
// finding by alignment) and in its second paragraph, beside what the
// police said; e tells the raid in a sentence that also gives the loot.
var memberTexts = map[string]string{
	"a": "Four men rammed their car into an upmarket jewellery store in central Paris on Monday.\n\nThe police said the store would reopen next week.\n",
	"b": "Four men rammed their car into an upmarket jewelry store in central Paris on Monday.\n\nThe owner thanked the fire brigade.\n",
	"c": "Four men rammed their car into a jewellery store in central Paris on Monday morning.\n\nA bakery reopened near the station.\n",
	"d": "Thieves pulled off a jewellery heist in central Paris on Monday.\n\nFour men rammed their car into the upmarket jewellery store near the square.\n\nThe police said the store would reopen next week.\n",
}

func memberFixture(t *testing.T) (*Result, []feat, []Finding, []edge, []int) {
	t.Helper()
	r, fs, rep := featsOf(t, memberTexts)
	for i := range fs {
		fs[i].orig = i
	}
	edges, orig := originalEdges(fs, rep, threshold, nil)
	var g []int
	for _, id := range []string{"a#1", "b#1", "c#1", "d#1"} {
		g = append(g, claimOf(t, fs, id))
	}
	held := []Finding{classify(r, fs, g)}
	if held[0].Kind != Agreement {
		t.Fatalf("fixture finding is %v", held[0].Kind)
	}
	return r, fs, held, edges, orig
}

func TestMemberFillRestatement(t *testing.T) {
	r, fs, held, edges, orig := memberFixture(t)
	got, added := memberFill(r, fs, held, edges, orig)
	if !slices.Contains(got[0].Claims, "d#2") {
		t.Fatalf("claims = %v, want d#2 added: it states the finding's fact", got[0].Claims)
	}
	if len(added) != 1 || fs[added[0]].c.ID != "d#2" {
		t.Errorf("added = %v, want only d#2", added)
	}
	if len(got[0].Values) != len(got[0].Claims) {
		t.Errorf("values %d for %d claims", len(got[0].Values), len(got[0].Claims))
	}
	if !slices.Equal(held[0].Claims, []string{"a#1", "b#1", "c#1", "d#1"}) {
		t.Errorf("held changed: %v", held[0].Claims)
	}
}

func TestMemberFillLeavesOthers(t *testing.T) {
	r, fs, held, edges, orig := memberFixture(t)
	// A discrepancy is not grown; a finding of two articles is not either.
	held[0].Kind = Discrepancy
	if _, added := memberFill(r, fs, held, edges, orig); len(added) != 0 {
		t.Errorf("discrepancy grown by %v", added)
	}
	held[0] = Finding{Kind: Agreement, Claims: []string{"a#1", "b#1"}}
	if _, added := memberFill(r, fs, held, edges, orig); len(added) != 0 {
		t.Errorf("pair grown by %v", added)
	}
	// The reopening is another fact of the story: it shares the names,
	// not the finding's core.
	_, _, held, _, _ = memberFixture(t)
	got, _ := memberFill(r, fs, held, edges, orig)
	for _, id := range []string{"a#2", "d#3"} {
		if slices.Contains(got[0].Claims, id) {
			t.Errorf("%s added to the raid", id)
		}
	}
}

// A claim joins one finding this way: the one it resembles most.
func TestMemberFillOnce(t *testing.T) {
	r, fs, held, edges, orig := memberFixture(t)
	held = append(held, held[0])
	got, added := memberFill(r, fs, held, edges, orig)
	if len(added) != 1 || !slices.Contains(got[0].Claims, "d#2") || slices.Contains(got[1].Claims, "d#2") {
		t.Errorf("added %v; claims %v / %v, want d#2 in the first only", added, got[0].Claims, got[1].Claims)
	}
}
