package claims

import (
	"fmt"
	"strings"
	"testing"
)

// The arguments of an act are read with their roles: the cause, place and
// manner of a death, a time or a figure after the preposition being none,
// and a clause after "after" being another act, not a cause.
func TestActArgs(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "act role head who"
	}{
		{"Mark Felt died of congestive heart failure at his home in Santa Rosa.",
			[]string{"die cause failur Mark Felt", "die place hom Mark Felt", "die place rosa Mark Felt"}},
		{"Mark Felt died yesterday from Alzheimer's disease at a hospice near his home.",
			[]string{"die cause diseas Mark Felt", "die place hospic Mark Felt"}},
		{"He died at 12:45 p.m. at the age of 95.", nil},
		{"Three people died after rioters set fire to a bank.", nil},
		{"Three people died in a blaze at the bank.", []string{"die event blaz ", "die place bank "}},
		{"Police said two women and one man choked on smoke in the bank.",
			[]string{"die manner suffocate ", "die place bank "}},
		{"The three bank employees were burnt to death.", []string{"die manner burn "}},
		{"Protesters burned the bank.", nil},
		{"The 1972 break-in of the committee's headquarters in the Watergate hotel shocked the city.",
			[]string{"break-in place headquarter ", "break-in place hotel "}},
	} {
		got := argsOf(t, tc.text, func(x Arg) string { return fmt.Sprintf("%s %s %s %s", x.Act, x.Role, x.Head, x.Who) })
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// An act's then-words are read the same way whether they date the act or
// lead to its arguments: "_" is the act's object ("kept two guards
// hostage"), not a literal word. No act in the lexicon has both an object
// in its then-words and roles yet, so the test lends one.
func TestActArgsThenObject(t *testing.T) {
	old, had := actForms["kept"]
	actForms["kept"] = &actWord{lemma: "keep", family: "escape", roles: map[string]string{"in": "place"}, then: [][]string{{"_", "hostage"}}}
	defer func() {
		if had {
			actForms["kept"] = old
		} else {
			delete(actForms, "kept")
		}
	}()
	got := argsOf(t, "The inmates kept two guards hostage in the laundry.", func(x Arg) string { return x.Act + " " + x.Role + " " + x.Head })
	if want := []string{"escape place laundri"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// extractLine is an article of one line of text and its claims.
func extractLine(t *testing.T, text string) (*Article, []Claim) {
	t.Helper()
	a, err := NewArticle("a", "a.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	return a, Extract(a)
}

// argsOf lists what show makes of each argument of the claims of one line
// of text, in order, leaving out "" (an argument the test does not ask
// about). Every argument's text must be its span's.
func argsOf(t *testing.T, text string, show func(Arg) string) []string {
	t.Helper()
	a, cs := extractLine(t, text)
	var out []string
	for _, c := range cs {
		for _, x := range c.Args {
			if x.Span.In(a.Text) != x.Text {
				t.Errorf("%q: arg text %q is not its span's %q", text, x.Text, x.Span.In(a.Text))
			}
			if s := show(x); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}
