package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// A developing story: a toll, a count or a day reported on Tuesday may be
// updated on Wednesday, a man at large on Thursday captured on Monday.
// When the sources of a number, date or state discrepancy are dated
// differently, the finding says which report came first, in its summary
// ("3 dead" (a, 2010-05-04) → "5 dead" (b, 2010-05-05)) and in its
// values, so a reader can tell an update from a contradiction. It is still
// a discrepancy: a reader must see both.

// developing rewrites a discrepancy's summary and values in the order its
// sources were published, when at least two dates differ.
func developing(r *Result, f *Finding) {
	if f.Kind != Discrepancy || len(f.Facets) == 0 || (f.Facets[0] != FacetNumber && f.Facets[0] != FacetDate && f.Facets[0] != FacetNegation) {
		return
	}
	// Only the values that are a figure or a time of their claim: a
	// finding's other members give their sentence, which has no place in
	// a line of values.
	figures := map[int]bool{}
	dates := map[string]bool{}
	for i, v := range f.Values {
		if c := r.Claim(v.Claim); c != nil && givesValue(c, v.Text) {
			figures[i] = true
			if p := published(r, v.Source); p != "" {
				dates[p] = true
			}
		}
	}
	if len(dates) < 2 {
		return
	}
	type entry struct {
		text, date string
		sources    []string
	}
	var es []*entry
	for i := range f.Values {
		if !figures[i] {
			continue
		}
		v := &f.Values[i]
		date := published(r, v.Source)
		var e *entry
		for _, x := range es {
			if x.text == v.Text && x.date == date {
				e = x
				break
			}
		}
		if e == nil {
			e = &entry{text: v.Text, date: date}
			es = append(es, e)
		}
		if !slices.Contains(e.sources, v.Source) {
			e.sources = append(e.sources, v.Source)
		}
		if date != "" {
			v.Text += " (" + date + ")"
		}
	}
	// Dated reports in order of publication, undated ones after.
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i].date, es[j].date
		if (a == "") != (b == "") {
			return b == ""
		}
		return a < b
	})
	var b strings.Builder
	switch f.Facets[0] {
	case FacetNumber:
		b.WriteString("numbers differ between reports: ")
	case FacetDate:
		b.WriteString("dates differ between reports: ")
	default:
		b.WriteString("states differ between reports: ")
	}
	for i, e := range es {
		if i > 0 {
			if e.date != "" && es[i-1].date != "" && e.date != es[i-1].date {
				b.WriteString(" → ")
			} else {
				b.WriteString(" vs ")
			}
		}
		if e.date != "" {
			fmt.Fprintf(&b, "%q (%s, %s)", e.text, strings.Join(e.sources, ", "), e.date)
		} else {
			fmt.Fprintf(&b, "%q (%s, undated)", e.text, strings.Join(e.sources, ", "))
		}
	}
	b.WriteString("; a later report may update an earlier one")
	f.Summary = b.String()
}

// givesValue reports whether text is one of the claim's figures, times,
// states, open questions or arguments (the values the slot passes give).
func givesValue(c *claims.Claim, text string) bool {
	for _, n := range c.Numbers {
		if n.Text == text {
			return true
		}
	}
	for _, t := range c.Time {
		if t.Text == text {
			return true
		}
	}
	for _, s := range c.States {
		if s.Text == text {
			return true
		}
	}
	for _, o := range c.Open {
		if o.Text == text {
			return true
		}
	}
	for _, a := range c.Args {
		if a.Text == text {
			return true
		}
	}
	return false
}
