package claims

import (
	"fmt"
	"slices"
	"testing"
)

// A time right by a verb or a noun of speech dates the saying; any other
// time dates the word before it, or the noun a possessive time stands
// before.
func TestSaidTimes(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "time said dates" for each time
	}{
		{"A tenant has been accused of arson, fire officials said Saturday.", []string{"Saturday true say"}},
		{"A man was charged with murder Saturday, police said.", []string{"Saturday false charg"}},
		{"Police told reporters on Monday that the man had fled.", []string{"on Monday true tell"}},
		{"The company said in a statement Friday that it was saddened.", []string{"Friday true say"}},
		{"The firm issued a release Sunday evening saying it was shocked.", []string{"Sunday evening true issu"}},
		{"In a Monday statement, the mayor said the plan would go ahead.", []string{"Monday true "}},
		// The time of what is said is no time of the saying.
		{"Police said the man died Monday.", []string{"Monday false die"}},
		{"Police said that on Monday the man fled.", []string{"on Monday false "}},
		{"Police say a recently fired employee opened fire.", []string{"recently false fir"}},
		{"Charges are expected Friday, the prosecutor said.", []string{"Friday false expect"}},
		// A possessive time dates its noun; a gerund inside a phrase
		// is no verb of the clause.
		{"The arrest will not affect his status for Sunday's playoff game.", []string{"Sunday false gam"}},
		{"Jane Roe was arrested on suspicion of steering a ferry while drunk late Sunday night.", []string{"late Sunday night false arrest"}},
	} {
		got := extractedTimes(t, tc.text, func(x Time) string { return fmt.Sprintf("%s %v %s", x.Text, x.Said, x.Dates) })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: times %q, want %q", tc.text, got, tc.want)
		}
	}
}

// extractedTimes extracts the claims of text, as one article, and shows
// each distinct time of them, in order.
func extractedTimes(t *testing.T, text string, show func(Time) string) []string {
	t.Helper()
	a, err := NewArticle("a", "a.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range Extract(a) {
		for _, x := range c.Time {
			if s := show(x); !slices.Contains(got, s) {
				got = append(got, s)
			}
		}
	}
	return got
}
