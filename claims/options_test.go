package claims

import (
	"regexp"
	"testing"
)

func mustArticle(t *testing.T, text string) *Article {
	t.Helper()
	a, err := NewArticle("a", "a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestOptionsAliases(t *testing.T) {
	a := mustArticle(t, "POTUS said the talks with Canada would resume on Monday.\n")
	o := &Options{Aliases: map[string]string{"potus": "Donald Trump"}}
	var found bool
	for _, c := range ExtractWith(a, o) {
		if c.Speaker != nil {
			found = true
			if c.Speaker.Name != "Donald Trump" || c.Speaker.Text != "POTUS" {
				t.Errorf("speaker = %q (%q), want Donald Trump (POTUS)", c.Speaker.Name, c.Speaker.Text)
			}
		}
	}
	if !found {
		t.Fatal("no attributed claim")
	}
	// Without options the mention stays its own name.
	for _, c := range Extract(a) {
		if c.Speaker != nil && c.Speaker.Name == "Donald Trump" {
			t.Error("alias applied without options")
		}
	}
}

func TestOptionsCues(t *testing.T) {
	text := "Mayor Jane Ortiz opined that the budget was far too small.\n"
	lemma := func(cs []Claim) string {
		for _, c := range cs {
			if c.Cue != nil {
				return c.Cue.Lemma
			}
		}
		return ""
	}
	if l := lemma(Extract(mustArticle(t, text))); l == "opine" {
		t.Skip("opine is a shipped cue now; pick another verb for this test")
	}
	o := &Options{Cues: map[string][]string{"opine": {"opined", "opines"}}}
	if l := lemma(ExtractWith(mustArticle(t, text), o)); l != "opine" {
		t.Errorf("cue lemma = %q, want opine", l)
	}
}

func TestOptionsBoilerplate(t *testing.T) {
	text := "The council approved the budget on Monday.\n\nSponsored: buy our mugs today.\n"
	a := mustArticle(t, text)
	before := a.Words
	o := &Options{Boilerplate: []*regexp.Regexp{regexp.MustCompile(`(?i)^sponsored:`)}}
	if err := o.SkipBoilerplate(a); err != nil {
		t.Fatal(err)
	}
	if a.Words >= before {
		t.Errorf("words %d, want fewer than %d", a.Words, before)
	}
	for _, c := range ExtractWith(a, o) {
		if c.Sentence.In(a.Text) == "Sponsored: buy our mugs today." {
			t.Errorf("boilerplate line gave claim %s", c.ID)
		}
	}
	if a.Text != text {
		t.Error("text rewritten")
	}
	only := mustArticle(t, "Sponsored: buy our mugs today.\n")
	if err := o.SkipBoilerplate(only); err != ErrNoText {
		t.Errorf("all boilerplate: err = %v, want ErrNoText", err)
	}
}
