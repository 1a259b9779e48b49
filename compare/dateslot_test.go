package compare

import (
	"slices"
	"strings"
	"testing"
)

// One death dated twice: a lead's "died on Friday" against the body's and
// another outlet's Thursday is one finding, the article that says both
// among its sources; another person's death in another year is none of it.
func TestDateSlotOneActOnePerson(t *testing.T) {
	as, cs := mustArticles(t, map[string]string{
		"a1": "Jane Roe, the former chief judge of the state court, died on Friday.\n\nShe died at 3:15 p.m. on Thursday at her home in Springfield, her son said.\n\nHer husband, Sam Poe, died in 1984.\n",
		"a2": "Former chief judge Jane Roe died Thursday at her home in Springfield.\n\nRoe's brother Tom Roe died in 1990.\n",
	})
	r := Collect(as, cs)
	fs := build(r)
	text := map[string]string{}
	for _, c := range r.Claims {
		text[c.ID] = c.Text
	}
	var found, agreed bool
	for _, f := range dateSlotFindings(r, fs, nil) {
		if f.Kind == Agreement {
			// The two sources that say Thursday agree on it.
			var got []string
			for _, id := range f.Claims {
				got = append(got, text[id])
			}
			joined := strings.Join(got, " | ")
			agreed = agreed || len(f.Claims) == 2 && strings.Contains(joined, "on Thursday") && strings.Contains(joined, "died Thursday")
			continue
		}
		if f.Kind != Discrepancy || !slices.Contains(f.Facets, FacetDate) {
			t.Errorf("not a date discrepancy: %+v", f)
		}
		var got []string
		for _, id := range f.Claims {
			got = append(got, text[id])
			if strings.Contains(text[id], "19") {
				t.Errorf("a death of another person in a date finding: %q in %s", text[id], f.Summary)
			}
		}
		joined := strings.Join(got, " | ")
		if strings.Contains(joined, "died on Friday") && strings.Contains(joined, "3:15 p.m. on Thursday") &&
			strings.Contains(joined, "died Thursday") {
			found = true
		}
	}
	if !found {
		t.Errorf("no date discrepancy holds the Friday lead and both Thursdays:\n%v", dateSlotFindings(r, fs, nil))
	}
	if !agreed {
		t.Errorf("no agreement of the two Thursdays:\n%v", dateSlotFindings(r, fs, nil))
	}
}
