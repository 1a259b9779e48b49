package compare

import (
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// Evidence of their own between two articles. evidence counts each word
// two claims share once and a name once; but a word may be part of the
// name. "Prime Minister Anna Holt has pledged …" and "the government of
// Prime Minister Anna Holt" share the woman and then "prime" and
// "minister" again, the title written before her name: three pieces of
// evidence from one person; "Holt's government" shares the name and then
// "holt'", its possessive. Between many articles a third
// source vouches for a group; between two, such a count holds two claims
// that only name the same person.
//
// In a run of exactly two articles, an agreement that evidence ties (some
// pair of its claims of the two articles shares pairEvidence pieces)
// but that ownEvidence does not (no pair shares that many once the title
// and the possessive count with the name) is let go: what its claims
// share is a person, not a fact. An agreement no pair ties even by
// evidence was held by its wording as a whole (the story's headline fact
// told in the story's words) and is left alone, as is an agreement found
// by a slot's value (slotagree.go).

// twoEvidenceDrop returns findings without the agreements the comment
// above lets go, and the feature indexes of their claims.
func twoEvidenceDrop(r *Result, fs []feat, findings []Finding) ([]Finding, []int) {
	if len(r.Articles) != 2 {
		return findings, nil
	}
	idx := newClaimIndex(fs)
	out := findings[:0:0]
	var gone []int
	for _, f := range findings {
		if f.Kind != Agreement || f.bySlot {
			out = append(out, f)
			continue
		}
		ms := idx.members(f.Claims)
		tied, own := false, false
		for x := range ms {
			for y := x + 1; y < len(ms) && !own; y++ {
				a, b := &fs[ms[x]], &fs[ms[y]]
				if a.art == b.art || evidence(a, b) < pairEvidence {
					continue
				}
				tied = true
				own = ownEvidence(a, b) >= pairEvidence
			}
		}
		if tied && !own {
			gone = append(gone, ms...)
			continue
		}
		out = append(out, f)
	}
	sort.Ints(gone)
	return out, gone
}

// ownEvidence is evidence(a, b) without the shared words that repeat a
// name: a title written before a name (claims.Role of form "title") and
// a name's possessive.
func ownEvidence(a, b *feat) int {
	title := map[string]bool{}
	for _, f := range []*feat{a, b} {
		for _, r := range f.c.Roles {
			if r.Form != "title" {
				continue
			}
			for _, w := range claims.ContentWords(r.Text) {
				title[w] = true
			}
		}
	}
	return evidenceLess(a, b, func(w string) bool {
		p := strings.TrimRight(w, "'’")
		return title[w] || p != w && (a.named[p] || b.named[p] || a.ents[p] != "" || b.ents[p] != "")
	})
}
