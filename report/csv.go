package report

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
)

var csvHeader = []string{
	"finding_id", "kind", "facets", "severity", "score", "summary",
	"source", "claim_id", "span_start", "span_end", "sentence", "value",
	"review",
}

// writeCSV writes one RFC 4180 row per finding and claim, for a spreadsheet
// or a script. Text is written exactly as in the source (newlines and all,
// quoted by encoding/csv): it is data, like the JSON.
//
// Cells are defused against spreadsheet formula injection, as OWASP
// advises: a cell starting with "=", "+", "-", "@", a tab or a carriage
// return is a formula to a spreadsheet (a quoted "-- Maduro" or
// "=HYPERLINK(…)" in an article), so it gets a leading "'", which
// spreadsheets show as text; the manual says so. Otherwise the text is
// carried as written (source ids, made from file names, are already
// printable: see ingest).
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
		// review is last: it came after the others, and a script that
		// reads columns by position keeps working.
		review := strconv.FormatBool(f.Review)
		es := v.entries(f)
		if len(es) == 0 { // a finding without claims still gets its row
			if err := w.Write(csvRow(append(head, "", "", "", "", "", "", review))); err != nil {
				return err
			}
			continue
		}
		for _, e := range es {
			row := append(head[:len(head):len(head)],
				e.Source, e.Claim, strconv.Itoa(e.Span.Start), strconv.Itoa(e.Span.End), e.Sentence, e.Value, review)
			if err := w.Write(csvRow(row)); err != nil {
				return err
			}
		}
	}
	w.Flush()
	return w.Error()
}

// csvRow defuses each cell of row in place (see csvCell) and returns it.
func csvRow(row []string) []string {
	for i, c := range row {
		row[i] = csvCell(c)
	}
	return row
}

// csvCell is a cell a spreadsheet shows as the text it is: one starting
// with a formula character gets a leading "'".
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
