package compare

import (
	"math"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// bounds turns a number and its qualifier into the interval it allows.
func bounds(n claims.Number) (lo, hi float64) {
	v := n.Value
	switch n.Qualifier {
	case "at least":
		return v, math.Inf(1)
	case "more than":
		return v, math.Inf(1)
	case "less than":
		return math.Inf(-1), v
	case "at most":
		return math.Inf(-1), v
	case "about":
		return v * 0.9, v * 1.1
	}
	return v, v
}

// NumbersCompatible reports whether two quantities can both be true:
// "more than 80" and "83" can, "at least 22" and "21" cannot.
func NumbersCompatible(a, b claims.Number) bool {
	if a.Unit != "" && b.Unit != "" && claims.Stem(a.Unit) != claims.Stem(b.Unit) {
		return true // different things counted: no conflict to report
	}
	alo, ahi := bounds(a)
	blo, bhi := bounds(b)
	return alo <= bhi && blo <= ahi
}

// DatesCompatible reports whether two resolved time expressions can name
// the same time; known is false when either is unresolved.
func DatesCompatible(a, b claims.Time) (compatible, known bool) {
	if a.Value == "" || b.Value == "" {
		return false, false
	}
	return strings.HasPrefix(a.Value, b.Value) || strings.HasPrefix(b.Value, a.Value), true
}
