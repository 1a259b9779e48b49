package compare

import (
	"slices"
	"testing"
)

func TestFacetQuote(t *testing.T) {
	runFacetTable(t, FacetQuote, []facetCase{
		{"inside a quotation that runs on", "\"Our city has reached the edge of the abyss and we must all step back from it.", "\"Our city is on the edge of the abyss and we must all step back from it,\" Mayor Ortiz said in a statement.", true},
		{"one word inserted", "\"We have seen water everywhere in the basement,\" the fire chief said.", "\"We have seen the water everywhere in the basement,\" the fire chief said.", false},
		{"one word changed", `Governor Alvarez said: "We will not raise taxes this year."`, `Governor Alvarez said: "We will not raise taxes next year."`, true},
		{"modal changed", `"I can't say whether it went well or badly," Senator Okafor said of the meeting.`, `"I wouldn't say it went well or badly," Senator Okafor said of the meeting.`, true},
		{"sole comment, other words", `Mayor Lindqvist acknowledged the audit but did not discuss its findings, saying only, "The numbers speak for themselves."`, `Asked about the audit, Mayor Lindqvist offered only a brief comment: "We did nothing wrong."`, true},
		{"verb changed", `"The army will withdraw from the city by Friday," General Haddad told reporters.`, `"The army will leave the city by Friday," General Haddad told reporters.`, true},
		{"number in quote", `"We have found 12 bodies so far," fire chief Moreau said.`, `"We have found 21 bodies so far," fire chief Moreau said.`, true},
		{"negation dropped", `"The plant is not safe to reopen," inspector Yilmaz said.`, `"The plant is safe to reopen," inspector Yilmaz said.`, true},
		{"quote marks and case", `Governor Alvarez said: "We will not raise taxes this year."`, `Governor Alvarez said: “we will not raise taxes this year.”`, false},
		{"punctuation", `"We are ready, and we will win," coach Ibarra said after the match.`, `"We are ready and we will win!" coach Ibarra said after the match.`, false},
		{"ellipsis", `"The process was fair and the result stands," election chief Nkosi said.`, `"The process was fair … the result stands," election chief Nkosi said.`, false},
		{"partial quote", `"We will rebuild every school, every clinic and every road," President Mensah said on Sunday.`, `President Mensah promised on Sunday that "we will rebuild every school."`, false},
		{"two statements", `"The talks were productive," envoy Tanaka said after the first round.`, `"Both delegations will meet again in Geneva next month," envoy Tanaka said after the first round.`, false},
		{"editor's insertion", `"The patrol quickly turned (its bow) towards the skiffs and hailed them," the captain said.`, `"The patrol quickly turned towards the skiffs and hailed them," the captain said.`, false},
		{"curly apostrophes and an exclamation", `Singer Okoye wrote: “Big news: I’m presenting the gala”`, `Singer Okoye wrote: "Big news: I'm presenting the gala!"`, false},
		{"two remarks sharing the subject's words", `Singer Okoye wrote: "Big news: I'm presenting the gala."`, `"I am thrilled to be presenting the gala once more," Singer Okoye said in a release.`, false},
		{"British and American spelling", `"She surely realised the bridge was going to give way," Sheriff Dunmore said.`, `"She surely realized the bridge was going to give way," Sheriff Dunmore said.`, false},
	})
}

func TestWithoutInsertions(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"altered (its direction) towards", "altered   towards"},
		{"the [police] chief", "the   chief"},
		{"no brackets", "no brackets"},
		{"unclosed (bracket", "unclosed (bracket"},
	} {
		if got := withoutInsertions(tc.in); got != tc.want {
			t.Errorf("withoutInsertions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A quote reworded with the same polarity and figures is a discrepancy a
// reader checks last (low); one that turns a statement around is high.
func TestQuoteSeverity(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want Severity
	}{
		{`"We have seen the water rise in every street of the town," the fire chief said.`, `"We saw the water rise in almost every street of this town," the fire chief said.`, Low},
		{`"The plant is not safe to reopen," inspector Yilmaz said.`, `"The plant is safe to reopen," inspector Yilmaz said.`, High},
	} {
		r := comparePair(t, tc.a, tc.b, pubA, pubB)
		found := false
		for _, f := range r.Findings {
			if f.Kind == Discrepancy && slices.Contains(f.Facets, FacetQuote) {
				found = true
				if f.Severity != tc.want {
					t.Errorf("%q vs %q: severity %s, want %s", tc.a, tc.b, f.Severity, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q vs %q: no quote discrepancy", tc.a, tc.b)
		}
	}
}
