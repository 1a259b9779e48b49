package report

import (
	"bytes"
	"fmt"
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
//
// GitHub shows at most ghPerLevel annotations of each level per step (and
// 50 per job; actions/toolkit docs/problem-matchers.md) and silently drops
// the rest. So each level keeps its first ghPerLevel annotations in report
// order (most severe findings first), errors are written before warnings
// and notices, and when any were left out the last line is a notice saying
// how many, with one plain log line (not a command) per annotation left
// out, so nothing vanishes unsaid. That notice takes one of the notices'
// places.
func writeGitHub(buf *bytes.Buffer, v *view, opt Options) error {
	type annotation struct{ level, line, plain string }
	var all []annotation
	for i := range v.r.Findings {
		f := &v.r.Findings[i]
		if f.Kind == compare.Agreement {
			continue
		}
		msg := ciMessage(v, f)
		title := "claimdiff " + ciTitle(f)
		level := githubLevel(f.Severity)
		for _, e := range ciEntries(v, f, opt) {
			var b strings.Builder
			b.WriteString("::")
			b.WriteString(level)
			var props []string
			where := e.Claim
			if loc, ok := v.locate(e); ok {
				props = append(props,
					"file="+ghProperty(loc.file),
					"line="+strconv.Itoa(loc.startLine),
					"col="+strconv.Itoa(loc.startCol),
					"endLine="+strconv.Itoa(loc.endLine),
					"endColumn="+strconv.Itoa(loc.endCol))
				where = loc.file + ":" + strconv.Itoa(loc.startLine) + ":" + strconv.Itoa(loc.startCol)
			}
			props = append(props, "title="+ghProperty(title))
			b.WriteByte(' ')
			b.WriteString(strings.Join(props, ","))
			b.WriteString("::")
			b.WriteString(ghData(msg))
			b.WriteByte('\n')
			said := e.Text
			if e.HasValue {
				said = e.Value
			}
			plain := "claimdiff: not annotated: " + level + " " + cleanLine(where) + ": " +
				cleanLine(f.ID+" "+string(f.Severity)+": "+f.Summary) + ": " + strconv.Quote(clip(cleanLine(said), 120))
			all = append(all, annotation{level, b.String(), plain})
		}
	}
	counts := map[string]int{}
	for _, a := range all {
		counts[a.level]++
	}
	room := map[string]int{"error": ghPerLevel, "warning": ghPerLevel, "notice": ghPerLevel}
	if counts["error"] > ghPerLevel || counts["warning"] > ghPerLevel || counts["notice"] > ghPerLevel {
		room["notice"] = ghPerLevel - 1 // the closing notice needs a place
	}
	var left []string
	for _, level := range []string{"error", "warning", "notice"} {
		for _, a := range all {
			if a.level != level {
				continue
			}
			if room[level] > 0 {
				room[level]--
				buf.WriteString(a.line)
			} else {
				left = append(left, a.plain)
			}
		}
	}
	if len(left) > 0 {
		for _, l := range left {
			buf.WriteString(l)
			buf.WriteByte('\n')
		}
		fmt.Fprintf(buf, "::notice title=claimdiff::%d of %d annotations left out: GitHub shows %d errors, %d warnings and %d notices per step. They are listed above as plain lines; --format markdown or sarif has every finding.\n",
			len(left), len(all), ghPerLevel, ghPerLevel, ghPerLevel)
	}
	return nil
}

// ghPerLevel is how many annotations of one level (error, warning,
// notice) GitHub shows for one step.
const ghPerLevel = 10

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
