package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func runArgs(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestExitMatrix pins the exit status of compare and check for every
// --fail-on policy (and the default), with no baseline, a baseline that
// accepts every finding, a baseline of another story, --write-baseline, and
// unusable baselines. "shared" finds unique details and no discrepancy;
// "num" finds a discrepancy and no unique detail.
func TestExitMatrix(t *testing.T) {
	t.Chdir(writeFixtures(t))
	pairs := map[string][2]string{"shared": {"shared1.txt", "shared2.txt"}, "num": {"num1.txt", "num2.txt"}}
	// Accepting baselines, written by the same command on the same pair.
	for name, p := range pairs {
		for _, cmd := range []string{"compare", "check"} {
			args := []string{cmd, p[0], p[1], "--write-baseline", cmd + "-" + name + ".json", "--fail-on", "any"}
			if cmd == "check" {
				args = []string{cmd, p[0], "--against", p[1], "--write-baseline", cmd + "-" + name + ".json", "--fail-on", "any"}
			}
			if code, _, stderr := runArgs(t, args...); code != 0 {
				t.Fatalf("%v: exit %d (%s), want 0: --write-baseline accepts", args, code, stderr)
			}
		}
	}
	if err := os.WriteFile("garbage.json", []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("other-schema.json", []byte(`{"schema":"claimdiff.report/v1","findings":[]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	defaults := map[string]string{"compare": "none", "check": "discrepancy"}
	other := map[string]string{"shared": "num", "num": "shared"}
	for _, cmd := range []string{"compare", "check"} {
		// What each pair finds is read from its JSON report, so the matrix
		// pins the command's policy, not today's extraction; the pairs must
		// still cover both outcomes, or the matrix proves little.
		want := map[string]map[string]int{}
		for name, p := range pairs {
			args := []string{cmd, p[0], p[1], "--format", "json"}
			if cmd == "check" {
				args = []string{cmd, p[0], "--against", p[1], "--format", "json", "--fail-on", "none"}
			}
			code, stdout, stderr := runArgs(t, args...)
			if code != 0 {
				t.Fatalf("%v: exit %d %s", args, code, stderr)
			}
			disc := regexp.MustCompile(`"kind": "discrepancy"`).MatchString(stdout)
			uniq := regexp.MustCompile(`"kind": "unique"`).MatchString(stdout)
			want[name] = map[string]int{"none": 0, "discrepancy": b2i(disc), "unique": b2i(disc || uniq), "any": b2i(disc || uniq)}
		}
		if want["num"]["discrepancy"] != 1 || want["shared"]["discrepancy"] != 0 || want["shared"]["unique"] != 1 {
			t.Fatalf("%s: fixtures no longer cover the outcomes (num: a discrepancy; shared: unique details only): %v", cmd, want)
		}
		for name, p := range pairs {
			for _, policy := range []string{"", "none", "discrepancy", "unique", "any"} {
				eff := policy
				if eff == "" {
					eff = defaults[cmd]
				}
				for _, bl := range []struct {
					name  string
					flags []string
					code  int
				}{
					{"no baseline", nil, want[name][eff]},
					{"accepting baseline", []string{"--baseline", cmd + "-" + name + ".json"}, 0},
					{"other story's baseline", []string{"--baseline", cmd + "-" + other[name] + ".json"}, want[name][eff]},
					{"write baseline", []string{"--write-baseline", "new-" + cmd + name + policy + ".json"}, 0},
					{"baseline and write baseline", []string{"--baseline", cmd + "-" + other[name] + ".json", "--write-baseline", "upd.json"}, 0},
					{"missing baseline", []string{"--baseline", "missing.json"}, 2},
					{"garbage baseline", []string{"--baseline", "garbage.json"}, 2},
					{"report as baseline", []string{"--baseline", "other-schema.json"}, 2},
				} {
					args := []string{cmd, p[0], p[1]}
					if cmd == "check" {
						args = []string{cmd, p[0], "--against", p[1]}
					}
					if policy != "" {
						args = append(args, "--fail-on", policy)
					}
					args = append(args, bl.flags...)
					t.Run(fmt.Sprintf("%s/%s/%s/%s", cmd, name, eff, bl.name), func(t *testing.T) {
						for _, format := range []string{"table", "json", "github", "sarif"} {
							code, stdout, stderr := runArgs(t, append(args, "--format", format)...)
							if code != bl.code {
								t.Errorf("%v --format %s: exit %d, want %d; stderr %q", args, format, code, bl.code, stderr)
							}
							if code == 2 && (stdout != "" || strings.Count(stderr, "\n") != 1) {
								t.Errorf("%v: exit 2 with stdout %q, stderr %q (want one line)", args, stdout, stderr)
							}
						}
					})
				}
			}
		}
	}
}

// TestMinSeverity: findings below --min-severity are neither reported nor
// counted by --fail-on.
func TestMinSeverity(t *testing.T) {
	t.Chdir(writeFixtures(t))
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"compare", "shared1.txt", "shared2.txt", "--fail-on", "any"}, 1},
		{[]string{"compare", "shared1.txt", "shared2.txt", "--fail-on", "any", "--min-severity", "medium"}, 0},
		{[]string{"compare", "num1.txt", "num2.txt", "--fail-on", "any", "--min-severity", "high"}, 1},
		{[]string{"check", "shared1.txt", "--against", "shared2.txt", "--fail-on", "unique", "--min-severity", "low"}, 1},
		{[]string{"check", "shared1.txt", "--against", "shared2.txt", "--fail-on", "unique", "--min-severity", "high"}, 0},
		{[]string{"compare", "num1.txt", "num2.txt", "--min-severity", "severe"}, 2},
	} {
		if code, _, stderr := runArgs(t, c.args...); code != c.code {
			t.Errorf("%v: exit %d, want %d (%s)", c.args, code, c.code, stderr)
		}
	}
}

// TestBaselineStable: a baseline keeps accepting the same findings after
// whitespace edits inside lines, blank lines added, paragraphs reordered
// and other articles added; a changed quote is new and fails.
func TestBaselineStable(t *testing.T) {
	t.Chdir(writeFixtures(t))
	if code, _, stderr := runArgs(t, "check", "num1.txt", "--against", "num2.txt", "--write-baseline", "b.json"); code != 0 {
		t.Fatalf("write baseline: exit %d %s", code, stderr)
	}
	first, err := os.ReadFile("b.json")
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`"schema": "claimdiff.baseline/v1"`).Match(first) || !bytes.Contains(first, []byte(`"discrepancy"`)) {
		t.Fatalf("baseline lacks schema or the discrepancy:\n%s", first)
	}
	// Same inputs, same bytes.
	runArgs(t, "check", "num1.txt", "--against", "num2.txt", "--write-baseline", "b2.json")
	if second, _ := os.ReadFile("b2.json"); !bytes.Equal(first, second) {
		t.Errorf("baseline not deterministic:\n%s\n---\n%s", first, second)
	}
	edits := map[string]string{
		"spaces and blank lines": "\n\n  Police said at least   83 people were killed in the flood on  Tuesday.  \n\n\n\n" +
			"“We will rebuild  every home in the valley,”   Governor Ana Lima told reporters.\t\n\n",
		"paragraphs reordered": "“We will rebuild every home in the valley,” Governor Ana Lima told reporters.\n\n" +
			"Police said at least 83 people were killed in the flood on Tuesday.\n",
		"crlf": "Police said at least 83 people were killed in the flood on Tuesday.\r\n\r\n" +
			"“We will rebuild every home in the valley,” Governor Ana Lima told reporters.\r\n",
	}
	for name, text := range edits {
		if err := os.WriteFile("num1.txt", []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, stdout, stderr := runArgs(t, "check", "num1.txt", "--against", "num2.txt", "--baseline", "b.json", "--format", "csv"); code != 0 {
			t.Errorf("%s: exit %d, want 0 (all accepted)\n%s%s", name, code, stdout, stderr)
		}
		if code, _, stderr := runArgs(t, "check", "num1.txt", "--against", "num2.txt", "shared2.txt", "--baseline", "b.json"); code != 0 {
			t.Errorf("%s, unrelated reference added: exit %d, want 0\n%s", name, code, stderr)
		}
	}
	// The governor's words change again: a new discrepancy fails.
	changed := "Police said at least 83 people were killed in the flood on Tuesday.\n\n" +
		"“We will never rebuild a single home in the valley,” Governor Ana Lima told reporters.\n"
	if err := os.WriteFile("num1.txt", []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, _ := runArgs(t, "check", "num1.txt", "--against", "num2.txt", "--baseline", "b.json", "--format", "csv"); code != 1 {
		t.Errorf("changed quote: exit %d, want 1\n%s", code, stdout)
	}
}

// TestConfigFile: the nearest .claimdiff.toml applies, --config names
// another, an unknown key is exit 2 with its line, and flags beat the file.
func TestConfigFile(t *testing.T) {
	dir := writeFixtures(t)
	t.Chdir(dir)
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(".claimdiff.toml", "# CI settings\nfail-on = \"any\"\n")
	if code, _, _ := runArgs(t, "compare", "shared1.txt", "shared2.txt"); code != 1 {
		t.Errorf("fail-on any from the file: exit %d, want 1", code)
	}
	if code, _, _ := runArgs(t, "compare", "shared1.txt", "shared2.txt", "--fail-on", "none"); code != 0 {
		t.Errorf("flag over file: exit %d, want 0", code)
	}
	// Found from a subdirectory too.
	t.Chdir(filepath.Join(dir, "a"))
	if code, _, _ := runArgs(t, "compare", "../shared1.txt", "../shared2.txt"); code != 1 {
		t.Errorf("file found walking up: exit %d, want 1", code)
	}
	t.Chdir(dir)
	write("bad.toml", "fail-on = \"any\"\n\n[thresholds]\nalign = 0.2\nrelatd = 0.3\n")
	code, stdout, stderr := runArgs(t, "compare", "shared1.txt", "shared2.txt", "--config", "bad.toml")
	if code != 2 || stdout != "" || stderr != "claimdiff: bad.toml:5: unknown key \"thresholds.relatd\" (expected align, related or window-days)\n" {
		t.Errorf("unknown key: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	write(".claimdiff.toml", "fail-on = \"any\"\nfial-on = \"none\"\n")
	if code, _, stderr := runArgs(t, "config"); code != 2 || !strings.HasPrefix(stderr, "claimdiff: .claimdiff.toml:2: unknown key \"fial-on\"") {
		t.Errorf("config with unknown key: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := runArgs(t, "check", "num1.txt", "--against", "num2.txt"); code != 2 || !strings.Contains(stderr, ".claimdiff.toml:2:") {
		t.Errorf("check with unknown key: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := runArgs(t, "compare", "num1.txt", "num2.txt", "--config", "nope.toml"); code != 2 || !strings.Contains(stderr, "nope.toml: no such file") {
		t.Errorf("missing --config: exit %d, stderr %q", code, stderr)
	}
	write(".claimdiff.toml", "min-severity = \"high\"\n\n[aliases]\n\"POTUS\" = \"Donald Trump\"\n\n[thresholds]\nwindow-days = 3\n")
	code, stdout, _ = runArgs(t, "config")
	if code != 0 {
		t.Fatalf("config: exit %d", code)
	}
	for _, want := range []string{"# claimdiff configuration: .claimdiff.toml over the defaults\n", "min-severity = \"high\"\n", "\"POTUS\" = \"Donald Trump\"\n", "window-days = 3\n", "align = 0.15\n"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("config output lacks %q:\n%s", want, stdout)
		}
	}
	if _, again, _ := runArgs(t, "config"); again != stdout {
		t.Error("config output is not deterministic")
	}
	if code, _, _ := runArgs(t, "config", "extra"); code != 2 {
		t.Errorf("config with an argument: exit %d, want 2", code)
	}
}

// TestCheckUsage: check's own usage mistakes are exit 2 with a try: line.
func TestCheckUsage(t *testing.T) {
	t.Chdir(writeFixtures(t))
	for _, c := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"check"}, "check needs at least one new article"},
		{[]string{"check", "num1.txt"}, "check needs reference articles after --against"},
		{[]string{"check", "num1.txt", "--against"}, "--against needs a value"},
		{[]string{"check", "num1.txt", "--against", "num2.txt", "--window", "soon"}, "--window soon"},
		{[]string{"compare", "num1.txt", "num2.txt", "--against", "x"}, "unknown flag --against"},
		{[]string{"check", "-", "--against", "-"}, "standard input can be read only once"},
	} {
		code, _, stderr := runArgs(t, c.args...)
		if code != 2 || !strings.Contains(stderr, c.stderr) || !strings.Contains(stderr, "\ntry: ") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q with a try: line", c.args, code, stderr, c.stderr)
		}
	}
	if code, _, stderr := runArgs(t, "check", "num1.txt", "--against", "missing/"); code != 2 || !strings.Contains(stderr, "missing/: no such file") {
		t.Errorf("missing reference: exit %d, stderr %q", code, stderr)
	}
}

// TestWriteBaselineTarget: --write-baseline never replaces an article or
// the report.
func TestWriteBaselineTarget(t *testing.T) {
	t.Chdir(writeFixtures(t))
	before := fixtures["num2.txt"]
	for _, args := range [][]string{
		{"compare", "num1.txt", "num2.txt", "--write-baseline", "num2.txt"},
		{"check", "num1.txt", "--against", "num2.txt", "shared1.txt", "--write-baseline", "shared1.txt"},
		{"compare", "num1.txt", "num2.txt", "-o", "r.json", "--write-baseline", "r.json"},
	} {
		if code, _, stderr := runArgs(t, args...); code != 2 || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and one line", args, code, stderr)
		}
	}
	if data, _ := os.ReadFile("num2.txt"); string(data) != before {
		t.Error("num2.txt was overwritten")
	}
	if _, err := os.Stat("r.json"); err == nil {
		t.Error("r.json written despite the error")
	}
}

// TestCheckDeterministic: the order of the arguments never changes check's
// output or its notes.
func TestCheckDeterministic(t *testing.T) {
	t.Chdir(writeFixtures(t))
	orders := [][]string{
		{"check", "num1.txt", "shared1.txt", "--against", "num2.txt", "shared2.txt", "notes.md"},
		{"check", "shared1.txt", "num1.txt", "--against", "notes.md", "shared2.txt", "num2.txt"},
		{"check", "--format", "json", "shared1.txt", "num1.txt", "--against=notes.md", "num2.txt", "shared2.txt"},
	}
	for _, format := range []string{"json", "sarif", "github"} {
		var first string
		for i, args := range orders {
			_, stdout, stderr := runArgs(t, append(args, "--format", format, "--fail-on", "none")...)
			if i == 0 {
				first = stdout + stderr
				continue
			}
			if stdout+stderr != first {
				t.Errorf("%s: %v gave different output", format, args)
			}
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestCheckSkipsUnreadableReference: a reference claimdiff cannot read
// (here one in Spanish) among readable ones is passed over with one note
// naming it, and the report is the one without it; an unreadable new
// article, or references none of which can be read, still fail with 2.
func TestCheckSkipsUnreadableReference(t *testing.T) {
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean")
	mixed := filepath.Join(dir, "mixed")
	for _, d := range []string{clean, mixed} {
		os.MkdirAll(d, 0o755)
		for _, f := range []string{"19_2ecb.txt", "19_3ecb.txt"} {
			b, err := os.ReadFile(filepath.Join("testdata/stories/refs", f))
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(d, f), b, 0o644)
		}
	}
	spanish := filepath.Join(mixed, "19_4es.txt")
	os.WriteFile(spanish, []byte("El gobierno anunció hoy que la economía del país creció un tres por ciento durante el último trimestre, "+
		"según los datos publicados por el instituto nacional de estadística. Los analistas dicen que es una buena noticia para los trabajadores.\n"), 0o644)
	newArt := "testdata/stories/new/19_9ecb.txt"
	wantCode, want, wantErr := runArgs(t, "check", newArt, "--against", clean, "--format", "json")
	code, got, errOut := runArgs(t, "check", newArt, "--against", mixed, "--format", "json")
	if code != wantCode || code == 2 || got != strings.ReplaceAll(want, clean, mixed) {
		t.Errorf("exit %d (want %d), report differs from the one without the unreadable reference: %s", code, wantCode, errOut)
	}
	note := "claimdiff check: skipped reference " + spanish + ": text reads as Spanish"
	if !strings.HasPrefix(errOut, note) || strings.Count(errOut, "\n") != strings.Count(wantErr, "\n")+1 {
		t.Errorf("stderr %q, want one more line than %q, starting %q", errOut, wantErr, note)
	}
	for _, args := range [][]string{
		{"check", spanish, "--against", clean},
		{"check", newArt, "--against", spanish},
	} {
		code, out, errOut := runArgs(t, args...)
		if code != 2 || out != "" || !strings.Contains(errOut, spanish+": text reads as Spanish") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and one line naming %s", args, code, out, errOut, spanish)
		}
	}
}
