package compare

import (
	"strings"
	"testing"
)

// voiceTexts: a–c report what a police captain said of two fires; d
// reports something else the same captain said. Each opens with three
// sentences of its own, so the statements are not leads.
var voiceTexts = map[string]string{
	"a": "Smoke hung over the street.\n\nThe road reopened in the evening.\n\nTraffic was slow.\n\nPolice Captain Nora Lind said the two fires on the east side were not connected.\n",
	"b": "A crew cleared the debris.\n\nResidents waited for hours.\n\nThe ambulance arrived quickly.\n\nCaptain Nora Lind said the fires on successive nights were not connected and were not started by wiring.\n",
	"c": "The council will review the alarms.\n\nLocal shops closed early.\n\nA helicopter circled above.\n\nPolice Captain Nora Lind said on Monday that the two fires were unconnected and not linked to the heat on the east side.\n",
	"d": "His family thanked the crews.\n\nNeighbours brought food.\n\nThe school held an assembly.\n\nPolice Captain Nora Lind said the guard was awake at the time.\n",
}

// voiceGroup is the captain's statement of each article.
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
			if fs[i].c.Source == src && strings.Contains(fs[i].c.Text, "Lind") {
				x = i
				break
			}
		}
		if x < 0 || fs[x].speaker == "" || fs[x].c.Content == nil {
			t.Fatalf("%s: no report of the captain's: the fixture tests nothing", src)
		}
		u = append(u, x)
	}
	return fs, u
}

func TestHeldByVoice(t *testing.T) {
	fs, u := voiceGroup(t, voiceTexts)
	got := newPairSims(fs, u).heldByVoice(places(len(u)))
	if got < 0 || fs[u[got]].c.Source != "d" {
		t.Fatalf("heldByVoice = %d, want d#1 (the guard beside three accounts of the fires)", got)
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
	texts["d"] = "Police Captain Nora Lind said the fires were not connected.\n"
	fs, u = voiceGroup(t, texts)
	if got := newPairSims(fs, u).heldByVoice(places(len(u))); got >= 0 {
		t.Errorf("heldByVoice = %s, want none: every claim says the fires were not connected", fs[u[got]].c.ID)
	}
}

func TestVoicePair(t *testing.T) {
	fs, u := voiceGroup(t, voiceTexts)
	if !voicePair(&fs[u[0]], &fs[u[3]]) {
		t.Errorf("voicePair(a, d) = false: they share the captain, not what she said")
	}
	// Let go from the group, d would pair up again with a by the voice.
	if !weakPair(fs, []int{u[0], u[3]}, Finding{Kind: Agreement, Score: 1}) {
		t.Errorf("weakPair(a, d) = false: the pair shares the captain, not what she said")
	}
	if voicePair(&fs[u[0]], &fs[u[1]]) {
		t.Errorf("voicePair(a, b) = true: both say the fires were not connected")
	}
}
