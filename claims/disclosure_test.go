package claims

import (
	"fmt"
	"strings"
	"testing"
)

// A verb of making known under a negator, or a word of not knowing,
// before a question word leaves the asked argument open; an asserted
// disclosure or a question word without one is no open question. The
// injuries someone was found with are read as an argument that answers how
// they died.
func TestOpenQuestions(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "act role [who] text"
	}{
		{"Cumbria Police have not disclosed how the women died.",
			[]string{"die cause [] not disclosed how the women died"}},
		{"Police haven't revealed how Alice Smith and Katie Jones died.",
			[]string{"die cause [Alice Smith Katie Jones] n't revealed how Alice Smith and Katie Jones died"}},
		{"Police haven’t revealed how Alice Smith and Katie Jones died.",
			[]string{"die cause [Alice Smith Katie Jones] n’t revealed how Alice Smith and Katie Jones died"}},
		{"Mark Felt never revealed why he leaked details to the newspaper.",
			[]string{"leak motive [Mark Felt] never revealed why he leaked details to the newspaper"}},
		{"It is unclear why the fire started.", []string{"start motive [] unclear why the fire started"}},
		{"Officers declined to say how the men had died.", []string{"die cause [] declined to say how the men had died"}},
		{"Police revealed how the women died.", nil},
		{"Police said how proud they were of the volunteers.", nil},
		{"The exact cause of his death at home was not immediately known.",
			[]string{"die cause [] The exact cause of his death at home was not immediately known"}},
		{"The cause of death has not been released.", []string{"die cause [] The cause of death has not been released"}},
		{"The cause of death was heart failure, his son said.", nil},
		{"The reason for the delay is unclear.", nil}, // no act the lexicon knows
	} {
		a, cs := extractLine(t, tc.text)
		var got []string
		for _, c := range cs {
			for _, o := range c.Open {
				got = append(got, fmt.Sprintf("%s %s [%s] %s", o.Act, o.Role, strings.Join(o.Who, " "), o.Text))
				if o.Span.In(a.Text) != o.Text {
					t.Errorf("%q: open text %q is not its span's %q", tc.text, o.Text, o.Span.In(a.Text))
				}
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// The injuries someone was found with are an argument of harm; a feeling
// the speaker reports of themselves gives their motive, one said of
// someone else, or denied, gives none.
func TestHarmAndMotiveArgs(t *testing.T) {
	injury := func(x Arg) string {
		if x.Act == "harm" && x.Role == "injury" {
			return x.Text
		}
		return ""
	}
	motive := func(x Arg) string {
		if x.Role == "motive" {
			return x.Text + "/" + x.Who
		}
		return ""
	}
	for _, tc := range []struct {
		text string
		show func(Arg) string
		want []string // what show makes of each argument
	}{
		{"Detectives said the two women were found with head injuries.", injury, []string{"head injuries"}},
		{"Both had suffered severe head injuries.", injury, []string{"severe head injuries"}},
		{"The injuries were not life-threatening.", injury, nil},
		{"Mark Felt said he was unhappy with the way the administration meddled with the investigation.",
			motive, []string{"unhappy with the way the administration meddled with the investigation/Mark Felt"}},
		{"Mark Felt wrote that he was upset by the slow pace of the investigation.",
			motive, []string{"upset by the slow pace of the investigation/Mark Felt"}},
		{"Mark Felt wrote that he was not motivated by anger.", motive, nil},
		{"The committee was unhappy with the way the inquiry went.", motive, nil},
	} {
		if got := argsOf(t, tc.text, tc.show); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
