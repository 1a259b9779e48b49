package compare

import (
	"fmt"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

// The date facet: one event dated with times that cannot both hold.

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
			if !known || !oneDatedAct(ta, tb) || otherEvent(ca, ta.Scope, cb, tb.Scope) || (ta.Clock != "" && !sameAct(ta, tb)) {
				continue
			}
			if ok || (slack && (ta.Relative || tb.Relative) && dayOff(ta, tb)) {
				return difference{}, false
			}
			if clash[0] == nil && ta.Subordinate == tb.Subordinate {
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
			if ta.Clock == "" || tb.Clock == "" || !oneDatedAct(ta, tb) || !sameAct(ta, tb) || otherEvent(ca, ta.Scope, cb, tb.Scope) {
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

// oneDatedAct reports whether two times of aligned claims may date one
// act, as package claims reads what each dates. Claims alike enough to
// align tell one story, not one act of it: "charged with arson, fire
// officials said Saturday" and "set fire to the laundry room Friday",
// "killed Tuesday evening" and "officers named the woman on Wednesday",
// "was arrested Tuesday" and "Sunday's playoff game" each date two acts.
// So a time of a saying (claims.Time.Said) is no rival of any, and two
// times clash only when they date one act family (claims.Time.Family), of
// one person when both say whose; or, neither dating a known family, when
// they date one word (claims.Time.Dates), or one of them is not read.
func oneDatedAct(ta, tb claims.Time) bool {
	switch {
	case ta.Said || tb.Said || ta.Family != tb.Family:
		return false
	case ta.Family != "":
		return mayBeOne(ta.Who, tb.Who)
	}
	return ta.Dates == "" || tb.Dates == "" || ta.Dates == tb.Dates
}

// dayOff reports whether two times are a day apart: their resolved dates,
// or, when one article is undated, the day of the week one names and the
// one the other's resolved date falls on ("this morning" in an article
// dated Tuesday against "Monday" in an undated one).
func dayOff(ta, tb claims.Time) bool {
	if daysApart(ta.Value, tb.Value) == 1 {
		return true
	}
	if ta.Value != "" && tb.Value != "" {
		return false
	}
	x, y := weekdayNumber(weekdayOf(ta)), weekdayNumber(weekdayOf(tb))
	if x < 0 || y < 0 {
		return false
	}
	d := (x - y + 7) % 7
	return d == 1 || d == 6
}

// weekdayNumber is the number of a day of the week as claims.Time.Weekday
// names it (Sunday 0), or -1.
func weekdayNumber(name string) int {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if name != "" && strings.ToLower(d.String()) == name {
			return int(d)
		}
	}
	return -1
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
	return shareAny(ta.Act, tb.Act)
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
