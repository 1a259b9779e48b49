package report

import (
	"bytes"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/termsafe"
)

// writeGitHub writes GitHub Actions workflow commands, one per finding and
// annotated claim:
//
//	::error file=new/bbc.md,line=3,col=1,endLine=3,endColumn=68,title=…::message
//
// so that a pull request shows each discrepancy on the sentence it is
// about. Agreements are not annotated: sources agreeing needs no review.
// The level follows the severity: high → error, medium → warning, low →
// notice; the exit status stays --fail-on's business.
func writeGitHub(buf *bytes.Buffer, v *view, opt Options) error {
	for i := range v.r.Findings {
		f := &v.r.Findings[i]
		if f.Kind == compare.Agreement {
			continue
		}
		msg := ciMessage(v, f)
		title := "claimdiff " + ciTitle(f)
		for _, e := range ciEntries(v, f, opt) {
			buf.WriteString("::")
			buf.WriteString(githubLevel(f.Severity))
			var props []string
			if loc, ok := v.locate(e); ok {
				props = append(props,
					"file="+ghProperty(loc.file),
					"line="+strconv.Itoa(loc.startLine),
					"col="+strconv.Itoa(loc.startCol),
					"endLine="+strconv.Itoa(loc.endLine),
					"endColumn="+strconv.Itoa(loc.endCol))
			}
			props = append(props, "title="+ghProperty(title))
			buf.WriteByte(' ')
			buf.WriteString(strings.Join(props, ","))
			buf.WriteString("::")
			buf.WriteString(ghData(msg))
			buf.WriteByte('\n')
		}
	}
	return nil
}

func githubLevel(s compare.Severity) string {
	switch s {
	case compare.High:
		return "error"
	case compare.Medium:
		return "warning"
	}
	return "notice"
}

// ghData escapes a workflow command's message as the Actions toolkit does
// (escapeData): %, CR and LF.
// Other control characters (ESC, BEL: a file name's terminal escapes)
// are printed escaped (termsafe).
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(termsafe.Keep(s, "\r\n"))
}

// ghProperty escapes a workflow command property (escapeProperty): the
// message's characters plus ":" and ",", which end a property.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(termsafe.Keep(s, "\r\n"))
}

// ciTitle names a finding's kind and facets: "discrepancy (number, quote)".
func ciTitle(f *compare.Finding) string {
	t := string(f.Kind)
	if len(f.Facets) > 0 {
		t += " (" + facets(f, ", ") + ")"
	}
	return t
}

// ciMessage is a finding in one paragraph for an annotation: its id, the
// summary, and what each source says.
func ciMessage(v *view, f *compare.Finding) string {
	var b strings.Builder
	b.WriteString(f.ID)
	b.WriteString(" ")
	b.WriteString(string(f.Severity))
	b.WriteString(": ")
	b.WriteString(f.Summary)
	if f.Kind == compare.Unique {
		for _, e := range v.entries(f) {
			b.WriteString("\n")
			b.WriteString(strconv.Quote(clip(e.Text, 200)))
		}
	} else {
		for _, e := range v.entries(f) {
			if e.HasValue {
				b.WriteString("\n")
				b.WriteString(e.Source)
				b.WriteString(": ")
				b.WriteString(strconv.Quote(clip(e.Value, 200)))
			}
		}
	}
	return b.String()
}

// ciEntries are the claims of f a CI annotation points at: those of the
// sources named in opt.Annotate (the new articles of a check), or all.
// A finding none of whose claims is in Annotate points at all of them, so
// that nothing the command kept goes unshown.
func ciEntries(v *view, f *compare.Finding, opt Options) []entry {
	es := v.entries(f)
	if len(opt.Annotate) == 0 {
		return es
	}
	var out []entry
	for _, e := range es {
		for _, s := range opt.Annotate {
			if e.Source == s {
				out = append(out, e)
				break
			}
		}
	}
	if len(out) == 0 {
		return es
	}
	return out
}

// location is a claim's sentence as a file position. Lines and columns
// count from 1; columns count Unicode code points (SARIF columnKind
// "unicodeCodePoints"); endColumn is the column just past the sentence.
type location struct {
	file                string // slash-separated path, or a URL
	startLine, startCol int
	endLine, endCol     int
	span                claims.Span
}

// locate finds where e's sentence is. It fails for a claim with no article,
// for standard input (no file to point at) and for a span outside the text.
func (v *view) locate(e entry) (location, bool) {
	a := v.articles[e.Source]
	if a == nil || a.Path == "" || a.Path == "-" || e.Span.Start < 0 || e.Span.End > len(a.Text) || e.Span.Start > e.Span.End {
		return location{}, false
	}
	file := a.Path
	if !strings.Contains(file, "://") {
		file = strings.TrimPrefix(filepath.ToSlash(filepath.Clean(file)), "./")
	}
	l := location{file: file, span: e.Span}
	l.startLine, l.startCol = lineCol(a.Text, e.Span.Start)
	l.endLine, l.endCol = lineCol(a.Text, e.Span.End)
	return l, true
}

// lineCol converts a byte offset into a 1-based line and code-point column.
func lineCol(text string, off int) (line, col int) {
	before := text[:off]
	line = 1 + strings.Count(before, "\n")
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return line, 1 + utf8.RuneCountInString(before)
}

// clip shortens s to at most n runes, marking the cut: an annotation is
// read in a margin, and the whole sentence is one click away.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
