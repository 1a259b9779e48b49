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
