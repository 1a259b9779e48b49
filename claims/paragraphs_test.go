package claims

import (
	"reflect"
	"testing"
)

func TestFindParagraphs(t *testing.T) {
	wrapped := "Rescuers searched the rubble of the collapsed market on Sunday as\n" +
		"relatives waited behind a police line, officials in the coastal town\n" +
		"said, adding that the search would go on through the night and that\n" +
		"the U.S.\n" // the last line is short: the paragraph ends
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"one per line", "Quake kills dozens\nBy Jane Roe\nMarch 3, 2025\nRescuers searched the rubble.\n",
			[]string{"Quake kills dozens", "By Jane Roe", "March 3, 2025", "Rescuers searched the rubble."}},
		{"headline over dek over label", "Storm floods coastal town\nResidents flee as river bursts its banks overnight\nWorld news\n\nWater rose.\n",
			[]string{"Storm floods coastal town", "Residents flee as river bursts its banks overnight", "World news", "Water rose."}},
		{"wrapped", "Quake kills dozens\nMarch 3, 2025\n\n" + wrapped + "\nThe end came at dawn.",
			[]string{"Quake kills dozens", "March 3, 2025", wrapped[:len(wrapped)-1], "The end came at dawn."}},
		{"list under wrapped line", wrapped + "- first item of the list\n",
			[]string{wrapped[:len(wrapped)-1], "- first item of the list"}},
		{"crlf and blank lines", "One.\r\n\r\n  Two.  \r\n", []string{"One.", "Two."}},
	} {
		var got []string
		for _, p := range findParagraphs(tc.text) {
			got = append(got, p.In(tc.text))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got  %q\n want %q", tc.name, got, tc.want)
		}
	}
}

func TestClean(t *testing.T) {
	// Spaces of the text stay; those of line breaks and markup fold.
	text := "the U.  S. **mayor**\nsaid"
	v := "the U.  S.   mayor   said"
	if got := clean(text, v, Span{0, len(text)}); got != "the U.  S. mayor said" {
		t.Errorf("clean = %q", got)
	}
}

// isHeading reads a closing quotation mark by what stands before it: a
// word ends a headline's quoted phrase; a full stop or a comma inside the
// quote ends (or breaks off) a sentence someone said.
func TestIsHeadingQuote(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Minister calls deaths 'murder'", true},
		{"Mayor accused of ignoring warnings \u201cfor three years\u201d", true},
		{"One resident called the response 'a disgrace.'", false},
		{"\u201cWe will not leave our homes,\u201d", false},
		{"'Nobody listened'", true},
	} {
		if got := isHeading(tc.text); got != tc.want {
			t.Errorf("isHeading(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
