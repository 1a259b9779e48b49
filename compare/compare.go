package compare

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

// Options tune the comparison; the zero value is the default.
type Options struct {
	// Threshold is the least similarity at which two claims align (0..1);
	// 0 means the built-in default. See options.go.
	Threshold float64
}

// Compare aligns the claims of articles (perArticle[i] belongs to
// articles[i]) and classifies every group. The result depends only on the
// inputs, in the order given.
func Compare(articles []*claims.Article, perArticle [][]claims.Claim, opt Options) *Result {
	r := Collect(articles, perArticle)
	fs := build(r)
	story := stories(r, storyFloor, storyRatio)
	for i := range fs {
		fs[i].story = story[fs[i].art]
	}
	rep, off := copyOf(r, fs, perArticle)
	groups := alignCopies(fs, rep, off, opt.threshold())
	inGroup := map[int]bool{}
	var findings []Finding
	for _, g := range groups {
		for _, i := range g {
			inGroup[i] = true
		}
		findings = append(findings, classify(r, fs, g))
	}
	findings = append(findings, roleFindings(r)...)
	findings = append(findings, creditFindings(r, fs)...)
	for i := range fs {
		if !inGroup[i] {
			c := fs[i].c
			findings = append(findings, Finding{
				Kind: Unique, Severity: Low, Claims: []string{c.ID}, Score: 1,
				Summary: "only " + c.Source + " reports this",
				Values:  []Value{{Source: c.Source, Claim: c.ID, Text: c.Text}},
			})
		}
	}
	r.Findings = order(r, findings)
	for _, f := range r.Findings {
		switch f.Kind {
		case Agreement:
			r.Summary.Agreements++
		case Discrepancy:
			r.Summary.Discrepancies++
		case Unique:
			r.Summary.Unique++
		}
	}
	return r
}

// Collect builds a Result holding the articles and their claims, with no
// findings: what `claimdiff claims` reports.
func Collect(articles []*claims.Article, perArticle [][]claims.Claim) *Result {
	r := &Result{Articles: articles}
	for _, cs := range perArticle {
		r.Claims = append(r.Claims, cs...)
	}
	r.Summary = Summary{Sources: len(articles), Claims: len(r.Claims)}
	return r
}

// order sorts findings for the report: discrepancies (most severe first),
// then agreements (those of most sources first), then unique details by
// source; within each, in the order of the text. Ids follow that order.
func order(r *Result, fs []Finding) []Finding {
	pos := map[string]int{}
	for i := range r.Claims {
		pos[r.Claims[i].ID] = i
	}
	rank := map[FindingKind]int{Discrepancy: 0, Agreement: 1, Unique: 2}
	first := func(f Finding) int {
		m := math.MaxInt
		for _, id := range f.Claims {
			m = min(m, pos[id])
		}
		return m
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if rank[a.Kind] != rank[b.Kind] {
			return rank[a.Kind] < rank[b.Kind]
		}
		if a.Kind == Discrepancy && a.Severity.Rank() != b.Severity.Rank() {
			return a.Severity.Rank() > b.Severity.Rank()
		}
		// What most sources agree on is the story's core; a detail two
		// of twenty share comes after it.
		if a.Kind == Agreement && len(a.Claims) != len(b.Claims) {
			return len(a.Claims) > len(b.Claims)
		}
		return first(a) < first(b)
	})
	for i := range fs {
		fs[i].ID = fmt.Sprintf("F%d", i+1)
	}
	return fs
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// classify decides whether an aligned group agrees or where it differs.
func classify(r *Result, fs []feat, g []int) Finding {
	f := Finding{Kind: Agreement, Severity: Low}
	// Twins of identical copies (see copies.go) score as their originals
	// do, so each pair of originals is scored and compared once: a group
	// of hundreds of copies costs what one pair does, not the square.
	pc := newPairCache(fs, g)
	sim := make([][]float64, len(g))
	for x := range g {
		sim[x] = make([]float64, len(g))
		for y := 0; y < x; y++ {
			sim[x][y] = pc.similarity(g[x], g[y])
			sim[y][x] = sim[x][y]
		}
	}
	score := groupScore(sim)
	f.Score = round3(math.Max(0, score))
	f.Review = score < weakBand
	facets := map[Facet]bool{}
	a := &fs[g[0]]
	for _, i := range g {
		c := fs[i].c
		f.Claims = append(f.Claims, c.ID)
	}
	// Every pair of the group that is similar enough to be aligned on its
	// own is checked: in three sources, the second and third may disagree
	// where both agree with the first. Members joined only through a third
	// claim may report neighbouring facts, and are not compared.
	var why []string
	substantive := false // some difference is more than wording
	slotVals := map[Facet]map[int]string{}
	for x := 0; x < len(g); x++ {
		for y := x + 1; y < len(g); y++ {
			a, b := &fs[g[x]], &fs[g[y]]
			// Two clauses of one sentence state two facts; two sentences
			// of one article are compared when they restate one.
			if a.sentKey == b.sentKey || sim[x][y] < pairThreshold(threshold, a.artClaims, b.artClaims) {
				continue
			}
			for _, d := range pc.differences(r, g[x], g[y]) {
				// A quote reworded with the same polarity, hedging and
				// figures is a difference of words, which a reader checks
				// last; any other difference is substantive.
				if d.facet != FacetQuote || !quoteWording(fs[g[x]].c, fs[g[y]].c) {
					substantive = true
				}
				if !facets[d.facet] {
					facets[d.facet] = true
					why = append(why, d.summary)
					slotVals[d.facet] = map[int]string{}
				}
				if d.va != "" && slotVals[d.facet][g[x]] == "" {
					slotVals[d.facet][g[x]] = d.va
				}
				if d.vb != "" && slotVals[d.facet][g[y]] == "" {
					slotVals[d.facet][g[y]] = d.vb
				}
			}
		}
	}
	// Values show what each source gives in the slot that differs most
	// (its number, date, speaker or quotation), else its wording.
	slot := func(i int) string { return fs[i].c.Text }
	if len(facets) > 0 {
		f.Kind = Discrepancy
		for _, fc := range []Facet{FacetQuote, FacetSpeaker, FacetNumber, FacetDate, FacetNegation, FacetRole, FacetHedge, FacetContent} {
			if facets[fc] {
				f.Facets = append(f.Facets, fc)
			}
		}
		f.Severity = severity(f.Facets)
		if !substantive {
			f.Severity = Low
		}
		f.Summary = strings.Join(why, "; ")
		main := slotVals[f.Facets[0]]
		slot = func(i int) string {
			if v := main[i]; v != "" {
				return v
			}
			if c := fs[i].c; f.Facets[0] == FacetQuote && c.Content != nil {
				return c.Content.Text
			}
			return fs[i].c.Text
		}
	} else {
		f.Summary = fmt.Sprintf("%d sources agree: %s", len(g), shorten(a.c.Text, 90))
	}
	for _, i := range g {
		c := fs[i].c
		f.Values = append(f.Values, Value{Source: c.Source, Claim: c.ID, Text: slot(i)})
	}
	if len(f.Values) >= 2 {
		f.Diff = wordDiff(f.Values[0].Text, f.Values[1].Text)
	}
	return f
}

// groupScore is a group's alignment confidence: each claim's closest
// partner in the group, at the weakest claim. For a pair it is their
// similarity. A group of many sources is held together by chains of
// close matches, not by every member resembling every other (the
// headline and the fourth paragraph of two papers share few words), so
// the least similarity over all pairs would call nearly every large
// group unreliable; a claim with no close partner at all is what a
// fact-checker should look at. sim holds the group's pairwise
// similarities.
func groupScore(sim [][]float64) float64 {
	score := 1.0
	for x := range sim {
		best := math.Inf(-1)
		for y := range sim {
			if x != y {
				best = math.Max(best, sim[x][y])
			}
		}
		score = math.Min(score, best)
	}
	return score
}

type difference struct {
	facet   Facet
	summary string
	va, vb  string // what each claim gives in the slot ("at least 22 vessels"), "" for its wording
}

// differences lists the checkable slots in which two aligned claims
// differ. Each slot asks for evidence that both claims speak of the same
// thing (the same speaker, the same figure, the same event) before a
// difference in it counts: otherwise it is two facts, not a conflict.
func differences(r *Result, a, b *feat) []difference {
	var out []difference
	ca, cb := a.c, b.c
	text := cosine(a.words, b.words, a.norm, b.norm)
	if d, ok := quoteDifference(r, a, b); ok {
		out = append(out, d)
	}
	if speakerDiffers(r, ca, cb) {
		out = append(out, difference{FacetSpeaker, fmt.Sprintf("the same statement is credited to %s (%s) and %s (%s)", ca.Speaker.Name, ca.Source, cb.Speaker.Name, cb.Source), ca.Speaker.Text, cb.Speaker.Text})
	}
	// A figure or a date only conflicts within one event: claims naming
	// different people, bodies or places ("INS Mysore" / "INS Sukanya",
	// "Vancouver" / "Detroit") and none in common report two events.
	if d, ok := numberDifference(r, ca, cb); ok {
		out = append(out, d)
	}
	if d, ok := dateDifference(r, ca, cb, text); ok {
		out = append(out, d)
	}
	negated := text >= 0.4 && polarityFlip(ca.Text, cb.Text)
	if negated {
		out = append(out, difference{FacetNegation, fmt.Sprintf("%s and %s say opposite things: %q vs %q", ca.Source, cb.Source, shorten(ca.Text, 60), shorten(cb.Text, 60)), "", ""})
	}
	// Opposite positions on one target need no close wording: one source
	// quotes the defence, the other the prosecution. A flip already read
	// as a negation is not reported twice.
	if !negated && !otherPeople(a, b) && !otherSpeakerPeople(a, b) {
		if d, ok := stanceDifference(ca, cb); ok {
			out = append(out, d)
		} else if va, vb, ok := negatedPosition(ca.Text, cb.Text); ok {
			out = append(out, difference{FacetContent, fmt.Sprintf("%s and %s take opposite positions: %q vs %q", ca.Source, cb.Source, va, vb), va, vb})
		}
	}
	if hedgedA, ok := hedgeFlip(ca.Text, cb.Text); ok && text >= 0.4 && !passedOn(ca, cb, hedgedA) {
		h, s := ca, cb
		if !hedgedA {
			h, s = cb, ca
		}
		out = append(out, difference{FacetHedge, fmt.Sprintf("%s hedges (%q) what %s asserts", h.Source, shorten(h.Text, 60), s.Source), "", ""})
	}
	return out
}

// otherSpeakerPeople reports whether one claim's speaker is a named person
// the other claim names nowhere, while the other names people of its
// own: Jackson saying no charges will be filed against him and an
// attorney weighing charges against Williams are positions on two men.
func otherSpeakerPeople(a, b *feat) bool {
	one := func(x, y *feat) bool {
		// A lone surname ("Jackson said") is often typed "other".
		named := x.spkType == "person" || x.spkType == "other"
		return named && x.speaker != "" && len(y.people) > 0 && !y.people.has(x.speaker) && y.speaker != x.speaker && !x.people.has(y.speaker)
	}
	return one(a, b) || one(b, a)
}

// speakerDiffers reports the same statement credited to two different,
// named speakers: the same quotation, or reported content in nearly the
// same words. Many people say similar things, so looser matches are not
// evidence; a news outlet "reporting" a claim passes it on rather than
// making it.
func speakerDiffers(r *Result, ca, cb *claims.Claim) bool {
	if !definiteSpeaker(ca.Speaker) || !definiteSpeaker(cb.Speaker) || sameSpeaker(ca.Speaker, cb.Speaker) {
		return false
	}
	// An officer or spokesperson speaks for a body: "Highway Patrol
	// Officer Brad Baehr said" and "the CHP said" are one source.
	if speaksForBody(ca.Speaker) != speaksForBody(cb.Speaker) {
		return false
	}
	// A claim that names the other speaker too ("said ABC Group's chief
	// Paul Lee") credits both, whatever mention the speaker finder took.
	if strings.Contains(ca.Text, cb.Speaker.Name) || strings.Contains(cb.Text, ca.Speaker.Name) {
		return false
	}
	// "The appeals court sided with the city, and the association's
	// lawyer said …": a sentence that names the other source near the
	// statement may credit it to either; the speaker finder's pick is no
	// evidence of a misattribution.
	if mentions(sentenceOf(r, ca), cb.Speaker) || mentions(sentenceOf(r, cb), ca.Speaker) {
		return false
	}
	for _, c := range []*claims.Claim{ca, cb} {
		if c.Cue != nil && c.Cue.Lemma == "report" {
			return false
		}
		// A stance or intention ("the Australian planned to ski", "the
		// navy attacked") has an actor, not a source to misattribute.
		if c.Cue != nil && claims.IsStanceCue(c.Cue.Lemma) {
			return false
		}
		// "The frigate responded to a distress call": a cue that took an
		// object ("to the call", "the distress call") rather than a
		// clause reports an act, not a statement to credit.
		if c.Cue != nil && c.Content != nil && !hasVerbalClause(c.Content.Text) && c.Kind != claims.Quote {
			return false
		}
		// "Zadan and Meron said": one of two named speakers is no conflict.
		if strings.Contains(c.Speaker.Text, " and ") {
			return false
		}
	}
	if ca.Kind == claims.Quote && cb.Kind == claims.Quote && ca.Content != nil && cb.Content != nil {
		return sameQuote(ca.Content.Text, cb.Content.Text)
	}
	return contentSim(ca, cb) >= 0.8
}

// sentenceOf is the sentence a claim comes from, or its text when the
// article is not at hand.
func sentenceOf(r *Result, c *claims.Claim) string {
	if r != nil {
		if a := r.Article(c.Source); a != nil && c.Sentence.End <= len(a.Text) && c.Sentence.Start <= c.Sentence.End {
			return c.Sentence.In(a.Text)
		}
	}
	return c.Text
}

// mentions reports whether text names speaker s by the head of its name
// ("association" for "the landlords' association"), possessives
// included.
func mentions(text string, s *claims.Speaker) bool {
	key := speakerKey(s)
	if len(key) < 3 || titleWord(key) {
		return false
	}
	for _, w := range words(text) {
		if strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'") == key {
			return true
		}
	}
	return false
}

// passedOn reports whether the claim that does not hedge is itself only
// passed on ("…, the BBC reported", "according to police"): then neither
// source asserts it, and there is no hedged-vs-asserted difference.
func passedOn(ca, cb *claims.Claim, hedgedA bool) bool {
	s := cb
	if !hedgedA {
		s = ca
	}
	if s.Cue == nil {
		return false
	}
	switch s.Cue.Lemma {
	case "report", "according to", "allege", "claim":
		return true
	}
	return false
}

// contentSim compares what two attributions say, leaving out who says it
// and the cue, so "The Red Cross said X" and "The ministry said X" are
// the same statement.
func contentSim(a, b *claims.Claim) float64 {
	part := func(c *claims.Claim) string {
		if c.Content != nil {
			return c.Content.Text
		}
		return c.Text
	}
	wa, wb := map[string]float64{}, map[string]float64{}
	for _, w := range claims.ContentWords(part(a)) {
		wa[w] = 1
	}
	for _, w := range claims.ContentWords(part(b)) {
		wb[w] = 1
	}
	va, vb := newVec(wa), newVec(wb)
	return cosine(va, vb, va.norm(), vb.norm())
}

// quoteDifference finds a misquote: the same named person quoted in two
// wordings that are not one an excerpt of the other, and that are one
// utterance — they share much of their wording, or both sources present
// theirs as all the person said. Otherwise two quotations are two
// different statements.
func quoteDifference(r *Result, a, b *feat) (difference, bool) {
	ca, cb := a.c, b.c
	if ca.Kind != claims.Quote || cb.Kind != claims.Quote || ca.Content == nil || cb.Content == nil {
		return difference{}, false
	}
	qa, qb := ca.Content.Text, cb.Content.Text
	if sameQuote(qa, qb) || (quoteChanges(qa, qb) < minQuoteChanges && ca.Negated == cb.Negated && ca.Hedged == cb.Hedged) {
		return difference{}, false
	}
	// A sentence inside a long quotation names no speaker (see
	// claims.quoteRuns); the same remark is then recognised by its words
	// alone, which must mostly be the same.
	if (ca.Speaker == nil) != (cb.Speaker == nil) || ca.Speaker == nil {
		if quoteOverlap(qa, qb) < unattributedOverlap || len(quoteWords(qa)) < minUnattributedWords || len(quoteWords(qb)) < minUnattributedWords {
			return difference{}, false
		}
		who := "the speaker"
		for _, c := range []*claims.Claim{ca, cb} {
			if c.Speaker != nil && definiteSpeaker(c.Speaker) {
				who = c.Speaker.Name
			}
		}
		return difference{FacetQuote, fmt.Sprintf("%s is quoted differently", possessive(who)), qa, qb}, true
	}
	if a.speaker == "" || a.speaker != b.speaker || !definiteSpeaker(ca.Speaker) {
		return difference{}, false
	}
	if quoteOverlap(qa, qb) < 0.5 && !(soleComment(frame(r, ca)) && soleComment(frame(r, cb))) {
		return difference{}, false
	}
	return difference{FacetQuote, fmt.Sprintf("%s is quoted differently", possessive(ca.Speaker.Name)), qa, qb}, true
}

// unattributedOverlap is the share of the shorter quotation's words the
// other must hold for two quotations, one or both without a speaker, to
// be one remark.
const unattributedOverlap = 0.6

// frame is the sentence of a quotation without the quotation: where a
// writer says how it was given ("offered only a vague comment: …").
func frame(r *Result, c *claims.Claim) string {
	a := r.Article(c.Source)
	if a == nil || c.Content == nil {
		return c.Text
	}
	q, s := c.Content.Span, c.Sentence
	if q.Start < s.Start || q.End > s.End || q.Start > q.End {
		return s.In(a.Text)
	}
	return claims.Span{Start: s.Start, End: q.Start}.In(a.Text) + " … " + claims.Span{Start: q.End, End: s.End}.In(a.Text)
}

// numberDifference finds one figure reported with values that cannot both
// hold. A number that the other claim reports compatibly somewhere is
// confirmed, not contradicted; numbers in different contexts are different
// figures.
func numberDifference(r *Result, ca, cb *claims.Claim) (difference, bool) {
	for _, na := range ca.Numbers {
		var clash *claims.Number
		confirmed := false
		for k, nb := range cb.Numbers {
			if !sameUnit(na, nb) && !(majorCurrencies[na.Unit] && majorCurrencies[nb.Unit]) {
				continue
			}
			if NumbersCompatible(na, nb) {
				confirmed = true
				break
			}
			if clash == nil && !reportedIn(nb, ca.Numbers) && !otherEvent(ca, na.Scope, cb, nb.Scope) && sameFigure(numberContext(na, ca), numberContext(nb, cb)) && sameHead(na, ca, nb, cb) &&
				!partsOf(ca, nb) && !partsOf(cb, na) && sameLocated(na, ca, nb, cb) && !otherKinds(na, nb) && sameScope(na, ca, nb, cb) &&
				leading(na, ca) == leading(nb, cb) {
				clash = &cb.Numbers[k]
			}
		}
		if confirmed || clash == nil {
			continue
		}
		s := fmt.Sprintf("numbers differ: %q (%s) vs %q (%s)", na.Text, ca.Source, clash.Text, cb.Source)
		if pa, pb := published(r, ca.Source), published(r, cb.Source); pa != "" && pb != "" && pa != pb {
			// A toll or a count can grow between editions.
			s += fmt.Sprintf("; published %s and %s, the figure may have changed", pa, pb)
		}
		return difference{FacetNumber, s, na.Text, clash.Text}, true
	}
	return difference{}, false
}

// otherEvent reports whether two claims each name someone or somewhere
// of one kind that the other does not ("INS Mysore" / "INS Sukanya",
// "Leeds" / "Cardiff"): then they report two events. Speakers and times
// are not participants.
//
// A figure or a time is compared within its own clause (sa, sb: the
// number's or the time's Scope; an empty span is the whole claim): the
// place a person lived before is no participant of when she moved back.
func otherEvent(ca *claims.Claim, sa claims.Span, cb *claims.Claim, sb claims.Span) bool {
	names := func(c *claims.Claim, s claims.Span) map[string]string {
		m := map[string]string{}
	entities:
		for _, e := range c.Entities {
			if s.Len() > 0 && (e.Span.End <= s.Start || e.Span.Start >= s.End) {
				continue
			}
			// "Sunday" and "March" are times, not actors.
			for _, t := range c.Time {
				if e.Span.Start < t.Span.End && t.Span.Start < e.Span.End {
					continue entities
				}
			}
			// A source is not a participant ("the navy said"), but the
			// subject of an act read as a stance is ("INS Mysore attacked
			// two boats"): only speech cues make a speaker a source.
			if c.Speaker != nil && (c.Cue == nil || !claims.IsStanceCue(c.Cue.Lemma)) && e.Span.Start < c.Speaker.Span.End && c.Speaker.Span.Start < e.Span.End {
				continue
			}
			m[nameKey(e.Name)] = e.Type
		}
		return m
	}
	a, b := names(ca, sa), names(cb, sb)
	only := func(x, y map[string]string) map[string]bool {
		types := map[string]bool{}
		for k, t := range x {
			if _, ok := y[k]; !ok {
				types[t] = true
			}
		}
		return types
	}
	oa, ob := only(a, b), only(b, a)
	for t := range oa {
		if ob[t] {
			return true
		}
	}
	return false
}

// reportedIn reports whether some number of ns gives n compatibly: then n
// is that figure ("13 nautical miles" in both), not a rival of another.
func reportedIn(n claims.Number, ns []claims.Number) bool {
	for _, m := range ns {
		// A bare number counts: "11 seasons … and an assistant for seven"
		// gives "seven seasons".
		if (m.Unit == "" || sameUnit(n, m)) && NumbersCompatible(n, m) {
			return true
		}
	}
	return false
}

func published(r *Result, source string) string {
	if r == nil {
		return ""
	}
	if a := r.Article(source); a != nil {
		return a.Published
	}
	return ""
}

// dateDifference finds a time that two claims about the same event
// resolve to values that cannot both hold. When the claims share a time
// ("from 1995" in both), that is the event's time, and their other times
// belong to other events in the sentence ("until June").
func dateDifference(r *Result, ca, cb *claims.Claim, text float64) (difference, bool) {
	if text < 0.3 {
		return clockDifference(ca, cb)
	}
	// Between articles published on different days, "today" in one and
	// "Monday" in the other may be a day apart only because a publication
	// date is a day off: a late update, another time zone, a dateline read
	// as the date. One day of slack then; none within one day's papers.
	slack := published(r, ca.Source) != published(r, cb.Source)
	var clash [2]*claims.Time
	for i, ta := range ca.Time {
		for k, tb := range cb.Time {
			ok, known := DatesCompatible(ta, tb)
			if !known || otherEvent(ca, ta.Scope, cb, tb.Scope) || (ta.Clock != "" && !sameAct(ta, tb)) {
				continue
			}
			if ok || (slack && (relative(ta) || relative(tb)) && daysApart(ta.Value, tb.Value) == 1) {
				return difference{}, false
			}
			if clash[0] == nil && subordinate(ta, ca) == subordinate(tb, cb) {
				clash = [2]*claims.Time{&ca.Time[i], &cb.Time[k]}
			}
		}
	}
	if clash[0] == nil {
		return difference{}, false
	}
	ta, tb := clash[0], clash[1]
	return difference{FacetDate, fmt.Sprintf("dates differ: %q (%s, %s) vs %q (%s, %s)", ta.Text, ca.Source, ta.Value, tb.Text, cb.Source, tb.Value), ta.Text, tb.Text}, true
}

// clockDifference finds two times of day for one act in claims that
// otherwise share few words: "the blaze broke out about 8.40pm" and "the
// fire broke out in the roof at 8.49pm on Friday night".
func clockDifference(ca, cb *claims.Claim) (difference, bool) {
	for _, ta := range ca.Time {
		for _, tb := range cb.Time {
			if ta.Clock == "" || tb.Clock == "" || !sameAct(ta, tb) || otherEvent(ca, ta.Scope, cb, tb.Scope) {
				continue
			}
			if ok, _ := DatesCompatible(ta, tb); ok {
				return difference{}, false
			}
			return difference{FacetDate, fmt.Sprintf("times differ: %q (%s) vs %q (%s)", ta.Text, ca.Source, tb.Text, cb.Source), ta.Text, tb.Text}, true
		}
	}
	return difference{}, false
}

// minActWords is how many content words a clause needs, besides its
// time, to state an act.
const minActWords = 2

// sameAct reports whether two times date one act: their clauses share a
// content word besides the time (claims.Time.Act).
func sameAct(ta, tb claims.Time) bool {
	// A line that is little more than a time ("Last updated at 14:00
	// GMT") stamps the page; it dates no act of the story.
	if len(ta.Act) < minActWords || len(tb.Act) < minActWords {
		return false
	}
	for _, w := range ta.Act {
		if slices.Contains(tb.Act, w) {
			return true
		}
	}
	return false
}

// subordinate reports whether t dates a clause set inside the claim ("…
// the contract he signed when the club hired him on April 21, 2004"):
// then it dates another event than the claim's, and is no rival of the
// date the other source gives for the claim's own event.
func subordinate(t claims.Time, c *claims.Claim) bool {
	start := t.Span.Start - c.TextSpan.Start
	if start <= 0 || start > len(c.Text) {
		return false
	}
	before := c.Text[:start]
	if i := strings.LastIndexAny(before, ",;:"); i >= 0 {
		before = before[i+1:]
	}
	ws := strings.Fields(strings.ToLower(before))
	for i, w := range ws {
		if claims.IsSubordinator(w) || ((w == "after" || w == "before") && i+1 < len(ws) && claims.IsPronoun(ws[i+1])) {
			return true
		}
	}
	return false
}

// relative reports whether a time expression was resolved against the
// publication date ("today", "Monday", "10 days ago") rather than written
// out ("November 30", "2019").
func relative(t claims.Time) bool {
	return !claims.WrittenDate(t.Text)
}

// daysApart is the number of days between two YYYY-MM-DD values, or -1
// when either is not a whole date.
func daysApart(a, b string) int {
	x, err1 := time.Parse(time.DateOnly, a)
	y, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return -1
	}
	d := int(x.Sub(y).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

func sameUnit(a, b claims.Number) bool {
	return a.Unit != "" && b.Unit != "" && valUnitKey(a.Unit) == valUnitKey(b.Unit)
}

func severity(fs []Facet) Severity {
	s := Low
	for _, f := range fs {
		switch f {
		case FacetNumber, FacetQuote, FacetSpeaker, FacetNegation, FacetDate:
			return High
		case FacetRole, FacetHedge, FacetContent:
			// A title, a hedge or a stance is for a person to weigh: the
			// sources may each report a different party faithfully.
			s = Medium
		}
	}
	return s
}

func possessive(name string) string {
	if name == "" {
		return "the speaker's comment"
	}
	if strings.HasSuffix(name, "s") {
		return name + "' comment"
	}
	return name + "'s comment"
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n
	for cut > n/2 && r[cut] != ' ' {
		cut--
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + "…"
}

// quoteWording reports whether two quotations of one remark differ in
// words only: mostly the same words, read the same way.
func quoteWording(a, b *claims.Claim) bool {
	return a.Content != nil && b.Content != nil && quoteOverlap(a.Content.Text, b.Content.Text) >= 0.5 && sameReading(a, b)
}

// sameReading reports whether two claims read the same way in the fields
// a reworded quote can change the meaning of: polarity, hedging and the
// figures they give.
func sameReading(a, b *claims.Claim) bool {
	if a.Negated != b.Negated || a.Hedged != b.Hedged || len(a.Numbers) != len(b.Numbers) {
		return false
	}
	for i := range a.Numbers {
		if !NumbersCompatible(a.Numbers[i], b.Numbers[i]) {
			return false
		}
	}
	return true
}
