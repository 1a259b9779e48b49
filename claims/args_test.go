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
		a, err := NewArticle("a", "a.txt", []byte(tc.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range Extract(a) {
			for _, x := range c.Args {
				got = append(got, fmt.Sprintf("%s %s %s %s", x.Act, x.Role, x.Head, x.Who))
				if x.Span.In(a.Text) != x.Text {
					t.Errorf("%q: arg text %q is not its span's %q", tc.text, x.Text, x.Span.In(a.Text))
				}
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
