package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// Part of the content facet: one person or thing named two ways across
// sources — "Herbert Hoover" in one, "J. Edgar Hoover" in three others;
// "Marfin Investment Bank" and "Marfin Egnatia Bank". Names are read once,
// by claims (Entity.Name); here they are compared as tokens.

// nameMention is one full-name mention of an entity in a claim.
type nameMention struct {
	claim *claims.Claim
	name  string   // as the article gives it
	toks  []string // folded tokens without initials and suffixes
}

// nameTokens are the tokens of a name that tell one bearer from another:
// folded, without initials ("J.") and generational suffixes ("Sr.").
func nameTokens(name string) []string {
	var out []string
	for _, t := range strings.FieldsFunc(claims.Fold(name), func(r rune) bool { return r == ' ' || r == '.' || r == '-' || r == ',' }) {
		if len([]rune(t)) < 2 || claims.IsNameSuffix(t) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// sameGiven reports whether two name tokens can be one name: equal, one
// a short form of the other ("Alexis" / "Alexandros", "Rob" / "Robert")
// — sharing their first three letters, or by the lexicon of short forms
// ("Mo" / "Maurice", "Bill" / "William") — or two spellings of one name
// ("Giannis" / "Yiannis", "Carolos" / "Karolos"): one letter apart.
func sameGiven(a, b string) bool {
	if claims.SameGivenName(a, b) {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) >= 3 && len(rb) >= 3 && string(ra[:3]) == string(rb[:3]) {
		return true
	}
	return oneEdit(ra, rb) || abbreviates(ra, rb) || abbreviates(rb, ra)
}

// abbreviates reports whether a, of two or three letters, is a
// contraction of the longer b: its first letter, then the rest of its
// letters in b's order ("Mt" / "Mount", "St" / "Saint", "Ft" / "Fort").
// "Mt Halder" and "Mount Halder" name one mountain.
func abbreviates(a, b []rune) bool {
	if len(a) < 2 || len(a) > 3 || len(b) <= len(a) || a[0] != b[0] {
		return false
	}
	k := 1
	for _, r := range b[1:] {
		if k < len(a) && r == a[k] {
			k++
		}
	}
	return k == len(a)
}

// oneEdit reports whether a becomes b by one substitution, insertion or
// deletion of a letter.
func oneEdit(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return string(a[i+1:]) == string(b[i+1:])
	}
	return string(a[i:]) == string(b[i+1:])
}

// namesConflict reports whether two names of one key cannot name one
// bearer: each has a token the other lacks. "J. Edgar Hoover" and "Edgar
// Hoover" are one name written fully and shortly; "Edgar Hoover" and
// "Herbert Hoover" are two.
func namesConflict(a, b []string) bool {
	lacks := func(x, y []string) bool {
		for _, t := range x {
			found := false
			for _, u := range y {
				if sameGiven(t, u) {
					found = true
					break
				}
			}
			if !found {
				return true
			}
		}
		return false
	}
	return lacks(a, b) && lacks(b, a)
}

// nameWords are the tokens of a name that can be part of it, given the
// weekdays the run's claims date things by: a capitalised preposition or
// article that opens a headline's phrase ("Against Comets") is not part
// of the name after it, and a weekday run into a place ("Eastwick Friday")
// is a date, not a name. Both come from reading a capital letter as a
// name; the name is what is left.
func nameWords(toks []string, weekdays map[string]bool) []string {
	for len(toks) > 0 && claims.IsStopword(toks[0]) {
		toks = toks[1:]
	}
	var out []string
	for _, t := range toks {
		if !weekdays[t] {
			out = append(out, t)
		}
	}
	return out
}

// nameKeyOf groups the mentions that could name one bearer: a person by
// surname, an organisation by its first and last words ("Marfin … Bank").
func nameKeyOf(e claims.Entity, toks []string) string {
	switch e.Type {
	case "person":
		return "p|" + toks[len(toks)-1]
	case "organization":
		return "o|" + toks[0] + "|" + toks[len(toks)-1]
	}
	return ""
}

// nameFindings reports a person or organisation named differently by
// sources: a discrepancy of content a reader must check. A key whose
// variants one article uses side by side names several bearers (a mother
// and a daughter, two grandsons), and is left alone.
func nameFindings(r *Result, fs []feat) []Finding {
	idx := newClaimIndex(fs)
	featOf := func(id string) *feat {
		if i, ok := idx[id]; ok {
			return &fs[i]
		}
		return nil
	}
	byKey := map[string][]nameMention{}
	first := map[string]int{} // each source's first sentence: its headline
	for i := range r.Claims {
		c := &r.Claims[i]
		if s, ok := first[c.Source]; !ok || c.Sentence.Start < s {
			first[c.Source] = c.Sentence.Start
		}
	}
	weekdays := map[string]bool{}
	for i := range r.Claims {
		for _, t := range r.Claims[i].Time {
			if t.Weekday != "" {
				weekdays[claims.Fold(t.Weekday)] = true
			}
		}
	}
	for i := range r.Claims {
		c := &r.Claims[i]
		if a := r.Article(c.Source); a != nil && a.Title != "" && c.Sentence.Start == first[c.Source] {
			// A headline capitalises every word: what looks like a name
			// there ("Texas Inmate") often is not one.
			continue
		}
		for _, e := range c.Entities {
			// A short mention ("Comets", "Hoover") gives no name of its
			// own, only the article's resolution of it: the full-name
			// mention it was resolved to is compared where it is written.
			if len(nameWords(nameTokens(e.Text), weekdays)) < 2 {
				continue
			}
			toks := nameWords(nameTokens(e.Name), weekdays)
			if len(toks) < 2 {
				continue
			}
			if k := nameKeyOf(e, toks); k != "" {
				byKey[k] = append(byKey[k], nameMention{c, e.Name, toks})
			}
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []Finding
	for _, k := range keys {
		// An organisation's key holds its first and last words
		// ("Marfin … Bank"): one already. A person's holds the surname
		// alone, which many bear.
		var told func(id string) *feat
		if strings.HasPrefix(k, "p|") {
			told = featOf
		}
		if f, ok := nameFinding(byKey[k], told); ok {
			out = append(out, f)
		}
	}
	return out
}

// nameFinding builds the finding for one key's mentions, if two sources
// name its bearer in conflicting ways, in claims that tell of one thing
// (see toldAlike; not asked when featOf is nil), and no source uses two
// conflicting names.
func nameFinding(ms []nameMention, featOf func(id string) *feat) (Finding, bool) {
	// Each source's distinct names.
	type variant struct {
		toks   []string
		source string
		name   string
	}
	var vs []variant
	seen := map[string]bool{}
	for _, m := range ms {
		id := m.claim.Source + "\x00" + strings.Join(m.toks, " ")
		if !seen[id] {
			seen[id] = true
			vs = append(vs, variant{m.toks, m.claim.Source, m.name})
		}
	}
	conflict := false
	for i := range vs {
		for j := i + 1; j < len(vs); j++ {
			if !namesConflict(vs[i].toks, vs[j].toks) {
				continue
			}
			if vs[i].source == vs[j].source {
				return Finding{}, false
			}
			if featOf == nil || toldAlike(ms, vs[i].source, vs[i].toks, vs[j].source, vs[j].toks, featOf) {
				conflict = true
			}
		}
	}
	if !conflict {
		return Finding{}, false
	}
	f := Finding{Kind: Discrepancy, Facets: []Facet{FacetContent}, Severity: Medium, Score: 1}
	claimSeen := map[string]bool{}
	for _, m := range ms {
		if !claimSeen[m.claim.ID] {
			claimSeen[m.claim.ID] = true
			f.Claims = append(f.Claims, m.claim.ID)
		}
	}
	sort.Strings(f.Claims)
	// One value per name, with the sources that give it.
	type named struct {
		name    string
		sources []string
	}
	var order []string
	by := map[string]*named{}
	for _, v := range vs {
		k := strings.Join(v.toks, " ")
		if by[k] == nil {
			by[k] = &named{name: v.name}
			order = append(order, k)
		}
		if n := by[k]; len(n.sources) == 0 || n.sources[len(n.sources)-1] != v.source {
			n.sources = append(n.sources, v.source)
		}
	}
	var parts []string
	for _, k := range order {
		n := by[k]
		parts = append(parts, fmt.Sprintf("%q (%s)", n.name, strings.Join(n.sources, ", ")))
	}
	for _, v := range vs {
		for _, m := range ms {
			if m.claim.Source == v.source && strings.Join(m.toks, " ") == strings.Join(v.toks, " ") {
				f.Values = append(f.Values, Value{Source: v.source, Claim: m.claim.ID, Text: v.name})
				break
			}
		}
	}
	f.Summary = "names differ: " + strings.Join(parts, " vs ")
	return f, true
}

// nameEvidence is the least evidence (see evidence: content words, a
// name, a figure besides the names compared) two claims must share for
// two names in them to be one bearer's. One surname is shared by a
// family and by strangers ("Victor …" the suspect, "Greta …" the
// owner of his cars; three unrelated "… Okoro"), and a head word by many
// places ("Salt Lake City", "Bay City"); a misnamed person is misnamed
// where the others tell the same thing of them ("citing Felt's grandson
// Nick Jones" beside "Rob Jones, Felt's grandson, said …").
const nameEvidence = 2

// toldAlike reports whether some claim naming the bearer tokens ta in
// source sa and some naming tb in source sb share nameEvidence.
func toldAlike(ms []nameMention, sa string, ta []string, sb string, tb []string, featOf func(id string) *feat) bool {
	of := func(src string, toks []string) []*feat {
		var out []*feat
		for _, m := range ms {
			if m.claim.Source == src && slices.Equal(m.toks, toks) {
				if f := featOf(m.claim.ID); f != nil {
					out = append(out, f)
				}
			}
		}
		return out
	}
	for _, a := range of(sa, ta) {
		for _, b := range of(sb, tb) {
			if evidence(a, b) >= nameEvidence {
				return true
			}
		}
	}
	return false
}
