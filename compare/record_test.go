package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// TestRecordsApart: claims whose win-loss records differ are apart, and a
// record's wins are no count another figure shares.
func TestRecordsApart(t *testing.T) {
	rec := func(text string, won float64) claims.Number {
		return claims.Number{Text: text, Value: won, Unit: claims.RecordUnit}
	}
	a := &claims.Claim{Numbers: []claims.Number{rec("162-139", 162)}}
	b := &claims.Claim{Numbers: []claims.Number{rec("284-286", 284)}}
	c := &claims.Claim{Numbers: []claims.Number{rec("162-139", 162)}}
	d := &claims.Claim{Numbers: []claims.Number{rec("162-150", 162)}}
	wins := &claims.Claim{Numbers: []claims.Number{{Text: "162 wins", Value: 162, Unit: "wins"}}}
	if !figuresApart(a, b) {
		t.Errorf("162-139 and 284-286 not apart")
	}
	if !figuresApart(a, d) {
		t.Errorf("162-139 and 162-150 not apart")
	}
	if figuresApart(a, c) {
		t.Errorf("162-139 and 162-139 apart")
	}
	if figureMet(a.Numbers[0], wins.Numbers[0]) {
		t.Errorf("a record's wins met a count of wins")
	}
	// Core prune reads records as figuresApart does: a record's wins
	// share no figure with a count of wins, or with another record's.
	fs := []feat{{c: a}, {c: wins}, {c: d}, {c: c}}
	if sharesFigure(&fs[0], fs, []int{1, 2}) {
		t.Errorf("162-139 shares a figure with 162 wins or 162-150")
	}
	if !sharesFigure(&fs[0], fs, []int{1, 3}) {
		t.Errorf("162-139 shares no figure with 162-139")
	}
}
