package compare

import (
	"slices"
	"strconv"

	"github.com/claimdiff/claimdiff/claims"
)

// Dates written without a year in an article of unknown date. "Killed …
// on 6 December" names a day of the week, a Saturday, but only once its
// year is known, and the article does not say it. The story does: the
// other articles of the run's story are dated (each reads the month and
// day as it would in its own text, claims.ResolveMonthDay), or, when
// none is, the story's claims about the same person write out a year
// ("on Saturday December 13 2008 in protest at the killing of …"). A
// wrong year makes a false conflict (6 December 1985 was a Friday), so
// the date is resolved only when every reading gives one date; a weekday
// written with it ("Monday, Nov. 30") must be that date's. The date is
// resolved for the date slot only: the claim's own Value stays what its
// article says.

// resolveYearless gives each feat whose claim has a date written without
// a year, in an article of unknown date, the claim's times with that date
// resolved against its story, when it can be (feat.dates).
func resolveYearless(pubs storyDays, fs []feat) {
	for i := range fs {
		f := &fs[i]
		for k, t := range f.c.Time {
			if t.MonthDay == "" || t.Value != "" {
				continue
			}
			v := ""
			if ps := pubs[f.story]; len(ps) > 0 {
				v = oneReading(t, func(yield func(string)) {
					for _, p := range ps {
						yield(claims.ResolveMonthDay(t.MonthDay, p))
					}
				})
			} else if t.Who != "" {
				v = oneReading(t, func(yield func(string)) {
					for _, y := range storyYears(fs, f.story, t.Who) {
						yield(claims.MonthDayIn(t.MonthDay, y))
					}
				})
			}
			if v == "" {
				continue
			}
			if f.dates == nil {
				f.dates = slices.Clone(f.c.Time)
			}
			f.dates[k].Value = v
		}
	}
}

// oneReading is the date every reading of t gives, when they give one,
// it exists and falls on the weekday t names, if any; else "".
func oneReading(t claims.Time, readings func(yield func(string))) string {
	v, many := "", false
	readings(func(d string) {
		if d == "" || v != "" && d != v {
			many = true
		}
		if v == "" {
			v = d
		}
	})
	if many || v == "" {
		return ""
	}
	if t.Weekday != "" && weekdayOf(claims.Time{Value: v}) != t.Weekday {
		return ""
	}
	return v
}

// storyYears are the years written out in the claims of story s about
// person who: claims that name them or date an act of theirs. Every
// written year counts, of whatever event, so that a story that names two
// years near the person resolves nothing.
func storyYears(fs []feat, s int, who string) []int {
	var out []int
	for i := range fs {
		c := fs[i].c
		if fs[i].story != s || !aboutPerson(c, who) {
			continue
		}
		for _, t := range c.Time {
			// A relative time resolves only against a publication date,
			// which no article of this story has; a yearless one is what
			// is being resolved.
			if t.Relative || len(t.Value) < 4 {
				continue
			}
			if y, err := strconv.Atoi(t.Value[:4]); err == nil {
				out = append(out, y)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// aboutPerson reports whether a claim names a person or dates an act of
// theirs.
func aboutPerson(c *claims.Claim, who string) bool {
	return namesPerson(c, who) || slices.ContainsFunc(c.Time, func(t claims.Time) bool {
		return t.Who != "" && nameKey(t.Who) == nameKey(who)
	})
}
