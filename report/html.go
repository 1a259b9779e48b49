package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// The page is one self-contained file: inline CSS, no scripts, fonts or
// network, and a Content-Security-Policy that forbids them, so a report
// mailed around or opened from disk can do nothing but show text.
// html/template escapes every value for its context; article text is also
// passed through cleanLine (or cleanBlock for the full texts), which drop
// bidi overrides that could make a quote read differently from its bytes.
//
// The page is built to be handed to an editor on paper: findings first
// (discrepancies, then unique details, then agreements), sections running
// on without forced page breaks, table headers (thead) repeated on every
// page, nothing wider than the text column of A4 or Letter, and long words
// and URLs broken rather than cut off. The source texts colour each claim
// sentence by the finding that cites it. The coverage matrix is there only
// for three sources or more: with two, it repeats the findings.
//
//go:embed html.tmpl
var htmlSource string

var htmlPage = template.Must(template.New("report").Parse(htmlSource))

type htmlData struct {
	Title         string
	ClaimsOnly    bool              // claimdiff claims: a list of claims, no findings
	Claims        []htmlClaimsGroup // set when ClaimsOnly
	Summary       compare.Summary
	Counts        []string // the summary's counts, with their nouns
	Review        string   // "2 alignments need review", when some do
	Sources       []htmlSourceRow
	Discrepancies []htmlFinding
	Agreements    []htmlFinding
	Unique        []htmlGroup
	UniqueCount   int
	Matrix        htmlMatrix
	Texts         []htmlText
}

type htmlSourceRow struct {
	ID, Anchor, Title, Outlet, Published string
	Words, Claims                        int
}

type htmlFinding struct {
	ID, Anchor, Severity, Facets, Score, Summary string
	Review                                       bool
	Entries                                      []htmlEntry
	// Stacked lays the claims out one per row: side by side, more than
	// three columns of wording are too narrow to read on paper.
	Stacked          bool
	Diff             []htmlDiff
	DiffFrom, DiffTo htmlClaimRef // the two claims the diff compares
}

// htmlDiff is one diff step with its edge spaces outside the highlight.
type htmlDiff struct {
	Op, Text    string
	Lead, Trail bool
}

// htmlClaimRef is a claim id and the anchor of its place in the source text.
type htmlClaimRef struct {
	ID, Anchor string
}

type htmlEntry struct {
	Source   string
	Claim    htmlClaimRef
	Short    string // the claim id without its source: "#4"
	Wording  string // what the finding compares
	Sentence string // the whole sentence, when it says more than Wording
}

type htmlGroup struct {
	Source, Anchor string
	Rows           []htmlUniqueRow
}

type htmlUniqueRow struct {
	Finding, Anchor string // set on a finding's first row only
	Claim           htmlClaimRef
	Detail          string
}

// htmlMatrix is the coverage matrix: one row per finding (a group of
// aligned claims), one column per source, and in each cell the claims of
// that source in the group.
type htmlMatrix struct {
	Sources []htmlSourceRow
	Groups  []htmlMatrixGroup
	Totals  []int // per source: the rows it appears in
	Cols    int   // columns in all: finding, summary and one per source
	// Vertical sets the source names on their side, so that many sources
	// still fit across a printed page.
	Vertical bool
}

// htmlMatrixGroup is the rows of one kind of finding, under a heading row.
type htmlMatrixGroup struct {
	Title string
	Rows  []htmlMatrixRow
}

type htmlMatrixRow struct {
	Finding, Anchor, Summary string
	Cells                    [][]htmlClaimRef // per source
}

// htmlText is one article's full text, cut into runs: plain text, text the
// article marks as not body (headline, date line), and claim sentences.
type htmlText struct {
	ID, Anchor, Path string
	Runs             []htmlRun
	Unplaced         []htmlClaimRef // claims whose span does not fit the text
}

type htmlRun struct {
	Text string
	// Kind is the most pressing kind of finding citing the run's claims
	// (discrepancy, then unique, then agreement), which colours it; "" for
	// claims no finding cites.
	Kind   string
	Skip   bool           // not body text: shown dimmed
	Claims []htmlClaimRef // set for a highlighted claim sentence
	Refs   []htmlClaimRef // the findings that cite these claims (ID = finding id)
}

// minMatrixSources is the fewest sources for which the page has a coverage
// matrix: with two, every row is a finding the page already shows.
const minMatrixSources = 3

func writeHTML(buf *bytes.Buffer, v *view, opt Options) error {
	d := htmlData{Summary: v.summary(), UniqueCount: len(v.findings(compare.Unique)), ClaimsOnly: opt.Claims}
	s := d.Summary
	d.Counts = []string{
		count(s.Discrepancies, "discrepancy", "discrepancies"),
		count(s.Agreements, "agreement", "agreements"),
		count(s.Unique, "unique detail", "unique details"),
		count(s.Sources, "source", "sources"),
		count(s.Claims, "claim", "claims"),
	}
	review := 0
	for i := range v.r.Findings {
		if v.r.Findings[i].Review {
			review++
		}
	}
	if review > 0 {
		d.Review = count(review, "alignment", "alignments") + plural(review, " needs", " need") + " review"
	}
	var ids []string
	for _, a := range v.articleList() {
		ids = append(ids, cleanLine(a.ID))
		d.Sources = append(d.Sources, htmlSourceRow{
			ID: cleanLine(a.ID), Anchor: anchor("s", a.ID), Title: orDash(cleanLine(a.Title)), Outlet: orDash(cleanLine(a.Outlet)),
			Published: orDash(cleanLine(a.Published)), Words: a.Words, Claims: v.perSource[a.ID],
		})
	}
	d.Title = "claimdiff report"
	if d.ClaimsOnly {
		d.Title = "claimdiff claims"
		d.Claims = htmlClaimsOf(v)
	}
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
		hg := htmlGroup{Source: orDash(cleanLine(g.Source)), Anchor: anchor("u", g.Source)}
		for _, f := range g.Findings {
			for i, e := range v.entries(f) {
				detail := e.Text
				if e.HasValue {
					detail = e.Value
				}
				row := htmlUniqueRow{Claim: claimRef(e.Claim), Detail: shorten(cleanLine(detail), maxSentence)}
				if i == 0 {
					row.Finding, row.Anchor = cleanLine(f.ID), anchor("f", f.ID)
				}
				hg.Rows = append(hg.Rows, row)
			}
		}
		d.Unique = append(d.Unique, hg)
	}
	if len(d.Sources) >= minMatrixSources && !d.ClaimsOnly {
		d.Matrix = htmlMatrixOf(v, d.Sources)
	}
	d.Texts = htmlTexts(v)
	return htmlPage.Execute(buf, d)
}

// htmlFindingOf prepares a finding for the page. For a discrepancy each
// claim shows its wording, with the sentence under it when that says more;
// for an agreement the sentence is the wording.
func htmlFindingOf(v *view, f *compare.Finding, discrepancy bool) htmlFinding {
	h := htmlFinding{
		ID: cleanLine(f.ID), Anchor: anchor("f", f.ID), Severity: string(f.Severity), Facets: facets(f, ", "),
		Score: score(f.Score), Summary: cleanLine(f.Summary), Review: f.Review,
	}
	for _, e := range v.entries(f) {
		he := htmlEntry{Source: cleanLine(e.Source), Claim: claimRef(e.Claim)}
		he.Short = strings.TrimPrefix(he.Claim.ID, he.Source)
		// Long texts are shortened as in the table and Markdown: the
		// claim's link leads to the whole sentence in the source text.
		sentence := cleanLine(e.Sentence)
		if discrepancy {
			wording := cleanLine(e.Text)
			if e.HasValue {
				wording = cleanLine(e.Value)
			}
			he.Wording = shorten(wording, maxWording)
			if sentence != wording {
				he.Sentence = shorten(sentence, maxContext)
			}
		} else {
			if sentence == "" {
				sentence = cleanLine(e.Text)
			}
			he.Sentence = shorten(sentence, maxSentence)
		}
		h.Entries = append(h.Entries, he)
	}
	h.Stacked = len(h.Entries) > 3
	if discrepancy {
		for _, op := range spaced(elideDiff(f.Diff)) {
			h.Diff = append(h.Diff, htmlDiff{
				Op: op.Op, Text: strings.TrimSpace(op.Text),
				Lead: strings.HasPrefix(op.Text, " "), Trail: strings.HasSuffix(op.Text, " "),
			})
		}
		if len(h.Diff) > 0 && len(f.Values) >= 2 { // compare diffs the first two values
			h.DiffFrom, h.DiffTo = claimRef(f.Values[0].Claim), claimRef(f.Values[1].Claim)
		}
	}
	return h
}

// htmlMatrixOf lays out which source reports which group of claims, in the
// report's order: discrepancies, agreements, then unique details.
func htmlMatrixOf(v *view, sources []htmlSourceRow) htmlMatrix {
	m := htmlMatrix{Sources: sources, Totals: make([]int, len(sources)), Cols: 2 + len(sources),
		Vertical: len(sources) > 3}
	col := map[string]int{}
	for i, a := range v.articleList() {
		if _, dup := col[a.ID]; !dup {
			col[a.ID] = i
		}
	}
	for _, k := range []struct {
		kind  compare.FindingKind
		title string
	}{{compare.Discrepancy, "Discrepancies"}, {compare.Agreement, "Agreements"}, {compare.Unique, "Unique details"}} {
		g := htmlMatrixGroup{Title: k.title}
		for _, f := range v.findings(k.kind) {
			row := htmlMatrixRow{
				Finding: cleanLine(f.ID), Anchor: anchor("f", f.ID),
				Summary: shorten(cleanLine(f.Summary), maxSentence), Cells: make([][]htmlClaimRef, len(sources)),
			}
			es := v.entries(f)
			// A unique detail's summary only names its source, which the
			// row's one filled cell already shows: say what the detail is.
			if k.kind == compare.Unique && len(es) > 0 {
				detail := es[0].Text
				if es[0].HasValue {
					detail = es[0].Value
				}
				row.Summary = shorten(cleanLine(detail), maxSentence)
			}
			for _, e := range es {
				// A claim of a source the Result does not list has no
				// column; the finding's own section still shows it.
				if i, ok := col[e.Source]; ok {
					ref := claimRef(e.Claim)
					ref.ID = strings.TrimPrefix(ref.ID, cleanLine(e.Source)) // "#4": the column names the source
					row.Cells[i] = append(row.Cells[i], ref)
				}
			}
			for i, c := range row.Cells {
				if len(c) > 0 {
					m.Totals[i]++
				}
			}
			g.Rows = append(g.Rows, row)
		}
		if len(g.Rows) > 0 {
			m.Groups = append(m.Groups, g)
		}
	}
	return m
}

// htmlTexts cuts each article's text into runs, highlighting the sentence
// of every claim. Claims whose sentences overlap share one highlight, so
// the runs never nest or repeat text.
func htmlTexts(v *view) []htmlText {
	refs := map[string][]string{}             // claim id → ids of the findings citing it
	kinds := map[string]compare.FindingKind{} // claim id → the most pressing kind citing it
	for i := range v.r.Findings {
		f := &v.r.Findings[i]
		for _, e := range v.entries(f) {
			if !containsString(refs[e.Claim], f.ID) {
				refs[e.Claim] = append(refs[e.Claim], f.ID)
			}
			if k, ok := kinds[e.Claim]; !ok || kindRank(f.Kind) < kindRank(k) {
				kinds[e.Claim] = f.Kind
			}
		}
	}
	byArticle := map[string][]*claims.Claim{}
	for i := range v.r.Claims {
		c := &v.r.Claims[i]
		if v.claims[c.ID] == c { // a duplicate id would duplicate an anchor
			byArticle[c.Source] = append(byArticle[c.Source], c)
		}
	}
	var out []htmlText
	seen := map[string]bool{}
	for _, a := range v.articleList() {
		if seen[a.ID] {
			continue
		}
		seen[a.ID] = true
		out = append(out, htmlTextOf(a, byArticle[a.ID], refs, kinds))
	}
	return out
}

// kindRank orders finding kinds by what a reader checks first.
func kindRank(k compare.FindingKind) int {
	switch k {
	case compare.Discrepancy:
		return 0
	case compare.Unique:
		return 1
	case compare.Agreement:
		return 2
	}
	return 3
}

func htmlTextOf(a *claims.Article, cs []*claims.Claim, refs map[string][]string, kinds map[string]compare.FindingKind) htmlText {
	t := htmlText{ID: cleanLine(a.ID), Anchor: anchor("s", a.ID), Path: cleanLine(a.Path)}
	type mark struct {
		start, end int
		claims     []*claims.Claim
	}
	var placed []*claims.Claim
	for _, c := range cs {
		if s := c.Sentence; s.Start >= 0 && s.Start < s.End && s.End <= len(a.Text) {
			placed = append(placed, c)
		} else {
			t.Unplaced = append(t.Unplaced, claimRef(c.ID))
		}
	}
	sort.SliceStable(placed, func(i, j int) bool { return placed[i].Sentence.Start < placed[j].Sentence.Start })
	var marks []mark
	for _, c := range placed {
		if n := len(marks); n > 0 && c.Sentence.Start < marks[n-1].end {
			marks[n-1].end = max(marks[n-1].end, c.Sentence.End)
			marks[n-1].claims = append(marks[n-1].claims, c)
			continue
		}
		marks = append(marks, mark{c.Sentence.Start, c.Sentence.End, []*claims.Claim{c}})
	}

	// plain adds text[from:to], split where the article's skipped regions
	// (headline, date line) begin and end.
	// Skip is sorted and disjoint, so the region at or after from is
	// found by binary search (thousands of skipped lines stay linear).
	plain := func(from, to int) {
		for from < to {
			next, skip := to, false
			k := sort.Search(len(a.Skip), func(k int) bool { return a.Skip[k].End > from })
			if k < len(a.Skip) {
				if s := a.Skip[k]; s.Start <= from {
					next, skip = min(s.End, to), true
				} else if s.Start < next {
					next = s.Start
				}
			}
			t.Runs = append(t.Runs, htmlRun{Text: cleanBlock(a.Text[from:next]), Skip: skip})
			from = next
		}
	}
	at := 0
	for _, m := range marks {
		plain(at, m.start)
		run := htmlRun{Text: cleanBlock(a.Text[m.start:m.end])}
		var fs []string
		for _, c := range m.claims {
			if k, ok := kinds[c.ID]; ok && (run.Kind == "" || kindRank(k) < kindRank(compare.FindingKind(run.Kind))) {
				run.Kind = string(k)
			}
			ref := claimRef(c.ID)
			ref.ID = strings.TrimPrefix(ref.ID, t.ID) // "#4": the heading names the source
			run.Claims = append(run.Claims, ref)
			for _, f := range refs[c.ID] {
				if !containsString(fs, f) {
					fs = append(fs, f)
				}
			}
		}
		for _, f := range fs {
			run.Refs = append(run.Refs, htmlClaimRef{ID: cleanLine(f), Anchor: anchor("f", f)})
		}
		t.Runs = append(t.Runs, run)
		at = m.end
	}
	plain(at, len(a.Text))
	return t
}

// count is n with its noun: "1 source", "3 sources".
func count(n int, one, many string) string {
	return strconv.Itoa(n) + " " + plural(n, one, many)
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func claimRef(id string) htmlClaimRef {
	return htmlClaimRef{ID: cleanLine(id), Anchor: anchor("c", id)}
}

// anchor makes an HTML id (and URL fragment) from a source, claim or
// finding id, which may hold any character: letters, digits and "-" stay,
// the "#" of a claim id becomes ".", and every other byte is written as
// "_" and two hex digits. Distinct ids therefore keep distinct anchors, and
// the prefix keeps the kinds apart.
func anchor(prefix, id string) string {
	var b strings.Builder
	b.WriteString(prefix)
	b.WriteByte('-')
	for i := 0; i < len(id); i++ {
		switch c := id[i]; {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-':
			b.WriteByte(c)
		case c == '#':
			b.WriteByte('.')
		default:
			fmt.Fprintf(&b, "_%02x", c)
		}
	}
	return b.String()
}

// cleanBlock is cleanLine for text shown with its line breaks (the source
// texts): newlines and tabs stay, "\r\n" and a lone "\r" become "\n",
// other control characters and invalid UTF-8 become U+FFFD, and bidi
// embedding, override and isolate controls are dropped.
func cleanBlock(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch {
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			r = '\n'
		case r == '\n' || r == '\t':
		case isBidiControl(r):
			continue
		case r == utf8.RuneError || unicode.IsControl(r):
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}
