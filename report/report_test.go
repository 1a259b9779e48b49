package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// golden cases: every format, and the table at its default width, narrow,
// and in colour.
var goldens = []struct {
	name, format string
	opt          Options
}{
	{"table", "table", Options{}},
	{"table-60", "table", Options{Width: 60}},
	{"table-color", "table", Options{Width: 80, Color: true}},
	{"markdown", "markdown", Options{}},
	{"json", "json", Options{}},
	{"csv", "csv", Options{}},
	{"html", "html", Options{}},
}

func mustWrite(t testing.TB, r *compare.Result, format string, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, r, format, opt); err != nil {
		t.Fatalf("Write(%s): %v", format, err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for _, g := range goldens {
		t.Run(g.name, func(t *testing.T) {
			got := mustWrite(t, fixture(), g.format, g.opt)
			path := filepath.Join("testdata", g.name+".golden")
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
				t.Errorf("%s differs from %s; if the change is intended, run go test ./report -update\n%s",
					g.name, path, firstDiff(got, want))
			}
		})
	}
}

// firstDiff shows the first differing line, which is usually enough.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

func TestDeterministic(t *testing.T) {
	for _, g := range goldens {
		first := mustWrite(t, fixture(), g.format, g.opt)
		for i := 0; i < 20; i++ {
			if got := mustWrite(t, fixture(), g.format, g.opt); !bytes.Equal(got, first) {
				t.Fatalf("%s: run %d gave different bytes\n%s", g.name, i, firstDiff(got, first))
			}
		}
	}
}

// Article text reaches HTML and Markdown only escaped: the fixture's
// "<script>alert(1)</script>" must never come out as a tag.
func TestNoRawScript(t *testing.T) {
	for _, format := range []string{"html", "markdown"} {
		out := strings.ToLower(string(mustWrite(t, fixture(), format, Options{})))
		if strings.Contains(out, "<script") || strings.Contains(out, "</script") {
			t.Errorf("%s output contains a raw script tag", format)
		}
		if !strings.Contains(out, "alert(1)") {
			t.Errorf("%s output lost the text around the script tag", format)
		}
		if strings.Contains(out, "<b>live</b>") {
			t.Errorf("%s output passed a title's <b> through as markup", format)
		}
	}
}

// Markdown cells must not be split by a "|" from the article: every table
// row of the output has as many unescaped pipes as its header.
func TestMarkdownPipes(t *testing.T) {
	out := string(mustWrite(t, fixture(), "markdown", Options{}))
	cols := -1
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "|") {
			cols = -1
			continue
		}
		n := strings.Count(line, "|") - strings.Count(line, `\|`)
		if cols < 0 {
			cols = n
		} else if n != cols {
			t.Errorf("row has %d cell borders, header %d: %s", n, cols, line)
		}
	}
	// The report's own Markdown uses ** and _, so check those by their
	// escaped form; the rest may not appear unescaped at all.
	for _, c := range []string{"$", "`", "[", "~"} {
		if strings.Contains(strings.ReplaceAll(out, `\`+c, ""), c) {
			t.Errorf("markdown output has an unescaped %q", c)
		}
	}
	if strings.Contains(out, "@floodwatch") {
		t.Error("markdown output would mention @floodwatch on GitHub")
	}
	for _, want := range []string{`\*bold\*`, `\_under\_`, "\\`code\\`", `\[link\]`, `\$5`, `back\\slash`, `&gt; quote`} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown output lacks the escaped form %q", want)
		}
	}
}

func TestJSONContract(t *testing.T) {
	r := fixture()
	var doc map[string]any
	if err := json.Unmarshal(mustWrite(t, r, "json", Options{}), &doc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if doc["schema"] != "claimdiff.report/v1" {
		t.Errorf("schema = %v", doc["schema"])
	}
	arrays := func(obj map[string]any, where string, keys ...string) {
		for _, k := range keys {
			if _, ok := obj[k].([]any); !ok {
				t.Errorf("%s.%s = %#v, want an array", where, k, obj[k])
			}
		}
	}
	arrays(doc, "report", "sources", "claims", "findings")

	texts := map[string]string{}
	for _, a := range r.Articles {
		texts[a.ID] = a.Text
	}
	for _, s := range doc["sources"].([]any) {
		src := s.(map[string]any)
		text, has := src["text"].(string)
		if extracted := src["id"] == "alj"; has != extracted {
			t.Errorf("source %v: text present = %v, want %v", src["id"], has, extracted)
		}
		if has && text != texts[src["id"].(string)] {
			t.Errorf("source %v: text differs from the article", src["id"])
		}
	}
	for _, c := range doc["claims"].([]any) {
		claim := c.(map[string]any)
		id := claim["id"].(string)
		arrays(claim, id, "time", "entities", "numbers")
		span, ok := claim["span"].([]any)
		if !ok || len(span) != 2 {
			t.Fatalf("%s: span = %v, want [start, end]", id, claim["span"])
		}
		start, end := int(span[0].(float64)), int(span[1].(float64))
		if got, want := claim["sentence"], texts[claim["source"].(string)][start:end]; got != want {
			t.Errorf("%s: sentence %q is not the text of its span %q", id, got, want)
		}
		if id == "cnn#3" && claim["speaker"] != nil {
			t.Errorf("cnn#3: speaker = %v, want null", claim["speaker"])
		}
	}
	for _, f := range doc["findings"].([]any) {
		finding := f.(map[string]any)
		id := finding["id"].(string)
		arrays(finding, id, "facets", "claims", "diff")
		values, ok := finding["values"].(map[string]any)
		if !ok {
			t.Errorf("%s: values = %#v, want an object", id, finding["values"])
		}
		if id == "F2" { // bbc contradicts itself: keyed by claim
			if len(values) != 2 || values["bbc#6"] != "83" || values["bbc#7"] != "38" {
				t.Errorf("F2: values = %v, want keyed by claim id", values)
			}
		}
		if id == "F1" {
			if finding["score"] != 0.813 {
				t.Errorf("F1: score = %v, want 0.813", finding["score"])
			}
			if len(values) != 2 || values["bbc"] == nil || values["cnn"] == nil {
				t.Errorf("F1: values = %v, want keyed by source id", values)
			}
		}
	}
	// The time without a resolved value is null, not "".
	if !strings.Contains(string(mustWrite(t, r, "json", Options{})), `"text": "since the weekend",
          "value": null`) {
		t.Error(`unresolved time value is not null`)
	}
}

// An empty Result still gives [] everywhere, never null, in every format.
func TestEmptyResult(t *testing.T) {
	for _, f := range Formats() {
		mustWrite(t, &compare.Result{}, f, Options{})
	}
	out := string(mustWrite(t, &compare.Result{}, "json", Options{}))
	if strings.Contains(out, "null") {
		t.Errorf("empty report has null:\n%s", out)
	}
}

// Reports may be written concurrently (a server, parallel tests): the
// tablewriter globals report touches must not race. Run with -race.
func TestConcurrentWrite(t *testing.T) {
	want := map[string][]byte{}
	for _, g := range goldens {
		want[g.name] = mustWrite(t, fixture(), g.format, g.opt)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		for _, g := range goldens {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var buf bytes.Buffer
				if err := Write(&buf, fixture(), g.format, g.opt); err != nil {
					t.Error(err)
					return
				}
				if !bytes.Equal(buf.Bytes(), want[g.name]) {
					t.Errorf("%s: concurrent output differs", g.name)
				}
			}()
		}
	}
	wg.Wait()
}

func TestTableWidth(t *testing.T) {
	for _, w := range []int{0, 40, 55, 60, 80, 100, 132} {
		for _, color := range []bool{false, true} {
			out := string(mustWrite(t, fixture(), "table", Options{Width: w, Color: color}))
			limit := w
			if w == 0 {
				limit = 100
			}
			for i, line := range strings.Split(out, "\n") {
				if n := width(line); n > limit {
					t.Errorf("width %d, color %v: line %d is %d columns: %s", w, color, i+1, n, line)
				}
			}
		}
	}
}

func TestTableEscapes(t *testing.T) {
	plain := string(mustWrite(t, fixture(), "table", Options{}))
	if strings.ContainsRune(plain, '\x1b') {
		t.Error("table without colour contains an escape sequence (from article text?)")
	}
	if strings.ContainsRune(plain, '\u202E') {
		t.Error("table passes a bidi override through")
	}
	if !strings.Contains(plain, "[-We’ll see-]") || !strings.Contains(plain, "{+I can’t say+}") {
		t.Error("table without colour lacks [-…-]{+…+} diff markers")
	}
	color := string(mustWrite(t, fixture(), "table", Options{Color: true}))
	if !strings.Contains(color, ansiRed) || !strings.Contains(color, ansiGreen) {
		t.Error("table in colour lacks red/green")
	}
	if strings.Contains(color, "[-We’ll") {
		t.Error("table in colour still has text diff markers")
	}
	if strings.Contains(color, "\x1b[2J") {
		t.Error("table in colour passes the article's escape sequence through")
	}
}

func TestCSV(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(mustWrite(t, fixture(), "csv", Options{}))).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v", err)
	}
	want := 1 // header
	for _, f := range fixture().Findings {
		want += len(f.Claims)
	}
	if len(rows) != want {
		t.Errorf("%d rows, want %d", len(rows), want)
	}
	if strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
		t.Errorf("header = %v", rows[0])
	}
	for _, row := range rows[1:] {
		if row[7] == "bbc#2" && !strings.Contains(row[10], "people\ndied") {
			t.Errorf("bbc#2 sentence lost its newline: %q", row[10])
		}
		if row[0] == "F1" && row[2] != "quote;negation" {
			t.Errorf("F1 facets = %q", row[2])
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, fixture(), "yaml", Options{})
	var uf *UnknownFormatError
	if !errors.As(err, &uf) || uf.Format != "yaml" {
		t.Fatalf("err = %v, want *UnknownFormatError for yaml", err)
	}
	if msg := err.Error(); msg != strings.ToLower(msg) || !strings.Contains(msg, "markdown") {
		t.Errorf("error %q should be lowercase and list the formats", msg)
	}
	if buf.Len() != 0 {
		t.Error("an unknown format wrote output")
	}
	if err := Write(&buf, nil, "json", Options{}); err == nil {
		t.Error("nil result: no error")
	}
}

// A failing writer gets the error back; nothing panics.
func TestWriteError(t *testing.T) {
	if err := Write(failWriter{}, fixture(), "json", Options{}); err == nil {
		t.Error("write error was swallowed")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestMarkdownFolds(t *testing.T) {
	out := string(mustWrite(t, synthetic(2, 30), "markdown", Options{}))
	if !strings.Contains(out, "<details><summary>20 agreements</summary>\n\n| finding") {
		t.Error("many agreements are not folded into <details>")
	}
	if strings.Count(out, "<details>") != strings.Count(out, "</details>") {
		t.Error("unbalanced <details>")
	}
}

func TestFit(t *testing.T) {
	for _, c := range []struct {
		nat   []int
		avail int
		want  []int
	}{
		{[]int{5, 10}, 20, []int{5, 10}},
		{[]int{5, 100}, 50, []int{5, 45}},
		{[]int{60, 100}, 50, []int{25, 25}},
		{[]int{3, 40, 41}, 50, []int{3, 24, 23}},
		{[]int{0, 0}, 10, []int{2, 2}},
	} {
		got := fit(c.nat, c.avail)
		if !slices.Equal(got, c.want) {
			t.Errorf("fit(%v, %d) = %v, want %v", c.nat, c.avail, got, c.want)
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	r := synthetic(4, 200)
	for _, format := range []string{"json", "table"} {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := Write(&buf, r, format, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}

// A Markdown report stays under GitHub's comment limit by leaving out
// sentences, then whole tables, and says so; discrepancies always stay.
func TestMarkdownFitsComment(t *testing.T) {
	if out := string(mustWrite(t, fixture(), "markdown", Options{})); strings.Contains(out, "Shortened") {
		t.Error("a small report was shortened")
	}
	for _, c := range []struct {
		n, m int
		want string
	}{
		{8, 100, "list claim ids only"},
		{8, 300, "discrepancies only"},
	} {
		r := synthetic(c.n, c.m)
		out := string(mustWrite(t, r, "markdown", Options{}))
		if !strings.Contains(out, c.want) {
			t.Errorf("synthetic(%d, %d): no note %q", c.n, c.m, c.want)
		}
		if c.m < 300 && len(out) > mdLimit {
			t.Errorf("synthetic(%d, %d): %d bytes, over %d", c.n, c.m, len(out), mdLimit)
		}
		if got, want := strings.Count(out, "\n#### F"), len(newView(r).findings(compare.Discrepancy)); got != want {
			t.Errorf("synthetic(%d, %d): %d discrepancies shown, want %d", c.n, c.m, got, want)
		}
	}
}

// A writer's conversion of a sum reaches the JSON as "converted", and only
// on that figure: compare never sets it against another source's sum, and
// a reader of the report should see why.
func TestJSONConverted(t *testing.T) {
	r := fixture()
	c := r.Claim("cnn#2")
	if c == nil || len(c.Numbers) != 1 {
		t.Fatalf("fixture: cnn#2 = %+v, want one figure", c)
	}
	if got := strings.Count(string(mustWrite(t, r, "json", Options{})), `"converted"`); got != 0 {
		t.Errorf("no conversion: %d figures marked converted", got)
	}
	c.Numbers[0].Converted = true
	if got := strings.Count(string(mustWrite(t, r, "json", Options{})), `"converted": true`); got != 1 {
		t.Errorf("one conversion: %d figures marked converted, want 1", got)
	}
}

// The figure fields read for the slot pass (the verb that governs a count,
// the fronted time that dates it, an earlier event's figure) reach the
// JSON when set and are left out when not, as the README's field list says.
func TestJSONFigureEvent(t *testing.T) {
	r := fixture()
	c := r.Claim("cnn#2")
	if c == nil || len(c.Numbers) != 1 {
		t.Fatalf("fixture: cnn#2 = %+v, want one figure", c)
	}
	out := string(mustWrite(t, r, "json", Options{}))
	for _, k := range []string{`"verb"`, `"when"`, `"prior"`} {
		if strings.Contains(out, k) {
			t.Errorf("unset %s written", k)
		}
	}
	c.Numbers[0].Verb, c.Numbers[0].When, c.Numbers[0].Prior = "attack", "--05", true
	out = string(mustWrite(t, r, "json", Options{}))
	for _, k := range []string{`"verb": "attack"`, `"when": "--05"`, `"prior": true`} {
		if strings.Count(out, k) != 1 {
			t.Errorf("%s written %d times, want 1", k, strings.Count(out, k))
		}
	}
}

// A relative day's offset from the writing day reaches the JSON as "day",
// 0 included ("this morning"), and is left out for a time that names no
// such day.
func TestJSONTimeDay(t *testing.T) {
	r := fixture()
	c := r.Claim("cnn#2")
	if c == nil {
		t.Fatal("fixture: no cnn#2")
	}
	c.Time = []claims.Time{{Text: "in 2019"}}
	if out := string(mustWrite(t, r, "json", Options{})); strings.Contains(out, `"day"`) {
		t.Error("a time naming no day relative to the writing day has a day")
	}
	c.Time = []claims.Time{{Text: "this morning", OnDay: true}, {Text: "yesterday", Day: -1, OnDay: true}}
	out := string(mustWrite(t, r, "json", Options{}))
	for _, k := range []string{`"day": 0`, `"day": -1`} {
		if strings.Count(out, k) != 1 {
			t.Errorf("%s written %d times, want 1", k, strings.Count(out, k))
		}
	}
}
