package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/pelletier/go-toml/v2"
)

// FileName is the configuration file Find looks for.
const FileName = ".claimdiff.toml"

// Defaults for the thresholds a file may leave out.
const (
	DefaultRelated    = 0.15 // least story similarity for a reference to be related
	DefaultWindowDays = 14   // days apart two dated articles may be and still be related
)

// The values fail-on and min-severity accept.
var (
	FailPolicies = []string{"none", "discrepancy", "unique", "any"}
	Severities   = []string{"low", "medium", "high"}
)

// Config is the effective configuration: the file's values over the
// defaults.
type Config struct {
	Path        string              `toml:"-"` // the file read, "" for none
	FailOn      string              `toml:"fail-on"`
	MinSeverity string              `toml:"min-severity"`
	Boilerplate []string            `toml:"boilerplate"`
	Aliases     map[string]string   `toml:"aliases"`
	Cues        map[string][]string `toml:"-"` // lemma → forms, from RawCues
	RawCues     map[string]any      `toml:"cues"`
	Thresholds  Thresholds          `toml:"thresholds"`

	boilerplate []*regexp.Regexp
}

// Thresholds tune alignment and the choice of related articles.
type Thresholds struct {
	Align      float64 `toml:"align"`       // least similarity for two claims to align, 0..1
	Related    float64 `toml:"related"`     // least story similarity of a related reference, 0..1
	WindowDays int     `toml:"window-days"` // 0: dates are not compared
}

// Default returns the configuration used when there is no file.
func Default() *Config {
	return &Config{
		FailOn:      "", // each command's own default: compare none, check discrepancy
		MinSeverity: "low",
		Boilerplate: []string{},
		Aliases:     map[string]string{},
		Cues:        map[string][]string{},
		Thresholds:  Thresholds{Align: compare.DefaultThreshold, Related: DefaultRelated, WindowDays: DefaultWindowDays},
	}
}

// Error is a problem in a configuration file. Line is 0 when the problem
// has no one line.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

// known lists the keys of each table, for "expected …" in an error.
var known = map[string][]string{
	"":           {"fail-on", "min-severity", "boilerplate", "aliases", "cues", "thresholds"},
	"thresholds": {"align", "related", "window-days"},
}

// Parse reads a configuration from data; path names it in errors.
func Parse(path string, data []byte) (*Config, error) {
	c := Default()
	c.Path = path
	d := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields()
	if err := d.Decode(c); err != nil {
		var sm *toml.StrictMissingError
		if errors.As(err, &sm) && len(sm.Errors) > 0 {
			e := &sm.Errors[0]
			line, _ := e.Position()
			key := []string(e.Key())
			table := strings.Join(key[:len(key)-1], ".")
			msg := fmt.Sprintf("unknown key %q", strings.Join(key, "."))
			if ks, ok := known[table]; ok {
				msg += " (expected " + orList(ks) + ")"
			}
			return nil, &Error{Path: path, Line: line, Msg: msg}
		}
		var de *toml.DecodeError
		if errors.As(err, &de) {
			line, _ := de.Position()
			return nil, &Error{Path: path, Line: line, Msg: strings.TrimPrefix(de.Error(), "toml: ")}
		}
		return nil, &Error{Path: path, Msg: strings.TrimPrefix(err.Error(), "toml: ")}
	}
	if err := c.validate(data); err != nil {
		return nil, err
	}
	return c, nil
}

// validate checks values the types cannot: policies, ranges, patterns.
func (c *Config) validate(data []byte) error {
	bad := func(table, key, format string, a ...any) error {
		return &Error{Path: c.Path, Line: lineOf(data, table, key), Msg: fmt.Sprintf(format, a...)}
	}
	if c.FailOn != "" && !slices.Contains(FailPolicies, c.FailOn) {
		return bad("", "fail-on", "fail-on %q: unknown policy (expected %s)", c.FailOn, orList(FailPolicies))
	}
	if !slices.Contains(Severities, c.MinSeverity) {
		return bad("", "min-severity", "min-severity %q: unknown severity (expected %s)", c.MinSeverity, orList(Severities))
	}
	c.boilerplate = c.boilerplate[:0]
	for i, p := range c.Boilerplate {
		re, err := regexp.Compile(p)
		if err != nil {
			return bad("", "boilerplate", "boilerplate[%d] %q: invalid pattern (expected a Go regular expression)", i, p)
		}
		c.boilerplate = append(c.boilerplate, re)
	}
	// Keys in order, so that of several bad entries the same one is
	// reported on every run.
	for _, k := range slices.Sorted(maps.Keys(c.Aliases)) {
		v := c.Aliases[k]
		if strings.TrimSpace(k) == "" || strings.TrimSpace(v) == "" {
			return bad("aliases", k, "aliases: %q = %q: empty name (expected \"Alias\" = \"Canonical Name\")", k, v)
		}
	}
	if err := c.readCues(bad); err != nil {
		return err
	}
	t := c.Thresholds
	if !(t.Align > 0 && t.Align <= 1) || math.IsNaN(t.Align) {
		return bad("thresholds", "align", "thresholds.align %v: out of range (expected a number above 0, at most 1)", t.Align)
	}
	if !(t.Related > 0 && t.Related <= 1) || math.IsNaN(t.Related) {
		return bad("thresholds", "related", "thresholds.related %v: out of range (expected a number above 0, at most 1)", t.Related)
	}
	if t.WindowDays < 0 {
		return bad("thresholds", "window-days", "thresholds.window-days %d: negative (expected days, 0 for no window)", t.WindowDays)
	}
	return nil
}

// cueForms is what a [cues] entry may be: the forms alone, or a record of
// the lexicon's schema.
const cueForms = `verb = ["forms", …] or verb = {forms = ["forms", …], is = ["speech"]}`

// readCues reads [cues] into Cues. An entry is a list of forms ("opine =
// ["opined", "opines"]") or a record in the schema of the shipped cue
// lexicon (claims/lexicon/verbs.toml), checked by its loader.
func (c *Config) readCues(bad func(table, key, format string, a ...any) error) error {
	c.Cues = map[string][]string{}
	for _, lemma := range slices.Sorted(maps.Keys(c.RawCues)) {
		var forms []string
		switch v := c.RawCues[lemma].(type) {
		case []any:
			for _, f := range v {
				s, ok := f.(string)
				if !ok {
					return bad("cues", lemma, "cues.%s: %v is not a word (expected %s)", lemma, f, cueForms)
				}
				forms = append(forms, s)
			}
		case map[string]any:
			data, err := toml.Marshal(map[string]any{"words": map[string]any{lemma: v}})
			if err != nil {
				return bad("cues", lemma, "cues.%s: %v (expected %s)", lemma, err, cueForms)
			}
			recs, err := claims.ParseCueRecords(data)
			if err != nil {
				return bad("cues", lemma, "cues.%s", err)
			}
			forms = recs[lemma]
		default:
			return bad("cues", lemma, "cues.%s: %v is neither a list of forms nor a record (expected %s)", lemma, v, cueForms)
		}
		for _, w := range append([]string{lemma}, forms...) {
			if w == "" || strings.ContainsFunc(w, func(r rune) bool { return r == ' ' || r == '\t' }) {
				return bad("cues", lemma, "cues.%s: %q is not one word (expected %s)", lemma, w, cueForms)
			}
		}
		c.Cues[lemma] = forms
	}
	return nil
}

// lineOf finds the line on which key is set in table, for errors about a
// value; 0 when it cannot tell.
func lineOf(data []byte, table, key string) int {
	cur := ""
	for i, l := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "[") && !strings.HasPrefix(t, "[[") {
			cur = strings.TrimSpace(strings.Trim(strings.SplitN(t, "#", 2)[0], "[] \t"))
			continue
		}
		k, _, ok := strings.Cut(t, "=")
		if !ok {
			continue
		}
		k = strings.Trim(strings.TrimSpace(k), `"'`)
		if cur == table && k == key || cur == "" && table != "" && k == table+"."+key {
			return i + 1
		}
	}
	return 0
}

// Load reads and parses the file at path.
func Load(path string) (*Config, error) {
	// A FIFO or device would block the read or never end: only a regular
	// file (or a link to one) is a configuration.
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return nil, &Error{Path: path, Msg: "not a regular file (expected a " + FileName + " configuration file)"}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &Error{Path: path, Msg: "no such file (expected a " + FileName + " configuration file)"}
		}
		return nil, &Error{Path: path, Msg: "cannot read: " + err.Error()}
	}
	return Parse(path, data)
}

// Find looks for FileName in dir and each of its parents, and returns the
// first found, or "" if none is.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// ClaimsOptions returns the extraction options the configuration asks for,
// compiled for concurrent use.
func (c *Config) ClaimsOptions() *claims.Options {
	o := &claims.Options{Aliases: c.Aliases, Cues: c.Cues, Boilerplate: c.boilerplate}
	o.Compile()
	return o
}

// CompareOptions returns the comparison options the configuration asks for.
func (c *Config) CompareOptions() compare.Options {
	return compare.Options{Threshold: c.Thresholds.Align}
}

// Format writes the configuration as TOML a person can read and Parse can
// read back: every key, defaults included, in a fixed order, maps sorted.
func (c *Config) Format() string {
	var b strings.Builder
	if c.Path != "" {
		fmt.Fprintf(&b, "# claimdiff configuration: %s over the defaults\n", c.Path)
	} else {
		b.WriteString("# claimdiff configuration: the defaults (no " + FileName + " found)\n")
	}
	if c.FailOn == "" {
		b.WriteString("# fail-on is not set: compare fails on none, check on discrepancy\n")
	} else {
		fmt.Fprintf(&b, "fail-on = %s\n", quote(c.FailOn))
	}
	fmt.Fprintf(&b, "min-severity = %s\n", quote(c.MinSeverity))
	fmt.Fprintf(&b, "boilerplate = %s\n", list(c.Boilerplate))
	b.WriteString("\n[aliases]\n")
	for _, k := range slices.Sorted(maps.Keys(c.Aliases)) {
		fmt.Fprintf(&b, "%s = %s\n", quote(k), quote(c.Aliases[k]))
	}
	b.WriteString("\n[cues]\n")
	for _, k := range slices.Sorted(maps.Keys(c.Cues)) {
		forms := append([]string(nil), c.Cues[k]...)
		sort.Strings(forms)
		fmt.Fprintf(&b, "%s = %s\n", quote(k), list(forms))
	}
	b.WriteString("\n[thresholds]\n")
	fmt.Fprintf(&b, "align = %s\n", num(c.Thresholds.Align))
	fmt.Fprintf(&b, "related = %s\n", num(c.Thresholds.Related))
	fmt.Fprintf(&b, "window-days = %d\n", c.Thresholds.WindowDays)
	return b.String()
}

func num(x float64) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0" // a TOML float, as the file wants it
	}
	return s
}

func list(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = quote(x)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// quote writes a TOML basic string: backslash, quote and control
// characters escaped, everything else as is.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func orList(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}
