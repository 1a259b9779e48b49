package compare

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// Checks that look across all claims rather than at aligned groups: who
// made something known, which may differ between sources or within one
// source. A person's title is checked the same way (role.go).

// creditFindings reports the same thing made known by different agents:
// "Maduro chose to reveal the call" vs "first revealed by The New York
// Times".
func creditFindings(r *Result, fs []feat) []Finding {
	var acts []*feat
	for i := range fs {
		c := fs[i].c
		if claims.IsCreditAct(c.Predicate) && fs[i].agent != "" && !claims.IsStopword(fs[i].agent) && fs[i].agent != "it" && c.AgentNamed {
			acts = append(acts, &fs[i])
		}
	}
	if len(acts) < 2 {
		return nil
	}
	object := func(f *feat) map[string]bool {
		drop := map[string]bool{claims.Stem(f.c.Predicate): true, "first": true}
		for _, w := range f.c.AgentStems {
			drop[w] = true
		}
		m := map[string]bool{}
		for _, w := range f.c.Stems {
			if !drop[w] {
				m[w] = true
			}
		}
		if f.c.Content != nil {
			for _, w := range f.c.Content.Stems {
				if !drop[w] {
					m[w] = true
				}
			}
		}
		return m
	}
	// A passive relative clause ("which was first revealed by X") names
	// no object of its own: it is about what the story is about.
	related := func(a, b *feat) bool {
		oa, ob := object(a), object(b)
		if a.c.Relative || b.c.Relative {
			return true
		}
		// Otherwise most of what one made known must be what the other did.
		n := 0
		for w := range oa {
			if ob[w] {
				n++
			}
		}
		return n > 0 && 2*n >= min(len(oa), len(ob))
	}
	var out []Finding
	used := map[int]bool{}
	for x := range acts {
		if used[x] {
			continue
		}
		group := []int{x}
		agents := map[string]bool{acts[x].agent: true}
		sources := map[int]bool{acts[x].art: true}
		for y := x + 1; y < len(acts); y++ {
			if !used[y] && claims.CueFamily(acts[y].c.Predicate) == claims.CueFamily(acts[x].c.Predicate) && related(acts[x], acts[y]) {
				group = append(group, y)
				agents[acts[y].agent] = true
				sources[acts[y].art] = true
			}
		}
		if len(agents) < 2 || len(sources) < 2 && len(group) < 2 {
			continue
		}
		f := Finding{Kind: Discrepancy, Facets: []Facet{FacetSpeaker}, Severity: High, Score: 1}
		var parts []string
		for _, k := range group {
			used[k] = true
			c := acts[k].c
			f.Claims = append(f.Claims, c.ID)
			f.Values = append(f.Values, Value{Source: c.Source, Claim: c.ID, Text: c.Agent})
			parts = append(parts, fmt.Sprintf("%s (%s)", c.Agent, c.Source))
		}
		f.Summary = fmt.Sprintf("who made it known differs: %s", strings.Join(parts, " vs "))
		f.Diff = wordDiff(f.Values[0].Text, f.Values[1].Text)
		out = append(out, f)
	}
	return out
}
