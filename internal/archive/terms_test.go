package archive

import (
	"slices"
	"testing"
)

func TestTerms(t *testing.T) {
	cands := []string{"lima", "valleton", "river", "water", "homes", "said", "nowhere"}
	df := map[string]int{"lima": 3, "valleton": 5, "river": 40, "water": 900, "homes": 20, "said": 990}
	// Names first (the first two), then the rarest words; words in more
	// than a quarter of 1000 articles and words no article has are left out.
	if got, want := Terms(cands, 2, df, 1000), []string{"lima", "valleton", "homes", "river"}; !slices.Equal(got, want) {
		t.Errorf("Terms = %v, want %v", got, want)
	}
	// An archive where every word is common still gets a query: the
	// least common words.
	common := map[string]int{"lima": 800, "valleton": 700, "river": 900, "water": 950, "homes": 990, "said": 999}
	if got, want := Terms(cands, 2, common, 1000), []string{"valleton", "lima", "river", "water"}; !slices.Equal(got, want) {
		t.Errorf("Terms over common words = %v, want %v", got, want)
	}
}

func TestGate(t *testing.T) {
	df := map[string]int{"lima": 3, "valleton": 5, "river": 40, "water": 900}
	terms := []string{"water", "lima", "river", "valleton"}
	// The rarest words while their postings fit the budget, sorted.
	if got, want := Gate(terms, df, 50), []string{"lima", "river", "valleton"}; !slices.Equal(got, want) {
		t.Errorf("Gate 50 = %v, want %v", got, want)
	}
	// The rarest word even when it alone is over budget.
	if got, want := Gate(terms, df, 1), []string{"lima"}; !slices.Equal(got, want) {
		t.Errorf("Gate 1 = %v, want %v", got, want)
	}
	// Every word within budget: no gate.
	if got := Gate(terms, df, 10000); got != nil {
		t.Errorf("Gate 10000 = %v, want nil", got)
	}
}
