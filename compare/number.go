package compare

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/synonym"
)

// The number facet: one figure of one event given values that cannot both
// hold.

// numberDifference finds one figure reported with values that cannot both
// hold. A number that the other claim reports compatibly somewhere is
// confirmed, not contradicted; numbers in different contexts are different
// figures.
func numberDifference(r *Result, a, b *feat) (difference, bool) {
	ca, cb := a.c, b.c
	for i, na := range ca.Numbers {
		var clash *claims.Number
		confirmed := false
		for k, nb := range cb.Numbers {
			if !comparableUnits(na, nb) {
				continue
			}
			ta, tb, ok := totals(ca, na, cb, nb)
			if !ok {
				continue
			}
			if NumbersCompatible(ta, tb) || flatForBound(ta, tb) {
				confirmed = true
				break
			}
			if clash == nil && figuresClash(a, i, b, k) {
				clash = &cb.Numbers[k]
			}
		}
		if confirmed || clash == nil {
			continue
		}
		return difference{FacetNumber, numberSummary(r, ca, na, cb, *clash), na.Text, clash.Text}, true
	}
	return difference{}, false
}

// totals returns two figures as amounts of one kind: as they are when
// both or neither is a rate (claims.Number.Per), else the rate times the
// stretch its claim gives for it ("$21 million a year … for seven years"
// is $147 million, against "$161 million over seven years"). ok is false
// when a rate's stretch is not given: a rate and a total are two figures.
func totals(ca *claims.Claim, na claims.Number, cb *claims.Claim, nb claims.Number) (claims.Number, claims.Number, bool) {
	if na.Per == nb.Per {
		return na, nb, true
	}
	ta, oka := totalOf(ca, na)
	tb, okb := totalOf(cb, nb)
	return ta, tb, oka && okb
}

// totalOf is a rate times the stretch of its period that its claim
// states, or n itself when it is no rate; false when the claim states no
// such stretch, or the rate is a range (whose high end is read from its
// text).
func totalOf(c *claims.Claim, n claims.Number) (claims.Number, bool) {
	if n.Per == "" {
		return n, true
	}
	if n.Qualifier == "range" {
		return n, false
	}
	for _, m := range c.Numbers {
		if m.Per == "" && m.Value > 0 && m.Qualifier != "range" && claims.PeriodOf(m.Unit) == n.Per {
			t := n
			t.Value, t.Per = n.Value*m.Value, ""
			return t, true
		}
	}
	return n, false
}

// comparableUnits reports whether two figures count one kind of thing, or
// are amounts of money in currencies that convert (see NumbersCompatible).
func comparableUnits(na, nb claims.Number) bool {
	return sameUnit(na, nb) || (majorCurrencies[na.Unit] && majorCurrencies[nb.Unit])
}

// figuresClash reports whether a's i-th figure and b's k-th, of units
// that compare and values that cannot both hold, are rival values of one
// figure: the same thing measured (context or act), in one event, not a
// total against its parts, not a figure the first claim also gives.
func figuresClash(a *feat, i int, b *feat, k int) bool {
	ca, cb := a.c, b.c
	na, nb := ca.Numbers[i], cb.Numbers[k]
	if na.Unit == claims.RecordUnit || nb.Unit == claims.RecordUnit {
		// A win-loss record is a team's or coach's over some stretch (a
		// season, a spell at one club, a career, the last ten games) that
		// its clause seldom pins down: two records are two stretches far
		// more often than rival values ("162-139" in one post, "38-44" in
		// a first season elsewhere).
		return false
	}
	if na.Converted || nb.Converted {
		// Two writers convert one sum at two rates ("$143 billion",
		// "$158 billion" for one sum in euros): the sum itself is
		// compared, not the arithmetic.
		return false
	}
	if one, known := owners(na, nb); known && !one {
		return false // two parties' sums
	}
	if one, known := agesOfOne(na, nb); known && !one {
		return false // two people's ages
	}
	if one, known := subjects(na, nb); known && !one {
		return false // figures of two parties
	}
	return !reportedIn(nb, ca.Numbers) && !datedApart(a, na, b, nb) &&
		(sameFigure(numberContext(na), numberContext(nb)) || sameMeasure(a, i, b, k)) && figuresOfOneSlot(a, i, b, k) &&
		!properPart(na, nb) && !properPart(nb, na) && !partOfTally(a.tallied(i), b.tallied(k), na, nb) && na.Except == nb.Except
}

// partOfTally reports whether one of two figures is a running or overall
// total (ta, tb: claims.Number.Tally, or as tallied reads it) and the
// other, smaller, is not: a part of the total ("8 magazines" seized in
// one patrol against "20 magazines" confiscated in four so far), no
// rival value of it.
func partOfTally(ta, tb bool, na, nb claims.Number) bool {
	switch {
	case ta && !tb:
		return nb.Value < na.Value
	case tb && !ta:
		return na.Value < nb.Value
	}
	return false
}

// datedApart reports whether one of two figures is dated, in its own
// scope, to a month (or a year) before the one its article was published
// in (or, when that is unknown, the other's), while the other gives no
// date, or both are dated to different months or years: "last month
// thieves made off with £35,000" is an earlier theft, no rival of "they
// made off with 2m euros"; "Poe, 92, told a reporter in 2006" is an age of
// then, no rival of "died Thursday at the age of 95". A figure with no
// date of its own is of the news its article reports, and articles of
// one story report it at one time. A figure's date may come from a time
// fronted in its sentence (figureDate), and an article that gives no
// publication date is read at the story's (feat.storyPub). A figure of
// a clause set months before its sentence's act (claims.Number.Prior:
// "the raid comes a month after a gunman made off with $52M") is an
// earlier event's, no rival of one that is not.
func datedApart(a *feat, na claims.Number, b *feat, nb claims.Number) bool {
	pub := func(own, other *feat) string {
		switch {
		case own.published != "":
			return own.published
		case other.published != "":
			return other.published
		}
		return own.storyPub
	}
	if na.Prior != nb.Prior {
		return true // an earlier event's figure against the news's
	}
	da, db := figureDate(a.c, na, pub(a, b)), figureDate(b.c, nb, pub(b, a))
	switch {
	case da != "" && db == "":
		return earlier(da, pub(a, b))
	case db != "" && da == "":
		return earlier(db, pub(b, a))
	case da != "" && db != "":
		n := min(len(da), len(db))
		return da[:n] != db[:n]
	}
	return false
}

// figureDate is the month or the year a figure is dated to: by a time
// in its own clause, else by a time fronted in its sentence
// (claims.Number.When: "At the end of July, an armed man robbed a
// gallery, making off with paintings worth 40 million euros"), or "". A
// month written without a year ("--07") is read as "in July" in an
// article published on pub, the publication date its news is of
// (claims.ResolveMonth); "" when pub is unknown.
func figureDate(c *claims.Claim, n claims.Number, pub string) string {
	if d := dateIn(c, n.Scope); d != "" {
		return d
	}
	v := n.When
	if strings.HasPrefix(v, "--") {
		return claims.ResolveMonth(v, pub)
	}
	return monthOrYear(v)
}

// dateIn is the month ("2013-08") or the year ("2006") of the first time
// of c resolved to one inside span, or "".
func dateIn(c *claims.Claim, span claims.Span) string {
	for _, t := range c.Time {
		if t.Span.Start < span.Start || t.Span.End > span.End {
			continue
		}
		if d := monthOrYear(t.Value); d != "" {
			return d
		}
	}
	return ""
}

// monthOrYear is the month ("2013-08") of a resolved date or month, a
// year ("2006") as it is, or "" for a value of neither shape (nothing, a
// clock time). figureDate and dateIn read a figure's date at this grain.
func monthOrYear(v string) string {
	switch {
	case len(v) >= 7 && v[4] == '-':
		return v[:7]
	case len(v) == 4:
		return v
	}
	return ""
}

// earlier reports whether a month or a year comes before the one of the
// publication date pub (ISO). When pub is unknown a year is taken as
// earlier ("told a reporter in 2006": a year named is seldom the news's own),
// a month not (it was most likely resolved from a date the article
// gives, "last month").
func earlier(d, pub string) bool {
	if pub == "" {
		return len(d) == 4
	}
	return len(pub) >= len(d) && d < pub[:len(d)]
}

// added reports whether a figure counts an increase over an earlier count
// ("two extra life sentences"): the increase and the total ("three life
// sentences") are two figures.
func added(n claims.Number) bool {
	return slices.ContainsFunc(n.Kinds, claims.IsAddedWord)
}

func numberSummary(r *Result, ca *claims.Claim, na claims.Number, cb *claims.Claim, nb claims.Number) string {
	s := fmt.Sprintf("numbers differ: %q (%s) vs %q (%s)", na.Text, ca.Source, nb.Text, cb.Source)
	if pa, pb := published(r, ca.Source), published(r, cb.Source); pa != "" && pb != "" && pa != pb {
		// A toll or a count can grow between editions.
		s += fmt.Sprintf("; published %s and %s, the figure may have changed", pa, pb)
	}
	return s
}

// sameMeasure reports whether a's i-th figure and b's k-th measure one
// thing: their acts meet (see actsMeet).
func sameMeasure(a *feat, i int, b *feat, k int) bool {
	return i < len(a.acts) && k < len(b.acts) && a.acts[i] != nil && b.acts[k] != nil && actsMeet(a.acts[i], b.acts[k], synonym.Same)
}

// measuredBeyondNames reports whether two figures' acts still meet
// without the names of the claims' participants and the story's topic
// words (see actsBeyondNames), and, between two articles, meet on words
// of their own (see actsMeetOwn).
func measuredBeyondNames(a *feat, i int, b *feat, k int) bool {
	x, y, ok := actsBeyondNames(a, i, b, k)
	return ok && actsMeet(x, y, synonym.Same) && actsMeetOwn(a, x, b, y)
}

// actsBeyondNames returns a's i-th figure's act and b's k-th without the
// words that name the people and organisations of the two claims (an
// agent that is a description, "20,000 people marched", may be the
// figure itself): the named participants of an act are not what a
// figure measures. Claims alignment kept apart are often of one ship or
// one team, and share its name whatever they count: "three boats were
// captured by the coast guard" and "the coast guard detected five
// suspicious boats" are two acts of one body, not two counts of one set.
// Between two articles the story's topic words (feat.topic, see
// topicStems) are left out too: "offer" in every paragraph of two
// reports of offers ties "$160 million offers by" two teams to a third
// team's "proposal … worth between $140 million and $150 million", and
// with two sources no third one tells the slots apart. ok is false when
// either figure has no act.
func actsBeyondNames(a *feat, i int, b *feat, k int) (x, y vec, ok bool) {
	if i >= len(a.acts) || k >= len(b.acts) || a.acts[i] == nil || b.acts[k] == nil {
		return nil, nil, false
	}
	names := map[string]bool{}
	for _, c := range []*claims.Claim{a.c, b.c} {
		for _, e := range c.Entities {
			if e.Type != "person" && e.Type != "organization" {
				// Where is part of which event a figure is of ("where
				// 20,000 people marched" in one city, not another).
				continue
			}
			for _, w := range claims.ContentWords(e.Text) {
				names[w] = true
			}
		}
	}
	strip := func(v vec, topic map[string]bool) vec {
		var out vec
		for _, x := range v {
			if !names[x.w] && !topic[x.w] {
				out = append(out, x)
			}
		}
		return out
	}
	return strip(a.acts[i], a.topic), strip(b.acts[k], b.topic), true
}

// nearReach is how many content words either side of a figure name what
// it measures ("18 people had been injured", "marched 20,000 people").
const nearReach = 2

// measuredNear reports whether two figures' acts meet in a word written
// next to each figure: "12 people were injured" and "18 people had been
// injured" do; "Violence also broke out …, where 20,000 people marched"
// and "18 people had been injured in the violence" share a word of the
// day, not of the count. The slot pass keeps only such links when a chain
// of clashes joins too many values (see closeParts).
func measuredNear(na, nb claims.Number) bool {
	near := func(n claims.Number) []string {
		out := append([]string(nil), n.Before[max(0, len(n.Before)-nearReach):]...)
		return append(out, n.After[:min(len(n.After), nearReach)]...)
	}
	xa, xb := near(na), near(nb)
	for _, x := range xa {
		if !slices.Contains(na.Act, x) {
			continue
		}
		for _, y := range xb {
			if slices.Contains(nb.Act, y) && (x == y || synonym.Same(x, y)) {
				return true
			}
		}
	}
	return false
}

// sameEventAct is sameMeasure with words of one event counted as one
// ("killed", "died", "murder"; synonym.Related). It is for figures of one
// value: two equal figures of one event are one fact, while two unequal
// figures need their acts to be the same measure to be rivals ("three
// people died" and "30,000 people marched" are of one day, not of one
// count).
func sameEventAct(a *feat, i int, b *feat, k int) bool {
	return i < len(a.acts) && k < len(b.acts) && a.acts[i] != nil && b.acts[k] != nil &&
		actsMeet(a.acts[i], b.acts[k], func(x, y string) bool { return synonym.Same(x, y) || synonym.Related(x, y) })
}

// actsShare reports whether two figures' acts share a stem: the least
// tie of a figure to a slot whose value it already states (see
// figureSide). Synonyms are left out: "lifted" a necklace in another
// theft would meet "stolen" of the haul.
func actsShare(a *feat, i int, b *feat, k int) bool {
	if i >= len(a.acts) || k >= len(b.acts) {
		return false
	}
	for _, x := range a.acts[i] {
		for _, y := range b.acts[k] {
			if x.w == y.w {
				return true
			}
		}
	}
	return false
}

// actMeet is the least share of the lighter act's weight that two
// figures' acts must share (stems or WordNet synonyms, rarity-weighted)
// to measure one thing: a long clause shares a common word with many
// others by chance, "injured" or "marched" is the measure itself.
const actMeet = 0.3

func actsMeet(a, b vec, alike func(x, y string) bool) bool {
	shared := 0.0
	for _, x := range a {
		for _, y := range b {
			if x.w == y.w || alike(x.w, y.w) {
				shared += math.Min(x.v, y.v)
				break
			}
		}
	}
	return shared > 0 && shared >= actMeet*math.Min(a.sum(), b.sum())
}

// numberContext is the content words around a number (claims.Number
// Before and After), without the number and its unit: what the figure is
// about ("killed … in the coastal province").
func numberContext(n claims.Number) map[string]bool {
	out := make(map[string]bool, len(n.Before)+len(n.After))
	for _, w := range n.Before {
		out[w] = true
	}
	for _, w := range n.After {
		out[w] = true
	}
	return out
}

// sameHead reports whether two numbers that modify a noun ("the
// 36-year-old driver", "the 66-year-old woman") modify the same one: an
// age or a "10-year" term belongs to what follows it, and two people's ages
// are not two reports of one figure. Numbers that modify nothing pass.
func sameHead(na, nb claims.Number) bool {
	if na.Modifies != "" || nb.Modifies != "" {
		return sameModified(na, nb)
	}
	if !strings.Contains(na.Unit, "-") && !strings.Contains(nb.Unit, "-") {
		return true
	}
	ha, hb := headOf(na), headOf(nb)
	return ha == "" || hb == "" || ha == hb
}

// sameModified reports, for two figures of which one at least is a count
// modifying a noun (claims.Number.Modifies: "an 11-game win streak"),
// whether they measure that one thing: both modify one noun, or the other
// figure's words name it ("a 10-year sentence", "sentenced to eight
// years"). "Won 40 games" is no length of a streak, "all but eight games
// last season" no length of a "six-game loss".
func sameModified(na, nb claims.Number) bool {
	if na.Modifies != "" && nb.Modifies != "" {
		return na.Modifies == nb.Modifies || synonym.Same(na.Modifies, nb.Modifies)
	}
	m, o := na, nb
	if m.Modifies == "" {
		m, o = nb, na
	}
	for _, ws := range [][]string{o.Act, o.Before, o.After} {
		for _, w := range ws {
			if w == m.Modifies || synonym.Same(w, m.Modifies) {
				return true
			}
		}
	}
	return false
}

// headOf is the stem of the first content word after n.
func headOf(n claims.Number) string {
	if len(n.After) > 0 {
		return n.After[0]
	}
	return ""
}

// sameFigure reports whether two numbers' contexts say they are one
// figure: two words or more, and much of the smaller context, recur in
// the other. Two percentages in one story ("risen by 240 percent", "29%
// of all cases") are different figures.
func sameFigure(a, b map[string]bool) bool {
	// One word of context ("killing one man") cannot tell two figures apart.
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n >= 2 && float64(n) >= 0.4*float64(min(len(a), len(b)))
}

// partsOf reports whether numbers of c joined by "and" add up to n: "shot
// dead one worker and wounded two more" is "three workers were shot",
// "14 Vardan and 9 Ostrian smugglers" are "23 smugglers". A total is not a
// rival of its parts.
func partsOf(c *claims.Claim, n claims.Number) bool {
	ns := append([]claims.Number(nil), c.Numbers...)
	sort.SliceStable(ns, func(i, j int) bool { return ns[i].Span.Start < ns[j].Span.Start })
	b := valBounds(n)
	// "four shops and two banks" lists two kinds of thing; it is no total
	// of "three banks". (In "one person and two others" the other word
	// follows the counted one and refers back to it.)
	other := false
	for _, m := range ns {
		switch {
		case m.Unit == "":
		case sameUnit(m, n):
			if other {
				return false
			}
		default:
			other = true
		}
	}
	for i := range ns {
		sum := ns[i].Value
		for j := i + 1; j < len(ns) && ns[j].Listed; j++ {
			sum += ns[j].Value
			if sum >= b.lo && sum <= b.hi {
				return true
			}
		}
	}
	return false
}

// sameLocated reports whether two distances locate the same thing: the
// words before each (what is that far) share a content word. Other
// numbers pass.
func sameLocated(na, nb claims.Number) bool {
	if !claims.IsLengthUnit(strings.ToLower(na.Unit)) && !claims.IsLengthUnit(strings.ToLower(nb.Unit)) {
		return true
	}
	return shareAny(na.Before, nb.Before)
}

// sameScope reports whether two stretches of time are spent in the same
// capacity: "nine seasons on the pitch for the club" and "15 seasons in the
// league" are a part and a whole, and "four seasons as director" is one
// post of "19 seasons with the club". Only when both say what the time
// was spent in (claims.Number.Prep), and say it with different
// prepositions, are they two figures.
func sameScope(na, nb claims.Number) bool {
	return na.Prep == "" || nb.Prep == "" || na.Prep == nb.Prep
}

// otherKinds reports whether two numbers count differently qualified
// things, each named with a kind the other lacks: "four M-16 rifles"
// and "six assault rifles", "14 Vardan" and "9 Ostrian smugglers" are
// counts of two sets, not two counts of one. A kind on one side only
// ("two speed boats", "three boats") may still be the same set.
func otherKinds(na, nb claims.Number) bool {
	return len(na.Kinds) > 0 && len(nb.Kinds) > 0 && !shareAny(na.Kinds, nb.Kinds)
}

// properPart reports whether na may be a part of nb: a smaller count
// whose noun is qualified by a proper adjective nb does not give ("11
// Yemeni pirates" among "23 pirates", "seven AK-47 assault rifles" among
// "nine assault rifles"). A plain adjective or a compound noun ("two
// speed boats", "three boats") names the same set more often than a part.
func properPart(na, nb claims.Number) bool {
	if na.Value >= nb.Value {
		return false
	}
	for _, w := range na.Proper {
		if !slices.Contains(nb.Kinds, w) {
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
		// gives "seven seasons"; but only of an act that shares a word
		// with n's, for a bare count may count something else ("18
		// people had been injured … and 12 arrested" gives no "12
		// people were injured").
		if (sameUnit(n, m) || (m.Unit == "" && bareOf(n, m))) && NumbersCompatible(n, m) {
			return true
		}
	}
	return false
}

// bareOf reports whether a bare number m may count what n counts: their
// acts share a stem, or either has none to tell.
func bareOf(n, m claims.Number) bool {
	return len(n.Act) == 0 || len(m.Act) == 0 || shareAny(m.Act, n.Act)
}

func sameUnit(a, b claims.Number) bool {
	return a.Unit != "" && b.Unit != "" && valUnitKey(a.Unit) == valUnitKey(b.Unit)
}

// figureRule is the slot pass (see slots.go) for figures: one unit, one
// act (claims.Number.Act), values that cannot both hold. A source that
// gives both values reports two figures (a necklace worth £1.2m and
// jewellery worth £910,000), not rival ones.
var figureRule = slotRule{
	facet: FacetNumber,
	what:  "numbers",
	text:  func(it slotItem) string { return it.f.c.Numbers[it.k].Text },
	compatible: func(a, b slotItem) bool {
		return NumbersCompatible(a.f.c.Numbers[a.k], b.f.c.Numbers[b.k])
	},
	rival: func(bucket []slotItem, a, b slotItem) bool {
		na, nb := a.f.c.Numbers[a.k], b.f.c.Numbers[b.k]
		ta, tb, ok := totals(a.f.c, na, b.f.c, nb)
		if !ok || a.f.art == b.f.art || !comparableUnits(na, nb) || NumbersCompatible(ta, tb) || flatForBound(ta, tb) || alsoGives(bucket, a, b) || alsoGives(bucket, b, a) ||
			datedApart(a.f, na, b.f, nb) || ((na.Modifies != "" || nb.Modifies != "") && !sameModified(na, nb)) ||
			properPart(na, nb) || properPart(nb, na) || partOfTally(a.f.tallied(a.k), b.f.tallied(b.k), na, nb) || na.Except != nb.Except {
			return false
		}
		if one, known := agesOfOne(na, nb); known || na.Unit == claims.AgeUnit || nb.Unit == claims.AgeUnit {
			// An age whose person is not read may be anyone's: a story
			// gives the ages of the accused, the victims and a witness,
			// in clauses that share the words of the event ("a
			// 50-year-old man tipped off police", "the victims, a
			// 39-year-old and a 41-year-old woman"). Aligned claims may
			// still tell that two such ages are one person's.
			return one
		}
		if one, known := subjects(na, nb); known && !one {
			return false // figures of two parties' clauses
		}
		if one, known := owners(na, nb); known {
			// Two parties' sums are two figures; one party's sums of one
			// kind (both totals, or both rates) are one slot even when
			// their clauses share little ("the deal could be up to $180
			// million", "offered an eight-year deal worth $184 million").
			return one && !reportedIn(nb, a.f.c.Numbers) && !reportedIn(na, b.f.c.Numbers) &&
				figuresOfOneSlot(a.f, a.k, b.f, b.k)
		}
		return (sameMeasure(a.f, a.k, b.f, b.k) && measuredBeyondNames(a.f, a.k, b.f, b.k) || sameVerb(na, nb)) &&
			figuresClash(a.f, a.k, b.f, b.k) && !reportedIn(na, b.f.c.Numbers)
	},
	one: "the figure",
	close: func(a, b slotItem) bool {
		if one, known := owners(a.f.c.Numbers[a.k], b.f.c.Numbers[b.k]); known {
			return one
		}
		return measuredNear(a.f.c.Numbers[a.k], b.f.c.Numbers[b.k])
	},
	whole:   oneOwner,
	oneEach: true,
	side:    figureSide,
	sideNear: func(a, b slotItem) bool {
		na, nb := a.f.c.Numbers[a.k], b.f.c.Numbers[b.k]
		if !agreeingUnits(na, nb) || !assertsFigure(a.f) || !assertsFigure(b.f) || datedApart(a.f, na, b.f, nb) ||
			((na.Modifies != "" || nb.Modifies != "") && !sameModified(na, nb)) {
			return false // "a $2.5 million necklace" is the necklace's worth
		}
		for _, known := range []func(claims.Number, claims.Number) (bool, bool){owners, subjects, agesOfOne} {
			if one, k := known(na, nb); k && !one {
				return false
			}
		}
		return figuresOfOneSlot(a.f, a.k, b.f, b.k) && actsShare(a.f, a.k, b.f, b.k)
	},
	gives: func(x *feat, it slotItem) bool {
		nb := it.f.c.Numbers[it.k]
		if !assertsFigure(x) {
			return false
		}
		for _, n := range x.c.Numbers {
			if agreeingUnits(n, nb) && sameValue(n, nb) {
				return true
			}
		}
		return false
	},
	same: func(_ []slotItem, a, b slotItem) bool {
		na, nb := a.f.c.Numbers[a.k], b.f.c.Numbers[b.k]
		// A rate (claims.Number.Per) and a figure not read as one may
		// still agree: "the $27.5 million he is guaranteed to make" is
		// a year's pay when the sentence began with "an average annual
		// value of", and one amount written twice is seldom chance.
		if !agreeingUnits(na, nb) || !sameValue(na, nb) || !assertsFigure(a.f) || !assertsFigure(b.f) {
			return false
		}
		if one, known := agesOfOne(na, nb); known {
			return one
		}
		if one, _ := agesOfOneOwner(a.f, a.k, b.f, b.k); one {
			// An unnamed age the story gives one person (markAgeOwners);
			// two such readings that differ leave the acts to tell.
			return true
		}
		if one, known := owners(na, nb); known {
			return one && figuresOfOneSlot(a.f, a.k, b.f, b.k)
		}
		if rareCount(na, nb) {
			// Two equal counts of one uncommon thing in one story are
			// one count, whoever the clause is about ("Bradlee oversaw
			// almost 400 stories", "the source for many of its 400
			// stories").
			return figuresOfOneThing(a.f, a.k, b.f, b.k)
		}
		return sameEventAct(a.f, a.k, b.f, b.k) && figuresOfOneSlot(a.f, a.k, b.f, b.k)
	},
}

// conversionGap is the most bytes between a sum and its conversion in
// brackets: " (" and a space a tokenised text may add.
const conversionGap = 3

// conversionsOf returns a sum's conversions its claim gives in brackets
// right after it (claims.Number.Converted): "two million euros ($2.6
// million)" states $2.6 million too.
func conversionsOf(it slotItem) []claims.Number {
	n := it.f.c.Numbers[it.k]
	var out []claims.Number
	for j, m := range it.f.c.Numbers {
		if j != it.k && m.Converted && m.Span.Start > n.Span.End && m.Span.Start-n.Span.End <= conversionGap {
			out = append(out, m)
		}
	}
	return out
}

// figureSide returns which of a slot's rival figures (reps) a figure
// takes, or -1: the one whose number it or its conversion states
// ("over $2.6 million", "two million euros ($2.6 million)" state $2.6
// million) and holds with, while each other rival clashes with it or its
// conversion. both is whether it states a rival's number and holds with
// another rival too: "at least $2.5 million" against "$2.5 million" and
// "$2.6 million" takes neither side and stands with neither. "Almost $2
// million" states no rival's number.
func figureSide(reps []slotItem, it slotItem) (side int, both bool) {
	vals := append([]claims.Number{it.f.c.Numbers[it.k]}, conversionsOf(it)...)
	side = -1
	held, stated := 0, false
	for i, r := range reps {
		nr := r.f.c.Numbers[r.k]
		holds, states := true, false
		for _, v := range vals {
			holds = holds && NumbersCompatible(nr, v)
			states = states || (valUnitKey(v.Unit) == valUnitKey(nr.Unit) && v.Value == nr.Value && v.High() == nr.High())
		}
		if holds {
			held++
			stated = stated || states
			if states {
				side = i
			}
		}
	}
	if held != 1 || !stated {
		return -1, held > 1 && stated
	}
	return side, false
}

// sameVerb reports whether one verb governs two figures as its object
// (claims.Number.Verb): "attacked a building, four shops and two banks"
// and "attacked a police station … as well as at least three banks"
// count what was attacked, however little else of their long clauses
// meets. The rule still wants the figures' contexts to say they are one
// (figuresClash).
func sameVerb(na, nb claims.Number) bool {
	return na.Verb != "" && nb.Verb != "" && (na.Verb == nb.Verb || synonym.Same(na.Verb, nb.Verb))
}

// rareCountFloor is the least value of a count of things that two
// sources seldom give by chance for two different sets: "three boats"
// may be two sets, "400 stories" or "10 fire engines" are one.
const rareCountFloor = 10

// rareCount reports whether two figures of one value count one kind of
// thing, not people nor a stretch of time, a share, a sum, an age or a
// distance (which one story gives of many things), with a value of at
// least rareCountFloor.
func rareCount(na, nb claims.Number) bool {
	if na.Value < rareCountFloor || !sameUnit(na, nb) {
		return false
	}
	for _, n := range []claims.Number{na, nb} {
		u := strings.ToLower(n.Unit)
		if peopleUnit(n) || majorCurrencies[n.Unit] || claims.IsSpanUnit(u) || claims.PeriodOf(u) != "" ||
			claims.IsLengthUnit(u) || n.Unit == claims.AgeUnit || valUnitKey(u) == "%" || n.Per != "" {
			return false
		}
	}
	return true
}

// figuresOfOneThing is figuresOfOneSlot without the participants: the
// guards that tell two sets of one noun apart (a part of a total, other
// kinds, the first few).
func figuresOfOneThing(a *feat, i int, b *feat, k int) bool {
	na, nb := a.c.Numbers[i], b.c.Numbers[k]
	return sameHead(na, nb) && !partsOf(a.c, nb) && !partsOf(b.c, na) && sameLocated(na, nb) && !otherKinds(na, nb) &&
		sameScope(na, nb) && na.Leading == nb.Leading && added(na) == added(nb)
}

// sameValue reports whether two figures state one value: bounds that
// overlap and the same stated value ("three" and "three", "about 60" and
// "60"), not merely values that can both hold ("at least three", "five").
// Sums in two major currencies are one value when one converts into the
// other ("two million euros", "£1.7 million"); small sums and unread
// scales say nothing (see foreignAmountsCompatible).
// conversionRatio bounds how far apart two sums in two currencies may be
// to state one sum: the dollar, the euro and the pound have mostly traded
// within 1.6 of each other, and "£910,000" is not "two million euros"
// (2.2 apart) though no rule of clashes can say so (currencyRatio). An
// agreement is a claim that the sources say the same; a conversion at an
// unusual rate is left unjoined rather than joined wrongly.
const conversionRatio = 1.6

func sameValue(na, nb claims.Number) bool {
	if na.Unit != nb.Unit && majorCurrencies[na.Unit] && majorCurrencies[nb.Unit] {
		hi, lo := math.Max(na.Value, nb.Value), math.Min(na.Value, nb.Value)
		return lo >= 1000 && hi/lo < conversionRatio && foreignAmountsCompatible(na, nb)
	}
	if _, _, ok := na.Record(); ok || nb.Unit == claims.RecordUnit {
		return figureMet(na, nb) // wins and losses both
	}
	return NumbersCompatible(na, nb) && na.Value == nb.Value && na.High() == nb.High()
}

// agesOfOne reports, for two ages that each say whose they are
// (claims.Number.Of), whether they are one person's; known is false when
// either does not say, and the figures' acts must tell. An age belongs to
// its person, not to the clause it is written in: "Comeaux, 49, took the
// weapons" and "Arcade Joseph Comeaux Jr., 49, is serving a life
// sentence" give one age; a mother's 58 and her daughter's 20 are two.
func agesOfOne(na, nb claims.Number) (one, known bool) {
	if na.Of == "" || nb.Of == "" {
		return false, false
	}
	ta, tb := nameTokens(na.Of), nameTokens(nb.Of)
	if len(ta) == 0 || len(tb) == 0 {
		return false, true
	}
	return ta[len(ta)-1] == tb[len(tb)-1] && !namesConflict(ta, tb), true
}

// agreeingUnits reports whether two figures count one kind of thing, for
// figures of one value: units that compare, or two nouns for people
// ("Sixty residents", "around 60 people"; "four men", "four robbers").
func agreeingUnits(na, nb claims.Number) bool {
	return comparableUnits(na, nb) || (peopleUnit(na) && peopleUnit(nb))
}

func peopleUnit(n claims.Number) bool {
	return n.Unit != "" && claims.IsPeopleUnit(strings.ToLower(n.Unit))
}

// figuresOfOneSlot reports whether two figures measure one thing
// (figuresOfOneThing) of one event (otherEvent): what figuresClash asks
// besides its value and measure tests.
func figuresOfOneSlot(a *feat, i int, b *feat, k int) bool {
	return !otherEvent(a.c, a.c.Numbers[i].Scope, b.c, b.c.Numbers[k].Scope) && figuresOfOneThing(a, i, b, k)
}

// figureSlotFindings runs the slot pass over figures, one bucket per unit
// (amounts of money in convertible currencies sharing one).
func figureSlotFindings(r *Result, fs []feat, held []Finding) []Finding {
	markAgeOwners(fs)
	byUnit := map[string][]slotItem{}
	for i := range fs {
		if fs[i].c.Empty {
			continue
		}
		for k, n := range fs[i].c.Numbers {
			if k < len(fs[i].acts) && fs[i].acts[k] != nil {
				u := valUnitKey(n.Unit)
				switch {
				case majorCurrencies[n.Unit]:
					u = "\x00money"
				case peopleUnit(n):
					// Rivals still need units that compare (figureRule).
					u = "\x00people"
				}
				byUnit[u] = append(byUnit[u], slotItem{&fs[i], k})
			}
		}
	}
	return slotPass(r, buckets(byUnit), figureRule, held)
}

// alsoGives reports whether a's article states, in some claim, b's value
// for what b measures.
func alsoGives(bucket []slotItem, a, b slotItem) bool {
	nb := b.f.c.Numbers[b.k]
	for _, x := range bucket {
		if x.f.art != a.f.art {
			continue
		}
		nx := x.f.c.Numbers[x.k]
		if one, known := owners(nx, nb); known {
			// Another party's sum is no second figure of this one's; of
			// one party, only the same value stated ("in excess of $160
			// million" does not give "$200 million").
			if one && sameValue(nx, nb) {
				return true
			}
			continue
		}
		if NumbersCompatible(nx, nb) && sameMeasure(x.f, x.k, b.f, b.k) {
			return true
		}
	}
	return false
}

// owners reports, for two sums, whether each names whose offer or deal
// it is (claims.Number.Owner), and if so whether the party is one: the
// same name, or one name written in part ("Boston", "Boston Red Sox";
// "Nationals", "Washington Nationals"). Entity types are not compared:
// a team is often read as a person or a place.
func owners(na, nb claims.Number) (one, known bool) {
	return oneParty(na.Owner, nb.Owner)
}

// oneParty reports, for two names of a party, whether both are given
// (known) and, if so, whether they name one party: every token of the
// shorter name is among the longer's.
func oneParty(a, b string) (one, known bool) {
	if a == "" || b == "" {
		return false, false
	}
	ta, tb := nameTokens(a), nameTokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false, false
	}
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	for _, w := range ta {
		if !slices.Contains(tb, w) {
			return false, true
		}
	}
	return true, true
}

// oneOwner reports whether every value of members is a sum of one named
// party (see owners): one party's offer reported as several values is
// one slot, however many values it is given.
func oneOwner(nodes []slotItem, members []int) bool {
	if len(members) == 0 {
		return false
	}
	first := nodes[members[0]].f.c.Numbers[nodes[members[0]].k]
	for _, m := range members {
		n := nodes[m].f.c.Numbers[nodes[m].k]
		if one, known := owners(first, n); !known || !one {
			return false
		}
	}
	return true
}

// assertsFigure reports whether a claim states its figures as facts: a
// negated claim ("no team has offered more than eight years", "will not
// satisfy his request for a 10-year deal") states none, and so agrees
// with no one on a figure. Hedges are left alone: a claim's hedge is
// often on another of its words ("possibly the biggest heist", "may"
// in a quotation), or the register of reports ("reportedly").
func assertsFigure(f *feat) bool {
	return !f.c.Negated
}

// subjects reports, for two figures that each say whom their clause is
// about (claims.Number.Subject), whether that is one person or body, by
// the rule owners uses for names; known is false when either does not
// say. Two subjects' figures are two facts ("he hosted it five times"
// of one host, "three times" of another), never rivals.
func subjects(na, nb claims.Number) (one, known bool) {
	return oneParty(na.Subject, nb.Subject)
}
