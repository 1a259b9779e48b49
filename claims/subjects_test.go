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
