package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// slotFeat is a claim of article art with one figure whose act is the
// stems act, and uses how many sentences of its article use each stem.
func slotFeat(art int, uses map[string]int, act ...string) feat {
	m := map[string]float64{}
	for _, w := range act {
		m[w] = 1
	}
	return feat{art: art, c: &claims.Claim{Numbers: []claims.Number{{Value: 1, Unit: "people"}}},
		acts: []vec{newVec(m)}, uses: uses, topic: map[string]bool{}}
}

// Between two articles, figures whose acts meet on one word an article
// keeps using ("18 people had been injured in the violence", "Violence
// also broke out …, where 20,000 people marched") are no rivals; acts
// that meet on a word neither keeps using, or on two words, are.
func TestActsMeetOwn(t *testing.T) {
	ca := map[string]int{"march": 2, "injur": 1}
	cb := map[string]int{"violenc": 3, "polic": 2}
	cases := []struct {
		name   string
		a, b   []string
		common bool
		want   bool
	}{
		{"one word the story keeps using", []string{"violenc", "brok", "march", "citi"}, []string{"injur", "violenc"}, true, false},
		{"one word of its own", []string{"injur", "hospit"}, []string{"injur", "violenc"}, true, true},
		{"two words", []string{"injur", "violenc"}, []string{"injur", "violenc"}, true, true},
		{"many articles", []string{"violenc", "march"}, []string{"injur", "violenc"}, false, true},
	}
	for _, c := range cases {
		a, b := slotFeat(0, ca, c.a...), slotFeat(1, cb, c.b...)
		if !c.common {
			a.uses, b.uses = nil, nil
		}
		xs, ys, ok := actsBeyondNames(&a, 0, &b, 0)
		if !ok {
			t.Fatalf("%s: no acts", c.name)
		}
		if got := actsMeetOwn(&a, xs, &b, ys); got != c.want {
			t.Errorf("%s: actsMeetOwn = %v, want %v", c.name, got, c.want)
		}
	}
}

// stemUses counts, for each of two articles, the sentences that use
// each stem (a stem twice in one sentence once), and gives nothing for
// another number of articles.
func TestStemUses(t *testing.T) {
	arts := [][][]string{
		{{"violenc", "brok", "violenc"}, {"violenc", "march"}, {"injur"}},
		{{"injur"}, {"offer"}},
	}
	got := stemUses(arts)
	if len(got) != 2 || got[0].n != 3 || got[0].in["violenc"] != 2 || got[0].in["injur"] != 1 || got[1].n != 2 || got[1].in["violenc"] != 0 {
		t.Errorf("stemUses = %v", got)
	}
	if stemUses(arts[:1]) != nil {
		t.Error("one article has stem uses")
	}
}
