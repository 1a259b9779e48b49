package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter/tw"

	"github.com/claimdiff/claimdiff/claims"
)

// The claims list: what `claimdiff claims` shows in the human formats
// (Options.Claims). A fact-checker reads it to see what the tool read from
// each article before trusting a comparison: every claim with its kind,
// speaker and cue, the claim itself, and the times, numbers, negation and
// hedging extracted from it. The JSON has all of this already.

// claimRow is one claim as every claims-list format shows it: cleaned,
// one-line values; "" where the claim has none.
type claimRow struct {
	ID, Source, Kind   string
	Speaker, SpeakerAs string // canonical name; the mention, when it differs ("he")
	Cue, Text          string
	Sentence           string // the whole sentence, exactly as in the source (cleaned)
	Time, Numbers      string // "; "-separated
	Negated, Hedged    bool
	SpanStart, SpanEnd int // the sentence's byte span

	raw *claims.Claim // for csv, which carries text exactly as in the source
}

// flags is "negated", "hedged", both or "".
func (c claimRow) flags(sep string) string {
	var f []string
	if c.Negated {
		f = append(f, "negated")
	}
	if c.Hedged {
		f = append(f, "hedged")
	}
	return strings.Join(f, sep)
}

func claimRowOf(v *view, c *claims.Claim) claimRow {
	r := claimRow{
		ID: cleanLine(c.ID), Source: cleanLine(c.Source), Kind: string(c.Kind),
		Text: cleanLine(c.Text), Sentence: cleanLine(v.sentence(c)),
		Negated: c.Negated, Hedged: c.Hedged, raw: c,
		SpanStart: c.Sentence.Start, SpanEnd: c.Sentence.End,
	}
	if s := c.Speaker; s != nil {
		r.Speaker = cleanLine(s.Name)
		if as := cleanLine(s.Text); as != "" && !strings.EqualFold(as, r.Speaker) {
			r.SpeakerAs = as
		}
		if r.Speaker == "" {
			r.Speaker, r.SpeakerAs = r.SpeakerAs, ""
		}
	}
	if c.Cue != nil {
		r.Cue = cleanLine(c.Cue.Text)
	}
	var ts []string
	for _, t := range c.Time {
		s := cleanLine(t.Text)
		if t.Value != "" && t.Value != s {
			s += " (" + cleanLine(t.Value) + ")"
		}
		ts = append(ts, s)
	}
	r.Time = strings.Join(ts, "; ")
	var ns []string
	for _, n := range c.Numbers {
		ns = append(ns, cleanLine(n.Text))
	}
	r.Numbers = strings.Join(ns, "; ")
	return r
}

// claimsBySource is each listed article with its claims, in the Result's
// order (sources in id order, claims in text order); claims of a source
// the Result does not list come last, under their own id, never dropped.
func claimsBySource(v *view) []struct {
	Source string
	Rows   []claimRow
} {
	type group = struct {
		Source string
		Rows   []claimRow
	}
	var out []group
	at := map[string]int{}
	for _, a := range v.articleList() {
		if _, dup := at[a.ID]; !dup {
			at[a.ID] = len(out)
			out = append(out, group{Source: a.ID})
		}
	}
	for i := range v.r.Claims {
		c := &v.r.Claims[i]
		k, ok := at[c.Source]
		if !ok {
			k = len(out)
			at[c.Source] = k
			out = append(out, group{Source: c.Source})
		}
		out[k].Rows = append(out[k].Rows, claimRowOf(v, c))
	}
	return out
}

// claimsList writes each source's claims as a grid: id, kind, speaker
// (with the mention and the cue under the name), and the claim with what
// was extracted from it.
func (t *term) claimsList(v *view) error {
	for _, g := range claimsBySource(v) {
		t.blank()
		t.line(fmt.Sprintf("CLAIMS · %s (%d)", orDash(cleanLine(g.Source)), len(g.Rows)))
		if len(g.Rows) == 0 {
			t.line("none")
			continue
		}
		var rows [][]cell
		for _, c := range g.Rows {
			who := cell{text(orDash(c.Speaker))}
			if c.SpeakerAs != "" {
				who = append(who, text("as “"+c.SpeakerAs+"”"))
			}
			if c.Cue != "" {
				who = append(who, text("cue: "+c.Cue))
			}
			what := cell{text(shorten(c.Text, maxWording))}
			var extra []string
			if c.Time != "" {
				extra = append(extra, "time: "+c.Time)
			}
			if c.Numbers != "" {
				extra = append(extra, "numbers: "+c.Numbers)
			}
			if f := c.flags(", "); f != "" {
				extra = append(extra, f)
			}
			if len(extra) > 0 {
				what = append(what, text(strings.Join(extra, " · ")))
			}
			rows = append(rows, []cell{{text(c.ID)}, {text(c.Kind)}, who, what})
		}
		if err := t.grid([]string{"CLAIM", "KIND", "SPEAKER", "TEXT"},
			tw.Alignment{tw.AlignLeft, tw.AlignLeft, tw.AlignLeft, tw.AlignLeft}, rows); err != nil {
			return err
		}
	}
	return nil
}

// mdClaims writes each source's claims as a Markdown table. Shortened
// (short) the claims are cut to a line, so a long list still fits a
// comment; at the last level only the counts are left, and the report says
// so.
func mdClaims(buf *bytes.Buffer, v *view, level int) {
	for _, g := range claimsBySource(v) {
		fmt.Fprintf(buf, "### %s (%d %s)\n\n", md(orDash(g.Source)), len(g.Rows), plural(len(g.Rows), "claim", "claims"))
		if len(g.Rows) == 0 {
			buf.WriteString("None.\n\n")
			continue
		}
		if level == mdDiscrepanciesOnly {
			buf.WriteString("Left out.\n\n")
			continue
		}
		buf.WriteString("| claim | kind | speaker | cue | text | time | numbers | negated, hedged |\n")
		buf.WriteString("| --- | --- | --- | --- | --- | --- | --- | --- |\n")
		limit := maxWording
		if level == mdNoSentences {
			limit = 80
		}
		for _, c := range g.Rows {
			who := md(c.Speaker)
			if c.SpeakerAs != "" {
				who += " (“" + md(c.SpeakerAs) + "”)"
			}
			mdRow(buf, md(c.ID), md(c.Kind), who, md(c.Cue), md(shorten(c.Text, limit)),
				md(c.Time), md(c.Numbers), md(c.flags(", ")))
		}
		buf.WriteString("\n")
	}
}

var claimsCSVHeader = []string{
	"source", "claim_id", "kind", "speaker", "speaker_text", "cue", "text",
	"time", "numbers", "negated", "hedged", "span_start", "span_end", "sentence",
}

// writeClaimsCSV writes one RFC 4180 row per claim, as writeCSV does per
// finding: the claim and its sentence exactly as in the source, CRLF
// records.
func writeClaimsCSV(buf *bytes.Buffer, v *view) error {
	w := csv.NewWriter(buf)
	w.UseCRLF = true
	if err := w.Write(claimsCSVHeader); err != nil {
		return err
	}
	for _, g := range claimsBySource(v) {
		for _, c := range g.Rows {
			// Cells are defused like the findings CSV's (see csvCell).
			if err := w.Write(csvRow([]string{
				c.raw.Source, c.raw.ID, c.Kind, c.Speaker, c.SpeakerAs, c.Cue, c.raw.Text,
				c.Time, c.Numbers, strconv.FormatBool(c.Negated), strconv.FormatBool(c.Hedged),
				strconv.Itoa(c.SpanStart), strconv.Itoa(c.SpanEnd), v.sentence(c.raw),
			})); err != nil {
				return err
			}
		}
	}
	w.Flush()
	return w.Error()
}

// htmlClaimsGroup is one source's claims for the HTML page.
type htmlClaimsGroup struct {
	Source, Anchor string
	Rows           []htmlClaimRow
}

type htmlClaimRow struct {
	Claim                         htmlClaimRef // links to the sentence in the source text
	Kind, Speaker, SpeakerAs, Cue string
	Text, Time, Numbers, Flags    string
}

func htmlClaimsOf(v *view) []htmlClaimsGroup {
	var out []htmlClaimsGroup
	for _, g := range claimsBySource(v) {
		hg := htmlClaimsGroup{Source: orDash(cleanLine(g.Source)), Anchor: anchor("l", g.Source)}
		for _, c := range g.Rows {
			hg.Rows = append(hg.Rows, htmlClaimRow{
				Claim: claimRef(c.ID), Kind: c.Kind, Speaker: c.Speaker, SpeakerAs: c.SpeakerAs, Cue: c.Cue,
				Text: shorten(c.Text, maxWording), Time: c.Time, Numbers: c.Numbers, Flags: c.flags(", "),
			})
		}
		out = append(out, hg)
	}
	return out
}

// writeClaimsMarkdownLevel is writeMarkdownLevel for a claims list.
func writeClaimsMarkdownLevel(buf *bytes.Buffer, v *view, level int) {
	s := v.summary()
	buf.WriteString("## claimdiff claims\n\n")
	fmt.Fprintf(buf, "**%d %s** in %d %s.\n\n", s.Claims, plural(s.Claims, "claim", "claims"),
		s.Sources, plural(s.Sources, "source", "sources"))
	switch level {
	case mdNoSentences:
		buf.WriteString("_Shortened to fit a GitHub comment: claims cut to a line; `--format html` has everything._\n\n")
	case mdDiscrepanciesOnly:
		buf.WriteString("_Shortened to fit a GitHub comment: counts only; `--format html` or `csv` has every claim._\n\n")
	}
	mdSources(buf, v)
	mdClaims(buf, v, level)
}
