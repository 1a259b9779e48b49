package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func fpResult(claimsIn []claims.Claim) *Result {
	return &Result{Claims: claimsIn}
}

// TestFingerprintStable: ids, numbering, order, spacing, case and
// punctuation leave the fingerprint alone; kind, facets, words and sources
// change it.
func TestFingerprintStable(t *testing.T) {
	base := fpResult([]claims.Claim{
		{ID: "bbc#3", Source: "bbc", Text: "At least 83 people died on Tuesday"},
		{ID: "cnn#7", Source: "cnn", Text: "At least 38 people died on Tuesday"},
	})
	f := Finding{ID: "F1", Kind: Discrepancy, Facets: []Facet{FacetNumber, FacetDate}, Claims: []string{"bbc#3", "cnn#7"}, Score: 0.9}
	want := Fingerprint(base, &f)
	if len(want) != 32 {
		t.Fatalf("fingerprint %q: want 32 hex digits", want)
	}
	same := map[string]func() (*Result, Finding){
		"renumbered": func() (*Result, Finding) {
			r := fpResult([]claims.Claim{
				{ID: "bbc#1", Source: "bbc", Text: "At least 83 people died on Tuesday"},
				{ID: "cnn#2", Source: "cnn", Text: "At least 38 people died on Tuesday"},
			})
			g := f
			g.ID, g.Claims = "F9", []string{"bbc#1", "cnn#2"}
			return r, g
		},
		"claims reordered, facets reordered": func() (*Result, Finding) {
			r := fpResult([]claims.Claim{base.Claims[1], base.Claims[0]})
			g := f
			g.Claims = []string{"cnn#7", "bbc#3"}
			g.Facets = []Facet{FacetDate, FacetNumber}
			return r, g
		},
		"whitespace, case, punctuation": func() (*Result, Finding) {
			r := fpResult([]claims.Claim{
				{ID: "bbc#3", Source: "bbc", Text: "  At least\n83  people died, on Tuesday."},
				{ID: "cnn#7", Source: "cnn", Text: "at least 38 people died on TUESDAY"},
			})
			return r, f
		},
		"score and summary": func() (*Result, Finding) {
			g := f
			g.Score, g.Summary, g.Severity = 0.4, "other words", High
			return base, g
		},
	}
	for name, mk := range same {
		r, g := mk()
		if got := Fingerprint(r, &g); got != want {
			t.Errorf("%s: fingerprint changed: %s != %s", name, got, want)
		}
	}
	differ := map[string]func() (*Result, Finding){
		"another number": func() (*Result, Finding) {
			r := fpResult([]claims.Claim{base.Claims[0], {ID: "cnn#7", Source: "cnn", Text: "At least 39 people died on Tuesday"}})
			return r, f
		},
		"another source": func() (*Result, Finding) {
			r := fpResult([]claims.Claim{base.Claims[0], {ID: "ap#7", Source: "ap", Text: "At least 38 people died on Tuesday"}})
			g := f
			g.Claims = []string{"bbc#3", "ap#7"}
			return r, g
		},
		"another kind": func() (*Result, Finding) {
			g := f
			g.Kind = Agreement
			return base, g
		},
		"another facet": func() (*Result, Finding) {
			g := f
			g.Facets = []Facet{FacetNumber}
			return base, g
		},
	}
	for name, mk := range differ {
		r, g := mk()
		if got := Fingerprint(r, &g); got == want {
			t.Errorf("%s: fingerprint unchanged", name)
		}
	}
}
