package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// slotFeat is a claim of article art with one figure whose act is the
// stems act, and common the stems its article keeps coming back to.
func slotFeat(art int, common map[string]bool, act ...string) feat {
	m := map[string]float64{}
	for _, w := range act {
		m[w] = 1
	}
	return feat{art: art, c: &claims.Claim{Numbers: []claims.Number{{Value: 1, Unit: "people"}}},
		acts: []vec{newVec(m)}, common: common, topic: map[string]bool{}}
}

// Between two articles, figures whose acts meet on one word an article
// keeps using ("18 people had been injured in the violence", "Violence
// also broke out …, where 20,000 people marched") are no rivals; acts
// that meet on a word neither keeps using, or on two words, are.
func TestActsMeetOwn(t *testing.T) {
	ca := map[string]bool{"march": true}
	cb := map[string]bool{"violenc": true, "polic": true}
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
			a.common, b.common = nil, nil
		}
		if got := actsMeetOwn(&a, 0, &b, 0); got != c.want {
			t.Errorf("%s: actsMeetOwn = %v, want %v", c.name, got, c.want)
		}
	}
}

// commonStems gives each of two articles the stems it uses in two
// sentences or more, and nothing for another number of articles.
func TestCommonStems(t *testing.T) {
	arts := [][][]string{
		{{"violenc", "brok"}, {"violenc", "march"}, {"injur"}},
		{{"injur"}, {"offer"}},
	}
	got := commonStems(arts)
	if len(got) != 2 || !got[0]["violenc"] || got[0]["injur"] || len(got[1]) != 0 {
		t.Errorf("commonStems = %v", got)
	}
	if commonStems(arts[:1]) != nil {
		t.Error("one article has common stems")
	}
}
