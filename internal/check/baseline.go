package check

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/claimdiff/claimdiff/compare"
)

// BaselineSchema names the baseline file format.
const BaselineSchema = "claimdiff.baseline/v1"

// Baseline is the file --write-baseline writes and --baseline reads: the
// findings a newsroom has reviewed and accepted, by fingerprint
// (compare.Fingerprint). Kind, facets, sources and summary are there for
// the person reviewing the file in a pull request; only the fingerprint is
// matched.
type Baseline struct {
	Schema      string          `json:"schema"`
	Fingerprint string          `json:"fingerprint"` // compare.FingerprintVersion
	Findings    []BaselineEntry `json:"findings"`

	accepted map[string]bool
}

// BaselineEntry is one accepted finding.
type BaselineEntry struct {
	Fingerprint string   `json:"fingerprint"`
	Kind        string   `json:"kind"`
	Facets      []string `json:"facets"`
	Sources     []string `json:"sources"`
	Summary     string   `json:"summary"`
}

// ErrBaseline is wrapped by every error about a baseline file's contents.
var ErrBaseline = errors.New("not a claimdiff baseline")

// NewBaseline records every finding of r, sorted by fingerprint, one entry
// per fingerprint, so the same findings give the same bytes.
func NewBaseline(r *compare.Result) *Baseline {
	b := &Baseline{Schema: BaselineSchema, Fingerprint: compare.FingerprintVersion, Findings: []BaselineEntry{}}
	seen := map[string]bool{}
	for i := range r.Findings {
		f := &r.Findings[i]
		fp := compare.Fingerprint(r, f)
		if seen[fp] {
			continue
		}
		seen[fp] = true
		e := BaselineEntry{Fingerprint: fp, Kind: string(f.Kind), Facets: []string{}, Sources: []string{}, Summary: f.Summary}
		for _, fc := range f.Facets {
			e.Facets = append(e.Facets, string(fc))
		}
		src := map[string]bool{}
		for _, id := range f.Claims {
			if s := sourceOf(id); !src[s] {
				src[s] = true
				e.Sources = append(e.Sources, s)
			}
		}
		sort.Strings(e.Sources)
		b.Findings = append(b.Findings, e)
	}
	sort.Slice(b.Findings, func(i, j int) bool { return b.Findings[i].Fingerprint < b.Findings[j].Fingerprint })
	return b
}

// Merge returns the entries of b and of n, one per fingerprint, sorted by
// fingerprint: what --baseline B --write-baseline B writes, so that
// rewriting a baseline keeps every finding it had accepted (they are left
// out of the run's findings, so n alone would drop them) and adds the new
// ones. Where both hold a fingerprint, b's entry is kept: it is the one a
// person reviewed. A nil b merges as empty.
func (b *Baseline) Merge(n *Baseline) *Baseline {
	out := &Baseline{Schema: BaselineSchema, Fingerprint: compare.FingerprintVersion, Findings: []BaselineEntry{}}
	seen := map[string]bool{}
	for _, from := range []*Baseline{b, n} {
		if from == nil {
			continue
		}
		for _, e := range from.Findings {
			if !seen[e.Fingerprint] {
				seen[e.Fingerprint] = true
				out.Findings = append(out.Findings, e)
			}
		}
	}
	sort.Slice(out.Findings, func(i, j int) bool { return out.Findings[i].Fingerprint < out.Findings[j].Fingerprint })
	return out
}

// Marshal writes the baseline as indented JSON ending in a newline.
func (b *Baseline) Marshal() []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(b) // only strings and slices: cannot fail
	return buf.Bytes()
}

// ParseBaseline reads a baseline file's bytes.
func ParseBaseline(data []byte) (*Baseline, error) {
	var b Baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%w (expected the JSON --write-baseline writes): %v", ErrBaseline, err)
	}
	if b.Schema != BaselineSchema {
		return nil, fmt.Errorf("%w (expected schema %q, got %q)", ErrBaseline, BaselineSchema, b.Schema)
	}
	if b.Fingerprint != compare.FingerprintVersion {
		return nil, fmt.Errorf("%w: fingerprints %q from another version (expected %q; write it again with --write-baseline)", ErrBaseline, b.Fingerprint, compare.FingerprintVersion)
	}
	return &b, nil
}

// Accepts reports whether the baseline holds f's fingerprint.
func (b *Baseline) Accepts(r *compare.Result, f *compare.Finding) bool {
	if b == nil {
		return false
	}
	if b.accepted == nil {
		b.accepted = make(map[string]bool, len(b.Findings))
		for _, e := range b.Findings {
			b.accepted[e.Fingerprint] = true
		}
	}
	return b.accepted[compare.Fingerprint(r, f)]
}
