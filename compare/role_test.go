package compare

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestFacetRole(t *testing.T) {
	runFacetTable(t, FacetRole, []facetCase{
		{"former vs sitting", "Former Prime Minister Anna Korhonen met the delegation in Helsinki on Monday.", "Prime Minister Anna Korhonen met the delegation in Helsinki on Monday.", true},
		{"acting vs full", "Acting Defense Secretary Mark Olsen visited the base on Friday.", "Defense Secretary Mark Olsen visited the base on Friday.", true},
		{"elect vs sitting", "President-elect Daniel Ruiz named his cabinet on Thursday.", "President Daniel Ruiz named his cabinet on Thursday.", true},
		{"different offices", "Foreign Minister Leila Haddad flew to Cairo for the talks.", "Prime Minister Leila Haddad flew to Cairo for the talks.", true},
		{"ex vs sitting", "Ex-Governor Tom Reyes testified before the committee on Wednesday.", "Governor Tom Reyes testified before the committee on Wednesday.", true},
		{"senator vs former", "Senator Grace Obi voted against the bill on Tuesday.", "Former Senator Grace Obi voted against the bill on Tuesday.", true},
		{"title vs none", "Prime Minister Anna Korhonen met the delegation in Helsinki on Monday.", "Anna Korhonen met the delegation in Helsinki on Monday.", false},
		{"abbreviation", "U.S. President Carl Whitby spoke to reporters on Air Force One.", "US President Carl Whitby spoke to reporters on Air Force One.", false},
		{"then- is historical", "Then-Governor Tom Reyes signed the law in 2015.", "Governor Tom Reyes signed the law in 2015.", false},
		{"same title, other words", "Interior Minister Roberto Salas ordered an inquiry into the shooting.", "Interior Minister Roberto Salas has ordered an investigation into the shooting.", false},
		{"country adjective", "Venezuelan President Luis Marquez condemned the strikes.", "President Luis Marquez of Venezuela condemned the strikes.", false},
	})
}

func TestFacetRoleDates(t *testing.T) {
	a := "President-elect Daniel Ruiz named his cabinet on Thursday."
	b := "President Daniel Ruiz named his cabinet on Thursday."
	for _, tc := range []struct {
		pa, pb string
		want   bool
	}{
		{"2025-12-01", "2025-12-01", true},  // one day: one title is wrong
		{"2025-12-01", "2026-07-01", false}, // he took office in between
		{"", "", false},                     // unknown: no evidence
	} {
		got := false
		for _, f := range crossFacets(comparePair(t, a, b, tc.pa, tc.pb)) {
			got = got || f == string(FacetRole)
		}
		if got != tc.want {
			t.Errorf("published %q and %q: role discrepancy %v, want %v", tc.pa, tc.pb, got, tc.want)
		}
	}
	// Within one article, two titles for one person conflict whatever the date.
	r := comparePair(t, "President Daniel Ruiz met the envoy. Later, former President Daniel Ruiz spoke to reporters.", "The envoy left on Friday.", "", "")
	found := false
	for _, f := range r.Findings {
		found = found || f.Kind == Discrepancy && len(f.Facets) == 1 && f.Facets[0] == FacetRole
	}
	if !found {
		t.Errorf("self-contradicting title in one source: no role discrepancy")
	}
}

// An office stated of a person (apposition, copula, fronted capacity)
// differs from another source's statement of it in the same body; dated
// statements that cannot be one time are a career, and a source that
// states both offices knows both.
func TestRoleStatementFindings(t *testing.T) {
	const lead = "Mr Sam Poe died on Monday at his home. "
	for _, tc := range []struct {
		name, a, b string
		want       bool
	}{
		{"copula vs apposition",
			lead + "Poe was deputy associate director of the Federal Bureau of Inquiry in 1972 when he began talking to reporters.",
			"Mr Sam Poe, the associate director of the Federal Bureau of Inquiry during the scandal, died on Monday.", true},
		{"capacity vs copula",
			lead + "As associate director of the Federal Bureau of Inquiry, he fought the efforts to end the inquiry.",
			lead + "Poe was deputy associate director of the FBI in 1972.", true},
		{"same office, acronym",
			lead + "Poe was associate director of the FBI.",
			"Mr Sam Poe, the associate director of the Federal Bureau of Inquiry, died on Monday.", false},
		{"different bodies",
			lead + "Poe was associate director of the Federal Bureau of Inquiry.",
			lead + "Poe was chairman of the Acme Foundation.", false},
		{"a promotion between dated statements",
			lead + "Poe was associate director of the Federal Bureau of Inquiry in 1970.",
			lead + "Poe was deputy associate director of the Federal Bureau of Inquiry in 1972.", false},
		{"one source states both",
			lead + "Poe was associate director of the Federal Bureau of Inquiry. Poe became deputy associate director of the Federal Bureau of Inquiry.",
			lead + "Poe was deputy associate director of the Federal Bureau of Inquiry.", false},
	} {
		got := false
		for _, f := range crossFacets(comparePair(t, tc.a, tc.b, "", "")) {
			got = got || f == string(FacetRole)
		}
		if got != tc.want {
			t.Errorf("%s: role discrepancy %v, want %v", tc.name, got, tc.want)
		}
	}
}

// One office of one person stated alike by two sources, in other words, is
// an agreement on the office; another office of the person is not.
func TestRoleAgreement(t *testing.T) {
	var arts []*claims.Article
	var per [][]claims.Claim
	for i, text := range []string{
		"Mr Sam Poe died on Monday at his home. Poe was associate director of the FBI when the hearings began.",
		"Mr Sam Poe, the associate director of the Federal Bureau of Inquiry, loved sailing.",
		"Mr Sam Poe, the deputy director of the Federal Bureau of Inquiry, loved sailing.",
	} {
		id := string(rune('a' + i))
		art, err := claims.NewArticle(id, id+".txt", []byte(text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		arts, per = append(arts, art), append(per, claims.Extract(art))
	}
	r := Collect(arts, per)
	fs := build(r)
	got := roleAgreements(r, fs, nil)
	if len(got) != 1 || len(got[0].Claims) != 2 || !strings.Contains(got[0].Summary, "2 sources agree on office") ||
		got[0].Claims[0][:1] != "a" || got[0].Claims[1][:1] != "b" {
		t.Errorf("want one agreement of a and b on the office, got %+v", got)
	}
}
