package claims

import (
	"slices"
	"testing"
)

// sentencesOf is the text of each sentence segment finds in text.
func sentencesOf(t *testing.T, text string) []string {
	t.Helper()
	a, err := NewArticle("a", "a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	skip := newSpanSet(a.Skip)
	v := view(a.Text, skip)
	var out []string
	for _, s := range segment(a, v, skip) {
		out = append(out, s.span.In(a.Text))
	}
	return out
}

// TestSegmentNumberPoint checks that a point belonging to a number is not
// taken for the end of a sentence: a spaced decimal, a leading-point
// figure ("hit .308", tokenised "hit. 308") and a currency sign lost to
// "?" keep their sentence whole, while a sentence that really ends before
// a numeral, a list's number and a real question stay apart. The texts
// are made up in the shapes tokenised news text has.
func TestSegmentNumberPoint(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A leading-point figure after a word or "(".
		{"Last year Okafor hit. 312, with 28 home runs. He signed on Monday.",
			[]string{"Last year Okafor hit. 312, with 28 home runs.", "He signed on Monday."}},
		{"The club went 50 - 30 (. 625) under him.",
			[]string{"The club went 50 - 30 (. 625) under him."}},
		{"Tests found a level of. 07 percent in the water.",
			[]string{"Tests found a level of. 07 percent in the water."}},
		// A decimal spaced off without a scale word after it.
		{"He averaged 12. 6 points and 4. 1 assists a game.",
			[]string{"He averaged 12. 6 points and 4. 1 assists a game."}},
		{"The pound fell below $1. 18 for the first time.",
			[]string{"The pound fell below $1. 18 for the first time."}},
		// A currency sign lost to "?".
		{"The council agreed to borrow? 45m from the bank.",
			[]string{"The council agreed to borrow? 45m from the bank."}},
		// Real ends before a numeral stay apart.
		{"Two men were charged with the robbery. 19 - year - old Ann Lee was released.",
			[]string{"Two men were charged with the robbery.", "19 - year - old Ann Lee was released."}},
		{"The bridge opened in 2009. 12 lanes carry traffic now.",
			[]string{"The bridge opened in 2009.", "12 lanes carry traffic now."}},
		{"Why did the mayor resign? 300 people asked at the meeting.",
			[]string{"Why did the mayor resign?", "300 people asked at the meeting."}},
	} {
		if got := sentencesOf(t, tc.text+"\n"); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
