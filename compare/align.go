package compare

import (
	"math"
	"sort"
	"strconv"
)

// Threshold is the least similarity at which two claims of articles of
// five or more claims are aligned (see pairThreshold for shorter texts).
//
// Linkage is the least average similarity between two groups that join:
// pairs without an edge count as 0, so a group grows only while most of
// its members resemble most of the newcomer's. storyPenalty is taken off
// claims of different stories (see stories), otherPeoplePenalty off claims
// that name different people (see otherPeople).
const (
	threshold    = 0.15
	linkage      = 0.08
	storyPenalty = 0.30

	otherPeoplePenalty = 0.15

	// leadSentences is how many sentences open an article (headline, lead),
	// leadBonus what two claims there gain.
	leadSentences = 3
	leadBonus     = 0.10
)

// similarity scores how likely two claims of different articles report the
// same thing: shared content words (rarity-weighted), shared sentence
// context, shared names, and who says it.
func similarity(a, b *feat) float64 {
	text := textSim(a, b)
	ctx := cosine(a.ctx, b.ctx, a.ctxNorm, b.ctxNorm)
	ent := 0.0
	if len(a.ents) > 0 && len(b.ents) > 0 {
		shared := 0
		for k := range a.ents {
			if _, ok := b.ents[k]; ok {
				shared++
			}
		}
		ent = float64(shared) / float64(max(len(a.ents), len(b.ents)))
	}
	s := 0.7*text + 0.3*ctx + 0.0*ent
	if (otherPeople(a, b) || otherLocales(a, b)) && pairThreshold(1, a.artClaims, b.artClaims) == 1 {
		// "Okafor was arrested on suspicion of DUI" and "Holloway was
		// arrested on suspicion of DUI" are two events. Between short
		// texts the question is only whether they are on one subject (see
		// pairThreshold), which claims about two people can be.
		s -= otherPeoplePenalty
	}
	sameSpeaker := a.speaker != "" && a.speaker == b.speaker
	if sameSpeaker {
		s += 0.1
		if a.cueFam != "" && a.cueFam == b.cueFam {
			s += 0.1
		}
		// Two quotations of the same person about the same thing are the
		// classic misquote: align them even when the words differ.
		if a.c.Kind == "quote" && b.c.Kind == "quote" && ctx > 0.05 {
			s += 0.25
		}
	} else if a.speaker != "" && b.speaker != "" && a.spkType == b.spkType && a.spkType == "person" && text < 0.6 {
		// "Maduro confirmed X" and "Trump confirmed X" are two claims, not
		// one claim credited twice, unless the words are nearly the same.
		s -= 0.2
	}
	if a.lead && b.lead && a.story == b.story {
		// Inverted pyramid: the headline and the first sentences of each
		// article say what happened, so two of them are the likeliest to
		// report the same thing.
		s += leadBonus
	}
	if a.story != b.story {
		// Claims of two different stories are the same claim only when
		// nearly word for word: "was arrested on suspicion of DUI" is
		// true of both players.
		s -= storyPenalty
	}
	if a.agent != "" && a.agent == b.agent && !sameSpeaker {
		s += 0.05
	}
	if s > 1 {
		s = 1
	}
	return s
}

// otherPeople reports whether both claims name people other than their
// speakers, and none in common.
func otherPeople(a, b *feat) bool { return a.people.apart(b.people) }

// otherLocales reports whether both claims name locales, and none in
// common: "fell near the Ferrin Glacier" and "fell above the Corrow
// Glacier" are two falls, as "Okafor was arrested" and "Holloway was
// arrested" are two arrests.
func otherLocales(a, b *feat) bool { return a.locales.apart(b.locales) }

// textSim blends cosine with a weighted overlap coefficient, so a short
// clause contained in a long sentence still scores. Stems that are
// WordNet synonyms count nearly as much as the same stem.
func textSim(a, b *feat) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	d, shared := dot(a.words, b.words)
	sd, sshared := synDot(a, b)
	d += sd
	shared += sshared
	c := d / (a.norm * b.norm)
	if m := math.Min(a.words.sum(), b.words.sum()); m > 0 {
		if o := 0.7 * shared / m; o > c {
			return o
		}
	}
	return c
}

type edge struct {
	a, b  int // feature indices, a's article < b's article
	score float64
	start bool // strong enough to align the two claims on its own
}

// pairThreshold is the similarity at which two claims align on their own,
// given how many claims their articles have. threshold is set for articles
// of many claims: each claim has dozens of rivals for a partner, and a
// chance resemblance at a lower level is common among so many. A claim of
// a one- or two-claim text has no rival: the only question is whether the
// two texts are about the same thing, and a weaker resemblance is evidence
// of that. So the bar falls with the number of candidates, reaching the
// full threshold at five claims. A weak match is marked for review (see
// loosest), so a fact-checker sees it is one.
func pairThreshold(threshold float64, na, nb int) float64 {
	return threshold * min(1, float64(1+max(na, nb))/6)
}

// candidates finds claim pairs of different articles worth scoring, from
// an inverted index of content words: not all pairs.
func candidates(fs []feat, threshold float64) []edge {
	post := map[string][]int{}
	for i := range fs {
		for _, x := range fs[i].words {
			post[x.w] = append(post[x.w], i)
		}
		// A paraphrase shares no word, only meaning.
		for _, x := range fs[i].syn {
			k := "\x02" + strconv.FormatUint(uint64(x.id), 10)
			if p := post[k]; len(p) == 0 || p[len(p)-1] != i {
				post[k] = append(post[k], i)
			}
		}
		for k := range fs[i].ents {
			post["\x00"+k] = append(post["\x00"+k], i)
		}
		if fs[i].c.Kind == "quote" && fs[i].speaker != "" {
			post["\x01"+fs[i].speaker] = append(post["\x01"+fs[i].speaker], i)
		}
	}
	// Words in most claims say nothing about which claims match, and their
	// postings would make this quadratic.
	arts := 0
	for i := range fs {
		arts = max(arts, fs[i].art+1)
	}
	limit := max(20, 2*arts)
	keys := make([]string, 0, len(post))
	for k := range post {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// Each claim pairs with the claims of later articles that share one
	// of its kept lists; a stamp per claim marks those already scored, so
	// a pair is scored once without a map of all pairs (hashing every
	// pair was half the cost of a run of many articles). The edges are
	// sorted below, so the order they are found in does not show.
	lists := make([][]int, len(fs)) // claim → its kept posting lists
	var kept [][]int
	for _, k := range keys {
		p := post[k]
		if len(p) > limit {
			continue
		}
		for _, i := range p {
			lists[i] = append(lists[i], len(kept))
		}
		kept = append(kept, p)
	}
	stamp := make([]int, len(fs))
	var out []edge
	for i := range fs {
		// A claim that states nothing checkable pairs with no claim (see
		// claims.Claim.Empty); it still counts in the lists above, so
		// which words are too common to index does not depend on it.
		if fs[i].c.Empty {
			continue
		}
		for _, l := range lists[i] {
			for _, j := range kept[l] {
				if fs[j].art <= fs[i].art || stamp[j] == i+1 || fs[j].c.Empty {
					continue
				}
				stamp[j] = i + 1
				t := pairThreshold(threshold, fs[i].artClaims, fs[j].artClaims)
				pairEvals.Add(1)
				if s := similarity(&fs[i], &fs[j]); s >= t*0.8 {
					out = append(out, edge{i, j, s, s >= t})
				}
			}
		}
	}
	sort.Slice(out, func(x, y int) bool {
		if out[x].score != out[y].score {
			return out[x].score > out[y].score
		}
		if out[x].a != out[y].a {
			return out[x].a < out[y].a
		}
		return out[x].b < out[y].b
	})
	return out
}

// align groups claims of different articles that report the same thing,
// at most one claim per article in a group (see upgma). Two groups join
// only through a pair at or above pairThreshold.
//
// Two articles are the common case, and there a group is a pair: the
// matching of largest total similarity (Hungarian method) is the right
// answer, where growing groups closest-first is greedy. "Trump confirmed
// the call" may be the best partner of both "Trump acknowledged the call"
// and "Maduro confirmed the call"; the assignment gives each its own.
//
// It also returns the candidate edges it scored, fragments included, for
// the twin pass (pairs.go), which would otherwise score every pair again.
func align(fs []feat, threshold float64) ([][]int, []edge) {
	all := candidates(fs, rivalThreshold(threshold, articles(fs)))
	edges := dropFragments(fs, all)
	if articles(fs) != 2 {
		return attachFragments(fs, fillGroups(fs, restatements(fs, mergeSlots(fs, upgma(fs, edges, linkage), edges), edges), edges)), all
	}
	var strong []edge
	for _, e := range edges {
		if e.start {
			strong = append(strong, e)
		}
	}
	var groups [][]int
	for _, e := range matchPair(strong) {
		groups = append(groups, []int{e.a, e.b})
	}
	sort.Slice(groups, func(x, y int) bool { return groups[x][0] < groups[y][0] })
	return attachFragments(fs, restatements(fs, mergeSlots(fs, groups, edges), edges)), all
}

// rivalThreshold raises the alignment threshold with the number of
// articles. A claim of two articles has one other article to find its
// partner in; among a dozen it has a dozen, and the best chance
// resemblance among them grows with their number (measured on the dev
// stories: at 0.15, half of the details only one of 10–14 outlets gives
// were paired with a claim on a neighbouring fact). The bar rises with
// the logarithm of the rival articles, from threshold for two articles
// to twice threshold from nine on.
func rivalThreshold(threshold float64, articles int) float64 {
	if articles <= 2 {
		return threshold
	}
	return threshold * min(2, 1+math.Log2(float64(articles-1))/3)
}

func articles(fs []feat) int {
	n := 0
	for i := range fs {
		n = max(n, fs[i].art+1)
	}
	return n
}
