package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// sarifSchemaValidator compiles the official SARIF 2.1.0 schema (OASIS,
// errata 01) from testdata, with format assertions on, so "uri-reference"
// and the like are checked too.
func sarifSchemaValidator(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validateSARIF(t *testing.T, s *jsonschema.Schema, out []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("sarif output is not JSON: %v", err)
	}
	if err := s.Validate(inst); err != nil {
		t.Fatalf("sarif output does not validate against the SARIF 2.1.0 schema:\n%v", err)
	}
}

// TestSARIFSchema validates the sarif format against the official schema:
// the hostile fixture (URL source, multi-line sentence, RTL and emoji), an
// empty result, a large synthetic one, and with Annotate set.
func TestSARIFSchema(t *testing.T) {
	s := sarifSchemaValidator(t)
	cases := map[string]struct {
		r   *compare.Result
		opt Options
	}{
		"fixture":   {fixture(), Options{}},
		"annotate":  {fixture(), Options{Annotate: []string{"cnn"}}},
		"empty":     {&compare.Result{}, Options{}},
		"synthetic": {synthetic(4, 30), Options{}},
	}
	cases["samples"] = struct {
		r   *compare.Result
		opt Options
	}{samplesResult(t), Options{Annotate: []string{"newsorbit"}}}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			validateSARIF(t, s, mustWrite(t, c.r, "sarif", c.opt))
		})
	}
	// The validator is not a rubber stamp: a log without its version and
	// a result with an unknown level both fail.
	var log map[string]any
	if err := json.Unmarshal(mustWrite(t, fixture(), "sarif", Options{}), &log); err != nil {
		t.Fatal(err)
	}
	delete(log, "version")
	broken, _ := json.Marshal(log)
	inst, _ := jsonschema.UnmarshalJSON(bytes.NewReader(broken))
	if s.Validate(inst) == nil {
		t.Error("a SARIF log without version validated")
	}
	bad := bytes.Replace(mustWrite(t, fixture(), "sarif", Options{}), []byte(`"level": "error"`), []byte(`"level": "fatal"`), 1)
	inst, _ = jsonschema.UnmarshalJSON(bytes.NewReader(bad))
	if s.Validate(inst) == nil {
		t.Error("a SARIF result with level fatal validated")
	}
}

// TestSARIFContent pins what a code-scanning service relies on: regions
// that point at the sentence, and the stable fingerprint.
func TestSARIFContent(t *testing.T) {
	r := fixture()
	var log sarifLog
	if err := json.Unmarshal(mustWrite(t, r, "sarif", Options{}), &log); err != nil {
		t.Fatal(err)
	}
	results := log.Runs[0].Results
	want := 0
	for _, f := range r.Findings {
		if f.Kind != compare.Agreement {
			want++
		}
	}
	if len(results) != want {
		t.Fatalf("%d results, want %d (agreements are not results)", len(results), want)
	}
	for _, res := range results {
		if res.PartialFingerprints[FingerprintKey] == "" {
			t.Errorf("%s: no fingerprint", res.Properties.FindingID)
		}
		for _, l := range append(res.Locations, res.RelatedLocations...) {
			uri := l.PhysicalLocation.ArtifactLocation.URI
			a := r.Articles[0]
			for _, x := range r.Articles {
				if strings.HasSuffix(x.Path, uri) {
					a = x
				}
			}
			reg := l.PhysicalLocation.Region
			got := a.Text[reg.ByteOffset : reg.ByteOffset+reg.ByteLength]
			if got != reg.Snippet.Text {
				t.Errorf("%s: bytes %d+%d of %s are %q, snippet %q", res.Properties.FindingID, reg.ByteOffset, reg.ByteLength, uri, got, reg.Snippet.Text)
			}
			if line, col := lineCol(a.Text, reg.ByteOffset); line != reg.StartLine || col != reg.StartColumn {
				t.Errorf("%s: start %d:%d, want %d:%d", res.Properties.FindingID, reg.StartLine, reg.StartColumn, line, col)
			}
		}
	}
}

func TestLineCol(t *testing.T) {
	text := "ab\nçd 🌊x\r\nlast"
	for _, c := range []struct{ off, line, col int }{
		{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 2, 2}, {strings.Index(text, "x"), 2, 5}, {strings.Index(text, "last"), 3, 1}, {len(text), 3, 5},
	} {
		if l, col := lineCol(text, c.off); l != c.line || col != c.col {
			t.Errorf("lineCol(%d) = %d:%d, want %d:%d", c.off, l, col, c.line, c.col)
		}
	}
}

// TestGitHubCommands checks the workflow command syntax: one command per
// line, properties escaped (":" and "," too), messages escaped (%, CR, LF).
func TestGitHubCommands(t *testing.T) {
	out := string(mustWrite(t, fixture(), "github", Options{}))
	if out == "" {
		t.Fatal("no annotations")
	}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		level, rest, ok := strings.Cut(strings.TrimPrefix(l, "::"), " ")
		if !strings.HasPrefix(l, "::") || !ok || (level != "error" && level != "warning" && level != "notice") {
			t.Fatalf("not a workflow command: %q", l)
		}
		props, msg, ok := strings.Cut(rest, "::")
		if !ok || msg == "" {
			t.Fatalf("no message: %q", l)
		}
		for _, p := range strings.Split(props, ",") {
			k, v, ok := strings.Cut(p, "=")
			if !ok || strings.ContainsAny(v, ":\r\n") {
				t.Errorf("bad property %q in %q", p, l)
			}
			if k == "file" && strings.Contains(v, "https") && !strings.Contains(v, "%3A") {
				t.Errorf("colon in file not escaped: %q", v)
			}
		}
		if strings.ContainsAny(msg, "\r") {
			t.Errorf("raw CR in message: %q", l)
		}
	}
	if got := ghProperty("a:b,c%d\ne"); got != "a%3Ab%2Cc%25d%0Ae" {
		t.Errorf("ghProperty = %q", got)
	}
	if got := ghData("50% a:b,c\r\n"); got != "50%25 a:b,c%0D%0A" {
		t.Errorf("ghData = %q", got)
	}
	// Annotate narrows the commands to the named sources' claims.
	only := string(mustWrite(t, fixture(), "github", Options{Annotate: []string{"cnn"}}))
	if strings.Contains(only, "file=samples/floods/bbc.txt") && !strings.Contains(only, "cnn.md") {
		t.Errorf("Annotate cnn still points at bbc only:\n%s", only)
	}
}

// TestCIGolden pins the github and sarif bytes for the fixture.
func TestCIGolden(t *testing.T) {
	for _, f := range []string{"github", "sarif"} {
		got := mustWrite(t, fixture(), f, Options{})
		path := filepath.Join("testdata", f+".golden")
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (run go test ./report -run TestCIGolden -update)\n%s", f, path, firstDiff(got, want))
		}
	}
}

// samplesResult compares the real sample story, so the schema test sees
// what extraction produces, not only the hand-made fixture.
func samplesResult(t *testing.T) *compare.Result {
	t.Helper()
	dir := filepath.Join("..", "samples", "trump-maduro-call")
	var arts []*claims.Article
	var per [][]claims.Claim
	for _, id := range []string{"newsorbit", "newzksa"} {
		path := filepath.Join(dir, id+".txt")
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, err := claims.NewArticle(id, filepath.ToSlash(path), data)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
		per = append(per, claims.Extract(a))
	}
	return compare.Compare(arts, per, compare.Options{})
}
