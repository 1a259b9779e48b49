package claims

import "testing"

// TestEmpty checks which claims state nothing checkable. Each case is a
// text and the text of one of its claims; the furniture is made-up text
// in the shapes the dev stories have (tokenised web addresses, blog
// timestamps, rhetorical questions), the facts are short clauses that
// must stay checkable however few their words.
func TestEmpty(t *testing.T) {
	for _, tc := range []struct {
		text, claim string
		empty       bool
	}{
		// A source and its cue, the content being a claim of its own.
		{`Officials said the inmate fled on foot, said Inspector General John Ramos.`, "said Inspector General John Ramos", true},
		{`The Rangers have withdrawn their offer to the pitcher, reports NewsWire. com and Daily Sports.`, "com and Daily Sports", true},
		{`The warden said the inmate had escaped on foot, KXYZ. com reports.`, "com reports", true},
		// A time alone, a blog's entry stamp.
		{"9: 41am:\n\nThe council approved the budget on Tuesday.", "9: 41am", true},
		// A page's time stamp or dateline, however many times it holds.
		{"Story of the day\n\non March 4, 2017 at 09: 35 AM, updated March 19, 2017 at 11: 05 PM\n\nThe council approved the budget on Tuesday.", "on March 4, 2017 at 09: 35 AM, updated March 19, 2017 at 11: 05 PM", true},
		{"Story of the day\n\nSpringfield, Mar 4, 2017 / 04: 30 pm (XYZ)\n\nThe council approved the budget on Tuesday.", "Springfield, Mar 4, 2017 / 04: 30 pm (XYZ", true},
		{"Jane Roe died at 2 p.m. on July 13, 2009.", "Jane Roe died at 2 p.m. on July 13, 2009", false},
		// A question asks; it does not state.
		{`The mayor resigned on Friday. Can you believe it?`, "Can you believe it", true},
		// A clause the splitter cut before its object (a two-digit figure
		// after "a." is no leading-point number, so the cut stays).
		{`Lindqvist has won more than 30 races in his six seasons, while posting a. 31 average.`, "posting a", true},
		// A leading-point figure keeps its clause whole.
		{`Lindqvist has won more than 30 races in his six seasons, while posting a. 310 average.`, "posting a. 310 average", false},
		// Facts, however short.
		{`He was 95.`, "He was 95", false},
		{`The officer, who has been charged with murder, was suspended.`, "who has been charged with murder", false},
		{`Felt stayed silent for decades before admitting in 2006 that he was the source.`, "before admitting in 2006 that he was the source", false},
		{`Mayor Lindqvist condemned the violence.`, "Mayor Lindqvist condemned the violence", false},
		// A question mark before a figure is a lost currency sign.
		{`The government, pushed to the brink of default, agreed at the weekend to slash spending in return for? 110bn in loans.`, "agreed at the weekend to slash spending in return for? 110bn in loans", false},
		// A doubt in parentheses does not make the headline a question.
		{"Herald: Hawks Make Offer To Ortiz (8 Years?)\n\nThe Hawks have made an offer.", "Herald: Hawks Make Offer To Ortiz (8 Years", false},
	} {
		a, err := NewArticle("a", "a.txt", []byte(tc.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		var got []string
		for _, c := range Extract(a) {
			got = append(got, c.Text)
			if c.Text == tc.claim {
				found = true
				if c.Empty != tc.empty {
					t.Errorf("%q: claim %q empty %v, want %v", tc.text, c.Text, c.Empty, tc.empty)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim %q; claims %q", tc.text, tc.claim, got)
		}
	}
}
