package report

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/claimdiff/claimdiff/compare"
)

const (
	defaultWidth = 100
	// minWidth is the narrowest layout the tables can keep: five columns
	// of borders and padding plus a few columns of text each.
	minWidth = 40
)

// term writes the terminal report: plain lines and grids, never wider than
// width display columns.
type term struct {
	buf   *bytes.Buffer
	width int
	color bool
	tbl   *tablewriter.Table // reused by every grid: see table
}

// writeTable writes the report for a person at a terminal or on paper:
// the sources, then discrepancies (what to check first), agreements, details
// only one source has, and the counts.
func writeTable(buf *bytes.Buffer, v *view, opt Options) error {
	t := &term{buf: buf, width: opt.Width, color: opt.Color}
	if t.width == 0 {
		t.width = defaultWidth
	}
	t.width = max(t.width, minWidth)

	t.line("SOURCES")
	if err := t.sources(v); err != nil {
		return err
	}
	if opt.Claims {
		if err := t.claimsList(v); err != nil {
			return err
		}
		s := v.summary()
		t.blank()
		t.line(fmt.Sprintf("TOTAL %d %s · %d %s", s.Sources, plural(s.Sources, "source", "sources"), s.Claims, plural(s.Claims, "claim", "claims")))
		return nil
	}
	steps := []struct {
		title string
		kind  compare.FindingKind
		write func(*view, *compare.Finding) error
	}{
		{"DISCREPANCIES", compare.Discrepancy, t.discrepancy},
		{"AGREEMENTS", compare.Agreement, t.agreement},
	}
	for _, s := range steps {
		fs := v.findings(s.kind)
		t.blank()
		t.line(fmt.Sprintf("%s (%d)", s.title, len(fs)))
		if len(fs) == 0 {
			t.line("none")
		}
		for _, f := range fs {
			t.blank()
			if err := s.write(v, f); err != nil {
				return err
			}
		}
	}
	t.blank()
	t.line(fmt.Sprintf("UNIQUE (%d)", len(v.findings(compare.Unique))))
	groups := v.uniqueBySource()
	if len(groups) == 0 {
		t.line("none")
	}
	for _, g := range groups {
		t.blank()
		if err := t.unique(v, g); err != nil {
			return err
		}
	}
	t.blank()
	t.line("TOTAL " + counts(v.summary()))
	return nil
}

// counts is the tally the table ends with.
func counts(s compare.Summary) string {
	return fmt.Sprintf("%d sources · %d claims · %d discrepancies · %d agreements · %d unique",
		s.Sources, s.Claims, s.Discrepancies, s.Agreements, s.Unique)
}

func (t *term) sources(v *view) error {
	var rows [][]cell
	for _, a := range v.articleList() {
		rows = append(rows, []cell{
			{text(cleanLine(a.ID))},
			{text(orDash(shorten(cleanLine(a.Title), maxTitle)))},
			{text(orDash(cleanLine(a.Published)))},
			{text(strconv.Itoa(a.Words))},
			{text(strconv.Itoa(v.perSource[a.ID]))},
		})
	}
	if len(rows) == 0 {
		t.line("none")
		return nil
	}
	right := tw.AlignRight
	return t.grid([]string{"ID", "TITLE", "PUBLISHED", "WORDS", "CLAIMS"},
		tw.Alignment{tw.AlignLeft, tw.AlignLeft, tw.AlignLeft, right, right}, rows)
}

func (t *term) discrepancy(v *view, f *compare.Finding) error {
	head := []string{f.ID}
	if f.Severity != "" {
		head = append(head, string(f.Severity))
	}
	if fs := facets(f, ", "); fs != "" {
		head = append(head, fs)
	}
	head = append(head, "score "+score(f.Score))
	if f.Review {
		head = append(head, "needs review")
	}
	t.line(strings.Join(head, " · "))
	if f.Summary != "" {
		t.line(f.Summary)
	}

	var rows [][]cell
	for _, e := range v.entries(f) {
		wording := e.Value
		if !e.HasValue {
			wording = e.Text
		}
		wording = cleanLine(wording)
		c := cell{text(shorten(wording, maxWording))}
		if s := cleanLine(e.Sentence); s != "" && s != wording {
			c = append(c, text("sentence: "+shorten(s, maxContext)))
		}
		rows = append(rows, []cell{{text(cleanLine(e.Claim))}, c})
	}
	if len(f.Diff) > 0 {
		label := cell{text("diff")}
		if len(f.Values) >= 2 { // compare diffs the first two values: say which
			label = append(label,
				diffPara([]compare.DiffOp{{Op: "delete", Text: f.Values[0].Claim}}, t.color),
				diffPara([]compare.DiffOp{{Op: "insert", Text: f.Values[1].Claim}}, t.color))
		}
		rows = append(rows, []cell{label, {diffPara(f.Diff, t.color)}})
	}
	return t.grid([]string{"CLAIM", "WORDING"}, nil, rows)
}

func (t *term) agreement(v *view, f *compare.Finding) error {
	head := f.ID + " · score " + score(f.Score)
	if f.Review {
		head += " · needs review"
	}
	t.line(head)
	if f.Summary != "" {
		t.line(f.Summary)
	}
	var rows [][]cell
	for _, e := range v.entries(f) {
		s := e.Sentence
		if s == "" {
			s = e.Text
		}
		rows = append(rows, []cell{{text(cleanLine(e.Claim))}, {text(shorten(cleanLine(s), maxSentence))}})
	}
	return t.grid([]string{"CLAIM", "SENTENCE"}, nil, rows)
}

func (t *term) unique(v *view, g group) error {
	noun := "details"
	if len(g.Findings) == 1 {
		noun = "detail"
	}
	t.line(fmt.Sprintf("%s · %d %s only this source has", orDash(g.Source), len(g.Findings), noun))
	var rows [][]cell
	for _, f := range g.Findings {
		for i, e := range v.entries(f) {
			id := f.ID
			if i > 0 { // the finding's id once, on its first claim
				id = ""
			}
			detail := e.Text
			if e.HasValue {
				detail = e.Value
			}
			rows = append(rows, []cell{{text(cleanLine(id))}, {text(cleanLine(e.Claim))}, {text(shorten(cleanLine(detail), maxSentence))}})
		}
	}
	return t.grid([]string{"ID", "CLAIM", "DETAIL"}, nil, rows)
}

// diffPara renders a word diff as one paragraph. Without colour, changes are
// marked the way git diff --word-diff does: [-deleted-]{+inserted+}.
func diffPara(ops []compare.DiffOp, color bool) para {
	var p para
	ops = elideDiff(ops)
	if color {
		ops = spaced(ops)
	}
	for _, op := range ops {
		st := plain
		switch op.Op {
		case "delete":
			st = deleted
		case "insert":
			st = inserted
		}
		core := strings.TrimSpace(op.Text)
		if st == plain || core == "" {
			p = append(p, piece{text: op.Text})
			continue
		}
		if !color {
			if st == deleted {
				core = "[-" + core + "-]"
			} else {
				core = "{+" + core + "+}"
			}
		}
		if strings.HasPrefix(op.Text, " ") {
			p = append(p, piece{text: " "})
		}
		p = append(p, piece{text: core, style: st})
		if strings.HasSuffix(op.Text, " ") {
			p = append(p, piece{text: " "})
		}
	}
	return p
}

// line writes s, cleaned and wrapped to the width.
func (t *term) line(s string) {
	for _, l := range text(cleanLine(s)).wrap(t.width, false) {
		t.buf.WriteString(l)
		t.buf.WriteByte('\n')
	}
}

func (t *term) blank() { t.buf.WriteByte('\n') }

// cell is the content of one table cell: paragraphs, each wrapped on its own.
type cell []para

// natural is the width a paragraph takes on one line.
func (p para) natural() int {
	ws := p.words()
	n := max(len(ws)-1, 0)
	for _, w := range ws {
		n += wordWidth(w)
	}
	return n
}

// grid writes a table whose columns share the width: each cell is wrapped
// here to its column's width, so tablewriter lays out lines that already fit.
func (t *term) grid(header []string, align tw.Alignment, rows [][]cell) error {
	n := len(header)
	nat := make([]int, n)
	for i, h := range header {
		nat[i] = width(h)
	}
	for _, r := range rows {
		for i, c := range r {
			for _, p := range c {
				nat[i] = max(nat[i], p.natural())
			}
		}
	}
	// Each column costs its padding (one space each side) and a border.
	widths := fit(nat, t.width-(3*n+1))

	tbl := t.table(align)
	hs := make([]string, n)
	for i, h := range header {
		hs[i] = strings.Join(text(h).wrap(widths[i], false), "\n")
	}
	tbl.Header(hs)
	for _, r := range rows {
		cells := make([]string, n)
		for i, c := range r {
			var lines []string
			for _, p := range c {
				lines = append(lines, p.wrap(widths[i], t.color)...)
			}
			cells[i] = strings.Join(lines, "\n")
		}
		if err := tbl.Append(cells); err != nil {
			return err
		}
	}
	return tbl.Render()
}

// table returns the report's one tablewriter.Table, reset for a new grid.
// One Table is reused because each NewTable allocates a large cache; with
// a report of hundreds of findings that was most of the table format's cost.
func (t *term) table(align tw.Alignment) *tablewriter.Table {
	if t.tbl == nil {
		t.tbl = tablewriter.NewTable(t.buf,
			tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
				Settings: tw.Settings{Separators: tw.Separators{BetweenRows: tw.On}},
			})),
			// Curly quotes and box drawing are ambiguous-width; measuring
			// them as one column whatever the locale keeps the bytes the
			// same on every machine, matching narrow in wrap.go. (This sets
			// a tablewriter global; report is its only user.)
			tablewriter.WithEastAsian(tw.Off),
			tablewriter.WithHeaderAutoFormat(tw.Off),
			tablewriter.WithHeaderAlignment(tw.AlignLeft),
			// Cells arrive wrapped to fit; tablewriter must not re-wrap.
			tablewriter.WithHeaderAutoWrap(tw.WrapNone),
			tablewriter.WithRowAutoWrap(tw.WrapNone),
			// Cells are strings, so the stringer cache is never used, but
			// Reset would reallocate its 10,240-entry map for every grid.
			tablewriter.WithStringerCacheCustom(noCache{}),
		)
	} else {
		t.tbl.Reset()
	}
	t.tbl.Options(tablewriter.WithAlignment(align)) // nil: all left
	return t.tbl
}

// noCache is a stringer cache that keeps nothing.
type noCache struct{}

func (noCache) Add(reflect.Type, reflect.Value) bool        { return false }
func (noCache) Get(reflect.Type) (v reflect.Value, ok bool) { return v, false }
func (noCache) Purge()                                      {}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
