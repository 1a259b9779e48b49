package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// The role facet: a person's office, compared across all claims rather
// than within aligned groups, since it may differ between sources or
// within one source. claims reads every statement of an office once
// (claims.Role): a title before a name ("Deputy Director Jane Doe"), an
// apposition, a copula ("Doe was deputy director of the agency in 1999"),
// a fronted capacity ("As director of the agency, she …").

type roleUse struct {
	claim  *claims.Claim
	role   string // as written
	status string
	office string
	org    string // the organisation the statement names, or ""
	time   string // the time the statement's clause gives, or ""
	// stated is whether the office is stated of the person (apposition,
	// copula, capacity) rather than written as a title before the name.
	stated bool
}

// roleFindings reports a person whose office differs between mentions:
// "US President" in one place, "former US President" in another; "the
// associate director of the agency" in one source, "was deputy associate
// director of the agency" in another.
func roleFindings(r *Result) []Finding {
	uses := map[string][]roleUse{}
	names := map[string]string{}
	var people []string
	for i := range r.Claims {
		c := &r.Claims[i]
		for _, st := range c.Roles {
			// A title as it was at the time ("then-President") is history,
			// not a rival.
			title := st.Form == "title"
			key := roleHolder(st)
			if key == "" || title && st.Status == "then" {
				continue
			}
			if _, ok := uses[key]; !ok {
				people = append(people, key)
				names[key] = st.Who
			}
			u := roleUse{claim: c, role: st.Text, status: st.Status, office: st.Office, org: st.Org, time: st.Time, stated: !title}
			if u.stated {
				// A statement's status is its tense ("a former associate
				// director" is what "was associate director" says): the
				// office is what it states.
				u.status = ""
			}
			uses[key] = append(uses[key], u)
		}
	}
	sort.Strings(people)
	var out []Finding
	for _, p := range people {
		us := uses[p]
		// One claim per source and variant.
		bySrc := map[string]bool{}
		var keep []roleUse
		for _, u := range us {
			k := u.claim.Source + "\x00" + u.office + "/" + u.status + "/" + fmt.Sprint(u.stated)
			if !bySrc[k] {
				bySrc[k] = true
				keep = append(keep, u)
			}
		}
		in := make([]bool, len(keep))
		found := false
		for i := range keep {
			for j := i + 1; j < len(keep); j++ {
				if roleConflict(r, keep, keep[i], keep[j]) {
					in[i], in[j], found = true, true, true
				}
			}
		}
		if !found {
			continue
		}
		f := Finding{Kind: Discrepancy, Facets: []Facet{FacetRole}, Severity: Medium, Score: 1}
		// The summary names each office once, with the sources that give
		// it: eight outlets stating two offices read as two offices.
		var labels []string
		srcs := map[string][]string{}
		for i, u := range keep {
			if !in[i] {
				continue
			}
			f.Claims = append(f.Claims, u.claim.ID)
			f.Values = append(f.Values, Value{Source: u.claim.Source, Claim: u.claim.ID, Text: u.role})
			label := u.role
			if u.stated {
				label = u.office
			}
			if _, ok := srcs[label]; !ok {
				labels = append(labels, label)
			}
			if ss := srcs[label]; len(ss) == 0 || ss[len(ss)-1] != u.claim.Source {
				srcs[label] = append(ss, u.claim.Source)
			}
		}
		var parts []string
		for _, l := range labels {
			parts = append(parts, fmt.Sprintf("%q (%s)", l, strings.Join(srcs[l], ", ")))
		}
		f.Summary = fmt.Sprintf("%s's title differs: %s", names[p], strings.Join(parts, " vs "))
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
// two different offices in reports not known to be far apart. all are
// the person's other uses, for what each source says besides.
// Titles change ("President-elect" in December, "President" in July), so
// between sources of different or unknown dates a difference of status is
// not evidence of an error.
func roleConflict(r *Result, all []roleUse, a, b roleUse) bool {
	if a.office == b.office && a.status == b.status {
		return false
	}
	if a.stated || b.stated {
		if a.office == b.office || !sameOrg(a.org, b.org) {
			return false
		}
		// Offices dated in their own clauses ("in 1971", "in 1972") that
		// cannot be one time are a career, not a contradiction: a
		// promotion between them.
		if a.time != "" && b.time != "" && !sameTime(a.time, b.time) {
			return false
		}
		// A source that states both offices of the person knows both
		// (a career, two posts held at once); two statements in one
		// source are a career unless their clauses date them alike.
		if a.claim.Source == b.claim.Source {
			return a.time != "" && a.time == b.time
		}
		if states(all, a.claim.Source, b) || states(all, b.claim.Source, a) {
			return false
		}
	} else if a.claim.Source == b.claim.Source {
		return true
	}
	pa, pb := published(r, a.claim.Source), published(r, b.claim.Source)
	if pa != "" && pa == pb {
		return true
	}
	// Two offices ("CEO", "COO") in coverage of one event: a person does
	// not change jobs between its reports, so unless the dates show the
	// reports far apart, one is wrong. A change of status
	// ("President-elect", "President") is left to dated sources.
	return a.office != b.office && (pa == "" || pb == "" || daysApart(pa, pb) <= roleDays)
}

// states reports whether source gives the person the office of u in any
// of the uses.
func states(all []roleUse, source string, u roleUse) bool {
	for _, x := range all {
		if x.claim.Source == source && x.office == u.office && sameOrg(x.org, u.org) {
			return true
		}
	}
	return false
}

// sameOrg reports whether two organisations as statements name them may
// be one: either unnamed, equal but for case and an article, or one the
// initials of the other ("FBI", "Federal Bureau of Investigation").
func sameOrg(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	fa, fb := orgWords(a), orgWords(b)
	if strings.Join(fa, " ") == strings.Join(fb, " ") {
		return true
	}
	return initialsOf(fa) == strings.Join(fb, "") || initialsOf(fb) == strings.Join(fa, "")
}

// orgWords are an organisation name's folded words without a leading
// article or dots.
func orgWords(s string) []string {
	ws := strings.Fields(strings.ReplaceAll(claims.Fold(s), ".", ""))
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	return ws
}

// initialsOf is the first letters of the words that count in an acronym
// (not "of", "and", "the").
func initialsOf(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		if w == "of" || w == "and" || w == "the" || w == "&" || w == "for" {
			continue
		}
		b.WriteString(w[:1])
	}
	if b.Len() < 2 {
		return "\x00"
	}
	return b.String()
}

// sameTime reports whether two statement times may be one: equal, or one
// the other's year or month ("1972", "1972-06-17").
func sameTime(a, b string) bool {
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// roleHolder keys the person a statement of office is about by their
// name's tokens, when it states an office of a full name; else "".
func roleHolder(st claims.Role) string {
	if st.Office == "" || !strings.Contains(st.Who, " ") {
		return ""
	}
	return strings.Join(nameTokens(st.Who), " ")
}

// roleAgreements reports, through the slot-agreement pass, one person's
// office in one body stated alike by several sources ("the associate
// director of the FBI", "was associate director of the Federal Bureau of
// Investigation"): a fact the sources share, confirmed once. Only offices
// stated of the person count; a title before a name is how the person is
// called, not what a sentence says of them.
func roleAgreements(r *Result, fs []feat, held []Finding) []Finding {
	byPerson := map[string][]slotItem{}
	for i := range fs {
		for k, st := range fs[i].c.Roles {
			if key := roleHolder(st); key != "" && st.Form != "title" {
				byPerson[key] = append(byPerson[key], slotItem{&fs[i], k})
			}
		}
	}
	rule := slotRule{
		facet: FacetRole,
		what:  "offices",
		text:  func(it slotItem) string { return it.f.c.Roles[it.k].Text },
		same: func(_ []slotItem, a, b slotItem) bool {
			x, y := a.f.c.Roles[a.k], b.f.c.Roles[b.k]
			return x.Office == y.Office && sameOrg(x.Org, y.Org) && (x.Time == "" || y.Time == "" || sameTime(x.Time, y.Time))
		},
		one: "office",
		gives: func(x *feat, it slotItem) bool {
			y := it.f.c.Roles[it.k]
			for _, st := range x.c.Roles {
				if st.Form != "title" && st.Office == y.Office && sameOrg(st.Org, y.Org) {
					return true
				}
			}
			return false
		},
	}
	return slotAgreements(r, buckets(byPerson), rule, held)
}
