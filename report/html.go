package report

import (
	"bytes"
	_ "embed"
	"html/template"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// The page is one self-contained file: inline CSS, no scripts, fonts or
// network, and a Content-Security-Policy that forbids them, so a report
// mailed around or opened from disk can do nothing but show text.
// html/template escapes every value for its context; article text is also
// passed through cleanLine, which drops bidi overrides that could make a
// quote read differently from its bytes.
//
//go:embed html.tmpl
var htmlSource string

var htmlPage = template.Must(template.New("report").Parse(htmlSource))

type htmlData struct {
	Title         string
	Summary       compare.Summary
	Sources       []htmlSourceRow
	Discrepancies []htmlFinding
	Agreements    []htmlFinding
	Unique        []htmlGroup
	UniqueCount   int
}

type htmlSourceRow struct {
	ID, Title, Outlet, Published string
	Words, Claims                int
}

type htmlFinding struct {
	ID, Severity, Facets, Score, Summary string
	Review                               bool
	Entries                              []htmlEntry
	Diff                                 []htmlDiff
}

// htmlDiff is one diff step with its edge spaces outside the highlight.
type htmlDiff struct {
	Op, Text    string
	Lead, Trail bool
}

type htmlEntry struct {
	Source, Claim string
	Wording       string // what the finding compares
	Sentence      string // the whole sentence, when it says more than Wording
}

type htmlGroup struct {
	Source string
	Rows   []htmlUniqueRow
}

type htmlUniqueRow struct {
	Finding, Claim, Detail string
}

func writeHTML(buf *bytes.Buffer, v *view, _ Options) error {
	d := htmlData{Summary: v.summary(), UniqueCount: len(v.findings(compare.Unique))}
	var ids []string
	for _, a := range v.articleList() {
		ids = append(ids, cleanLine(a.ID))
		d.Sources = append(d.Sources, htmlSourceRow{
			ID: cleanLine(a.ID), Title: cleanLine(a.Title), Outlet: cleanLine(a.Outlet),
			Published: cleanLine(a.Published), Words: a.Words, Claims: v.perSource[a.ID],
		})
	}
	d.Title = "claimdiff report"
	if len(ids) > 0 {
		d.Title += ": " + strings.Join(ids, ", ")
	}
	for _, f := range v.findings(compare.Discrepancy) {
		d.Discrepancies = append(d.Discrepancies, htmlFindingOf(v, f, true))
	}
	for _, f := range v.findings(compare.Agreement) {
		d.Agreements = append(d.Agreements, htmlFindingOf(v, f, false))
	}
	for _, g := range v.uniqueBySource() {
		hg := htmlGroup{Source: orDash(cleanLine(g.Source))}
		for _, f := range g.Findings {
			for i, e := range v.entries(f) {
				row := htmlUniqueRow{Claim: cleanLine(e.Claim), Detail: cleanLine(e.Text)}
				if i == 0 {
					row.Finding = cleanLine(f.ID)
				}
				if e.HasValue {
					row.Detail = cleanLine(e.Value)
				}
				hg.Rows = append(hg.Rows, row)
			}
		}
		d.Unique = append(d.Unique, hg)
	}
	return htmlPage.Execute(buf, d)
}

// htmlFindingOf prepares a finding for the page. For a discrepancy each
// claim shows its wording, with the sentence under it when that says more;
// for an agreement the sentence is the wording.
func htmlFindingOf(v *view, f *compare.Finding, discrepancy bool) htmlFinding {
	h := htmlFinding{
		ID: cleanLine(f.ID), Severity: string(f.Severity), Facets: facets(f, ", "),
		Score: score(f.Score), Summary: cleanLine(f.Summary), Review: f.Review,
	}
	for _, e := range v.entries(f) {
		he := htmlEntry{Source: cleanLine(e.Source), Claim: cleanLine(e.Claim)}
		sentence := cleanLine(e.Sentence)
		if discrepancy {
			he.Wording = cleanLine(e.Text)
			if e.HasValue {
				he.Wording = cleanLine(e.Value)
			}
			if sentence != he.Wording {
				he.Sentence = sentence
			}
		} else {
			he.Sentence = sentence
			if sentence == "" {
				he.Sentence = cleanLine(e.Text)
			}
		}
		h.Entries = append(h.Entries, he)
	}
	if discrepancy {
		for _, op := range spaced(elideDiff(f.Diff)) {
			h.Diff = append(h.Diff, htmlDiff{
				Op: op.Op, Text: strings.TrimSpace(op.Text),
				Lead: strings.HasPrefix(op.Text, " "), Trail: strings.HasSuffix(op.Text, " "),
			})
		}
	}
	return h
}
