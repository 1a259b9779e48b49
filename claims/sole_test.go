package claims

import "testing"

func TestSole(t *testing.T) {
	for _, tc := range []struct {
		text string
		sole bool
	}{
		{`Mayor Lindqvist acknowledged the audit but did not discuss its findings, saying only, "The numbers speak for themselves."`, true},
		{`Asked about the audit, Mayor Lindqvist offered only a brief comment: "We did nothing wrong."`, true},
		// "only" in the quotation qualifies what was said, not the saying.
		{`Mayor Lindqvist said, "We only said what the council approved."`, false},
		{`Mayor Lindqvist said, "The numbers speak for themselves."`, false},
	} {
		a, err := NewArticle("a", "a.txt", []byte(tc.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		quotes := 0
		for _, c := range Extract(a) {
			if c.Kind != Quote {
				continue
			}
			quotes++
			if c.Sole != tc.sole {
				t.Errorf("%q: sole %v, want %v", tc.text, c.Sole, tc.sole)
			}
		}
		if quotes == 0 {
			t.Errorf("%q: no quote", tc.text)
		}
	}
}
