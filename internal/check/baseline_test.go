package check

import (
	"bytes"
	"errors"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

func result() *compare.Result {
	r := &compare.Result{
		Articles: []*claims.Article{{ID: "a"}, {ID: "b"}},
		Claims: []claims.Claim{
			{ID: "a#1", Source: "a", Text: "At least 83 people died"},
			{ID: "a#2", Source: "a", Text: "The river rose"},
			{ID: "b#1", Source: "b", Text: "At least 38 people died"},
		},
		Findings: []compare.Finding{
			{ID: "F2", Kind: compare.Unique, Severity: compare.Low, Claims: []string{"a#2"}, Summary: "only a reports this"},
			{ID: "F1", Kind: compare.Discrepancy, Facets: []compare.Facet{compare.FacetNumber}, Severity: compare.High, Claims: []string{"a#1", "b#1"}, Summary: "numbers differ"},
		},
	}
	return r
}

func TestBaselineRoundTrip(t *testing.T) {
	r := result()
	data := NewBaseline(r).Marshal()
	if !bytes.Equal(data, NewBaseline(result()).Marshal()) {
		t.Fatal("baseline bytes differ for the same findings")
	}
	b, err := ParseBaseline(data)
	if err != nil {
		t.Fatal(err)
	}
	for i := range r.Findings {
		if !b.Accepts(r, &r.Findings[i]) {
			t.Errorf("%s not accepted by its own baseline", r.Findings[i].ID)
		}
	}
	if b.Findings[0].Fingerprint > b.Findings[1].Fingerprint {
		t.Error("entries not sorted by fingerprint")
	}
	for _, bad := range []string{"", "[]", `{"schema":"claimdiff.report/v1"}`, `{"schema":"claimdiff.baseline/v1","fingerprint":"claimdiff/v0"}`} {
		if _, err := ParseBaseline([]byte(bad)); !errors.Is(err, ErrBaseline) {
			t.Errorf("ParseBaseline(%q) = %v, want ErrBaseline", bad, err)
		}
	}
}

func TestKeepRenumbers(t *testing.T) {
	r := result()
	Keep(r, func(f *compare.Finding) bool { return true })
	if r.Findings[0].Kind != compare.Discrepancy || r.Findings[0].ID != "F1" || r.Findings[1].ID != "F2" {
		t.Errorf("order or ids: %+v", r.Findings)
	}
	if r.Summary.Discrepancies != 1 || r.Summary.Unique != 1 || r.Summary.Claims != 3 {
		t.Errorf("summary %+v", r.Summary)
	}
	Keep(r, func(f *compare.Finding) bool { return AtLeast(f, "medium") })
	if len(r.Findings) != 1 || r.Summary.Unique != 0 {
		t.Errorf("min severity medium kept %+v", r.Findings)
	}
	if !Involves(&r.Findings[0], map[string]bool{"b": true}) || Involves(&r.Findings[0], map[string]bool{"c": true}) {
		t.Error("Involves")
	}
}

// Rewriting a baseline with the run it filtered must keep what it had
// accepted: the accepted findings are no longer in the run's result.
func TestBaselineMergeKeepsAccepted(t *testing.T) {
	r := result()
	old := NewBaseline(&compare.Result{Articles: r.Articles, Claims: r.Claims, Findings: r.Findings[:1]}) // the unique detail
	old.Findings[0].Summary = "reviewed by the desk"
	fresh := NewBaseline(&compare.Result{Articles: r.Articles, Claims: r.Claims, Findings: r.Findings}) // both
	m := old.Merge(fresh)
	if len(m.Findings) != 2 {
		t.Fatalf("merged %d entries, want 2: %+v", len(m.Findings), m.Findings)
	}
	if m.Findings[0].Fingerprint >= m.Findings[1].Fingerprint {
		t.Error("merged entries not sorted by fingerprint")
	}
	kept := false
	for _, e := range m.Findings {
		kept = kept || e.Summary == "reviewed by the desk"
	}
	if !kept {
		t.Error("the entry --baseline held was replaced by the new run's")
	}
	if !bytes.Equal(old.Merge(fresh).Marshal(), m.Marshal()) {
		t.Error("merge not deterministic")
	}
	// Nothing new: the file is rewritten as it was.
	if got := old.Merge(NewBaseline(&compare.Result{})).Marshal(); !bytes.Equal(got, old.Marshal()) {
		t.Errorf("merge with no new findings changed the baseline:\n%s", got)
	}
	// No --baseline: the new findings alone.
	var none *Baseline
	if got := none.Merge(fresh).Marshal(); !bytes.Equal(got, fresh.Marshal()) {
		t.Errorf("nil merge:\n%s", got)
	}
}
