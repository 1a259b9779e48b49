package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/config"
	"github.com/claimdiff/claimdiff/report"
)

// hostile are snippets that have broken text tools before: every kind of
// quotation mark, dashes, numbers with units, dates, right-to-left text,
// emoji, CRLF and lone CR, invisible characters and markup.
var hostile = []string{
	"“We will rebuild,” Governor Ana Lima said. ‘Not now,’ he said. «Jamais», a dit Macron. „Nein“, sagte Scholz. 「はい」と彼は言った. ‹Oui›, she said. \"Yes,\" he said. 'No,' she said.",
	"Trump said — and Maduro denied – that the call lasted 15 minutes ‒ or 20 ― on Monday. The U.S.-led strikes - 21 of them - hit boats.",
	"Police said at least 83 people were killed, up 12% from $1.5bn in damage; 3 km/h winds, 2.5m waves, 1,200 people, −4 °C, ½ inch, 10–12 ships and 1e308 dollars.",
	"On November 30, 2025, Nov. 30, 30/11/2025, 2025-11-30, last Tuesday, next week and on 31 February 2025 Maduro said the call took place.",
	"قال مادورو إن المكالمة كانت ودية. \u200f“שלום,” אמר נתניהו ביום שני.\u200e Trump said \u202ethe call\u202c was cordial.",
	"Trump 👍🏽 said the call was 🇻🇪 “great” 👨‍👩‍👧‍👦, and Maduro ❤️ said it was cordial.",
	"Maduro said the call was cordial.\r\nTrump said it was \"very nice\".\r\n\r\nRubio confirmed it.\rPetro denied it.\r",
	"\ufeffThe\u00a0president\u200b said\u2028the call\u2029was cordial.\u00ad Mr\u2060. Trump confirmed it.\f\tMaduro denied it.",
	"A banner read <script>alert(1)</script> and | pipes | and `ticks`, witnesses said. *He* said _no_ [link](x) & “<b>”.",
	"“",
	"” he said “",
	"said said said. According to according to. “,” said.",
	"Nicolás Maduro confirmed it; Nicolas Maduro denied it. NICOLÁS MADURO said nothing. e\u0301 Café said cafe\u0301 was closed.",
	strings.Repeat("“a ", 40) + "he said.",
	strings.Repeat("Trump said. ", 30),
	"He said.\n\nShe said.\n\n\n\nThey said “.”\n",
}

// FuzzPipeline runs two or three fuzzed articles through what `claimdiff
// compare` does — NewArticle, extraction with the default configuration,
// compare.Compare, every report format — and checks the contract's
// invariants: no panic, spans inside their text and sentence == text[span],
// findings that point at claims that exist, the same bytes twice.
func FuzzPipeline(f *testing.F) {
	paths := sampleFiles(f)
	var samples [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		samples = append(samples, b)
	}
	f.Add(samples[0], samples[1], []byte(nil))
	f.Add(samples[1], samples[0], []byte(hostile[0]))
	for i, h := range hostile {
		f.Add([]byte(h), []byte(hostile[(i+1)%len(hostile)]), []byte(nil))
		f.Add(samples[i%len(samples)], []byte(h), []byte(hostile[(i+3)%len(hostile)]))
	}
	// Invalid UTF-8 must be turned away before extraction.
	f.Add([]byte("Maduro said the call was \xff\xfe cordial."), samples[0], []byte(nil))
	f.Fuzz(func(t *testing.T, a, b, c []byte) {
		var texts [][]byte
		for _, x := range [][]byte{a, b, c} {
			if len(x) > 0 {
				texts = append(texts, x)
			}
		}
		if len(texts) < 2 {
			return
		}
		arts := make([]*claims.Article, 0, len(texts))
		for i, x := range texts {
			id := fmt.Sprintf("src%d", i+1)
			art, err := claims.NewArticle(id, id+".txt", x)
			if !utf8.Valid(x) && err == nil {
				t.Fatalf("NewArticle accepted invalid UTF-8 %q", x)
			}
			if err != nil {
				return
			}
			arts = append(arts, art)
		}
		res, jsonOut := pipelineWithin(t, arts, report.Formats(), 30*time.Second)
		checkResult(t, res)
		checkJSON(t, res, jsonOut)
		// Compare again from fresh articles: the same bytes. (The other
		// formats are written from the same Result, so JSON stands for them.)
		again := make([]*claims.Article, len(texts))
		for i, x := range texts {
			id := fmt.Sprintf("src%d", i+1)
			again[i], _ = claims.NewArticle(id, id+".txt", x)
		}
		if _, j2 := pipelineWithin(t, again, []string{"json"}, 30*time.Second); !bytes.Equal(jsonOut, j2) {
			t.Fatalf("two runs gave different JSON:\n%s\n---\n%s", jsonOut, j2)
		}
	})
}

// pipelineWithin extracts, compares and writes the formats, failing when
// that takes longer than d, so inputs that hang the pipeline are recorded
// as crashers. It returns the result and its JSON report.
func pipelineWithin(t *testing.T, arts []*claims.Article, formats []string, d time.Duration) (*compare.Result, []byte) {
	t.Helper()
	type out struct {
		res  *compare.Result
		json []byte
		err  error
	}
	done := make(chan out, 1)
	go func() {
		var o out
		defer func() {
			if p := recover(); p != nil {
				o.err = fmt.Errorf("panic: %v", p)
			}
			done <- o
		}()
		o.res, o.json, o.err = pipeline(arts, formats)
	}()
	select {
	case o := <-done:
		if o.err != nil {
			t.Fatal(o.err)
		}
		return o.res, o.json
	case <-time.After(d):
		t.Fatalf("pipeline did not finish within %v", d)
		return nil, nil
	}
}

func pipeline(arts []*claims.Article, formats []string) (*compare.Result, []byte, error) {
	cfg := config.Default()
	copt := cfg.ClaimsOptions()
	per := make([][]claims.Claim, len(arts))
	for i, a := range arts {
		per[i] = claims.ExtractWith(a, copt)
	}
	res := compare.Compare(arts, per, cfg.CompareOptions())
	var jsonOut []byte
	for _, format := range formats {
		for _, opt := range []report.Options{{}, {Width: 40, Color: true, Annotate: []string{arts[0].ID}}} {
			var buf bytes.Buffer
			if err := report.Write(&buf, res, format, opt); err != nil {
				return nil, nil, fmt.Errorf("report %s: %v", format, err)
			}
			if buf.Len() == 0 && format != "github" {
				return nil, nil, fmt.Errorf("report %s: empty output", format)
			}
			if format == "json" && jsonOut == nil {
				jsonOut = buf.Bytes()
			}
		}
	}
	return res, jsonOut, nil
}

// checkResult checks a Result against the contract in DESIGN.md.
func checkResult(t *testing.T, r *compare.Result) {
	t.Helper()
	ids := map[string]*claims.Claim{}
	for i := range r.Claims {
		c := &r.Claims[i]
		if ids[c.ID] != nil {
			t.Errorf("claim id %s used twice", c.ID)
		}
		ids[c.ID] = c
		a := r.Article(c.Source)
		if a == nil {
			t.Errorf("claim %s: source %q is not an article", c.ID, c.Source)
			continue
		}
		checkClaim(t, a.Text, c)
	}
	for _, f := range r.Findings {
		if len(f.Claims) == 0 {
			t.Errorf("finding %s (%s) has no claims", f.ID, f.Kind)
		}
		sources := map[string]bool{}
		for _, id := range f.Claims {
			c := ids[id]
			if c == nil {
				t.Errorf("finding %s (%s) names claim %q, which does not exist", f.ID, f.Kind, id)
				continue
			}
			sources[c.Source] = true
		}
		switch f.Kind {
		case compare.Agreement, compare.Discrepancy:
			if len(f.Claims) < 2 {
				t.Errorf("%s %s has %d claim(s), want at least 2: %v", f.Kind, f.ID, len(f.Claims), f.Claims)
			}
		case compare.Unique:
			if len(sources) != 1 {
				t.Errorf("unique %s has claims of %d sources: %v", f.ID, len(sources), f.Claims)
			}
		default:
			t.Errorf("finding %s: unknown kind %q", f.ID, f.Kind)
		}
		if f.Score < 0 || f.Score > 1 || f.Score != f.Score {
			t.Errorf("finding %s: score %v outside 0..1", f.ID, f.Score)
		}
	}
}

// checkClaim checks that every span of c lies inside text, and that the
// parts of a claim lie inside its sentence.
func checkClaim(t *testing.T, text string, c *claims.Claim) {
	t.Helper()
	in := func(what string, s claims.Span) bool {
		t.Helper()
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Errorf("claim %s: %s span %v out of bounds (len %d)", c.ID, what, s, len(text))
			return false
		}
		if s.Start < c.Sentence.Start || s.End > c.Sentence.End {
			t.Errorf("claim %s: %s span %v %q outside sentence %v %q", c.ID, what, s, text[s.Start:s.End], c.Sentence, c.Sentence.In(text))
		}
		return true
	}
	if c.Sentence.Start < 0 || c.Sentence.End > len(text) || c.Sentence.Start >= c.Sentence.End {
		t.Errorf("claim %s: sentence span %v out of bounds (len %d)", c.ID, c.Sentence, len(text))
		return
	}
	if in("text", c.TextSpan) && c.TextSpan.In(text) != c.Text {
		t.Errorf("claim %s: Text %q != text[TextSpan] %q", c.ID, c.Text, c.TextSpan.In(text))
	}
	// What a part says was written is what its span covers.
	written := func(what string, s claims.Span, got string) {
		t.Helper()
		if in(what, s) && s.In(text) != got {
			t.Errorf("claim %s: %s text %q != text[%v] %q", c.ID, what, got, s, s.In(text))
		}
	}
	if c.Speaker != nil {
		written("speaker", c.Speaker.Span, c.Speaker.Text)
	}
	if c.Cue != nil {
		written("cue", c.Cue.Span, c.Cue.Text)
	}
	if c.Content != nil {
		written("content", c.Content.Span, c.Content.Text)
	}
	for _, x := range c.Time {
		written("time", x.Span, x.Text)
	}
	for _, x := range c.Numbers {
		written("number", x.Span, x.Text)
	}
	for _, x := range c.Entities {
		written("entity", x.Span, x.Text)
	}
	if c.Agent != "" {
		in("agent", c.AgentSpan)
	}
}

// checkJSON checks the JSON report as a consumer reads it: sentence is
// text[span] for every claim.
func checkJSON(t *testing.T, r *compare.Result, out []byte) {
	t.Helper()
	var rep struct {
		Schema string `json:"schema"`
		Claims []struct {
			ID       string `json:"id"`
			Source   string `json:"source"`
			Sentence string `json:"sentence"`
			Span     [2]int `json:"span"`
		} `json:"claims"`
		Findings []struct {
			Claims []string `json:"claims"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("JSON report does not parse: %v\n%s", err, out)
	}
	if rep.Schema != report.Schema || len(rep.Claims) != len(r.Claims) || len(rep.Findings) != len(r.Findings) {
		t.Fatalf("JSON report: schema %q, %d claims, %d findings; want %q, %d, %d",
			rep.Schema, len(rep.Claims), len(rep.Findings), report.Schema, len(r.Claims), len(r.Findings))
	}
	for _, c := range rep.Claims {
		a := r.Article(c.Source)
		if a == nil {
			t.Errorf("JSON claim %s: unknown source %q", c.ID, c.Source)
			continue
		}
		s := claims.Span{Start: c.Span[0], End: c.Span[1]}
		if got := s.In(a.Text); got != c.Sentence || got == "" {
			t.Errorf("JSON claim %s: sentence %q != text[%v] %q", c.ID, c.Sentence, c.Span, got)
		}
	}
}

// runExts are the kinds of file FuzzRun writes its input as; "-" pipes it
// to standard input, where a page is told from text by its first bytes.
var runExts = []string{".txt", ".html", ".md", ".jsonl", "-"}

// FuzzRun runs `claimdiff compare --format json` on a fuzzed input, saved
// as text, HTML, Markdown, JSON Lines or piped to standard input, next to a
// sample article: the command ends with 0 and a report whose sentences are
// the bytes their spans name, or with 2 and one line on stderr — never a
// panic caught as an internal error.
func FuzzRun(f *testing.F) {
	sample, err := filepath.Abs("../../samples/trump-maduro-call/newsorbit.txt")
	if err != nil {
		f.Fatal(err)
	}
	sampleText, err := os.ReadFile(sample)
	if err != nil {
		f.Fatal(err)
	}
	page, err := os.ReadFile("../../internal/ingest/testdata/harbour.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(page, uint8(1))
	f.Add(page, uint8(4))
	f.Add(sampleText, uint8(0))
	f.Add([]byte("---\ntitle: \"Flood\"\npublished: 2025-11-30\noutlet: Courier\n---\n# Flood\n\nPolice said at least 83 people died, he said.\n"), uint8(2))
	f.Add([]byte(`{"id":"a","title":"T","published":"2025-11-30","text":"Police said at least 83 people died.\n\n“We will rebuild,” Lima said."}`+"\n"+
		`{"url":"https://example.com/news/story.html","text":"Maduro said the call was cordial."}`+"\n"), uint8(3))
	f.Add([]byte("<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Caf\xe9 | Courier</title></head><body><article><p>The caf\xe9 closed on Monday, the owner said \x93we are done\x94.</p></article></body></html>"), uint8(1))
	f.Add([]byte("<html><body><p>A banner read &lt;script&gt; &amp; <b>“bold”</b>, police said.</p><p>He said: \u200f“שלום”.</p></body></html>"), uint8(4))
	for i, h := range hostile {
		f.Add([]byte(h), uint8(i))
		f.Add([]byte("<html><body><article><p>"+h+"</p></article></body></html>"), uint8(1))
	}
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		ext := runExts[int(kind)%len(runExts)]
		dir := t.TempDir()
		arg := "-"
		if ext != "-" {
			arg = filepath.Join(dir, "fuzzed"+ext)
			if err := os.WriteFile(arg, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		args := []string{"compare", "--format", "json", arg, sample}
		var stdout, stderr bytes.Buffer
		done := make(chan int, 1)
		go func() {
			done <- run(context.Background(), args, bytes.NewReader(data), &stdout, &stderr)
		}()
		var code int
		select {
		case code = <-done:
		case <-time.After(30 * time.Second):
			t.Fatalf("claimdiff %q did not finish within 30s", args)
		}
		switch code {
		case exitOK:
		case exitError:
			msg := stderr.String()
			if strings.Contains(msg, "internal error") || !strings.HasPrefix(msg, "claimdiff: ") ||
				strings.Count(msg, "\n") != 1 || stdout.Len() != 0 {
				t.Fatalf("claimdiff %q: exit 2 with stderr %q and %d bytes of stdout", args, msg, stdout.Len())
			}
			return
		default:
			t.Fatalf("claimdiff %q: exit %d: %s", args, code, stderr.String())
		}
		if stderr.Len() != 0 {
			t.Errorf("clean run wrote to stderr: %q", stderr.String())
		}
		var rep struct {
			Sources []struct {
				ID   string  `json:"id"`
				Path string  `json:"path"`
				Text *string `json:"text"`
			} `json:"sources"`
			Claims []struct {
				ID       string `json:"id"`
				Source   string `json:"source"`
				Sentence string `json:"sentence"`
				Span     [2]int `json:"span"`
				Text     string `json:"text"`
				TextSpan [2]int `json:"text_span"`
			} `json:"claims"`
		}
		if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
			t.Fatalf("report does not parse: %v\n%s", err, stdout.Bytes())
		}
		// A source's spans index its text in the report, or else the
		// bytes of its file or of standard input.
		texts := map[string]string{}
		for _, s := range rep.Sources {
			switch {
			case s.Text != nil:
				texts[s.ID] = *s.Text
			case s.Path == sample:
				texts[s.ID] = string(sampleText)
			case ext == ".txt" || ext == ".md" || ext == "-":
				texts[s.ID] = string(data)
			default:
				t.Fatalf("source %s (%s) has no text in the report, and its spans index no file", s.ID, s.Path)
			}
		}
		for _, c := range rep.Claims {
			text, ok := texts[c.Source]
			if !ok {
				t.Fatalf("claim %s: unknown source %q", c.ID, c.Source)
			}
			s := claims.Span{Start: c.Span[0], End: c.Span[1]}
			if got := s.In(text); got == "" || got != c.Sentence {
				t.Errorf("claim %s: sentence %q != text[%v] %q", c.ID, c.Sentence, c.Span, got)
			}
			ts := claims.Span{Start: c.TextSpan[0], End: c.TextSpan[1]}
			if got := ts.In(text); got != c.Text {
				t.Errorf("claim %s: text %q != text[%v] %q", c.ID, c.Text, c.TextSpan, got)
			}
		}
	})
}
