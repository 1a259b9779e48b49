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
	c = Claim{Text: "This wasn't Pelham."}
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
	for _, b := range testArticles(t) {
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

// TestPartReadings: the stems of a claim's content and agent, and the keys
// of its sentence, read once at extraction (from the claim's own words
// where the content is written inside its text) are what reading each
// text anew gives, over every claim of the sample and test-story articles.
func TestPartReadings(t *testing.T) {
	n, keyed := 0, 0
	for p, b := range testArticles(t) {
		a, err := NewArticle(filepath.Base(p), p, b)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range Extract(a) {
			if c.Content != nil {
				n++
				if want := ContentWords(c.Content.Text); !slices.Equal(c.Content.Stems, want) {
					t.Errorf("%s %q: content stems %q, want %q", c.ID, c.Content.Text, c.Content.Stems, want)
				}
			}
			if want := ContentWords(c.Agent); !slices.Equal(c.AgentStems, want) {
				t.Errorf("%s agent %q: stems %q, want %q", c.ID, c.Agent, c.AgentStems, want)
			}
			var want []string
			for _, tok := range Tokens(c.Sentence.In(a.Text)) {
				if c.Speaker == nil {
					break // read only for a claim credited to someone
				}
				k := strings.TrimSuffix(strings.TrimSuffix(tok.Word, "'s"), "'")
				if len(k) >= 3 && !IsTitleWord(k) && !slices.Contains(want, k) {
					want = append(want, k)
				}
			}
			if !slices.Equal(c.SentenceKeys, want) {
				t.Errorf("%s: sentence keys %q, want %q", c.ID, c.SentenceKeys, want)
			}
			if len(want) > 0 {
				keyed++
			}
		}
	}
	if n == 0 || keyed == 0 {
		t.Fatalf("%d contents, %d sentences with keys: nothing checked", n, keyed)
	}
}

// TestContentInText: a content is read from its claim's words only when
// no word runs across either of its ends; otherwise it is split anew.
// Its stems are a slice of the claim's when the claim's text has no full
// stop inside a word (which Words and Tokens split differently).
func TestContentInText(t *testing.T) {
	for _, text := range []string{
		"The U.S.-backed council's chief said prices rose sharply",
		"The well-backed council's chief said the prices rose sharply",
	} {
		for _, content := range []string{
			"prices rose sharply",   // whole words at the end
			"council's chief said",  // whole words inside
			"ouncil's chief",        // cut inside a word at the start
			"prices rose sharp",     // and at the end
			"-backed council's",     // a hyphen that Tokens keeps in the run
			"backed council's chie", // both ends cut
			"the",                   // no content word
			"U.S.-backed council's chief",
		} {
			off := strings.Index(text, content)
			if off < 0 {
				continue
			}
			c := Claim{Text: text, TextSpan: Span{100, 100 + len(text)},
				Content: &Part{Text: content, Span: Span{100 + off, 100 + off + len(content)}}}
			ts := Tokens(text)
			ws := make([]string, len(ts))
			for i, tok := range ts {
				ws[i] = tok.Word
			}
			readContent(&c, ts, ws, readStemsOf(&c, ws))
			if want := ContentWords(content); !slices.Equal(c.Content.Stems, want) || (want == nil) != (c.Content.Stems == nil) {
				t.Errorf("%q in %q: stems %q, want %q", content, text, c.Content.Stems, want)
			}
			if want := verbalClause(words(content)); c.Content.Clause != want {
				t.Errorf("%q in %q: clause %v, want %v", content, text, c.Content.Clause, want)
			}
		}
	}
}

// testArticles are the texts of the sample and test-story articles, by
// path: news text of several kinds.
func testArticles(t *testing.T) map[string][]byte {
	t.Helper()
	paths, _ := filepath.Glob("../samples/*/*.txt")
	more, _ := filepath.Glob("../cmd/claimdiff/testdata/stories/*/*.txt")
	if len(paths) == 0 || len(more) == 0 {
		t.Fatal("no articles")
	}
	out := map[string][]byte{}
	for _, p := range append(paths, more...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[p] = b
	}
	return out
}
