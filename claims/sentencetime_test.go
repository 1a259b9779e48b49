package claims

import "testing"

// A time fronted in a sentence dates every figure of it: the conjunct
// that follows its own clause and a participle clause split into a claim
// of its own. A clause after "<months> after" is an earlier event.
func TestSentenceTimeDatesFigures(t *testing.T) {
	when := func(published, text, fig string) (string, bool) {
		t.Helper()
		a := &Article{ID: "a", Published: published, Text: text}
		for _, c := range Extract(a) {
			for _, n := range c.Numbers {
				if n.Text == fig {
					return n.When, n.Prior
				}
			}
		}
		t.Fatalf("no figure %q in %q", fig, text)
		return "", false
	}
	for _, tc := range []struct {
		name, pub, text, fig, when string
		prior                      bool
	}{
		{"a split participle clause", "2013-09-09",
			"At the end of July, an armed man robbed a gallery in Nice, making off with paintings worth 40 million euros.\n", "40 million euros", "2013-07", false},
		{"a lone month with no publication date", "",
			"At the end of July, an armed man robbed a gallery in Nice, making off with paintings worth 40 million euros.\n", "40 million euros", "--07", false},
		{"a second conjunct", "2013-09-09",
			"In May, thieves stole £400,000 worth of watches from a courier and a second theft saw a ring worth £1.5m stolen.\n", "£1.5m", "2013-05", false},
		{"a figure whose clause holds the time", "2013-09-09",
			"In May, thieves stole £400,000 worth of watches from a courier and a second theft saw a ring worth £1.5m stolen.\n", "£400,000", "", false},
		{"no fronted time", "2013-09-09",
			"Thieves stole £400,000 worth of watches from a courier in May.\n", "£400,000", "", false},
		{"months after", "2013-09-09",
			"The robbery comes two months after a gang made off with $5m from a bank in Lille.\n", "$5m", "", true},
		{"a month named, no stretch", "2013-09-09",
			"The gunman, recaptured last month after eight days on the run, faces trial.\n", "eight days", "", false},
		{"minutes after", "2013-09-09",
			"The gang fled minutes after they made off with $5m from a bank in Lille.\n", "$5m", "", false},
	} {
		w, p := when(tc.pub, tc.text, tc.fig)
		if w != tc.when || p != tc.prior {
			t.Errorf("%s: %q: When=%q Prior=%v, want %q %v", tc.name, tc.fig, w, p, tc.when, tc.prior)
		}
	}
}
