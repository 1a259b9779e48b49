package compare

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// modalityTexts are sentences that negate or hedge in the ways the
// negation and hedge facets read: negators, "yet to", "no longer",
// "not … until", a verb of opinion negated, modal and adverb hedges,
// "is believed to", "it appears", and the month May.
var modalityTexts = []string{
	"The company confirmed that the data of its customers was not stolen in the attack.",
	"The senator has never met the lobbyist at his office in the capital.",
	"The driver had yet to regain consciousness on Wednesday, doctors said.",
	"The factory no longer produces the banned pesticide.",
	"The striker has agreed terms and the fee will not be paid until he signs his contract.",
	"The envoy said he did not think the talks in Vienna had failed.",
	"It wasn't Dorsey or Vance who lost the club its place in the league.",
	"The gunman may have used a stolen rifle, police said.",
	"The driver allegedly hit a woman on the crossing.",
	"The suspect is believed to have fled the country.",
	"It appears she called the station twice.",
	"The rally could turn violent, organisers warned.",
	"The law was passed in May by both houses.",
	"Felt, the No. 2 official at the FBI, kept the secret.",
}

// TestFacetsReadClaimModality: the negation and hedge facets see a claim as
// negated or hedged exactly when the claim's Negated and Hedged fields (the
// JSON "negated" and "hedged") say so, over every claim of the sample story
// and of modalityTexts.
func TestFacetsReadClaimModality(t *testing.T) {
	var cs []claims.Claim
	paths, err := filepath.Glob("../samples/*/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := claims.NewArticle(filepath.Base(p), p, b)
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, claims.Extract(a)...)
	}
	for i, s := range modalityTexts {
		a, err := claims.NewArticle("m", "m.txt", []byte(s+"\n"))
		if err != nil {
			t.Fatalf("text %d: %v", i, err)
		}
		cs = append(cs, claims.Extract(a)...)
	}
	negated, hedged := 0, 0
	for i := range cs {
		c := &cs[i]
		if got := readPolarityOf(c).negators > 0; got != c.Negated {
			t.Errorf("%q: negation facet reads negated=%v, claim field %v", c.Text, got, c.Negated)
		}
		if _, _, doubts, cautious := hedgingOf(c); (doubts || cautious) != c.Hedged {
			t.Errorf("%q: hedge facet reads hedged=%v (caution %v), claim field %v", c.Text, doubts, cautious, c.Hedged)
		}
		if c.Negated {
			negated++
		}
		if c.Hedged {
			hedged++
		}
	}
	// The corpus must exercise both readings, or the comparison says nothing.
	if negated < 5 || hedged < 4 {
		t.Errorf("only %d negated and %d hedged claims among %d", negated, hedged, len(cs))
	}
}

// TestFacetsDecideOnClaimFields: the facets take a claim's negations and
// hedges from its fields, not from its text. Clearing the fields of the
// claim that negates (hedges) removes the difference its text would show.
func TestFacetsDecideOnClaimFields(t *testing.T) {
	one := func(text string) *claims.Claim {
		a, err := claims.NewArticle("x", "x.txt", []byte(text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		cs := claims.Extract(a)
		if len(cs) != 1 {
			t.Fatalf("%q: %d claims, want 1", text, len(cs))
		}
		return &cs[0]
	}
	plain := one("The senator met the lobbyist at his office in the capital on Monday.")
	neg := one("The senator never met the lobbyist at his office in the capital on Monday.")
	if !neg.Negated || plain.Negated {
		t.Fatalf("negated fields: %v, %v", neg.Negated, plain.Negated)
	}
	if !polarityFlip(plain, neg) {
		t.Fatal("no flip between a claim and its negation")
	}
	cleared := *neg
	cleared.Text += " " // another cache key: the same words
	cleared.Negated, cleared.Negations = false, nil
	if polarityFlip(plain, &cleared) {
		t.Error("the negation facet read a negation the claim's fields do not hold")
	}

	asserted := one("The gunman used a stolen rifle in the attack on the bank.")
	hedgedC := one("The gunman may have used a stolen rifle in the attack on the bank.")
	if !hedgedC.Hedged || asserted.Hedged {
		t.Fatalf("hedged fields: %v, %v", hedgedC.Hedged, asserted.Hedged)
	}
	if _, flip := hedgeFlip(hedgedC, asserted); !flip {
		t.Fatal("no hedge flip between a claim and its hedged form")
	}
	clearedH := *hedgedC
	clearedH.Text += " "
	clearedH.Hedged, clearedH.Hedges = false, nil
	if _, flip := hedgeFlip(&clearedH, asserted); flip {
		t.Error("the hedge facet read a hedge the claim's fields do not hold")
	}
}
