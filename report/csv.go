package report

import (
	"bytes"
	"encoding/csv"
	"strconv"
)

var csvHeader = []string{
	"finding_id", "kind", "facets", "severity", "score", "summary",
	"source", "claim_id", "span_start", "span_end", "sentence", "value",
}

// writeCSV writes one RFC 4180 row per finding and claim, for a spreadsheet
// or a script. Text is written exactly as in the source (newlines and all,
// quoted by encoding/csv): it is data, like the JSON.
//
// Cells are not defused against spreadsheet formula injection (a sentence
// starting with "=" or "@"): prefixing them would change the data for every
// program that reads the file, and spreadsheets warn before evaluating.
func writeCSV(buf *bytes.Buffer, v *view, opt Options) error {
	if opt.Claims {
		return writeClaimsCSV(buf, v)
	}
	w := csv.NewWriter(buf)
	// RFC 4180 ends records with CRLF. encoding/csv then also writes a
	// newline inside a quoted field as CRLF, which CSV readers (Go's
	// included) read back as the newline it was.
	w.UseCRLF = true
	if err := w.Write(csvHeader); err != nil {
		return err
	}
	for i := range v.r.Findings {
		f := &v.r.Findings[i]
		head := []string{
			f.ID, string(f.Kind), facets(f, ";"), string(f.Severity), score(f.Score), f.Summary,
		}
		es := v.entries(f)
		if len(es) == 0 { // a finding without claims still gets its row
			if err := w.Write(append(head, "", "", "", "", "", "")); err != nil {
				return err
			}
			continue
		}
		for _, e := range es {
			row := append(head[:len(head):len(head)],
				e.Source, e.Claim, strconv.Itoa(e.Span.Start), strconv.Itoa(e.Span.End), e.Sentence, e.Value)
			if err := w.Write(row); err != nil {
				return err
			}
		}
	}
	w.Flush()
	return w.Error()
}
