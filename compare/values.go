package compare

import (
	"math"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

// valInterval is the set of values a reported number allows: "at least
// 80" is [80, ∞), "more than 80" is (80, ∞), "about 80" is [72, 88].
// Whether an end is open matters exactly at the boundary: "more than 80"
// and "at most 80" cannot both be true, "at least 80" and "at most 80" can.
type valInterval struct {
	lo, hi         float64
	loOpen, hiOpen bool
}

// valAbout is how far "about N" may stray: 10%, and at least 1 so that
// "about 5" still admits 6 — small counts are the loosest.
const valAbout = 0.10

// valBounds turns a number and its qualifier into the interval it allows.
// A plain number written with a scale word ("1.2 million") is a rounded
// figure, so it allows half a unit of its last written digit either way
// (claims.Number.Round; the upper end open: see below).
func valBounds(n claims.Number) valInterval {
	v := n.Value
	slack := n.Round
	switch n.Qualifier {
	case "at least":
		return valInterval{lo: v, hi: math.Inf(1)}
	case "more than":
		return valInterval{lo: v, hi: math.Inf(1), loOpen: true}
	case "at most":
		return valInterval{lo: math.Inf(-1), hi: v}
	case "less than":
		return valInterval{lo: math.Inf(-1), hi: v, hiOpen: true}
	case "about":
		d := math.Max(math.Max(math.Abs(v)*valAbout, 1), slack)
		if v != math.Trunc(v) && math.Abs(v) < 1 {
			d = math.Abs(v) * valAbout // a fraction ("about half"): no absolute floor of 1
		}
		return valInterval{lo: v - d, hi: v + d}
	case "range":
		return valInterval{lo: v - slack, hi: n.High() + slack}
	}
	// Rounding half up makes each written value stand for a half-open
	// interval: "$2.5 million" is [2.45, 2.55) million and "$2.6 million"
	// is [2.55, 2.65) million, two different stated values, while "22
	// billion" still contains "22.4 billion" (a rounding of it).
	return valInterval{lo: v - slack, hi: v + slack, hiOpen: slack > 0}
}

// overlaps reports whether two intervals share a value.
func (a valInterval) overlaps(b valInterval) bool {
	lo, loOpen := a.lo, a.loOpen
	if b.lo > lo || (b.lo == lo && b.loOpen) {
		lo, loOpen = b.lo, b.loOpen
	}
	hi, hiOpen := a.hi, a.hiOpen
	if b.hi < hi || (b.hi == hi && b.hiOpen) {
		hi, hiOpen = b.hi, b.hiOpen
	}
	if lo < hi {
		return true
	}
	// Equal ends meet only when both are closed; a tiny tolerance absorbs
	// float noise from scale arithmetic.
	return math.Abs(lo-hi) <= 1e-9*math.Max(1, math.Abs(lo)) && !loOpen && !hiOpen
}

// valUnitKey reduces a unit to a key shared by its family: plural and
// singular, and the synonyms above.
func valUnitKey(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	if k, ok := claims.UnitKey(u); ok {
		return k
	}
	return claims.Stem(u)
}

// valUnitsAgree reports whether two numbers count the same kind of thing;
// a number with no unit ("killing more than 80") may count anything.
func valUnitsAgree(a, b string) bool {
	return a == "" || b == "" || valUnitKey(a) == valUnitKey(b)
}

// NumbersCompatible reports whether two reported quantities can both be
// true. When they count the same kind of thing (or one names no unit) the
// values their qualifiers allow must overlap: "at least 80" and "83" can,
// "more than 80" and "83" can, "about 80" and "83" can (within 10%), "83"
// and "85" cannot, "at least 22" and "21" cannot, ranges can when they
// overlap. Numbers of different kinds ("83 people", "5 boats") do not
// contradict each other, so they are compatible: a conflict needs two
// readings of one figure.
func NumbersCompatible(a, b claims.Number) bool {
	if !valUnitsAgree(a.Unit, b.Unit) {
		return foreignAmountsCompatible(a, b)
	}
	if a.Unit == claims.PhoneNumber && b.Unit == claims.PhoneNumber {
		return a.Value == b.Value
	}
	return valBounds(a).overlaps(valBounds(b))
}

// roundFloor is the least round figure (a multiple of ten) a writer may
// state flatly for a little more or less: "kept the secret for 30 years"
// against "after more than 30 years". Small counts ("three banks") are
// exact. Measured: on the dev stories and the 16 held-out sub-topics
// every floor from 1 to 10 gives the same reports; from 100 up one wrong
// number discrepancy returns (stories disc_precision 0.900 -> 0.878), so
// the floor is set by the small counts a reader takes as exact, not by
// the data.
const roundFloor = 10

// flatForBound reports whether two figures that are not compatible may still
// be one figure written by one writer with a bound and by another flatly
// (see roundedPast): no clash, though NumbersCompatible holds to the
// bound's strict reading.
func flatForBound(a, b claims.Number) bool { return roundedPast(a, b) || roundedPast(b, a) }

// roundedPast reports whether a bound ("more than 30 years", "less than
// 50 people") and a flat figure b of the same round value may be one
// figure: b rounds it. The bound's own words say the value is near.
func roundedPast(a, b claims.Number) bool {
	if (a.Qualifier != "more than" && a.Qualifier != "less than") || b.Qualifier != "" || a.Value != b.Value {
		return false
	}
	return b.Value >= roundFloor && math.Mod(b.Value, roundFloor) == 0
}

// DatesCompatible reports whether two resolved time expressions can name
// the same time. known is false when either is unresolved (Value ""), and
// then compatible is false too: nothing is established either way, and
// callers must check known before reading compatible. Otherwise they are
// compatible when equal or when one is a coarser period containing the
// other ("2025-11" contains "2025-11-30", "2025" contains both) — a prefix
// up to a "-", so "2025-1" never contains "2025-11".
func DatesCompatible(a, b claims.Time) (compatible bool, known bool) {
	if a.Clock != "" || b.Clock != "" {
		if a.Clock == "" || b.Clock == "" {
			return false, false
		}
		d := minutes(a.Clock) - minutes(b.Clock)
		if d < 0 {
			d = -d
		}
		return d <= clockSlack(a)+clockSlack(b), true
	}
	if a.Value == "" || b.Value == "" {
		// Unresolved, a day of the week still names one day: an event on
		// "Friday" is not one on "Thursday", whatever week it was.
		wa, wb := weekdayOf(a), weekdayOf(b)
		if wa == "" || wb == "" {
			return false, false
		}
		return wa == wb, true
	}
	x, y := a.Value, b.Value
	if len(x) > len(y) {
		x, y = y, x
	}
	return x == y || strings.HasPrefix(y, x+"-"), true
}

// weekdayOf is the day of the week a time names, or that its resolved
// date falls on, or "".
func weekdayOf(t claims.Time) string {
	if t.Weekday != "" {
		return t.Weekday
	}
	if d, err := time.Parse(time.DateOnly, t.Value); err == nil {
		return strings.ToLower(d.Weekday().String())
	}
	return ""
}

// currencyRatio is how far apart two amounts in different major
// currencies may be and still be one amount converted: dollars, euros
// and pounds have stayed within a factor of two of each other, so a
// factor of three is beyond any conversion ("an estimated $2 million" vs
// "200 million euros" of damage).
const currencyRatio = 3

// majorCurrencies are the units whose amounts convert within currencyRatio.
var majorCurrencies = map[string]bool{"USD": true, "EUR": true, "GBP": true}

// foreignAmountsCompatible reports whether two numbers of different units
// can be one figure: always, unless both are amounts of major currencies
// too far apart for any exchange rate.
func foreignAmountsCompatible(a, b claims.Number) bool {
	if !majorCurrencies[a.Unit] || !majorCurrencies[b.Unit] || a.Value < 1000 || b.Value < 1000 {
		return true // "$2 a gallon"; or a scale ("$2. 6 - million") not read
	}
	x, y := math.Max(a.Value, b.Value), math.Min(a.Value, b.Value)
	// A factor of a thousand is a scale misread, not a rate.
	return x/y < currencyRatio || x/y >= 1000
}

func minutes(clock string) int {
	t, err := time.Parse("15:04", clock)
	if err != nil {
		return 0
	}
	return t.Hour()*60 + t.Minute()
}

// clockSlack is how many minutes a time of day allows on either side: a
// time stated flatly none; an approximate one as much as its rounding
// suggests ("about 9pm" half an hour, "around 8.30pm" a quarter, "about
// 8.40pm" five minutes).
func clockSlack(t claims.Time) int {
	if !t.Approx {
		return 0
	}
	switch m := minutes(t.Clock) % 60; {
	case m == 0:
		return 30
	case m%15 == 0:
		return 15
	case m%5 == 0:
		return 5
	}
	return 2
}
