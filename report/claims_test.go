package report

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// claimsFixture is the fixture as `claimdiff claims` gives it: the claims,
// no findings.
func claimsFixture() *compare.Result {
	r := fixture()
	r.Findings = nil
	r.Summary = compare.Summary{Sources: len(r.Articles), Claims: len(r.Claims)}
	return r
}

// The claims list in every human format, pinned byte for byte.
func TestClaimsGolden(t *testing.T) {
	for _, format := range []string{"table", "markdown", "csv", "html"} {
		t.Run(format, func(t *testing.T) {
			got := mustWrite(t, claimsFixture(), format, Options{Claims: true})
			path := filepath.Join("testdata", "claims-"+format+".golden")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./report -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("claims %s differs from %s; if intended, run go test ./report -update\n%s", format, path, firstDiff(got, want))
			}
		})
	}
}

// Every claim is listed with what was extracted from it, in every human
// format; none of the findings sections is.
func TestClaimsListed(t *testing.T) {
	r := claimsFixture()
	for _, format := range []string{"table", "markdown", "csv", "html"} {
		out := string(mustWrite(t, r, format, Options{Claims: true, Width: 200}))
		for _, c := range r.Claims {
			id := c.ID
			if format == "markdown" {
				id = md(id)
			}
			if !strings.Contains(out, id) {
				t.Errorf("%s: claim %s not listed", format, c.ID)
			}
		}
		for _, section := range []string{"DISCREPANCIES", "Discrepancies", "Agreements", "AGREEMENTS", "Unique details", "UNIQUE"} {
			if strings.Contains(out, section) {
				t.Errorf("%s: a claims list has a %q section", format, section)
			}
		}
	}
	// csv: one row per claim, with the extracted fields in their columns.
	rows, err := csv.NewReader(bytes.NewReader(mustWrite(t, r, "csv", Options{Claims: true}))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(r.Claims) {
		t.Fatalf("csv has %d rows, want %d", len(rows), 1+len(r.Claims))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for i, c := range r.Claims {
		row := rows[i+1]
		if row[col["claim_id"]] != c.ID || row[col["kind"]] != string(c.Kind) || row[col["text"]] != c.Text {
			t.Errorf("csv row %d = %v, want claim %s", i+1, row, c.ID)
		}
		if c.Speaker != nil && row[col["speaker"]] != c.Speaker.Name {
			t.Errorf("%s: speaker %q, want %q", c.ID, row[col["speaker"]], c.Speaker.Name)
		}
		if (row[col["negated"]] == "true") != c.Negated || (row[col["hedged"]] == "true") != c.Hedged {
			t.Errorf("%s: negated/hedged %s/%s", c.ID, row[col["negated"]], row[col["hedged"]])
		}
		if len(c.Numbers) > 0 && !strings.Contains(row[col["numbers"]], c.Numbers[0].Text) {
			t.Errorf("%s: numbers %q lack %q", c.ID, row[col["numbers"]], c.Numbers[0].Text)
		}
		if len(c.Time) > 0 && !strings.Contains(row[col["time"]], c.Time[0].Text) {
			t.Errorf("%s: time %q lacks %q", c.ID, row[col["time"]], c.Time[0].Text)
		}
	}
}
