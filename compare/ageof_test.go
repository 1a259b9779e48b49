package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestMarkAgeOwners(t *testing.T) {
	person := func(name string, start int) claims.Entity {
		return claims.Entity{Name: name, Type: "person", Text: name, Span: claims.Span{Start: start, End: start + len(name)}}
	}
	age := func(v float64, of string, start int) claims.Number {
		return claims.Number{Text: "15-year-old", Value: v, Unit: claims.AgeUnit, Of: of,
			Span: claims.Span{Start: start, End: start + 11}, Scope: claims.Span{Start: 0, End: 100}}
	}
	// "Alexis Doukas, 15, was shot" in one article; in another "the
	// shooting of a 15-year-old teenager" and, elsewhere, "the officer who
	// shot Alexis Doukas"; a third gives "a 15-year-old boy" and names no
	// one; a fourth "another 15-year-old, Michalis Petrou".
	fs := []feat{
		{c: &claims.Claim{Numbers: []claims.Number{age(15, "Alexis Doukas", 15)}, Entities: []claims.Entity{person("Alexis Doukas", 0)}}, art: 0},
		{c: &claims.Claim{Numbers: []claims.Number{age(15, "", 20)}}, art: 1},
		{c: &claims.Claim{Entities: []claims.Entity{person("Alexis Doukas", 30)}}, art: 1},
		{c: &claims.Claim{Numbers: []claims.Number{age(15, "", 20)}}, art: 2},
		{c: &claims.Claim{Numbers: []claims.Number{age(15, "", 20)}, Entities: []claims.Entity{person("Michalis Petrou", 33), person("Alexis Doukas", 60)}}, art: 3},
		{c: &claims.Claim{Numbers: []claims.Number{age(16, "", 20)}}, art: 1},
	}
	markAgeOwners(fs)
	want := []string{"Alexis Doukas", "Alexis Doukas", "", "", "", ""}
	for i, w := range want {
		if len(fs[i].c.Numbers) == 0 {
			continue
		}
		if got := ageOwner(&fs[i], 0); got != w {
			t.Errorf("feat %d: age owner %q, want %q", i, got, w)
		}
	}
	if one, known := agesOfOneOwner(&fs[0], 0, &fs[1], 0); !one || !known {
		t.Errorf("named and story-tied ages: one=%v known=%v, want one person's", one, known)
	}
	if fs[1].c.Numbers[0].Of != "" {
		t.Error("markAgeOwners rewrote the claim's own reading")
	}

	// A second person of that age in the story leaves it unnamed.
	fs = append(fs, feat{c: &claims.Claim{Numbers: []claims.Number{age(15, "Nikos Raptis", 0)}}, art: 4})
	markAgeOwners(fs)
	if got := ageOwner(&fs[1], 0); got != "" {
		t.Errorf("two 15-year-olds in the story: owner %q, want none", got)
	}
	// Another story's person is no owner.
	fs = fs[:len(fs)-1]
	fs[0].story = 1
	markAgeOwners(fs)
	if got := ageOwner(&fs[1], 0); got != "" {
		t.Errorf("age tied in another story: owner %q, want none", got)
	}
}
