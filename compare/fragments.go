package compare

import (
	"sort"

	"github.com/claimdiff/claimdiff/claims"
)

// hosts sets each claim's host: the shortest other claim of its sentence
// whose text span holds its own, strictly. Extraction reads a relative or
// subordinate clause ("who wished to remain anonymous", "that have been in
// the White House") as a claim of its own beside the claim of the whole
// clause; such a fragment often has no act of its own, and its few words —
// the same boilerplate in many outlets — pair it with fragments of other
// sentences and bridge groups that report different facts. A fragment
// therefore takes no part in alignment: it rides along in the finding of
// the claim that holds it (see attachFragments).
func hosts(fs []feat) {
	bySent := map[int][]int{}
	for i := range fs {
		fs[i].host = 0
		bySent[fs[i].sentKey] = append(bySent[fs[i].sentKey], i)
	}
	keys := make([]int, 0, len(bySent))
	for k := range bySent {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		ms := bySent[k]
		for _, i := range ms {
			a := fs[i].c.TextSpan
			best, bestLen := -1, 0
			for _, j := range ms {
				b := fs[j].c.TextSpan
				if j == i || !actless(fs[i].c) || b.Start > a.Start || a.End > b.End || b == a {
					continue
				}
				if l := b.End - b.Start; best < 0 || l < bestLen || (l == bestLen && j < best) {
					best, bestLen = j, l
				}
			}
			fs[i].host = best + 1
		}
	}
}

// fragment reports whether claim i is held by another claim of its
// sentence and so must not align by itself.
func fragment(fs []feat, i int) bool { return fs[i].host > 0 }

// dropFragments removes the candidate edges that touch a fragment.
func dropFragments(fs []feat, edges []edge) []edge {
	out := edges[:0:0]
	for _, e := range edges {
		if !fragment(fs, e.a) && !fragment(fs, e.b) {
			out = append(out, e)
		}
	}
	return out
}

// attachFragments puts each fragment in the group of its nearest host
// that a group holds (a host may itself be a fragment of a longer claim),
// so a sentence's finding shows all its claims; a fragment whose host is
// in no group stays out of the groups.
func attachFragments(fs []feat, groups [][]int) [][]int {
	of := groupOf(len(fs), groups)
	out := make([][]int, len(groups))
	for g, ms := range groups {
		out[g] = append([]int(nil), ms...)
	}
	for i := range fs {
		if of[i] >= 0 || !fragment(fs, i) || fs[i].c.Empty {
			continue
		}
		for h := fs[i].host - 1; h >= 0; h = fs[h].host - 1 {
			if g := of[h]; g >= 0 {
				out[g] = append(out[g], i)
				break
			}
		}
	}
	for _, ms := range out {
		sort.Ints(ms)
	}
	return out
}

// actless reports whether c has no act of its own to align on: no
// predicate, and a speaker read from inside its own text (a relative
// clause on a source, "who wished to remain anonymous", taken as a
// report whose speaker is its relative pronoun).
func actless(c *claims.Claim) bool {
	return c.Predicate == "" && c.Speaker != nil &&
		c.Speaker.Span.Start >= c.TextSpan.Start && c.Speaker.Span.End <= c.TextSpan.End
}
