package compare

import (
	"slices"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

// The date slot: one act of one person dated with times that cannot both
// hold, in claims alignment did not put together. A lead's "Mark Felt …
// died on Friday" and the body's "He died at 12:45 p.m. on Thursday" share
// a death and little else; an article that says both contradicts itself,
// and a reader must see it as much as two outlets that differ. The act a
// time dates is read in package claims (claims.Time.Family and Who: the
// act verb the time stands among the arguments of); here the values are
// resolved and compared (DatesCompatible: weekday against weekday or
// against a resolved date's weekday, year against year, clock against
// clock beyond its stated approximation).
//
// Acts are few and repeat across a story's people and years (a wife who
// died in 1984, a director who died in 1972), so the participant must be
// one: both times say whose act they date and it is one person, or the
// person one names is among the people the other claim names. A time
// whose act's person is not named ("He died at …") is set only against
// days of the story's own week (a weekday, "yesterday", or a date in the
// week before one of the story's articles was published), where one kind
// of act of the story's people is the story's own.

// dateItem is the claim's time the slot item stands for.
// A date written without a year reads as the story resolves it.
func dateItem(it slotItem) claims.Time {
	if it.f.dates != nil {
		return it.f.dates[it.k]
	}
	return it.f.c.Time[it.k]
}

// sameParticipant reports whether two dated acts may be of one person.
func sameParticipant(days storyDays, a, b slotItem) bool {
	ta, tb := dateItem(a), dateItem(b)
	if ta.Who == "" || tb.Who == "" {
		// A time of day, like a weekday, is told of the story's own
		// days: "police were alerted at 8.49pm" and "officers were
		// called shortly before 9pm" date the story's one alert, and
		// "was in a wheelchair Nov. 30 when he pulled a gun" the
		// escape another article dates "Monday".
		// An undated article's "this morning" and "yesterday" name days
		// too, counted from the day it was written.
		return days.own(a) && days.own(b) && (weekdayOf(ta)+weekdayOf(tb) != "" || ta.OnDay && tb.OnDay || ta.Clock != "" && tb.Clock != "")
	}
	return nameKey(ta.Who) == nameKey(tb.Who) || namesPerson(a.f.c, tb.Who) || namesPerson(b.f.c, ta.Who)
}

// namesPerson reports whether a claim names a person.
func namesPerson(c *claims.Claim, who string) bool {
	return slices.ContainsFunc(c.Entities, func(e claims.Entity) bool {
		return e.Type == "person" && nameKey(e.Name) == nameKey(who)
	})
}

// otherParticipants reports whether the clauses of two times name
// different people or places of one kind (otherEvent): "Okafor was
// arrested early Tuesday" and "Holloway was arrested early Sunday" date
// two arrests, not one arrest twice, even when neither time's act says
// whose it is.
func otherParticipants(a, b slotItem) bool {
	return otherEvent(a.f.c, dateItem(a).Scope, b.f.c, dateItem(b).Scope)
}

// datesClash reports whether two times of one act cannot both hold.
// Between articles published on different days, a relative day may be a
// day off only because a publication date is (see dateDifference).
func datesClash(r *Result, a, b slotItem) bool {
	ta, tb := dateItem(a), dateItem(b)
	ok, known := itemDatesCompatible(a, b)
	if !known || ok {
		return false
	}
	if (ta.Relative || tb.Relative) && published(r, a.f.c.Source) != published(r, b.f.c.Source) && dayOff(ta, tb) {
		return false
	}
	return true
}

// dateRule compares the times of one act family. An article may be its
// own rival: a lead and a body that date one death differently.
func dateRule(r *Result, days storyDays) slotRule {
	return slotRule{
		facet: FacetDate,
		what:  "dates",
		text:  func(it slotItem) string { return dateItem(it).Text },
		compatible: func(a, b slotItem) bool {
			ok, known := itemDatesCompatible(a, b)
			return !known || ok
		},
		rival: func(_ []slotItem, a, b slotItem) bool {
			return sameParticipant(days, a, b) && !otherParticipants(a, b) && datesClash(r, a, b)
		},
		// One act of one person dated alike: the same resolved day or
		// time of day, or a coarser one that holds the finer one alone
		// (see holdsOnly).
		same: func(items []slotItem, a, b slotItem) bool {
			ok, known := itemDatesCompatible(a, b)
			if !known || !ok || !sameParticipant(days, a, b) || otherParticipants(a, b) {
				return false
			}
			if oneValue(dateItem(a), dateItem(b)) || days.own(a) && days.own(b) && oneDay(dateItem(a), dateItem(b)) {
				return true
			}
			return holdsOnly(days, items, a, b) || holdsOnly(days, items, b, a)
		},
		one:       "the date or time",
		witnesses: func(bucket, members []slotItem) []int { return dateWitnesses(days, bucket, members) },
		// "this morning" resolved in a dated article and "this morning"
		// of an undated one are not shown as one day: only days known to
		// be one are, and a relative day shows the day it resolves to.
		group: func(a, b slotItem) bool {
			ok, known := itemDatesCompatible(a, b)
			if !known {
				ta, tb := dateItem(a), dateItem(b)
				return ta.Text == tb.Text && ta.Value == tb.Value && ta.Clock == tb.Clock && !ta.OnDay && !tb.OnDay
			}
			return ok
		},
		note: func(it slotItem) string {
			if t := dateItem(it); t.Relative && t.Value != "" {
				return t.Value
			}
			return ""
		},
	}
}

// dateWitnesses returns the items of a bucket that date, with one whole
// day, the act an undated article dates twice with days counted from its
// writing ("heard this morning" and "at yesterday's hearing"): the
// article contradicts itself, and neither of its days can be set against
// another source's, so the day the other sources give for that act is
// what settles it, and a reader must see it beside the clash. Only when
// every member is such a day of one article, and the other sources' days
// for the act are one day: two days there leave it open which act each
// dates.
func dateWitnesses(days storyDays, bucket, members []slotItem) []int {
	for _, m := range members {
		t := dateItem(m)
		if m.f.art != members[0].f.art || !t.OnDay || t.Value != "" || t.Clock != "" {
			return nil
		}
	}
	var out []int
	value := ""
next:
	for x, it := range bucket {
		t := dateItem(it)
		if it.f.art == members[0].f.art || it.f.story != members[0].f.story || t.Said || t.Clock != "" || len(t.Value) != len(time.DateOnly) {
			continue
		}
		for _, m := range members {
			if !sameParticipant(days, m, it) || otherParticipants(m, it) {
				continue next
			}
		}
		if value != "" && t.Value != value {
			return nil
		}
		value = t.Value
		out = append(out, x)
	}
	return out
}

// itemDatesCompatible is DatesCompatible for two items' times, which
// also compares the days two times of one undated article name counted
// from the day it was written (claims.Time.Day): "heard this morning"
// and "at yesterday's hearing" date one hearing on two days, whatever
// day the article was written. Across articles such counts say nothing,
// the days they count from being unknown.
func itemDatesCompatible(a, b slotItem) (compatible, known bool) {
	ta, tb := dateItem(a), dateItem(b)
	if a.f.art == b.f.art && ta.OnDay && tb.OnDay && ta.Value == "" && tb.Value == "" && ta.Clock == "" && tb.Clock == "" {
		return ta.Day == tb.Day, true
	}
	return DatesCompatible(ta, tb)
}

// oneValue reports whether two times state one value at one grain.
func oneValue(a, b claims.Time) bool { return a.Value == b.Value && a.Clock == b.Clock }

// oneDay reports whether a weekday alone and a date on that weekday
// state one day, at one time of day: told of the story's own days,
// "Monday" in an undated article is the Monday another article dates
// "Nov. 30".
func oneDay(a, b claims.Time) bool {
	if a.Clock != b.Clock || (a.Value == "") == (b.Value == "") {
		return false
	}
	if a.Value == "" {
		a, b = b, a
	}
	return b.Weekday != "" && len(a.Value) == len(time.DateOnly) && weekdayOf(a) == b.Weekday
}

// storyDays are the publication dates of each story's dated articles,
// sorted.
type storyDays map[int][]string

func newStoryDays(r *Result, fs []feat) storyDays {
	pubs := storyDays{}
	for i := range fs {
		if p := published(r, fs[i].c.Source); p != "" {
			pubs[fs[i].story] = append(pubs[fs[i].story], p)
		}
	}
	for s := range pubs {
		slices.Sort(pubs[s])
		pubs[s] = slices.Compact(pubs[s])
	}
	return pubs
}

// ownWeek is how many days before an article's publication the story's
// own days reach: a news report tells the events of the past week.
const ownWeek = 7

// own reports whether an item's time is told of its story's own days:
// relative to its article's date ("Monday", "yesterday"), or a day in the
// week before one of the story's articles was published.
func (d storyDays) own(it slotItem) bool {
	t := dateItem(it)
	if t.Relative {
		return true
	}
	v, err := time.Parse(time.DateOnly, t.Value)
	if err != nil {
		return false
	}
	for _, p := range d[it.f.story] {
		if q, err := time.Parse(time.DateOnly, p); err == nil && !v.After(q) && q.Sub(v) <= ownWeek*24*time.Hour {
			return true
		}
	}
	return false
}

// finer reports whether time a is told at a coarser grain that holds b:
// "May 2005" holds "May 30, 2005", "2005" holds both, "shortly before 9pm"
// holds "8.49pm"; a value never holds itself.
func finer(a, b claims.Time) bool {
	if a.Clock != "" || b.Clock != "" {
		if a.Clock == "" || b.Clock == "" || clockSlack(a) <= clockSlack(b) {
			return false
		}
		ok, _ := DatesCompatible(a, b)
		return ok
	}
	return a.Value != "" && strings.HasPrefix(b.Value, a.Value+"-")
}

// holdsOnly reports whether the coarser time of item c holds the finer
// time of item f, and every other finer time of the act's person it holds
// states f's value: "until May 2005" and "until May 30, 2005" state one
// fact, while "in 2009" beside an arrest "on Monday" and another "on
// Wednesday" agrees with neither, or one agreement would join two rivals.
func holdsOnly(days storyDays, items []slotItem, c, f slotItem) bool {
	tc, tf := dateItem(c), dateItem(f)
	if !finer(tc, tf) {
		return false
	}
	for _, z := range items {
		tz := dateItem(z)
		if z.f.story == c.f.story && finer(tc, tz) && !oneValue(tz, tf) && sameParticipant(days, c, z) && !otherParticipants(c, z) {
			return false
		}
	}
	return true
}

// dateSlotFindings runs the slot pass over the times that date an act,
// one bucket per act family.
func dateSlotFindings(r *Result, fs []feat, held []Finding) []Finding {
	days := newStoryDays(r, fs)
	resolveYearless(days, fs)
	byFamily := map[string][]slotItem{}
	for i := range fs {
		if fs[i].c.Empty {
			continue
		}
		for k, t := range fs[i].c.Time {
			// A subordinate clause dates another event than the claim's
			// own, but a time an act verb dates says which event it is
			// ("until Felt stepped forward in 2005", "held since Monday").
			if t.Family != "" && !t.Said {
				byFamily[t.Family] = append(byFamily[t.Family], slotItem{&fs[i], k})
			}
		}
	}
	return slotPass(r, buckets(byFamily), dateRule(r, days), held)
}
