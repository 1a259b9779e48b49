package claims

import (
	"strings"
	"testing"
	"unicode"
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

// TestTokensFold checks that Tokens' words are the folded words however
// they are cut: capitalised ASCII words are cut from one lower-cased copy
// of the text, the others folded one by one.
func TestTokensFold(t *testing.T) {
	text := "Nicolás MADURO’s aide didn't—'Say' it; O'Neill-Smith, ÉCOLE 2.6 'Twas"
	var want []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-')
	}) {
		if w = strings.Trim(w, "'’-"); w != "" {
			want = append(want, Fold(strings.ReplaceAll(w, "’", "'")))
		}
	}
	ts := Tokens(text)
	if len(ts) != len(want) {
		t.Fatalf("Tokens gave %d words, want %d: %v", len(ts), len(want), ts)
	}
	for i, tk := range ts {
		if tk.Word != want[i] {
			t.Errorf("word %d = %q, want %q", i, tk.Word, want[i])
		}
		if got := strings.Trim(text[tk.Start:tk.End], "'’-"); Fold(strings.ReplaceAll(got, "’", "'")) != tk.Word {
			t.Errorf("word %d spans %q, folds to %q", i, got, tk.Word)
		}
	}
}

// TestFieldsEqual checks fieldsEqual against the join it spares.
func TestFieldsEqual(t *testing.T) {
	texts := []string{"", " ", "a", " a ", "a b", "a  b", "a\u00a0b", "a\tb\n", "ab", "a b c", "\u0085x y", "é  ü", "a \xffb"}
	for _, s := range texts {
		for _, w := range texts {
			want := strings.Join(strings.Fields(w), " ")
			if got := fieldsEqual(s, want); got != (strings.Join(strings.Fields(s), " ") == want) {
				t.Errorf("fieldsEqual(%q, %q) = %v", s, want, got)
			}
		}
	}
}

// TestSpeakerHeadFields checks SpeakerHead, which reads a name field by
// field, against the split-and-join it replaced.
func TestSpeakerHeadFields(t *testing.T) {
	ref := func(name string) string {
		ws := strings.Fields(name)
		for k := 1; k < len(ws); k++ {
			w := strings.ToLower(ws[k])
			if modifierPreps[w] || k+1 < len(ws) && adjModifiers[w] != "" && adjModifiers[w] == strings.ToLower(ws[k+1]) {
				return strings.Join(ws[:k], " ")
			}
		}
		return name
	}
	names := []string{"", "Ortiz", "spokesman for the Pentagon", "head  OF the agency", " Mr.\u00a0Ortiz of the Farmers Union", "Donald Trump"}
	for adj, next := range adjModifiers {
		names = append(names, "officials "+strings.ToUpper(adj)+" "+next+" talks", "officials "+adj, "officials "+adj+" other")
	}
	for _, n := range names {
		if got, want := SpeakerHead(n), ref(n); got != want {
			t.Errorf("SpeakerHead(%q) = %q, want %q", n, got, want)
		}
	}
}
