package claims

import "testing"

// Each figure's subject: who its clause is about, or "" when the
// sentence does not say surely.
func TestNumberSubject(t *testing.T) {
	text := "Mrs. Ann Lowe coached the Falcons.\n\n" +
		"She won 40 games in her first season.\n\n" +
		"Carl Denby, 41, fell about 300 feet from the north ridge on Sunday.\n\n" +
		"A day earlier Tom Varga died after he lost his footing and fell around 80 feet.\n\n" +
		"Varga had just completed year one of a contract worth about $3 million a year.\n\n" +
		"The Atlanta Hornets, who had the room to pay him a $50 million offer, waited.\n\n" +
		"Police said 12 people were injured.\n\n" +
		"Interpol reported 14 arrests.\n\n" +
		"Interpol made 9 arrests.\n\n" +
		"Denby's brother drove 200 miles to the park."
	want := map[string]string{
		"40 games":         "Ann Lowe",
		"about 300 feet":   "Carl Denby",
		"around 80 feet":   "Tom Varga",
		"about $3 million": "Tom Varga",
		"$50 million":      "Atlanta Hornets",
		"12 people":        "", // the figure is itself the subject
		"14 arrests":       "", // a source's report is no party's figure
		"200 miles":        "", // a name that only qualifies the subject
	}
	got := map[string]string{}
	for _, c := range Extract(&Article{ID: "a", Text: text}) {
		for _, n := range c.Numbers {
			got[n.Text] = n.Subject
		}
	}
	for fig, who := range want {
		g, ok := got[fig]
		if !ok {
			t.Errorf("figure %q not read (all: %v)", fig, got)
			continue
		}
		if g != who {
			t.Errorf("subject of %q = %q, want %q (all: %v)", fig, g, who, got)
		}
	}
}

// A definite description ("the actor") names the person the article has
// called by its head noun beside the name, through a relative clause
// set off by commas; one the article gave no named person, or gave two,
// names no one.
func TestNumberSubjectDescription(t *testing.T) {
	cases := []struct {
		text, fig, want string
	}{
		{"Welsh actor Tom Reddan was named host of the gala on Friday.\n\n" +
			"The actor, who has also appeared in two westerns and is a trained singer, has hosted the gala three times.",
			"three times", "Tom Reddan"},
		{"Tom Reddan, 40, star of the western, will host the gala.\n\n" +
			"The star has hosted the gala three times.",
			"three times", "Tom Reddan"},
		// Two people called actors: the description is either.
		{"Welsh actor Tom Reddan and Irish actor Paul Kinsey were named hosts.\n\n" +
			"The actor has hosted the gala three times.",
			"three times", ""},
		// The only name before it is a source's; it never called him a man.
		{"Inspector Jane Morrow said the man slid about 1500ft.\n\n" +
			"The man slid about 1500ft near the hut.",
			"about 1500ft", ""},
		// The figure is in the clause after "when": its subject, not the
		// one before the relative clause.
		{"Ann Welby, who lived nearby, was walking home when Bob Starke, 23, drove into her at 40 mph.",
			"40 mph", "Bob Starke"},
		{"Ann Welby, who lived nearby, walked 3 miles home.",
			"3 miles", "Ann Welby"},
		// An indefinite description names the person its apposition
		// names, and no one when the name only comes in a later sentence.
		{"A British man, Carl Denby, fell around 900ft on Saturday.",
			"around 900ft", "Carl Denby"},
		{"A Welsh walker has died after slipping about 900ft.\n\nCarl Denby, 32, was climbing alone.",
			"about 900ft", ""},
		// The article has called a named person a walker, but "a walker"
		// introduces someone new; only "the walker" would be him.
		{"Carl Denby, a walker from Leeds, set out on Friday.\n\n" +
			"A walker fell about 700ft near the hut.",
			"about 700ft", ""},
	}
	for _, tc := range cases {
		got, seen := "", false
		for _, c := range Extract(&Article{ID: "a", Text: tc.text}) {
			for _, n := range c.Numbers {
				if n.Text == tc.fig {
					if seen && n.Subject != got {
						t.Errorf("%q: figure %q read with subjects %q and %q", tc.text, tc.fig, got, n.Subject)
					}
					got, seen = n.Subject, true
				}
			}
		}
		if !seen {
			t.Errorf("%q: figure %q not read", tc.text, tc.fig)
			continue
		}
		if got != tc.want {
			t.Errorf("%q: subject of %q = %q, want %q", tc.text, tc.fig, got, tc.want)
		}
	}
}
