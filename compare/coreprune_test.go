package compare

import (
	"slices"
	"testing"
)

// pruneTexts: a–d tell one fact in their own words; e's lead tells a
// neighbouring fact of the same fire, sharing its setting.
var pruneTexts = map[string]string{
	"a": "More than 50 firefighters tackled the blaze at the Banstead supermarket.\n",
	"b": "The fire at the store was fought through the night by more than 50 firefighters with ten engines.\n",
	"c": "More than 50 firefighters were sent to the huge blaze, which broke out on the roof.\n",
	"d": "Crews of more than 50 firefighters battled the flames in the High Street.\n",
	"e": "Residents near the Banstead supermarket were evacuated as a precaution.\n",
}

func pruneFixture(t *testing.T, texts map[string]string) (*Result, []feat, []Finding) {
	t.Helper()
	r, fs, _ := featsOf(t, texts)
	for i := range fs {
		fs[i].orig = i
	}
	var g []int
	for _, id := range []string{"a#1", "b#1", "c#1", "d#1", "e#1"} {
		g = append(g, claimOf(t, fs, id))
	}
	f := classify(r, fs, g)
	if f.Kind != Agreement {
		t.Fatalf("fixture finding is %v", f.Kind)
	}
	return r, fs, []Finding{f}
}

func TestCorePruneLetsNeighbourGo(t *testing.T) {
	r, fs, held := pruneFixture(t, pruneTexts)
	got, gone := corePrune(r, fs, held)
	if !slices.Equal(got[0].Claims, []string{"a#1", "b#1", "c#1", "d#1"}) {
		t.Fatalf("claims = %v, want e#1 let go: it tells of the evacuation", got[0].Claims)
	}
	if len(gone) != 1 || fs[gone[0]].c.ID != "e#1" {
		t.Errorf("gone = %v, want e#1", gone)
	}
	if len(got[0].Values) != 4 || got[0].Kind != Agreement {
		t.Errorf("finding not rebuilt: %d values, kind %v", len(got[0].Values), got[0].Kind)
	}
	if len(held[0].Claims) != 5 {
		t.Errorf("held changed: %v", held[0].Claims)
	}
}

func TestSharesFigure(t *testing.T) {
	// A figure both give may be the whole of what two accounts share.
	texts := map[string]string{}
	for k, v := range pruneTexts {
		texts[k] = v
	}
	texts["e"] = "Residents of 50 homes near the Banstead supermarket were evacuated as a precaution.\n"
	_, fs, _ := pruneFixture(t, texts)
	_, plain, _ := pruneFixture(t, pruneTexts)
	var others, plainOthers []int
	for _, id := range []string{"b#1", "c#1", "d#1"} {
		others = append(others, claimOf(t, fs, id))
		plainOthers = append(plainOthers, claimOf(t, plain, id))
	}
	if !sharesFigure(&fs[claimOf(t, fs, "e#1")], fs, others) {
		t.Errorf("50 homes shares no figure with more than 50 firefighters")
	}
	if sharesFigure(&plain[claimOf(t, plain, "e#1")], plain, plainOthers) {
		t.Errorf("a claim without figures shares one")
	}
}

func TestCorePruneSmallGroup(t *testing.T) {
	// With fewer than oddOthers claims of other articles beside it, no
	// claim is judged.
	r, fs, held := pruneFixture(t, pruneTexts)
	held[0].Claims = []string{"a#1", "b#1", "c#1", "e#1"}
	if _, gone := corePrune(r, fs, held); len(gone) != 0 {
		t.Errorf("gone = %v, want none", gone)
	}
}
