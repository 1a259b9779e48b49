package compare

import "sort"

// heldByVoice returns the index in u of a claim held in its agreement
// by who speaks rather than by what is said: it reports a statement of a
// speaker one of the claims of the other articles also reports, what it
// says (claims.Claim.Content) shares fewer than voiceEvidence stems with
// what each claim of the other articles says (its content, or its whole
// text when it reports no one), and it gives none of their figures. The
// speaker, the cue and the speaker's title ("Police Captain … said")
// weigh in the similarity of two reports of one voice whatever each
// says, and count as shared evidence for the other rules: "… said the
// guard was awake at the time" and "… said the two fires on successive
// nights were not connected" are two statements of one press
// conference.
//
// Two reports of one statement in other words share little of what is
// said too ("the ministry says the plan was authorised" / "saying the
// plan had been authorized", where the spelling splits the stems), so the
// claim must also resemble the others, on average, less than voiceRatio
// of what they resemble each other, and the others must not be copies of
// one text (wireCohesion; see corePrune). When the others are all of one
// article there is no such measure, and the claim stays. Of several
// such, the one sharing the fewest stems; -1 when none.
func (p *pairSims) heldByVoice(live []int) int {
	worst, fewest := -1, 0
	for x, a := range live {
		fa := p.f(a)
		if fa.speaker == "" || fa.c.Content == nil || len(fa.c.Content.Stems) == 0 {
			continue
		}
		others := p.others(a, live)
		if len(others) == 0 {
			continue
		}
		voiced, most, mean := false, 0, 0.0
		mine := p.saidOf(a)
		for _, b := range others {
			fb := p.f(b)
			voiced = voiced || fb.speaker == fa.speaker
			most = max(most, sharedSaid(mine, p.saidOf(b)))
			mean += p.prune[a][b]
		}
		if !voiced || most >= voiceEvidence || sharesFigure(fa, p.fs, p.feats(others)) {
			continue
		}
		mean /= float64(len(others))
		if coh, ok := p.cohesion(others); !ok || coh >= wireCohesion || mean >= voiceRatio*coh {
			continue
		}
		if worst < 0 || most < fewest {
			worst, fewest = x, most
		}
	}
	return worst
}

// voiceRatio: see heldByVoice. On the dev stories and the sample no
// claim the rule lets go at 0.75 is a member of an expected agreement,
// one expected unique detail is freed, and labelled agreement precision
// rose 0.725 -> 0.744; without the guard the stories lost an expected
// agreement (0.534 -> 0.526) and the sample one (0.833 -> 0.667). On 16
// unseen ECB+ sub-topics the fixed agreement pick rose 62/89 -> 66/89.
const voiceRatio = 0.75

// voiceEvidence: see heldByVoice. Two stems of what is said, as in
// weakPair: one is chance.
const voiceEvidence = 2

// said is the sorted distinct stems of what a claim says: the content of
// a report, else the whole claim.
func said(f *feat) []string {
	var ws []string
	if c := f.c.Content; f.speaker != "" && c != nil && len(c.Stems) > 0 {
		ws = append(ws, c.Stems...)
	} else {
		for _, w := range f.words {
			ws = append(ws, w.w)
		}
	}
	sort.Strings(ws)
	out := ws[:0]
	for i, w := range ws {
		if (i == 0 || w != ws[i-1]) && !digits(w) {
			out = append(out, w)
		}
	}
	return out
}

// saidOf is said of place x, read once per group: heldByVoice weighs
// each claim against every other, and pruneGroup asks it again each time
// it lets a claim go.
func (p *pairSims) saidOf(x int) []string {
	if p.said == nil {
		p.said = make([][]string, len(p.u))
	}
	if p.said[x] == nil {
		p.said[x] = said(p.f(x))
	}
	return p.said[x]
}

// sharedSaid counts the stems two sorted lists share.
func sharedSaid(a, b []string) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// voicePair reports whether two claims are reports of one speaker that
// share fewer than voiceEvidence stems of what each says and no figure:
// what ties them is who speaks (see heldByVoice). weakPair asks it of a
// pair of a run of three articles or more, where the claims a group lets
// go for it would pair up again by their voice.
func voicePair(a, b *feat) bool {
	if a.speaker == "" || a.speaker != b.speaker || a.c.Content == nil || b.c.Content == nil {
		return false
	}
	if len(a.c.Content.Stems) == 0 || len(b.c.Content.Stems) == 0 {
		return false
	}
	return sharedSaid(said(a), said(b)) < voiceEvidence && !figuresMeet(a.c, b.c)
}
