package claims

import (
	"fmt"
	"slices"
	"testing"
)

// Every way a claim states a person's office is read once, with the
// person, the office, its organisation and the time its own clause gives.
func TestRoleStatements(t *testing.T) {
	const lead = "Mr Sam Poe died on Monday. "
	for _, tc := range []struct {
		text string
		want []string // "form|who|office|head|modifiers|org|status|time"
	}{
		{lead + "Poe was deputy associate director of the agency in 1972 when he began talking to reporters.",
			[]string{"copula|Sam Poe|deputy associate director|director|deputy associate|agency||1972"}},
		{lead + "Poe was deputy associate director of the Federal Bureau of Inquiry in 1972.",
			[]string{"copula|Sam Poe|deputy associate director|director|deputy associate|Federal Bureau of Inquiry||1972"}},
		{"Mr Sam Poe Jr., the associate director of the Federal Bureau of Inquiry during the scandal, died yesterday.",
			[]string{"apposition|Sam Poe Jr.|associate director|director|associate|Federal Bureau of Inquiry||"}},
		{lead + "As associate director of the Federal Bureau of Inquiry, he fought the efforts to end the inquiry.",
			[]string{"as|Sam Poe|associate director|director|associate|Federal Bureau of Inquiry||"}},
		{lead + "Poe, a former associate director at the Federal Bureau of Inquiry, kept the secret.",
			[]string{"apposition|Sam Poe|associate director|director|associate|Federal Bureau of Inquiry|former|"}},
		{"Acme's chairman, John Roe, resigned on Monday.",
			[]string{"possessive|John Roe|chairman|chairman||Acme||"}},
		{lead + "He had been the ambassador of Freedonia.",
			[]string{"copula|Sam Poe|ambassador|ambassador||Freedonia||"}},
		{"Deputy Director Jane Doe resigned on Monday.",
			[]string{"title|Jane Doe|deputy director|director|deputy|||"}},
		// A capital outside A–Z starts a name as well as one inside it.
		{lead + "Poe, a former associate director at the Østergaard Institute, kept the secret.",
			[]string{"apposition|Sam Poe|associate director|director|associate|Østergaard Institute|former|"}},
		{"Électrique's chairman, John Roe, resigned on Monday.",
			[]string{"possessive|John Roe|chairman|chairman||Électrique||"}},
		// A description is no office statement: "the first director",
		// "the legendary founding director".
		{lead + "Poe was the first director to testify.", nil},
		{"Poe's mentor, the legendary founding director Jack Hill, had died.", nil},
		// A time later in the clause dates its act, not the office.
		{lead + "As director of the Federal Bureau of Inquiry, he resigned in 1974.",
			[]string{"as|Sam Poe|director|director||Federal Bureau of Inquiry||"}},
	} {
		a, err := NewArticle("a", "a.txt", []byte(tc.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range Extract(a) {
			for _, r := range c.Roles {
				if r.Span.In(a.Text) == "" && r.Form != "title" {
					t.Errorf("%q: role %q has span %v outside the text", tc.text, r.Text, r.Span)
				}
				mods := ""
				for i, m := range r.Modifiers {
					if i > 0 {
						mods += " "
					}
					mods += m
				}
				org := r.Org
				got = append(got, fmt.Sprintf("%s|%s|%s|%s|%s|%s|%s|%s", r.Form, r.Who, r.Office, r.Head, mods, org, r.Status, r.Time))
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
