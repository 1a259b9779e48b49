package compare

import (
	"slices"
	"testing"
)

// sideTexts: two outlets give the haul as $2.5 million and $2.6 million;
// others give a bound, a conversion, another sum or a bound that holds
// with both.
var sideTexts = map[string]string{
	"a": "Thieves grabbed watches and rings worth $2.5 million from a jeweller in Lyon on Tuesday, police said.\n",
	"b": "Three men fled with watches and rings worth $2.6 million after ramming a jeweller in Lyon, police said.\n",
	"c": "The watches taken were valued at over $2.6 million, the owner told reporters.\n",
	"d": "Thieves grabbed watches and rings valued at at least $2.5 million in Lyon, an insurer said.\n",
	"e": "Thieves took a two-million-euro ($2.6-million) haul of watches, the owner told reporters.\n",
	"f": "A year ago thieves took watches worth almost $2 million from a shop in Nice.\n",
	"g": "The watches were worth two million euros, the owner told reporters.\n",
}

// sideItem is claim id's first figure in a major currency.
func sideItem(t *testing.T, fs []feat, id string) slotItem {
	t.Helper()
	i := claimOf(t, fs, id)
	for k, n := range fs[i].c.Numbers {
		if majorCurrencies[n.Unit] && !n.Converted {
			return slotItem{&fs[i], k}
		}
	}
	t.Fatalf("%s %q has no sum: %+v", id, fs[i].c.Text, fs[i].c.Numbers)
	return slotItem{}
}

// A figure takes the side whose number it (or its conversion) states and
// alone holds with it; a bound that holds with both sides takes none,
// and so does a sum that states neither's number.
func TestFigureSide(t *testing.T) {
	_, fs, _ := featsOf(t, sideTexts)
	reps := []slotItem{sideItem(t, fs, "a#1"), sideItem(t, fs, "b#1")}
	for _, tc := range []struct {
		id   string
		side int
		both bool
	}{
		{"b#1", 1, false},
		{"c#1", 1, false}, // over $2.6 million
		{"d#1", -1, true}, // at least $2.5 million
		{"e#1", 1, false}, // two million euros, converted as $2.6 million
		{"f#1", -1, false},
		{"g#1", -1, false}, // two million euros: either
	} {
		side, both := figureSide(reps, sideItem(t, fs, tc.id))
		if side != tc.side || both != tc.both {
			t.Errorf("figureSide(%s) = %d, %v, want %d, %v", tc.id, side, both, tc.side, tc.both)
		}
	}
}

// withSame sets the bound and the converted sum beside the value they
// take, and leaves out the bound that holds with both values.
func TestWithSameSides(t *testing.T) {
	_, fs, _ := featsOf(t, sideTexts)
	var nodes []slotItem
	for _, id := range []string{"a#1", "b#1", "c#1", "d#1", "e#1", "f#1", "g#1"} {
		nodes = append(nodes, sideItem(t, fs, id))
	}
	bucketOf := make([][2]int, len(nodes))
	for i := range bucketOf {
		bucketOf[i] = [2]int{0, len(nodes)}
	}
	var got []string
	for _, m := range withSame(figureRule, nodes, bucketOf, []int{0, 1}) {
		got = append(got, nodes[m].f.c.ID)
	}
	for _, id := range []string{"c#1", "e#1"} {
		if !slices.Contains(got, id) {
			t.Errorf("%s not with its side: %v", id, got)
		}
	}
	for _, id := range []string{"d#1", "f#1"} {
		if slices.Contains(got, id) {
			t.Errorf("%s joined the slot: %v", id, got)
		}
	}
}

// A rule with witnesses and no same (the date rule) passes the
// same-value loop: withSame keeps the members and adds the witnesses,
// with no call of a nil same.
func TestWithSameWitnessesOnly(t *testing.T) {
	_, fs, _ := featsOf(t, sideTexts)
	var nodes []slotItem
	for _, id := range []string{"a#1", "b#1", "c#1", "d#1"} {
		nodes = append(nodes, sideItem(t, fs, id))
	}
	bucketOf := make([][2]int, len(nodes))
	for i := range bucketOf {
		bucketOf[i] = [2]int{0, len(nodes)}
	}
	rule := slotRule{witnesses: func(bucket, members []slotItem) []int { return []int{3} }}
	var got []string
	for _, m := range withSame(rule, nodes, bucketOf, []int{0, 1}) {
		got = append(got, nodes[m].f.c.ID)
	}
	if want := []string{"a#1", "b#1", "d#1"}; !slices.Equal(got, want) {
		t.Errorf("withSame = %v, want %v", got, want)
	}
}
