package claims

import (
	"strings"
	"testing"
)

func TestStem(t *testing.T) {
	// Each group must share one stem; the stems of different groups must
	// differ.
	groups := []struct {
		stem  string
		words []string
	}{
		{"deploy", []string{"deployed", "deploys", "deployment", "deploying"}},
		{"rescu", []string{"rescue", "rescued", "rescues"}},
		{"com", []string{"come", "comes", "came", "coming"}},
		{"mak", []string{"make", "made", "making", "makes"}},
		{"leav", []string{"leave", "left", "leaves", "leaving"}},
		{"use", []string{"use", "used", "uses", "using"}},
		{"see", []string{"see", "saw", "seen", "seeing"}},
		{"agree", []string{"agree", "agreed", "agrees"}},
		{"need", []string{"need", "needed", "needs"}},
		{"tri", []string{"try", "tried", "tries", "trying"}},
		{"famili", []string{"family", "families"}},
		{"repli", []string{"reply", "replied", "replies"}},
		{"ralli", []string{"rally", "rallied", "rallies"}},
		{"quick", []string{"quick", "quickly"}},
		{"final", []string{"final", "finally"}},
		{"strik", []string{"strike", "strikes", "striking", "struck"}},
		{"box", []string{"box", "boxes"}},
		{"watch", []string{"watch", "watches", "watched"}},
		{"hero", []string{"hero", "heroes"}},
		{"stop", []string{"stop", "stopped", "stopping"}},
		{"business", []string{"business", "businesses"}},
		{"flee", []string{"flee", "fled", "flees", "fleeing"}},
		{"die", []string{"die", "died", "dies", "dead", "death"}},
		{"us", []string{"us", "U.S."}},
		{"news", []string{"news", "News"}},
		{"crisis", []string{"crisis"}},
		{"venezuelan", []string{"Venezuelan", "Venezuelans"}},
		{"nicola", []string{"Nicolás", "Nicolas"}},
		{"offic", []string{"office", "offices"}},
		{"officer", []string{"officer", "officers"}},
		{"trump", []string{"Trump", "Trumps'"}},
		{"trump'", []string{"Trump's", "Trump’s"}},
	}
	seen := map[string]string{}
	for _, g := range groups {
		if prev, ok := seen[g.stem]; ok {
			t.Errorf("stem %q used by groups %s and %s", g.stem, prev, g.words[0])
		}
		seen[g.stem] = g.words[0]
		for _, w := range g.words {
			if got := Stem(w); got != g.stem {
				t.Errorf("Stem(%q) = %q, want %q", w, got, g.stem)
			}
		}
	}
}

func TestWords(t *testing.T) {
	for in, want := range map[string]string{
		"The ex-governor didn't say.":     "The|ex-governor|didn't|say",
		"U.S. officials, 'quoted' -- yes": "U.S|officials|quoted|yes",
		"It’s 20,000 people":              "It’s|20|000|people",
		"":                                "",
	} {
		if got := strings.Join(Words(in), "|"); got != want {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}
