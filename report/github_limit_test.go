package report

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// limitResult has e high, w medium and n low findings of one claim each,
// interleaved so that report order alone would not put the severe first.
func limitResult(e, w, n int) *compare.Result {
	r := &compare.Result{Articles: []*claims.Article{{ID: "a", Path: "a.txt"}}}
	var b builder
	add := func(sev compare.Severity, kind compare.FindingKind, i int) {
		id := fmt.Sprintf("a#%d", len(r.Claims)+1)
		sp := b.add("\n", fmt.Sprintf("Sentence %s %d.", sev, i))
		r.Claims = append(r.Claims, claims.Claim{ID: id, Source: "a", Sentence: sp, Text: "t"})
		r.Findings = append(r.Findings, compare.Finding{ID: fmt.Sprintf("F%d", len(r.Findings)+1), Kind: kind, Severity: sev, Claims: []string{id}, Summary: string(sev)})
	}
	for i := 0; i < max(e, w, n); i++ {
		if i < n {
			add(compare.Low, compare.Unique, i)
		}
		if i < w {
			add(compare.Medium, compare.Discrepancy, i)
		}
		if i < e {
			add(compare.High, compare.Discrepancy, i)
		}
	}
	r.Articles[0].Text = b.text.String()
	return r
}

var ghLevel = regexp.MustCompile(`^::(error|warning|notice) `)

// GitHub shows 10 errors, 10 warnings and 10 notices per step and drops
// the rest unsaid: the github format keeps within that, errors first, and
// says what it left out.
func TestGitHubLimits(t *testing.T) {
	for _, c := range []struct {
		e, w, n                   int
		errors, warnings, notices int // annotations written, closing notice included
		left                      int
	}{
		{3, 3, 10, 3, 3, 10, 0}, // exactly full: no closing notice needed
		{3, 3, 11, 3, 3, 10, 2}, // one notice over: 9 shown, the closing notice is the 10th
		{12, 0, 0, 10, 0, 1, 2}, // errors over
		{25, 25, 33, 10, 10, 10, 15 + 15 + 24},
		{0, 0, 0, 0, 0, 0, 0},
	} {
		out := string(mustWrite(t, limitResult(c.e, c.w, c.n), "github", Options{}))
		got := map[string]int{}
		var order []string
		plain := 0
		for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if l == "" {
				continue
			}
			if m := ghLevel.FindStringSubmatch(l); m != nil {
				got[m[1]]++
				order = append(order, m[1])
				continue
			}
			if !strings.HasPrefix(l, "claimdiff: not annotated: ") || strings.HasPrefix(l, "::") {
				t.Errorf("%v: a line that is neither an annotation nor a left-out note: %q", c, l)
			}
			plain++
		}
		if got["error"] != c.errors || got["warning"] != c.warnings || got["notice"] != c.notices {
			t.Errorf("%v: wrote %v", c, got)
		}
		if plain != c.left {
			t.Errorf("%v: %d left-out lines, want %d", c, plain, c.left)
		}
		// Errors, then warnings, then notices.
		for i := 1; i < len(order); i++ {
			rank := map[string]int{"error": 0, "warning": 1, "notice": 2}
			if rank[order[i]] < rank[order[i-1]] {
				t.Errorf("%v: %s after %s", c, order[i], order[i-1])
				break
			}
		}
		closing := fmt.Sprintf("::notice title=claimdiff::%d of %d annotations left out", c.left, c.e+c.w+c.n)
		if has := strings.Contains(out, closing); has != (c.left > 0) {
			t.Errorf("%v: closing notice %q present: %v\n%s", c, closing, has, out)
		}
		if c.left > 0 && !strings.HasSuffix(strings.TrimSuffix(out, "\n"), "per step. They are listed above as plain lines; --format markdown or sarif has every finding.") {
			t.Errorf("%v: the closing notice is not the last line", c)
		}
	}
	// The first errors kept are the report's first: F-numbers in order.
	out := string(mustWrite(t, limitResult(12, 0, 0), "github", Options{}))
	if !strings.Contains(out, "::F1 high") || strings.Contains(out, "::F12 high") || !strings.Contains(out, "not annotated: error a.txt:13:1: F12 high") {
		t.Errorf("which errors were kept:\n%s", out)
	}
}

// The Markdown report is what a workflow appends to $GITHUB_STEP_SUMMARY,
// which takes at most 1 MiB per step: even thousands of discrepancies,
// which are never left out to fit a comment, stay under it, the most
// severe first, and the report says how many it left out.
func TestMarkdownFitsStepSummary(t *testing.T) {
	if testing.Short() {
		t.Skip("renders a 1.5 MB report")
	}
	r := synthetic(8, 4500) // 1,500 discrepancies of 8 sources
	out := string(mustWrite(t, r, "markdown", Options{}))
	if len(out) > summaryLimit {
		t.Fatalf("%d bytes, over the step summary's %d", len(out), summaryLimit)
	}
	shown := strings.Count(out, "\n#### F")
	if shown == 0 || shown >= 1500 {
		t.Fatalf("%d discrepancies shown", shown)
	}
	if !strings.Contains(out, fmt.Sprintf("_%d more discrepancies left out to fit GitHub's 1 MiB step summary", 1500-shown)) {
		t.Errorf("no note on the %d left out", 1500-shown)
	}
	if !strings.Contains(out, "\n#### F1 ·") {
		t.Error("the first discrepancy is not shown")
	}
	// One more would not have fitted: as much as fits is shown.
	if len(out)+len(out)/shown <= summaryLimit-1024 {
		t.Errorf("%d bytes for %d discrepancies: room for more", len(out), shown)
	}
}
