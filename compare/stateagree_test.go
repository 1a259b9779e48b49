package compare

import (
	"testing"
)

// stateItem is the first asserted status of the claim with id.
func stateItem(t *testing.T, fs []feat, id string) slotItem {
	t.Helper()
	i := claimOf(t, fs, id)
	for k, s := range fs[i].c.States {
		if s.Status && !s.Modal {
			return slotItem{&fs[i], k}
		}
	}
	t.Fatalf("%s %q has no asserted status: %+v", id, fs[i].c.Text, fs[i].c.States)
	return slotItem{}
}

// One named man still free in two outlets' unlike sentences is one
// state of one slot; the same state of two men of one kind (two inmates
// of one jail) is not, though their states are of the same words.
func TestStateSame(t *testing.T) {
	_, fs, _ := featsOf(t, map[string]string{
		"a": "Inmate Darnell Whitby is still at large.\n",
		"b": "Wearing a stolen uniform, inmate Darnell Whitby remains on the run.\n",
		"c": "Inmate Lyle Ferrand is still at large.\n",
		"d": "Inmate Darnell Whitby was captured on Monday.\n",
	})
	a, b, c := stateItem(t, fs, "a#1"), stateItem(t, fs, "b#1"), stateItem(t, fs, "c#1")
	if !stateRule.same(nil, a, b) {
		t.Errorf("one man at large in a and b: not the same state")
	}
	if stateRule.same(nil, a, c) {
		t.Errorf("two men at large: the same state")
	}
	if d := stateItem(t, fs, "d#1"); stateRule.same(nil, a, d) {
		t.Errorf("at large and captured: the same state")
	}
}
