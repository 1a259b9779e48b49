package report

import (
	"bytes"
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// Above these many rows a table is folded into <details>, so a PR comment
// leads with the discrepancies, which are never folded.
const (
	foldAgreements = 10
	foldUnique     = 5
)

// mdLimit is the most a GitHub comment may hold (65,536 characters;
// counted here in bytes, which is never fewer). $GITHUB_STEP_SUMMARY takes
// 1 MiB per step (summaryLimit), so a report that fits a comment fits there
// too; only discrepancies, which are never left out to fit a comment, can
// take more, and past summaryLimit the last ones are counted, not shown.
const (
	mdLimit      = 65536
	summaryLimit = 1 << 20
)

// How much a Markdown report leaves out to stay under mdLimit: nothing,
// then the sentences of agreements and unique details, then those tables.
// Discrepancies are always shown whole.
const (
	mdFull = iota
	mdNoSentences
	mdDiscrepanciesOnly
)

// writeMarkdown writes GitHub-flavoured Markdown for a PR comment or
// $GITHUB_STEP_SUMMARY. It is written by hand rather than with tablewriter's
// Markdown renderer, which does not escape "|": every piece of article text
// goes through md, and every piece inside raw HTML through html.EscapeString.
//
// A report too long for a comment is written again with less in it, and
// says so, rather than being cut off mid-table or refused by GitHub.
func writeMarkdown(buf *bytes.Buffer, v *view, opt Options) error {
	write := writeMarkdownLevel
	if opt.Claims {
		write = func(buf *bytes.Buffer, v *view, level, _ int) { writeClaimsMarkdownLevel(buf, v, level) }
	}
	var out bytes.Buffer
	for level := mdFull; ; level++ {
		out.Reset()
		write(&out, v, level, -1)
		if out.Len() <= mdLimit || level == mdDiscrepanciesOnly {
			break
		}
	}
	if out.Len() > summaryLimit && !opt.Claims {
		// Too many discrepancies even for a step summary: the most that
		// fit (the most severe come first), found by bisection.
		lo, hi := 0, len(v.findings(compare.Discrepancy))
		for lo < hi {
			mid := (lo + hi + 1) / 2
			out.Reset()
			write(&out, v, mdDiscrepanciesOnly, mid)
			if out.Len() <= summaryLimit {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		out.Reset()
		write(&out, v, mdDiscrepanciesOnly, lo)
	}
	buf.Write(out.Bytes())
	return nil
}

// writeMarkdownLevel writes the report leaving out what level says, and
// all discrepancies after the first maxD (none when maxD < 0).
func writeMarkdownLevel(buf *bytes.Buffer, v *view, level, maxD int) {
	s := v.summary()
	buf.WriteString("## claimdiff report\n\n")
	fmt.Fprintf(buf, "**%d %s**, %d %s and %d %s across %d %s (%d %s).\n\n",
		s.Discrepancies, plural(s.Discrepancies, "discrepancy", "discrepancies"),
		s.Agreements, plural(s.Agreements, "agreement", "agreements"),
		s.Unique, plural(s.Unique, "unique detail", "unique details"),
		s.Sources, plural(s.Sources, "source", "sources"),
		s.Claims, plural(s.Claims, "claim", "claims"))
	switch level {
	case mdNoSentences:
		buf.WriteString("_Shortened to fit a GitHub comment: agreements and unique details list claim ids only; `--format html` has everything._\n\n")
	case mdDiscrepanciesOnly:
		buf.WriteString("_Shortened to fit a GitHub comment: discrepancies only; `--format html` has everything._\n\n")
	}

	mdSources(buf, v)

	ds := v.findings(compare.Discrepancy)
	fmt.Fprintf(buf, "### Discrepancies (%d)\n\n", len(ds))
	if len(ds) == 0 {
		buf.WriteString("None.\n\n")
	}
	for i, f := range ds {
		if maxD >= 0 && i >= maxD {
			fmt.Fprintf(buf, "_%d more %s left out to fit GitHub's 1 MiB step summary; `--format html` has everything._\n\n",
				len(ds)-i, plural(len(ds)-i, "discrepancy", "discrepancies"))
			break
		}
		mdDiscrepancy(buf, v, f)
	}

	ag := v.findings(compare.Agreement)
	fmt.Fprintf(buf, "### Agreements (%d)\n\n", len(ag))
	if level == mdDiscrepanciesOnly {
		if len(ag) > 0 {
			buf.WriteString("Left out.\n\n")
		}
	} else if len(ag) == 0 {
		buf.WriteString("None.\n\n")
	} else {
		open := mdFold(buf, len(ag) > foldAgreements, fmt.Sprintf("%d agreements", len(ag)))
		buf.WriteString("| finding | summary | sentences |\n| --- | --- | --- |\n")
		for _, f := range ag {
			var sents []string
			for _, e := range v.entries(f) {
				sent := e.Sentence
				if sent == "" {
					sent = e.Text
				}
				if level == mdNoSentences {
					sents = append(sents, "**"+md(e.Claim)+"**")
					continue
				}
				sents = append(sents, "**"+md(e.Claim)+"** "+md(shorten(cleanLine(sent), maxSentence)))
			}
			summary := md(f.Summary)
			if f.Review {
				summary += " _(needs review)_"
			}
			mdRow(buf, md(f.ID), summary, strings.Join(sents, "<br>"))
		}
		mdUnfold(buf, open)
	}

	un := v.findings(compare.Unique)
	fmt.Fprintf(buf, "### Unique details (%d)\n\n", len(un))
	switch {
	case len(un) == 0:
		buf.WriteString("None.\n\n")
	case level == mdDiscrepanciesOnly:
		buf.WriteString("Left out.\n\n")
	default:
		for _, g := range v.uniqueBySource() {
			mdUnique(buf, v, g, level == mdNoSentences)
		}
	}

	buf.WriteString("### Counts\n\n")
	buf.WriteString("| sources | claims | discrepancies | agreements | unique |\n")
	buf.WriteString("| ---: | ---: | ---: | ---: | ---: |\n")
	mdRow(buf, strconv.Itoa(s.Sources), strconv.Itoa(s.Claims), strconv.Itoa(s.Discrepancies),
		strconv.Itoa(s.Agreements), strconv.Itoa(s.Unique))
}

// mdSources is the table of sources every Markdown report starts with.
func mdSources(buf *bytes.Buffer, v *view) {
	if as := v.articleList(); len(as) > 0 {
		buf.WriteString("| source | title | published | words | claims |\n")
		buf.WriteString("| --- | --- | --- | ---: | ---: |\n")
		for _, a := range as {
			mdRow(buf, md(a.ID), md(orDash(shorten(cleanLine(a.Title), maxTitle))), md(orDash(a.Published)),
				strconv.Itoa(a.Words), strconv.Itoa(v.perSource[a.ID]))
		}
		buf.WriteString("\n")
	}
}

func mdDiscrepancy(buf *bytes.Buffer, v *view, f *compare.Finding) {
	fmt.Fprintf(buf, "#### %s · %s\n\n", md(f.ID), md(orDash(cleanLine(f.Summary))))
	var meta []string
	if f.Severity != "" {
		meta = append(meta, "**"+md(string(f.Severity))+"**")
	}
	if fs := facets(f, ", "); fs != "" {
		meta = append(meta, md(fs))
	}
	meta = append(meta, "score "+score(f.Score))
	if f.Review {
		meta = append(meta, "_needs review_")
	}
	buf.WriteString(strings.Join(meta, " · ") + "\n\n")

	buf.WriteString("| source | wording |\n| --- | --- |\n")
	for _, e := range v.entries(f) {
		wording := e.Value
		if !e.HasValue {
			wording = e.Text
		}
		wording = cleanLine(wording)
		cell := md(shorten(wording, maxWording))
		if s := cleanLine(e.Sentence); s != "" && s != wording {
			cell += "<br><sub>sentence: " + md(shorten(s, maxContext)) + "</sub>"
		}
		mdRow(buf, mdSource(e), cell)
	}
	if len(f.Diff) > 0 {
		mdRow(buf, "_diff_", mdDiff(f.Diff))
	}
	buf.WriteString("\n")
}

func mdUnique(buf *bytes.Buffer, v *view, g group, idsOnly bool) {
	rows := 0
	for _, f := range g.Findings {
		rows += len(v.entries(f))
	}
	title := fmt.Sprintf("%s · %d %s only this source has", orDash(cleanLine(g.Source)),
		len(g.Findings), plural(len(g.Findings), "detail", "details"))
	fold := rows > foldUnique
	if !fold {
		fmt.Fprintf(buf, "#### %s\n\n", md(title))
	}
	open := mdFold(buf, fold, title)
	buf.WriteString("| finding | claim | detail |\n| --- | --- | --- |\n")
	for _, f := range g.Findings {
		for i, e := range v.entries(f) {
			id := md(f.ID)
			if i > 0 {
				id = ""
			}
			detail := e.Text
			if e.HasValue {
				detail = e.Value
			}
			if idsOnly {
				detail = ""
			}
			mdRow(buf, id, md(e.Claim), md(shorten(cleanLine(detail), maxSentence)))
		}
	}
	mdUnfold(buf, open)
}

// mdSource names the claim's source, and the claim when the id says more
// than the source (two claims of one source contradicting each other).
func mdSource(e entry) string {
	s := "**" + md(e.Source) + "**"
	if e.Claim != "" && e.Claim != e.Source {
		s += " " + md(strings.TrimPrefix(e.Claim, e.Source))
	}
	return s
}

// mdDiff renders a word diff with <del> and <ins>, which GitHub keeps.
func mdDiff(ops []compare.DiffOp) string {
	var b strings.Builder
	for _, op := range spaced(elideDiff(ops)) {
		core := md(op.Text)
		if core == "" { // a change of spacing only: keep the words apart
			b.WriteByte(' ')
			continue
		}
		// md trims; the edge spaces separate this op's words from the next.
		if strings.HasPrefix(op.Text, " ") {
			b.WriteByte(' ')
		}
		switch op.Op {
		case "delete":
			b.WriteString("<del>" + core + "</del>")
		case "insert":
			b.WriteString("<ins>" + core + "</ins>")
		default:
			b.WriteString(core)
		}
		if strings.HasSuffix(op.Text, " ") {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// mdFold opens a <details> block when fold is set; the blank line after
// <summary> is what lets GitHub render the Markdown table inside.
func mdFold(buf *bytes.Buffer, fold bool, summary string) bool {
	if fold {
		fmt.Fprintf(buf, "<details><summary>%s</summary>\n\n", html.EscapeString(cleanLine(summary)))
	}
	return fold
}

func mdUnfold(buf *bytes.Buffer, open bool) {
	buf.WriteString("\n")
	if open {
		buf.WriteString("</details>\n\n")
	}
}

func mdRow(buf *bytes.Buffer, cells ...string) {
	buf.WriteString("|")
	for _, c := range cells {
		buf.WriteString(" " + c + " |")
	}
	buf.WriteString("\n")
}

// mdEscaper makes text literal in GFM inline context, table cells included:
// HTML-significant characters become entities (so "<script>" is text, not a
// tag), "|" is escaped so it cannot end a cell, and the characters that start
// emphasis, code, links, strikethrough, headings or GitHub math ("$5 and
// $10" is otherwise typeset as a formula) get a backslash. An "@" gets an
// invisible word joiner after it: a backslash does not stop GitHub from
// notifying the user an article's "@handle" happens to name.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "&", "&amp;", "<", "&lt;", ">", "&gt;", "|", `\|`,
	"`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"~", `\~`, "#", `\#`, "$", `\$`, "@", "@\u2060",
)

// md is article or finding text made safe for one Markdown line.
func md(s string) string { return mdEscaper.Replace(cleanLine(s)) }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
