package claims

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestHedgeGoverned(t *testing.T) {
	c := Claim{Text: "The gunman may have used a stolen rifle."}
	readModality(&c)
	if len(c.Hedges) != 1 {
		t.Fatalf("%q: hedges %+v, want one", c.Text, c.Hedges)
	}
	h := c.Hedges[0]
	if h.Stem != Stem("used") || !slices.Equal(h.Before, []string{Stem("gunman")}) {
		t.Errorf("%q: hedge governs %q after %q, want %q after [%q]", c.Text, h.Stem, h.Before, Stem("used"), Stem("gunman"))
	}
	c = Claim{Text: "It may."}
	readModality(&c)
	if len(c.Hedges) != 1 || c.Hedges[0].Stem != "" || c.Hedges[0].Governs != -1 {
		t.Errorf("%q: hedges %+v, want one governing nothing", c.Text, c.Hedges)
	}
}

func TestPassive(t *testing.T) {
	hit := Stem("hit")
	for _, tc := range []struct {
		text    string
		passive bool
	}{
		{"The driver fled after the woman was hit.", true},
		{"The woman was hit by the driver near the store.", false},
		{"The driver hit a woman near the store.", false},
		// One active use is enough to say who did it.
		{"The woman was hit, and he hit a car too.", false},
	} {
		c := Claim{Text: tc.text}
		readStems(&c)
		if got := slices.Contains(c.Passive, hit); got != tc.passive {
			t.Errorf("%q: passive %q, want hit %v", tc.text, c.Passive, tc.passive)
		}
	}
}

func TestPolarityReading(t *testing.T) {
	c := Claim{Text: "The company denied that his meetings were not recorded, and the files were finally released."}
	readModality(&c)
	readStems(&c)
	p := c.Polarity
	ts := Tokens(c.Text)
	if len(p.Stems) != len(ts) {
		t.Fatalf("%d stems for %d tokens", len(p.Stems), len(ts))
	}
	for i, tok := range ts {
		content := !IsStopword(tok.Word) && !IsNegator(tok.Word)
		if (p.Stems[i] != "") != content {
			t.Errorf("token %q: stem %q, content %v", tok.Word, p.Stems[i], content)
		}
	}
	if !p.Disputes {
		t.Error("\"denied\" is a dispute")
	}
	// "his meetings": a noun after a possessive, not the verb "meet".
	if slices.Contains(p.Verbs, Stem("meetings")) {
		t.Errorf("verbs %q hold %q after \"his\"", p.Verbs, Stem("meetings"))
	}
	if !slices.Contains(p.Verbs, Stem("recorded")) {
		t.Errorf("verbs %q lack %q", p.Verbs, Stem("recorded"))
	}
	if !slices.Equal(p.Sequel, []string{Stem("released")}) {
		t.Errorf("sequel %q, want [%q]", p.Sequel, Stem("released"))
	}
	if len(c.Negations) != 1 || !slices.Contains(c.Negations[0].Stems, Stem("recorded")) {
		t.Errorf("negations %+v, want one denying %q", c.Negations, Stem("recorded"))
	}
	// A name is not a predicate.
	c = Claim{Text: "This wasn't Carlesimo."}
	readModality(&c)
	if len(c.Negations) == 0 {
		t.Fatalf("%q: no negation read", c.Text)
	}
	for _, n := range c.Negations {
		for _, st := range n.Stems {
			if st != "" {
				t.Errorf("%q: negation denies %q", c.Text, st)
			}
		}
	}
}

// TestContentStems: the content stems taken from a claim's tokens are
// ContentWords of its text, over every line of the sample and test-story
// articles and texts written to split differently.
func TestContentStems(t *testing.T) {
	texts := []string{
		"The U.S. Navy said 2.6 million people fled.", "He said.'s not", "end.-x and a..b", "It’s over, he said.",
		"“We’re done,” said Ms. O’Neil -- finally.", "Prices rose 3.5%.", "Nicolás Maduro’s aides", "'-x --- y'",
		"Wait... what", "end...then", "", "the of and",
	}
	paths, _ := filepath.Glob("../samples/*/*.txt")
	more, _ := filepath.Glob("../cmd/claimdiff/testdata/stories/*/*.txt")
	if len(paths) == 0 || len(more) == 0 {
		t.Fatal("no articles")
	}
	for _, p := range append(paths, more...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	for _, s := range texts {
		ws := words(s)
		all := make([]string, len(ws))
		polarityOf(ws, all)
		if got, want := contentStems(s, ws, all), ContentWords(s); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("%q: content stems %q, ContentWords %q", s, got, want)
		}
	}
}
