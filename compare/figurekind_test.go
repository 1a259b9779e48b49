package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// TestSameModified: a count that modifies a noun ("an 11-game win
// streak") measures that noun, and is no rival of a count of the unit
// that names something else ("won 40 games").
func TestSameModified(t *testing.T) {
	streak := claims.Number{Text: "11-game", Value: 11, Unit: "game", Modifies: "streak"}
	won := claims.Number{Text: "40 games", Value: 40, Unit: "games", Act: []string{"win"}, Before: []string{"win"}}
	if sameHead(streak, won) {
		t.Errorf("11-game win streak and won 40 games: same head")
	}
	term := claims.Number{Text: "10-year", Value: 10, Unit: "year", Modifies: claims.Stem("sentence")}
	served := claims.Number{Text: "eight years", Value: 8, Unit: "years", Act: []string{claims.Stem("sentenced")}}
	if !sameHead(term, served) {
		t.Errorf("a 10-year sentence and sentenced to eight years: not one head")
	}
	other := claims.Number{Text: "eight-year", Value: 8, Unit: "year", Modifies: claims.Stem("sentence")}
	if !sameHead(term, other) {
		t.Errorf("a 10-year sentence and an eight-year sentence: not one head")
	}
	deal := claims.Number{Text: "eight-year", Value: 8, Unit: "year", Modifies: "deal"}
	if sameHead(term, deal) {
		t.Errorf("a 10-year sentence and an eight-year deal: one head")
	}
}

// TestProperPart: a smaller count qualified by a proper adjective the
// other lacks may be its part; a plain qualifier is no sign of one.
func TestProperPart(t *testing.T) {
	yemeni := claims.Number{Text: "11 Yemeni pirates", Value: 11, Unit: "pirates", Kinds: []string{"yemeni"}, Proper: []string{"yemeni"}}
	all := claims.Number{Text: "23 pirates", Value: 23, Unit: "pirates"}
	if !properPart(yemeni, all) || properPart(all, yemeni) {
		t.Errorf("11 Yemeni of 23 pirates: part %v, whole part %v", properPart(yemeni, all), properPart(all, yemeni))
	}
	more := claims.Number{Text: "30 Yemeni pirates", Value: 30, Unit: "pirates", Kinds: []string{"yemeni"}, Proper: []string{"yemeni"}}
	if properPart(more, all) {
		t.Errorf("30 Yemeni pirates: part of 23 pirates")
	}
	speed := claims.Number{Text: "two speed boats", Value: 2, Unit: "boats", Kinds: []string{"speed"}}
	boats := claims.Number{Text: "three boats", Value: 3, Unit: "boats"}
	if properPart(speed, boats) {
		t.Errorf("two speed boats: part of three boats")
	}
	sameKind := claims.Number{Text: "nine Yemeni pirates", Value: 9, Unit: "pirates", Kinds: []string{"yemeni"}, Proper: []string{"yemeni"}}
	if properPart(sameKind, yemeni) {
		t.Errorf("nine Yemeni pirates: part of 11 Yemeni pirates")
	}
}
