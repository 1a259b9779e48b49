package compare

import (
	"slices"
	"testing"
)

// slotMemberTexts: three outlets say the suspect was arrested, two of them
// in a sentence that also tells what police found in his van; the fourth
// tells the find alone, in nearly the words of those two.
var slotMemberTexts = map[string]string{
	"a": "Kai Brenner was arrested on Monday afternoon after a short chase.\n\nThe mayor visited the harbour on Tuesday.\n",
	"b": "When Kai Brenner was arrested, police said they had found a crowbar and three stolen phones in his van.\n\nA bakery reopened near the station.\n",
	"c": "When Kai Brenner was arrested, police found a heavy crowbar and three stolen phones in his van.\n\nThe owner thanked the fire brigade.\n",
	"d": "Officers found a heavy crowbar and three stolen phones in his van on Monday afternoon, police said.\n\nThe school will reopen next week.\n",
}

// slotMemberFixture is the state agreement of the arrest, found by the
// slot pass, and what member fill needs.
func slotMemberFixture(t *testing.T) (*Result, []feat, []Finding, []edge, []int) {
	t.Helper()
	r, fs, rep := featsOf(t, slotMemberTexts)
	for i := range fs {
		fs[i].orig = i
	}
	edges, orig := originalEdges(fs, rep, threshold, nil)
	items := []slotItem{stateItem(t, fs, "a#1"), stateItem(t, fs, "b#1"), stateItem(t, fs, "c#1")}
	held := slotAgreements(r, [][]slotItem{items}, stateRule, nil)
	if len(held) != 1 || !slices.Equal(held[0].Claims, []string{"a#1", "b#1", "c#1"}) {
		t.Fatalf("slot agreements = %+v, want one of a#1, b#1, c#1", held)
	}
	return r, fs, held, edges, orig
}

// The find is another fact of two members' sentences: it does not state
// the arrest, and does not join the arrest's agreement however closely it
// resembles them.
func TestMemberFillSlotNeedsValue(t *testing.T) {
	r, fs, held, edges, orig := slotMemberFixture(t)
	d := claimOf(t, fs, "d#1")
	if held[0].gives == nil || held[0].gives(&fs[d]) {
		t.Fatalf("d#1 %q read as stating the arrest", fs[d].c.Text)
	}
	got, added := memberFill(r, fs, held, edges, orig)
	if slices.Contains(got[0].Claims, "d#1") || len(added) != 0 {
		t.Errorf("claims = %v (added %v): the find joined the arrest", got[0].Claims, added)
	}
}

// A claim that states the agreement's value is still one it may take:
// the arrest of the same man, a figure of one value and unit, in other
// sentences; a claim without the value is not.
func TestSlotGives(t *testing.T) {
	_, fs, held, _, _ := slotMemberFixture(t)
	_, gs, _ := featsOf(t, map[string]string{
		"e": "Police said Kai Brenner was arrested near the border.\n",
		"f": "Officers found a crowbar and three stolen phones in the van.\n",
	})
	if e := claimOf(t, gs, "e#1"); !held[0].gives(&gs[e]) {
		t.Errorf("e#1 %q not read as stating the arrest", gs[e].c.Text)
	}
	b, c := claimOf(t, fs, "b#1"), claimOf(t, fs, "c#1")
	shells := func(f *feat) slotItem {
		for k, n := range f.c.Numbers {
			if n.Value == 3 {
				return slotItem{f, k}
			}
		}
		t.Fatalf("%s has no figure 3: %+v", f.c.ID, f.c.Numbers)
		return slotItem{}
	}
	f := claimOf(t, gs, "f#1")
	if !figureRule.gives(&gs[f], shells(&fs[b])) {
		t.Errorf("f#1 does not give b's three phones")
	}
	if figureRule.gives(&fs[claimOf(t, fs, "a#1")], shells(&fs[c])) {
		t.Errorf("a#1 gives three phones")
	}
}
