package compare

import (
	"strings"
	"testing"
)

// voiceTexts: a–c report what an inspector said of two crashes; d
// reports something else the same inspector said. Each opens with three
// sentences of its own, so the statements are not leads.
var voiceTexts = map[string]string{
	"a": "Snow fell overnight.\n\nThe road reopened in the evening.\n\nTraffic was slow.\n\nPolice Inspector Tom Varley said the two crashes on the northern pass were not related.\n",
	"b": "A tow truck cleared the wreck.\n\nMotorists waited for hours.\n\nThe ambulance arrived quickly.\n\nInspector Tom Varley said the crashes on consecutive days were not related and were not caused by ice.\n",
	"c": "The council will review the signs.\n\nLocal shops closed early.\n\nA helicopter circled above.\n\nPolice Inspector Tom Varley said on Monday that the two crashes were unrelated and not linked to the weather on the pass.\n",
	"d": "His family thanked the rescuers.\n\nNeighbours brought food.\n\nThe school held an assembly.\n\nPolice Inspector Tom Varley said the driver was well rested at the time.\n",
}

// voiceGroup is the inspector's statement of each article.
func voiceGroup(t *testing.T, texts map[string]string) ([]feat, []int) {
	t.Helper()
	_, fs, _ := featsOf(t, texts)
	for i := range fs {
		fs[i].orig = i // no copies (see copies.go)
	}
	var u []int
	for _, src := range []string{"a", "b", "c", "d"} {
		x := -1
		for i := range fs {
			if fs[i].c.Source == src && strings.Contains(fs[i].c.Text, "Varley") {
				x = i
				break
			}
		}
		if x < 0 || fs[x].speaker == "" || fs[x].c.Content == nil {
			t.Fatalf("%s: no report of the inspector's: the fixture tests nothing", src)
		}
		u = append(u, x)
	}
	return fs, u
}

func TestHeldByVoice(t *testing.T) {
	fs, u := voiceGroup(t, voiceTexts)
	got := newPairSims(fs, u).heldByVoice(places(len(u)))
	if got < 0 || fs[u[got]].c.Source != "d" {
		t.Fatalf("heldByVoice = %d, want d#1 (the driver's rest beside three accounts of the crashes)", got)
	}
	// The group's prune lets it go; the other rules keep it by the voice's
	// words.
	for _, m := range pruneGroup(fs, u) {
		if fs[m].c.Source == "d" {
			t.Errorf("pruneGroup kept %s", fs[m].c.ID)
		}
	}
	// The same statement in other words shares what is said.
	texts := map[string]string{}
	for k, v := range voiceTexts {
		texts[k] = v
	}
	texts["d"] = "Police Inspector Tom Varley said the crashes were not related.\n"
	fs, u = voiceGroup(t, texts)
	if got := newPairSims(fs, u).heldByVoice(places(len(u))); got >= 0 {
		t.Errorf("heldByVoice = %s, want none: every claim says the crashes were not related", fs[u[got]].c.ID)
	}
}

func TestVoicePair(t *testing.T) {
	fs, u := voiceGroup(t, voiceTexts)
	if !voicePair(&fs[u[0]], &fs[u[3]]) {
		t.Errorf("voicePair(a, d) = false: they share the inspector, not what he said")
	}
	// Let go from the group, d would pair up again with a by the voice.
	if !weakPair(fs, []int{u[0], u[3]}, Finding{Kind: Agreement, Score: 1}) {
		t.Errorf("weakPair(a, d) = false: the pair shares the inspector, not what he said")
	}
	if voicePair(&fs[u[0]], &fs[u[1]]) {
		t.Errorf("voicePair(a, b) = true: both say the crashes were not related")
	}
}
