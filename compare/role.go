package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// The role facet: a person's title, compared across all claims rather
// than within aligned groups, since it may differ between sources or
// within one source.

type roleUse struct {
	claim  *claims.Claim
	role   string // as written
	status string
	office string
}

// roleFindings reports a person whose title differs between mentions:
// "US President" in one place, "former US President" in another.
func roleFindings(r *Result) []Finding {
	uses := map[string][]roleUse{}
	var people []string
	for i := range r.Claims {
		c := &r.Claims[i]
		for _, e := range c.Entities {
			if e.Type != "person" || !strings.Contains(e.Name, " ") {
				continue
			}
			// claims reads the title as written with each mention, the
			// office it names and its status; a title as it was at the
			// time ("then-President") is history, not a rival.
			role, office, status := e.Role, e.Office, e.Status
			if office == "" || status == "then" {
				continue
			}
			key := claims.Fold(e.Name)
			if _, ok := uses[key]; !ok {
				people = append(people, key)
			}
			uses[key] = append(uses[key], roleUse{claim: c, role: role, status: status, office: office})
		}
	}
	sort.Strings(people)
	var out []Finding
	for _, p := range people {
		us := uses[p]
		// Variants by (office, status); one claim per source and variant.
		type variant struct{ office, status string }
		seen := map[variant]bool{}
		bySrc := map[[2]string]bool{}
		var keep []roleUse
		for _, u := range us {
			v := variant{u.office, u.status}
			seen[v] = true
			k := [2]string{u.claim.Source, u.office + "/" + u.status}
			if !bySrc[k] {
				bySrc[k] = true
				keep = append(keep, u)
			}
		}
		if len(seen) < 2 || !roleConflict(r, keep) {
			continue
		}
		name := ""
		for _, e := range us[0].claim.Entities {
			if claims.Fold(e.Name) == p {
				name = e.Name
			}
		}
		f := Finding{Kind: Discrepancy, Facets: []Facet{FacetRole}, Severity: Medium, Score: 1}
		var parts []string
		for _, u := range keep {
			f.Claims = append(f.Claims, u.claim.ID)
			f.Values = append(f.Values, Value{Source: u.claim.Source, Claim: u.claim.ID, Text: u.role})
			parts = append(parts, fmt.Sprintf("%q (%s)", u.role, u.claim.Source))
		}
		f.Summary = fmt.Sprintf("%s's title differs: %s", name, strings.Join(parts, " vs "))
		f.Diff = wordDiff(f.Values[0].Text, f.Values[1].Text)
		out = append(out, f)
	}
	return out
}

// roleDays is how far apart two reports may be dated for a difference of
// office between them to count: a month.
const roleDays = 31

// roleConflict reports whether two of a person's titles cannot both be
// right: given in one source, or in sources published the same day, or
// two different offices in reports not known to be far apart.
// Titles change ("President-elect" in December, "President" in July), so
// between sources of different or unknown dates a difference is not
// evidence of an error.
func roleConflict(r *Result, us []roleUse) bool {
	for i := range us {
		for j := i + 1; j < len(us); j++ {
			a, b := us[i], us[j]
			if a.office == b.office && a.status == b.status {
				continue
			}
			if a.claim.Source == b.claim.Source {
				return true
			}
			pa, pb := published(r, a.claim.Source), published(r, b.claim.Source)
			if pa != "" && pa == pb {
				return true
			}
			// Two offices ("CEO", "COO") in coverage of one event: a
			// person does not change jobs between its reports, so unless
			// the dates show the reports far apart, one is wrong. A change
			// of status ("President-elect", "President") is left to dated
			// sources.
			if a.office != b.office && (pa == "" || pb == "" || daysApart(pa, pb) <= roleDays) {
				return true
			}
		}
	}
	return false
}
