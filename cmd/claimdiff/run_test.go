package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// Articles written for these tests. shared1 and shared2 have the same first
// two paragraphs and a third that only one of them has; num1 and num2 tell
// the same story with another number and another quote.
var fixtures = map[string]string{
	"shared1.txt": "The city council approved the new budget on Monday.\n\n" +
		"Mayor Jane Ortiz said the plan would fund three new libraries.\n\n" +
		"The vote was held late in the evening after a long debate about parking fees.\n",
	"shared2.txt": "The city council approved the new budget on Monday.\n\n" +
		"Mayor Jane Ortiz said the plan would fund three new libraries.\n\n" +
		"Hundreds of residents protested outside the hall before the meeting began.\n",
	"num1.txt": "Police said at least 83 people were killed in the flood on Tuesday.\n\n" +
		"“We will rebuild every home in the valley,” Governor Ana Lima told reporters.\n",
	"num2.txt": "Police said at least 38 people were killed in the flood on Tuesday.\n\n" +
		"“We might rebuild some of the homes in the valley,” Governor Ana Lima told reporters.\n",
	"a/bbc.txt":     "The city council approved the new budget on Monday.\n",
	"b/bbc.txt":     "The city council approved the new budget on Monday, officials said.\n",
	"-dash.txt":     "The city council approved the new budget on Monday.\n",
	"notes.md":      "# Council\n\nThe city council approved the new budget on **Monday**.\n",
	"empty.txt":     "",
	"binary.txt":    "The council\x00approved\x00the budget.\x00",
	"latin1.txt":    "The caf\xe9 on Main Street closed on Monday, the owner said.\n",
	"links.html":    "<html><body><ul><li><a href=\"/a\">World news</a></li><li><a href=\"/b\">Sport</a></li></ul></body></html>\n",
	"nothing/x.pdf": "%PDF-1.7\n",
	"one/only.txt":  "The city council approved the new budget on Monday.\n",
}

func writeFixtures(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range fixtures {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func lines(s string) int { return strings.Count(s, "\n") }

// TestRun pins the exit status and the shape of stderr for each kind of
// run: 0/1/2, one line for an input error, two (error and try:) for a
// usage mistake, nothing for a clean run.
func TestRun(t *testing.T) {
	t.Chdir(writeFixtures(t))
	tests := []struct {
		name        string
		args        []string
		stdin       string
		code        int
		stderrLines int
		stderr      string // a substring of stderr, if set
		stdout      string // a regexp stdout must match, if set
		// extraction marks rows whose outcome depends on claims.Extract and
		// compare.Compare finding claims and telling them apart, not only
		// on the command: they pass once extraction and comparison work.
		extraction bool
	}{
		{name: "two articles", args: []string{"compare", "--fail-on", "none", "shared1.txt", "shared2.txt"}, code: 0},
		{name: "default fail-on is none", args: []string{"compare", "num1.txt", "num2.txt"}, code: 0},
		{name: "fail-on none with discrepancies", args: []string{"compare", "--fail-on", "none", "num1.txt", "num2.txt"}, code: 0},
		{name: "fail-on any: unique details", args: []string{"compare", "--fail-on", "any", "shared1.txt", "shared2.txt"}, code: 1, extraction: true},
		{name: "fail-on unique: unique details", args: []string{"compare", "--fail-on", "unique", "shared1.txt", "shared2.txt"}, code: 1, extraction: true},
		{name: "fail-on discrepancy: number and quote differ", args: []string{"compare", "--fail-on", "discrepancy", "num1.txt", "num2.txt"}, code: 1, extraction: true},
		{name: "fail-on discrepancy: same text twice", args: []string{"compare", "--fail-on", "discrepancy", "shared1.txt", "shared1.txt"}, code: 0, extraction: true},
		{name: "claims never fails", args: []string{"claims", "--fail-on", "any", "shared1.txt"}, code: 0},
		{name: "claims json", args: []string{"claims", "--format", "json", "shared1.txt"}, code: 0, stdout: `"schema":\s*"claimdiff\.report/v1"`},
		{name: "flags after files", args: []string{"compare", "shared1.txt", "shared2.txt", "--format", "json"}, code: 0, stdout: `^\{`},
		{name: "flags between files", args: []string{"compare", "shared1.txt", "--format=json", "shared2.txt", "-o", "-"}, code: 0, stdout: `^\{`},
		{name: "dash-dash ends flags", args: []string{"compare", "--format", "json", "--", "-dash.txt", "shared2.txt"}, code: 0, stdout: `"-dash"`},
		{name: "duplicate base names are disambiguated", args: []string{"compare", "--format", "json", "a/bbc.txt", "b/bbc.txt"}, code: 0, stdout: `(?s)"a-bbc".*"b-bbc"`},
		{name: "directory of articles", args: []string{"compare", "a", "b", "--format", "json"}, code: 0, stdout: `(?s)"a-bbc".*"b-bbc"`},
		{name: "markdown source", args: []string{"compare", "notes.md", "shared1.txt"}, code: 0},
		{name: "stdin", args: []string{"compare", "-", "shared2.txt", "--format", "json"}, stdin: fixtures["shared1.txt"], code: 0, stdout: `"stdin"`},
		// Piped text is on no disk: the report carries it for its spans.
		{name: "stdin text in report", args: []string{"claims", "-", "--format", "json"}, stdin: fixtures["shared1.txt"], code: 0, stdout: `"id": "stdin",\s+"path": "-",(?s:.*?)"text": "`},

		{name: "no arguments", args: nil, code: 2},
		{name: "unknown command", args: []string{"diff", "a.txt", "b.txt"}, code: 2, stderrLines: 2, stderr: `unknown command "diff"`},
		{name: "files without command", args: []string{"shared1.txt", "shared2.txt"}, code: 2, stderrLines: 2, stderr: "try: claimdiff compare shared1.txt shared2.txt"},
		{name: "flag before command", args: []string{"--format", "json", "compare", "shared1.txt", "shared2.txt"}, code: 2, stderrLines: 2, stderr: "try: claimdiff compare --format json shared1.txt"},
		{name: "unknown flag", args: []string{"compare", "--frmat", "json", "shared1.txt", "shared2.txt"}, code: 2, stderrLines: 2, stderr: "unknown flag --frmat"},
		{name: "unknown flag after files", args: []string{"compare", "shared1.txt", "shared2.txt", "-x"}, code: 2, stderrLines: 2, stderr: "unknown flag -x"},
		{name: "bad format", args: []string{"compare", "--format", "xml", "shared1.txt", "shared2.txt"}, code: 2, stderrLines: 2, stderr: "--format xml: unknown format"},
		{name: "bad fail-on", args: []string{"compare", "--fail-on", "always", "shared1.txt", "shared2.txt"}, code: 2, stderrLines: 2, stderr: "--fail-on always"},
		{name: "bad color", args: []string{"compare", "--color", "yes", "shared1.txt", "shared2.txt"}, code: 2, stderrLines: 2},
		{name: "bad width", args: []string{"compare", "--width", "-1", "shared1.txt", "shared2.txt"}, code: 2, stderrLines: 2},
		{name: "flag without value", args: []string{"compare", "shared1.txt", "shared2.txt", "-o"}, code: 2, stderrLines: 2, stderr: "-o needs a value"},
		{name: "compare with no source", args: []string{"compare"}, code: 2, stderrLines: 2, stderr: "compare needs at least two sources"},
		{name: "compare with one source", args: []string{"compare", "shared1.txt"}, code: 2, stderrLines: 2, stderr: "compare needs at least two sources"},
		{name: "compare with a one-article directory", args: []string{"compare", "one"}, code: 2, stderrLines: 2, stderr: "compare needs at least two sources"},
		{name: "claims with no source", args: []string{"claims", "--format", "json"}, code: 2, stderrLines: 2},
		{name: "version with arguments", args: []string{"version", "x"}, code: 2, stderrLines: 2},

		{name: "missing file", args: []string{"compare", "shared1.txt", "missing.txt"}, code: 2, stderrLines: 1,
			stderr: "claimdiff: missing.txt: no such file (expected a file, directory, - or URL)\n"},
		{name: "empty file", args: []string{"compare", "shared1.txt", "empty.txt"}, code: 2, stderrLines: 1, stderr: "claimdiff: empty.txt: empty input"},
		{name: "binary file", args: []string{"compare", "binary.txt", "shared1.txt"}, code: 2, stderrLines: 1, stderr: "claimdiff: binary.txt: binary data"},
		{name: "invalid utf-8", args: []string{"compare", "shared1.txt", "latin1.txt"}, code: 2, stderrLines: 1, stderr: "claimdiff: latin1.txt: invalid UTF-8"},
		{name: "directory without articles", args: []string{"compare", "shared1.txt", "nothing"}, code: 2, stderrLines: 1,
			stderr: "claimdiff: nothing: no article files (.txt, .md, .html, .jsonl) in directory\n"},
		{name: "html without an article", args: []string{"compare", "shared1.txt", "links.html"}, code: 2, stderrLines: 1,
			stderr: "claimdiff: links.html: no article text found (is it a page of links?)\n"},
		{name: "url scheme", args: []string{"compare", "shared1.txt", "ftp://example.com/story"}, code: 2, stderrLines: 1,
			stderr: "claimdiff: ftp://example.com/story: unsupported URL scheme (expected http:// or https://)\n"},
		{name: "stdin twice", args: []string{"compare", "-", "-"}, stdin: fixtures["shared1.txt"], code: 2, stderrLines: 1},
		{name: "empty stdin", args: []string{"compare", "-", "shared1.txt"}, code: 2, stderrLines: 1, stderr: "claimdiff: stdin: empty input"},
		{name: "output over a source", args: []string{"compare", "shared1.txt", "shared2.txt", "-o", "shared2.txt"}, code: 2, stderrLines: 1},
		{name: "output into a missing directory", args: []string{"compare", "shared1.txt", "shared2.txt", "-o", "nowhere/r.json"}, code: 2, stderrLines: 1},

		{name: "help", args: []string{"help"}, code: 0, stdout: `(?s)^Claimdiff compares.*Exit status`},
		{name: "--help", args: []string{"--help"}, code: 0, stdout: `(?s)^Claimdiff compares.*Exit status`},
		{name: "compare -h", args: []string{"compare", "shared1.txt", "-h"}, code: 0, stdout: `(?s)^usage: claimdiff compare .*--format FORMAT`},
		{name: "version", args: []string{"version"}, code: 0, stdout: `^claimdiff \S+\n(\w[\w ]*: .+\n)*$`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			note := ""
			if tt.extraction {
				note = " (this row depends on extraction and comparison finding claims)"
			}
			if code != tt.code {
				t.Errorf("claimdiff %s: exit %d, want %d%s\nstderr:\n%s", strings.Join(tt.args, " "), code, tt.code, note, stderr.String())
			}
			if tt.code != 2 || tt.stderrLines > 0 {
				if n := lines(stderr.String()); n != tt.stderrLines {
					t.Errorf("stderr has %d lines, want %d:\n%s", n, tt.stderrLines, stderr.String())
				}
			}
			if tt.stderr != "" && !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr %q does not contain %q", stderr.String(), tt.stderr)
			}
			if tt.code == 2 && tt.stderrLines > 0 {
				if !strings.HasPrefix(stderr.String(), "claimdiff: ") {
					t.Errorf("stderr does not start with \"claimdiff: \": %q", stderr.String())
				}
				if stdout.Len() > 0 {
					t.Errorf("stdout not empty on error: %q", stdout.String())
				}
			}
			if tt.stderrLines == 2 && !strings.Contains(stderr.String(), "\ntry: claimdiff ") {
				t.Errorf("usage error without a try: line: %q", stderr.String())
			}
			if tt.stdout != "" && !regexp.MustCompile(tt.stdout).Match(stdout.Bytes()) {
				t.Errorf("stdout does not match %s:\n%.500s", tt.stdout, stdout.String())
			}
			if tt.code == 0 && len(tt.args) > 0 && (tt.args[0] == "compare" || tt.args[0] == "claims") && stdout.Len() == 0 {
				t.Errorf("no report on stdout")
			}
		})
	}
}

func TestShellJoin(t *testing.T) {
	got := shellJoin([]string{"compare", "a/bbc.txt", "my story.txt", "it's.md", "--format=json", ""})
	want := `compare a/bbc.txt 'my story.txt' 'it'\''s.md' --format=json ''`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestRunNoArgsPrintsUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), nil, nil, &stdout, &stderr); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if stdout.Len() != 0 || !strings.Contains(stderr.String(), "claimdiff compare [flags] SOURCE...") {
		t.Errorf("want usage on stderr only; stdout %q, stderr %q", stdout.String(), stderr.String())
	}
}

// TestExitCodeIgnoresFormat checks the contract's promise that --format
// never changes the exit status, whatever the comparison finds.
func TestExitCodeIgnoresFormat(t *testing.T) {
	t.Chdir(writeFixtures(t))
	for _, policy := range failPolicies {
		for _, pair := range [][]string{{"shared1.txt", "shared2.txt"}, {"num1.txt", "num2.txt"}} {
			want := -1
			for _, format := range []string{"table", "markdown", "json", "csv", "html"} {
				args := append([]string{"compare", "--fail-on", policy, "--format", format}, pair...)
				var stdout, stderr bytes.Buffer
				code := run(context.Background(), args, nil, &stdout, &stderr)
				if code == 2 {
					t.Errorf("%s: exit 2: %s", strings.Join(args, " "), stderr.String())
					continue
				}
				if want == -1 {
					want = code
				} else if code != want {
					t.Errorf("%s: exit %d, but %d with --format table", strings.Join(args, " "), code, want)
				}
			}
		}
	}
}

func TestOutputFile(t *testing.T) {
	t.Chdir(writeFixtures(t))
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"compare", "shared1.txt", "shared2.txt", "--format", "json", "-o", "report.json"}, nil, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if stdout.Len() != 0 || stderr.Len() != 0 {
		t.Errorf("with -o, want nothing on stdout or stderr; got %q, %q", stdout.String(), stderr.String())
	}
	data, err := os.ReadFile("report.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"claimdiff.report/v1"`)) {
		t.Errorf("report.json has no schema:\n%.300s", data)
	}

	// The same report via --output, over the old file, gives the same bytes
	// and leaves no temporary file behind.
	stdout.Reset()
	code = run(context.Background(), []string{"compare", "--output", "report.json", "--format", "json", "shared1.txt", "shared2.txt"}, nil, &stdout, &stderr)
	if again, _ := os.ReadFile("report.json"); code != 0 || !bytes.Equal(again, data) {
		t.Errorf("rewriting report.json: exit %d, same bytes %v", code, bytes.Equal(again, data))
	}
	ents, _ := os.ReadDir(".")
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestOutputFileNotCreatedOnError(t *testing.T) {
	t.Chdir(writeFixtures(t))
	for _, args := range [][]string{
		{"compare", "shared1.txt", "missing.txt", "-o", "out.json"},
		{"compare", "shared1.txt", "empty.txt", "-o", "out.json"},
		{"compare", "shared1.txt", "-o", "out.json"},
		{"compare", "shared1.txt", "shared2.txt", "--format", "xml", "-o", "out.json"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), args, nil, &stdout, &stderr); code != 2 {
			t.Errorf("%s: exit %d, want 2", strings.Join(args, " "), code)
		}
		if _, err := os.Stat("out.json"); !os.IsNotExist(err) {
			t.Errorf("%s: out.json exists after an error", strings.Join(args, " "))
		}
	}
	ents, _ := os.ReadDir(".")
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".out.json") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestTooBig(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("word "), claims.MaxBytes/5+1), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"claims", big}, nil, &stdout, &stderr)
	if code != 2 || lines(stderr.String()) != 1 || !strings.Contains(stderr.String(), "input too large") {
		t.Errorf("exit %d, stderr %q; want 2 and one line saying input too large", code, stderr.String())
	}
}

// TestPanicIsOneLine checks the last resort: a bug (here a nil writer) ends
// as one line and status 2, not a stack trace.
func TestPanicIsOneLine(t *testing.T) {
	var stderr bytes.Buffer
	code := run(context.Background(), []string{"version"}, nil, nil, &stderr)
	if code != 2 || lines(stderr.String()) != 1 || !strings.HasPrefix(stderr.String(), "claimdiff: internal error: ") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}

func TestInterrupted(t *testing.T) {
	t.Chdir(writeFixtures(t))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stdout, stderr bytes.Buffer
	code := run(ctx, []string{"compare", "shared1.txt", "shared2.txt"}, nil, &stdout, &stderr)
	if code != 2 || stdout.Len() != 0 || stderr.String() != "claimdiff: interrupted\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
}

// TestManualNamesEveryFlag keeps doc.go, the one copy of the manual, in
// step with the flags run accepts.
func TestManualNamesEveryFlag(t *testing.T) {
	m := manual()
	for name := range flagExpect {
		if !strings.Contains(m, flagName(name)+" ") {
			t.Errorf("manual does not mention %s", flagName(name))
		}
	}
	for _, s := range append(append([]string{}, failPolicies...), colorModes...) {
		if !strings.Contains(m, s) {
			t.Errorf("manual does not mention %q", s)
		}
	}
	if strings.HasPrefix(m, "/*") || strings.Contains(m, "*/") || strings.Contains(m, "package main") {
		t.Errorf("manual carries Go syntax:\n%s", m)
	}
}
