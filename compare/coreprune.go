package compare

import "sort"

// Core prune: the converse of member fill (members.go). Alignment grows
// a group by chains of close matches, and recheck's prune (split.go) lets
// go a claim that is loosely held by all the others in absolute terms;
// but in a group whose sources word one fact alike, a claim on a
// neighbouring fact still resembles them well above pruneLink by the
// story's words ("Residents nearby were evacuated as a precaution" beside
// the accounts of 50 firefighters tackling the blaze; "made off in a
// second car" beside the accounts of thefts at the Cannes film festival).
// What tells it apart is relative: the other sources resemble each other
// much more than they resemble it, and it lacks the words most of them
// use to state their fact (their core, see findingCore).
//
// Once a group's findings are made, a distinct claim of an agreement
// leaves it when, measured against the claims of the other articles
// (at least oddOthers of them),
//   - its mean similarity to them is below oddRatio of their own mean
//     similarity to each other (pairs of different articles),
//   - it holds less than memberCover of their core (the share member
//     fill asks of a claim joining), and
//   - it gives no figure one of them gives: a figure both state is the
//     fact of many agreements ("30bn euros" beside "euro30 billion ($40
//     billion)"), however differently the rest is worded.
//
// The claim stays in its other findings, or becomes a detail of its
// source alone.
const (
	// oddRatio: on the dev stories, 0.45 lets go no member of an expected
	// agreement; 0.5 lost one ("The officer's partner … was charged with
	// being an accomplice" among the accounts of the charges).
	oddRatio = 0.45
	// oddOthers is the least number of distinct claims of other articles
	// a claim is measured against: the core of two is their whole
	// shared wording.
	oddOthers = 3
	// wireCohesion: others that resemble each other this closely are
	// copies of one text with a word changed ("Other premises suffered
	// some damage, such as smashed windows …" ×3), and an account of the
	// same fact in other words ("Other properties in the area suffered
	// damage in the blaze") resembles them far less than they resemble
	// each other.
	wireCohesion = 0.8
)

// corePrune returns findings with the claims that state another fact let
// go from each agreement (see the comment above), and the feature indexes
// of the claims let go.
func corePrune(r *Result, fs []feat, findings []Finding) ([]Finding, []int) {
	idx := newClaimIndex(fs)
	out := make([]Finding, len(findings))
	copy(out, findings)
	var gone []int
	for n, f := range findings {
		if f.Kind != Agreement || len(f.Claims) < oddOthers+1 {
			continue
		}
		ms := idx.members(f.Claims)
		odd := oddMembers(fs, ms)
		if len(odd) == 0 {
			continue
		}
		var kept, let []int
		arts := map[int]bool{}
		for _, m := range ms {
			if odd[fs[m].orig] {
				let = append(let, m)
				continue
			}
			kept = append(kept, m)
			arts[fs[m].art] = true
		}
		if len(arts) < 2 {
			continue
		}
		g := classify(r, fs, kept)
		if g.Kind != Agreement {
			continue // the rest would differ: the claims were held for a reason
		}
		out[n] = sortedClaims(g)
		gone = append(gone, let...)
	}
	sort.Ints(gone)
	return out, gone
}

// oddMembers returns the originals (see originals) of the claims of ms
// that state another fact than the rest (see the comment above).
func oddMembers(fs []feat, ms []int) map[int]bool {
	u, of := originals(fs, ms)
	if len(u) <= oddOthers || len(u) > maxRecheck {
		return nil
	}
	p := newPairSims(fs, u)
	var odd map[int]bool
	for xi, x := range u {
		// The articles of x and its copies: the others are of the rest.
		mine := map[int]bool{}
		for _, m := range of[fs[x].orig] {
			mine[fs[m].art] = true
		}
		var oi []int // places in u of the others
	next:
		for yi, y := range u {
			for _, m := range of[fs[y].orig] {
				if mine[fs[m].art] {
					continue next
				}
			}
			oi = append(oi, yi)
		}
		if len(oi) < oddOthers {
			continue
		}
		mean := 0.0
		for _, yi := range oi {
			mean += p.sim[xi][yi]
		}
		mean /= float64(len(oi))
		coh, ok := p.cohesion(oi)
		if !ok || coh >= wireCohesion || mean >= oddRatio*coh {
			continue
		}
		others := p.feats(oi)
		if covers(&fs[x], voiceCore(fs, others)) || sharesFigure(&fs[x], fs, others) {
			continue
		}
		if odd == nil {
			odd = map[int]bool{}
		}
		odd[fs[x].orig] = true
	}
	return odd
}

// voiceCore is findingCore with each distinct claim one voice rather than
// each article: an article that states the fact twice says it once.
func voiceCore(fs []feat, u []int) vec {
	return coreOf(fs, u, len(u), func(m int) int { return m })
}

// sharesFigure reports whether x gives a figure that some claim of us
// gives (see figuresMeet).
func sharesFigure(x *feat, fs []feat, us []int) bool {
	for _, m := range us {
		if figuresMeet(x.c, fs[m].c) {
			return true
		}
	}
	return false
}
