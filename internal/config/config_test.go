package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

const sample = `# newsroom settings
fail-on = "discrepancy"
min-severity = "medium"
boilerplate = ['(?i)^sponsored', "^Listen to this story$"]

[aliases]
"POTUS" = "Donald Trump"
"the president" = "Donald Trump"

[cues]
opine = ["opined", "opines"]

[thresholds]
align = 0.25
related = 0.3
window-days = 7
`

func TestParse(t *testing.T) {
	c, err := Parse("x.toml", []byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	if c.FailOn != "discrepancy" || c.MinSeverity != "medium" || c.Aliases["POTUS"] != "Donald Trump" ||
		len(c.Cues["opine"]) != 2 || c.Thresholds != (Thresholds{0.25, 0.3, 7}) || len(c.boilerplate) != 2 {
		t.Errorf("parsed %+v", c)
	}
	// Keys a file leaves out keep their defaults.
	c, err = Parse("x.toml", []byte("fail-on = \"any\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Thresholds != Default().Thresholds || c.MinSeverity != "low" {
		t.Errorf("defaults lost: %+v", c)
	}
}

// TestUnknownKeyLine: a misspelt key is an error naming its line.
func TestUnknownKeyLine(t *testing.T) {
	for _, c := range []struct {
		doc  string
		line int
		msg  string
	}{
		{"fail-on = \"any\"\nfailon = \"any\"\n", 2, `unknown key "failon" (expected fail-on, min-severity, boilerplate, aliases, cues or thresholds)`},
		{"# c\n\n[thresholds]\nalign = 0.2\nwindow = 3\n", 5, `unknown key "thresholds.window" (expected align, related or window-days)`},
		{"[thresholds]\nalign = 0.2\n\n[extract]\nx = 1\n", 4, `unknown key "extract"`},
		{"fail-on = \"sometimes\"\n", 1, `fail-on "sometimes": unknown policy`},
		{"\n[thresholds]\nrelated = 2.0\n", 3, "thresholds.related 2: out of range"},
		{"boilerplate = ['(']\n", 1, "invalid pattern"},
		{"fail-on = \n", 1, ""},
		{"[thresholds]\nalign = \"high\"\n", 2, ""},
	} {
		_, err := Parse("cfg.toml", []byte(c.doc))
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%q: err = %v, want *Error", c.doc, err)
			continue
		}
		if e.Line != c.line || !strings.Contains(e.Msg, c.msg) || e.Path != "cfg.toml" {
			t.Errorf("%q: got %q (line %d), want line %d containing %q", c.doc, err, e.Line, c.line, c.msg)
		}
		if !strings.HasPrefix(err.Error(), "cfg.toml:") || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: error %q is not one line naming the file", c.doc, err)
		}
	}
}

// TestFormatRoundTrip: config prints every key deterministically, in TOML
// that reads back to the same configuration.
func TestFormatRoundTrip(t *testing.T) {
	c, err := Parse("x.toml", []byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	out := c.Format()
	for i := 0; i < 10; i++ {
		if again := c.Format(); again != out {
			t.Fatal("Format is not deterministic")
		}
	}
	back, err := Parse("x.toml", []byte(out))
	if err != nil {
		t.Fatalf("Format output does not parse: %v\n%s", err, out)
	}
	back.boilerplate, c.boilerplate = nil, nil
	if !reflect.DeepEqual(back, c) {
		t.Errorf("round trip changed the configuration\n got %+v\nwant %+v", back, c)
	}
	if _, err := Parse("d.toml", []byte(Default().Format())); err != nil {
		t.Errorf("default Format does not parse: %v", err)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if p, _ := Find(deep); p != "" && strings.HasPrefix(p, root) {
		t.Fatalf("found %s before writing one", p)
	}
	want := filepath.Join(root, "a", FileName)
	if err := os.WriteFile(want, []byte("fail-on = \"any\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if p, err := Find(deep); err != nil || p != want {
		t.Errorf("Find = %q, %v; want %q", p, err, want)
	}
	if _, err := Load(filepath.Join(root, "missing.toml")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("Load missing: %v", err)
	}
}

// TestCueRecords: a [cues] entry may be a record in the schema of the
// shipped cue lexicon (claims/lexicon/verbs.toml), read by its loader, or
// the older list of forms; both give the same cue.
func TestCueRecords(t *testing.T) {
	doc := "[cues]\nopine = {forms = [\"opined\", \"opines\"], is = [\"speech\"]}\naver = [\"avers\", \"averred\"]\nquip = {forms = [\"quipped\"]}\n"
	c, err := Parse("cfg.toml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"opine": {"opined", "opines"}, "aver": {"avers", "averred"}, "quip": {"quipped"}}
	for lemma, forms := range want {
		if !slices.Equal(c.Cues[lemma], forms) {
			t.Errorf("cues.%s = %v, want %v", lemma, c.Cues[lemma], forms)
		}
	}
	if len(c.Cues) != len(want) {
		t.Errorf("cues = %v", c.Cues)
	}
	// The record and the list give the extractor the same verb.
	o := c.ClaimsOptions()
	a, err := claims.NewArticle("a", "a.txt", []byte("The mayor opined that the budget was too small.\n"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, cl := range claims.ExtractWith(a, o) {
		found = found || cl.Cue != nil && cl.Cue.Lemma == "opine"
	}
	if !found {
		t.Error("a cue given as a record is not read as a cue")
	}

	for _, tc := range []struct{ doc, msg string }{
		{"[cues]\nopine = {forms = [\"opined\"], family = \"say\"}\n", "cues.opine: only forms and is are read"},
		{"[cues]\nopine = {forms = [\"opined\"], is = [\"stance\"]}\n", "cues.opine: is = [\"stance\"]: a configured cue is a verb of speech"},
		{"[cues]\nopine = {form = [\"opined\"]}\n", "unknown field opine.form"},
		{"[cues]\nopine = {forms = [\"Opined\"]}\n", "not lower case"},
		{"[cues]\nopine = {forms = [\"opined\"], is = [\"speach\"]}\n", "unknown class \"speach\""},
		{"[cues]\nopine = 3\n", "neither a list of forms nor a record"},
		{"[cues]\nopine = [\"opined\", 3]\n", "is not a word"},
		{"[cues]\nopine = [\"said so\"]\n", "is not one word"},
	} {
		_, err := Parse("cfg.toml", []byte(tc.doc))
		var e *Error
		if !errors.As(err, &e) || e.Line != 2 || !strings.Contains(e.Msg, tc.msg) {
			t.Errorf("%q: got %v, want line 2 containing %q", tc.doc, err, tc.msg)
		}
	}
}
