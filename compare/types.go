package compare

import "github.com/claimdiff/claimdiff/claims"

// FindingKind says what a finding is.
type FindingKind string

const (
	Agreement   FindingKind = "agreement"
	Discrepancy FindingKind = "discrepancy"
	Unique      FindingKind = "unique"
)

// Facet is the slot in which aligned claims differ.
type Facet string

const (
	FacetQuote    Facet = "quote"
	FacetSpeaker  Facet = "speaker"
	FacetNumber   Facet = "number"
	FacetDate     Facet = "date"
	FacetRole     Facet = "role"
	FacetNegation Facet = "negation"
	FacetHedge    Facet = "hedge"
	FacetContent  Facet = "content"
)

// Severity ranks a finding for triage and for --fail-on/--min-severity.
type Severity string

const (
	High   Severity = "high"
	Medium Severity = "medium"
	Low    Severity = "low"
)

// Rank orders severities: low 1, medium 2, high 3, anything else 0.
func (s Severity) Rank() int {
	switch s {
	case High:
		return 3
	case Medium:
		return 2
	case Low:
		return 1
	}
	return 0
}

// DiffOp is one step of a word-level diff: "equal", "delete" or "insert".
type DiffOp struct {
	Op   string
	Text string
}

// Value is what one claim of a finding says in the finding's slot.
type Value struct {
	Source string // source id
	Claim  string // claim id
	Text   string // the wording, number, date, speaker or role it gives
}

// Finding is one result of the comparison.
type Finding struct {
	ID       string // "F1", "F2", … in report order
	Kind     FindingKind
	Facets   []Facet // discrepancies only
	Severity Severity
	Claims   []string // claim ids; at least one per source involved
	Score    float64  // alignment confidence 0..1
	Review   bool     // likely wrong: see reviewAgreement, and loosest for discrepancies
	Summary  string   // one line a fact-checker can read aloud
	Values   []Value  // per claim, in Claims order (discrepancies, agreements)
	Diff     []DiffOp // word-level diff of the first two sources' wording
	// bySlot marks an agreement found by one value of a slot
	// (slotagree.go), not by the resemblance of its claims: review reads
	// resemblance and shared words, which such claims need not have.
	bySlot bool
	// gives, for an agreement found by a slot's value, reports whether a
	// claim states that value (see slotRule.gives); nil when the rule
	// cannot tell.
	gives func(x *feat) bool
	// readOn are the claims review was read on (see reviewAgreements),
	// joined: a finding fill did not grow keeps its flag.
	readOn string
	// sides are the claims of a discrepancy's group that give a value
	// in a slot that differs (one side of some differing pair), with
	// their identical copies, in group order; see focus.
	sides []int
}

// Summary counts what a Result holds.
type Summary struct {
	Sources       int
	Claims        int
	Agreements    int
	Discrepancies int
	Unique        int
}

// Result is the comparison of several articles.
type Result struct {
	Articles []*claims.Article
	Claims   []claims.Claim // all claims, grouped by article in Articles order
	Findings []Finding      // discrepancies, then agreements, then unique
	Summary  Summary
}

// Claim returns the claim with the given id, or nil.
func (r *Result) Claim(id string) *claims.Claim {
	for i := range r.Claims {
		if r.Claims[i].ID == id {
			return &r.Claims[i]
		}
	}
	return nil
}

// Article returns the article with the given id, or nil.
func (r *Result) Article(id string) *claims.Article {
	for _, a := range r.Articles {
		if a.ID == id {
			return a
		}
	}
	return nil
}
