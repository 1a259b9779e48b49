package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// noRawControls fails when s holds a control character other than the
// newlines that end its lines, or a line that starts a GitHub workflow
// command where none should be.
func noRawControls(t *testing.T, what, s string, commands bool) {
	t.Helper()
	for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		if strings.ContainsFunc(line, func(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 }) {
			t.Errorf("%s: raw control character in %q", what, line)
		}
		if !commands && strings.HasPrefix(line, "::") {
			t.Errorf("%s: a line starts a workflow command: %q", what, line)
		}
	}
}

// TestNamesWithControls: file names holding a newline and a workflow
// command, ESC, BEL or an OSC sequence reach error lines, try: lines,
// check's notes and the github format only escaped.
func TestNamesWithControls(t *testing.T) {
	dir := t.TempDir()
	samples := sampleFiles(t)
	evil := filepath.Join(dir, "new\n::error file=x::pwned\x1b]0;title\x07.txt")
	data, err := os.ReadFile(samples[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(evil, data, 0o644); err != nil {
		t.Skipf("this file system refuses such names: %v", err)
	}

	// An error naming it, and the try: line after a usage mistake.
	code, _, stderr := runArgs(t, "claims", evil+"-missing")
	if code != exitError {
		t.Fatalf("missing file: exit %d", code)
	}
	noRawControls(t, "error line", stderr, false)
	_, _, stderr = runArgs(t, "compare", evil)
	noRawControls(t, "try line", stderr, false)
	if !strings.Contains(stderr, "try:") {
		t.Errorf("no try: line in %q", stderr)
	}

	// check's notes name the baseline file.
	base := filepath.Join(dir, "base\n::error::pwned\x1b[2J.json")
	if code, _, stderr := runArgs(t, "check", evil, "--against", samples[1], "--write-baseline", base); code != exitOK {
		t.Fatalf("write baseline: exit %d: %s", code, stderr)
	}
	code, stdout, stderr := runArgs(t, "check", evil, "--against", samples[1], "--baseline", base, "--format", "github")
	if code != exitOK || !strings.Contains(stderr, "accepted by") {
		t.Fatalf("check with baseline: exit %d, stderr %q", code, stderr)
	}
	noRawControls(t, "check notes", stderr, false)

	// The github format: each finding is one command, and no name adds one.
	code, stdout, _ = runArgs(t, "compare", evil, samples[1], "--format", "github")
	if code != exitOK || stdout == "" {
		t.Fatalf("github format: exit %d, %d bytes", code, len(stdout))
	}
	noRawControls(t, "github format", stdout, true)
	// Past GitHub's annotation limits, findings are plain log lines
	// ("claimdiff: not annotated: …"), which start no command.
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		annotation := strings.HasPrefix(line, "::notice ") || strings.HasPrefix(line, "::warning ") || strings.HasPrefix(line, "::error ")
		if !annotation && !strings.HasPrefix(line, "claimdiff: not annotated: ") {
			t.Errorf("github format: a line that is neither an annotation nor a plain note: %q", line)
		}
	}
	code, stdout, _ = runArgs(t, "compare", evil, samples[1], "--format", "csv")
	if code != exitOK {
		t.Fatalf("csv: exit %d", code)
	}
	noRawControls(t, "csv", strings.ReplaceAll(stdout, "\r\n", "\n"), false)
}

// TestInterruptPrompt: a signal in the middle of a stage that does not
// look at ctx (here: reading standard input that never ends) stops the run
// at once, says "interrupted", exits 2, and leaves an existing -o report
// as it was.
func TestInterruptPrompt(t *testing.T) {
	report := filepath.Join(t.TempDir(), "report.json")
	if err := os.WriteFile(report, []byte("the old report\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	defer pw.Close() // lets the abandoned run finish
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- runInterruptible(ctx, []string{"claims", "-", "--format", "json", "-o", report}, pr, &out, &errb, 10*time.Millisecond)
	}()
	pw.Write([]byte("The mayor said 40 people were hurt on Monday.\n")) // the run is reading
	cancel()
	code := <-done
	if code != exitError || errb.String() != "claimdiff: interrupted\n" {
		t.Errorf("interrupted run: exit %d, stderr %q", code, errb.String())
	}
	if out.Len() != 0 {
		t.Errorf("interrupted run wrote %q", out.String())
	}
	if b, _ := os.ReadFile(report); string(b) != "the old report\n" {
		t.Errorf("-o file changed: %q", b)
	}
	entries, _ := os.ReadDir(filepath.Dir(report))
	if len(entries) != 1 {
		t.Errorf("left files behind: %v", entries)
	}
}

// TestPathologicalInputs runs every format over inputs that once took
// minutes: 100,000 lines of a lone quotation mark (each a skipped repeated
// line), 60,000 quotation marks on one line, and an old Mac text with
// lone CR line breaks. No time is asserted; a return to quadratic cost
// shows as a test that does not end.
func TestPathologicalInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	dir := t.TempDir()
	files := map[string]string{
		"lines.txt":  "The mayor said 40 people were hurt on Monday.\n" + strings.Repeat("\"\n", 100000),
		"spaced.txt": "The mayor said \"" + strings.Repeat("word \" ", 30000) + ".\n",
		"mac.txt":    "Bridge Closed After Crash\rThe mayor said 40 people were hurt on Monday.\rPolice said the road would reopen on Friday.\r",
	}
	var paths []string
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	for _, format := range []string{"table", "json", "html", "csv", "markdown"} {
		code, stdout, stderr := runArgs(t, append([]string{"compare", "--format", format}, paths...)...)
		if code != exitOK || stdout == "" {
			t.Errorf("compare --format %s: exit %d: %s", format, code, stderr)
		}
	}
	code, stdout, stderr := runArgs(t, "claims", "--format", "json", filepath.Join(dir, "mac.txt"))
	if code != exitOK || !strings.Contains(stdout, `"text": "Police said the road would reopen on Friday"`) || strings.Contains(stdout, `\r`) {
		t.Errorf("lone-CR text: exit %d, %s\n%s", code, stderr, stdout)
	}
	code, _, stderr = runArgs(t, "check", paths[0], "--against", paths[1], paths[2])
	if code != exitOK && code != exitFindings {
		t.Errorf("check: exit %d: %s", code, stderr)
	}
}
