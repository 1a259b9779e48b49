package report

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// SARIF 2.1.0 (OASIS), the format code-scanning services read. Only the
// parts claimdiff fills are declared; report/testdata holds the official
// schema the output is validated against in sarif_test.go.
const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// FingerprintKey names claimdiff's fingerprint in partialFingerprints.
	FingerprintKey = "claimdiffFinding/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           sarifRuleProps  `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags []string `json:"tags"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          sarifResultProps  `json:"properties"`
}

type sarifResultProps struct {
	FindingID string   `json:"findingId"`
	Kind      string   `json:"kind"`
	Facets    []string `json:"facets"`
	Severity  string   `json:"severity"`
	Score     float64  `json:"score"`
	Claims    []string `json:"claims"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifText            `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int       `json:"startLine"`
	StartColumn int       `json:"startColumn"`
	EndLine     int       `json:"endLine"`
	EndColumn   int       `json:"endColumn"`
	ByteOffset  int       `json:"byteOffset"`
	ByteLength  int       `json:"byteLength"`
	Snippet     sarifText `json:"snippet"`
}

// sarifRuleDef is one rule: a discrepancy facet, or a unique detail.
type sarifRuleDef struct {
	id, name, short, full, level string
}

// sarifRules are listed whatever the results, in a fixed order, so rule
// indexes are stable from run to run.
var sarifRules = []sarifRuleDef{
	{"discrepancy/quote", "QuoteDiscrepancy", "A quotation is worded differently", "Sources quote the same speaker on the same point with different words.", "error"},
	{"discrepancy/speaker", "SpeakerDiscrepancy", "A statement is credited to different speakers", "Sources credit the same statement or act to different people.", "error"},
	{"discrepancy/number", "NumberDiscrepancy", "A number differs", "Sources give incompatible numbers for the same quantity.", "error"},
	{"discrepancy/date", "DateDiscrepancy", "A date differs", "Sources give incompatible dates or times for the same event.", "error"},
	{"discrepancy/negation", "NegationDiscrepancy", "One source negates what another asserts", "One source asserts what another denies or negates.", "error"},
	{"discrepancy/role", "RoleDiscrepancy", "A title or role differs", "Sources give the same person different titles or roles.", "warning"},
	{"discrepancy/hedge", "HedgeDiscrepancy", "One source hedges what another asserts", "One source qualifies (may, reportedly, allegedly) what another states outright.", "warning"},
	{"discrepancy/content", "ContentDiscrepancy", "Sources take opposite positions on one thing", "Sources give opposite positions, verdicts or directions (backed/opposed, upheld/overturned, rose/fell) on the same target.", "warning"},
	{"unique", "UniqueDetail", "A detail only one source reports", "A claim no other compared source makes; worth checking before it is repeated.", "note"},
}

func sarifRuleIndex(f *compare.Finding) int {
	id := "unique"
	if f.Kind == compare.Discrepancy {
		id = "discrepancy/content"
		if len(f.Facets) > 0 {
			id = "discrepancy/" + string(f.Facets[0])
		}
	}
	for i, r := range sarifRules {
		if r.id == id {
			return i
		}
	}
	return len(sarifRules) - 2 // an unknown facet is a content discrepancy
}

func sarifLevel(s compare.Severity) string {
	switch s {
	case compare.High:
		return "error"
	case compare.Medium:
		return "warning"
	}
	return "note"
}

// writeSARIF writes one SARIF 2.1.0 log with one run. Each discrepancy or
// unique detail is a result located at the sentence of its claims in the
// annotated sources (see Options.Annotate); the other sources' claims are
// related locations. partialFingerprints carries compare.Fingerprint, so a
// code-scanning service tracks a finding across edits of the article.
// Agreements are not results: nothing about them needs fixing.
func writeSARIF(buf *bytes.Buffer, v *view, opt Options) error {
	rules := make([]sarifRule, len(sarifRules))
	for i, r := range sarifRules {
		tag := "unique"
		if strings.HasPrefix(r.id, "discrepancy/") {
			tag = "discrepancy"
		}
		rules[i] = sarifRule{
			ID: r.id, Name: r.name,
			ShortDescription:     sarifText{r.short},
			FullDescription:      sarifText{r.full},
			DefaultConfiguration: sarifRuleConfig{Level: r.level},
			Properties:           sarifRuleProps{Tags: []string{"fact-checking", tag}},
		}
	}
	results := []sarifResult{}
	for i := range v.r.Findings {
		f := &v.r.Findings[i]
		if f.Kind == compare.Agreement {
			continue
		}
		primary := map[string]bool{}
		for _, e := range ciEntries(v, f, opt) {
			primary[e.Claim] = true
		}
		res := sarifResult{
			RuleID:              sarifRules[sarifRuleIndex(f)].id,
			RuleIndex:           sarifRuleIndex(f),
			Level:               sarifLevel(f.Severity),
			Message:             sarifText{ciMessage(v, f)},
			Locations:           []sarifLocation{},
			PartialFingerprints: map[string]string{FingerprintKey: compare.Fingerprint(v.r, f)},
			Properties: sarifResultProps{
				FindingID: f.ID, Kind: string(f.Kind), Facets: facetList(f),
				Severity: string(f.Severity), Score: round3(f.Score), Claims: append([]string{}, f.Claims...),
			},
		}
		related := 0
		for _, e := range v.entries(f) {
			loc, ok := v.locate(e)
			if !ok {
				continue
			}
			sl := sarifLocation{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: sarifArtifactLocation{URI: sarifURI(loc.file)},
				Region: sarifRegion{
					StartLine: loc.startLine, StartColumn: loc.startCol,
					EndLine: loc.endLine, EndColumn: loc.endCol,
					ByteOffset: loc.span.Start, ByteLength: loc.span.Len(),
					Snippet: sarifText{e.Sentence},
				},
			}}
			if primary[e.Claim] {
				res.Locations = append(res.Locations, sl)
				continue
			}
			related++
			id := related
			sl.ID = &id
			msg := e.Source + " (" + e.Claim + ")"
			if e.HasValue {
				msg += ": " + e.Value
			}
			sl.Message = &sarifText{msg}
			res.RelatedLocations = append(res.RelatedLocations, sl)
		}
		results = append(results, res)
	}
	log := sarifLog{
		Schema:  sarifSchema,
		Version: sarifVersion,
		Runs: []sarifRun{{
			Tool:       sarifTool{Driver: sarifDriver{Name: "claimdiff", Rules: rules}},
			ColumnKind: "unicodeCodePoints",
			Results:    results,
		}},
	}
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

func facetList(f *compare.Finding) []string {
	out := make([]string, len(f.Facets))
	for i, x := range f.Facets {
		out[i] = string(x)
	}
	return out
}

// sarifURI makes a relative file path a URI reference (spaces and other
// reserved characters percent-encoded); a URL source stays as it is.
func sarifURI(file string) string {
	if strings.Contains(file, "://") {
		return file
	}
	return (&url.URL{Path: file}).String()
}
