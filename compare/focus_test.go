package compare

import (
	"fmt"
	"sort"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// rivalFigures: three articles count the firefighters (two agree, one
// gives another figure); two more report the same night's blaze with no
// count at all.
var rivalFigures = map[string]string{
	"a": "Warehouse destroyed in overnight fire.\n\nA fire destroyed a timber warehouse on the edge of town.\n\nIt started shortly before ten.\n\nMore than forty firefighters tackled the blaze at the timber warehouse on Saturday night.\n",
	"b": "Blaze guts timber store.\n\nThe building was a total loss, the council said.\n\nSmoke could be seen for miles.\n\nAbout forty firefighters tackled the blaze at the timber warehouse on Saturday night.\n",
	"c": "Town fire: warehouse lost.\n\nInvestigators will return on Monday.\n\nThe owner declined to comment.\n\nSome ninety firefighters tackled the blaze at the timber warehouse on Saturday night.\n",
	"d": "Fire at warehouse.\n\nThe road stayed closed until noon.\n\nNo one was hurt.\n\nCrews tackled the blaze at the timber warehouse on Saturday night and into Sunday.\n",
	"e": "Crews fight warehouse fire.\n\nThe alarm was raised by a passer-by.\n\nThe cause is not yet known.\n\nCrews tackled the blaze at the timber warehouse through Saturday night and into Sunday.\n",
}

// A discrepancy holds the claims that give the slot's values, not every
// claim aligned with them: the two reports of the blaze that count no
// firefighters are an agreement of their own, and the values shown are
// the figures.
func TestDiscrepancyHoldsItsSides(t *testing.T) {
	fs, r, g := fourthClaims(t, rivalFigures, "a", "b", "c", "d", "e")
	f := classify(r, fs, g)
	if f.Kind != Discrepancy {
		t.Fatalf("the group is a %s (%s), want a discrepancy", f.Kind, f.Summary)
	}
	_, fds := recheck(r, fs, g, f)
	var got []string
	for _, fd := range fds {
		s := fmt.Sprint(fd.Kind, " ", fd.Claims)
		if fd.Kind == Discrepancy {
			var vs []string
			for _, v := range fd.Values {
				vs = append(vs, v.Text)
			}
			sort.Strings(vs)
			s += fmt.Sprint(" ", vs)
		}
		got = append(got, s)
	}
	want := []string{
		"discrepancy [a#4 b#4 c#4] [About forty firefighters More than forty firefighters Some ninety firefighters]",
		"agreement [d#4 e#4]",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("recheck gave\n  %v\nwant\n  %v", got, want)
	}
}

// rivalQuotes: two articles quote the mayor alike, a third otherwise;
// two more report her visit with no quotation.
var rivalQuotes = map[string]string{
	"a": "Warehouse destroyed in overnight fire.\n\nA fire destroyed a timber warehouse on the edge of town.\n\nIt started shortly before ten.\n\n\"We will rebuild the timber warehouse before the winter comes,\" Mayor Jane Holt said at the warehouse on Saturday.\n",
	"b": "Blaze guts timber store.\n\nThe building was a total loss, the council said.\n\nSmoke could be seen for miles.\n\n\"We will rebuild the timber warehouse before winter comes,\" Mayor Jane Holt said at the warehouse on Saturday.\n",
	"c": "Town fire: warehouse lost.\n\nInvestigators will return on Monday.\n\nThe owner declined to comment.\n\n\"We will rebuild the timber warehouse before the summer is over,\" Mayor Jane Holt said at the warehouse on Saturday.\n",
	"d": "Fire at warehouse.\n\nThe road stayed closed until noon.\n\nNo one was hurt.\n\nMayor Jane Holt visited the timber warehouse on Saturday and met the crews.\n",
	"e": "Crews fight warehouse fire.\n\nThe alarm was raised by a passer-by.\n\nThe cause is not yet known.\n\nMayor Jane Holt visited the timber warehouse on Saturday and thanked the crews.\n",
}

// Two quotations of one remark that differ hold the discrepancy with the
// one that words it as the first does; the visit the other two articles
// report is their agreement.
func TestDiscrepancyHoldsItsQuotes(t *testing.T) {
	fs, r, g := fourthClaims(t, rivalQuotes, "a", "b", "c", "d", "e")
	f := classify(r, fs, g)
	if f.Kind != Discrepancy {
		t.Fatalf("the group is a %s (%s), want a discrepancy", f.Kind, f.Summary)
	}
	_, fds := recheck(r, fs, g, f)
	var got []string
	for _, fd := range fds {
		got = append(got, fmt.Sprint(fd.Kind, " ", fd.Facets, " ", fd.Claims))
	}
	want := []string{"discrepancy [quote] [a#4 b#4 c#4]", "agreement [] [d#4 e#4]"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("recheck gave\n  %v\nwant\n  %v", got, want)
	}
}

// givesSlot: a claim gives the slot's value when it has a figure of a
// unit that compares with the side's figure, or quotes the side's
// speaker; a figure of another unit, another speaker's quotation or a
// statement with no figure does not.
func TestGivesSlot(t *testing.T) {
	num := func(text string, v float64, unit string) claims.Number {
		return claims.Number{Text: text, Value: v, Unit: unit}
	}
	side := &feat{c: &claims.Claim{Kind: claims.Statement, Numbers: []claims.Number{num("ninety firefighters", 90, "firefighter")}}}
	about := &feat{c: &claims.Claim{Kind: claims.Statement, Numbers: []claims.Number{num("about forty firefighters", 40, "firefighter")}}}
	trucks := &feat{c: &claims.Claim{Kind: claims.Statement, Numbers: []claims.Number{num("six trucks", 6, "truck")}}}
	bare := &feat{c: &claims.Claim{Kind: claims.Statement}}
	if v, ok := givesSlot(FacetNumber, about, side, "ninety firefighters"); !ok || v != "about forty firefighters" {
		t.Errorf("a count of firefighters: %q %v, want its figure", v, ok)
	}
	for name, x := range map[string]*feat{"trucks": trucks, "no figure": bare} {
		if _, ok := givesSlot(FacetNumber, x, side, "ninety firefighters"); ok {
			t.Errorf("%s gives the count of firefighters", name)
		}
	}
	content := &claims.Part{Text: "we will rebuild"}
	mayor := &feat{speaker: "holt", c: &claims.Claim{Kind: claims.Quote, Content: content}}
	again := &feat{speaker: "holt", c: &claims.Claim{Kind: claims.Quote, Content: content}}
	owner := &feat{speaker: "reed", c: &claims.Claim{Kind: claims.Quote, Content: content}}
	if _, ok := givesSlot(FacetQuote, again, mayor, ""); !ok {
		t.Error("a quotation of the same speaker gives no quotation")
	}
	if _, ok := givesSlot(FacetQuote, owner, mayor, ""); ok {
		t.Error("another speaker's quotation gives the mayor's")
	}
	if _, ok := givesSlot(FacetQuote, bare, mayor, ""); ok {
		t.Error("a statement gives a quotation")
	}
}

// clockTexts: two articles give the hour the fire broke out as 8.40pm
// and 9.10pm; a third gives "about 9.10pm" in a clause so short that it
// resembles the first too little to be compared with it pair by pair
// (under pairThreshold), though alignment puts it in the group through
// the second.
var clockTexts = map[string]string{
	"a": "Published: March 6, 2021\n\nFirefighters stayed at the scene through the night.\n\nNobody was hurt in the blaze, the fire service said.\n\nThe building had stood empty since the mill closed.\n\nFire broke out in the slate roof of the old Victorian brick textile warehouse on Mill Street near the disused canal basin at 8.40pm.\n\nPolice have asked witnesses to come forward.\n",
	"b": "Published: March 6, 2021\n\nFirefighters stayed at the scene through the night.\n\nNobody was hurt in the blaze, the fire service said.\n\nThe building had stood empty since the mill closed.\n\nThe blaze broke out in the roof of the textile warehouse on Mill Street at 9.10pm on Friday.\n\nPolice have asked witnesses to come forward.\n",
	"c": "Published: March 6, 2021\n\nFirefighters stayed at the scene through the night.\n\nNobody was hurt in the blaze, the fire service said.\n\nThe building had stood empty since the mill closed.\n\nThe blaze broke out about 9.10pm on Friday.\n\nPolice have asked witnesses to come forward.\n",
}

// A claim compared with no side pair by pair still joins a discrepancy
// when it differs from a side in the group's facet: "about 9.10pm" is
// the third source's value of the hour, not a detail of its own, though
// only the date facet's check (no figure, no quotation: givesSlot) says
// so.
func TestDiscrepancyTakesAClaimDifferingFromASide(t *testing.T) {
	fs, r, g := fourthClaims(t, clockTexts, "a", "b", "c")
	a, c := &fs[g[0]], &fs[g[2]]
	if s, bar := similarity(a, c), pairThreshold(threshold, a.artClaims, c.artClaims); s >= bar {
		t.Fatalf("a#4 and c#4 resemble each other at %.3f, not under the pair bar %.3f: the case no longer holds", s, bar)
	}
	f := classify(r, fs, g)
	if f.Kind != Discrepancy || len(f.Facets) != 1 || f.Facets[0] != FacetDate {
		t.Fatalf("the group is a %s %v (%s), want a date discrepancy", f.Kind, f.Facets, f.Summary)
	}
	_, fds := recheck(r, fs, g, f)
	var got []string
	for _, fd := range fds {
		if fd.Kind != Discrepancy {
			continue
		}
		for _, v := range fd.Values {
			got = append(got, v.Claim+"="+v.Text)
		}
	}
	want := []string{"a#4=8.40pm", "b#4=9.10pm", "c#4=about 9.10pm"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("discrepancy values %v, want %v", got, want)
	}
}
