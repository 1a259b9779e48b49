package claims

import (
	"fmt"
	"slices"
	"testing"
)

// A time dates an act when it stands among the act verb's arguments, and
// says whose act it is; a time of another phrase or clause dates none.
func TestDateActs(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "time family who" for each time
	}{
		{"Jane Roe, the former chief judge, died on Friday.", []string{"on Friday die Jane Roe"}},
		{"He died at 12:45 p.m. on Thursday at his home.", []string{"12:45 p.m. die ", "on Thursday die "}},
		{"Jane Roe died Thursday at her home in Springfield.", []string{"Thursday die Jane Roe"}},
		{"Her husband, Sam Poe, died in 1984.", []string{"in 1984 die Sam Poe"}},
		{"A vigil was held on Saturday for the people who died.", []string{"on Saturday  "}},
		{"The woman who died was named on Monday, police said.", []string{"on Monday  "}},
	} {
		a, err := NewArticle("a", "a.txt", []byte(tc.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range Extract(a) {
			for _, x := range c.Time {
				if s := fmt.Sprintf("%s %s %s", x.Text, x.Family, x.Who); !slices.Contains(got, s) {
					got = append(got, s)
				}
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: times %q, want %q", tc.text, got, tc.want)
		}
	}
}
