package compare

import "testing"

// offPredTexts: a–d tell of a ship sunk; e tells of a ship rescued, in
// the group's setting but with another act.
var offPredTexts = map[string]string{
	"a": "The navy sank the pirate mother ship in the Strait of Corvin.\n",
	"b": "The frigate sank the pirate mother ship off Somalia.\n",
	"c": "The warship sank a pirate mother ship in the Strait of Corvin.\n",
	"d": "The navy sank the mother ship of the pirates.\n",
	"e": "The navy rescued the ship.\n",
}

func offPredGroup(t *testing.T, texts map[string]string) ([]feat, []int) {
	t.Helper()
	_, fs, _ := featsOf(t, texts)
	var u []int
	for _, id := range []string{"a#1", "b#1", "c#1", "d#1", "e#1"} {
		u = append(u, claimOf(t, fs, id))
	}
	return fs, u
}

func TestOffPredicate(t *testing.T) {
	fs, u := offPredGroup(t, offPredTexts)
	for _, x := range u {
		if fs[x].c.Predicate == "" {
			t.Fatalf("%s has no predicate: the fixture tests nothing", fs[x].c.ID)
		}
	}
	got := newPairSims(fs, u).offPredicate(places(len(u)))
	if got < 0 || fs[u[got]].c.ID != "e#1" {
		t.Fatalf("offPredicate = %d, want e#1 (rescued beside four of sank)", got)
	}
	// The same act in other words shares the group's predicate.
	texts := map[string]string{}
	for k, v := range offPredTexts {
		texts[k] = v
	}
	texts["e"] = "The navy sank the ship.\n"
	fs, u = offPredGroup(t, texts)
	if got := newPairSims(fs, u).offPredicate(places(len(u))); got >= 0 {
		t.Errorf("offPredicate = %s, want none: every claim tells of a sinking", fs[u[got]].c.ID)
	}
}
