package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/check"
	"github.com/claimdiff/claimdiff/internal/config"
	"github.com/claimdiff/claimdiff/internal/ingest"
)

// ciOptions are the flags for CI: the configuration file, the severity
// floor, the baseline, and check's reference articles.
type ciOptions struct {
	config        string
	minSeverity   string
	baseline      string
	writeBaseline string
	window        string
	against       []string
	archive       string // check --archive: references from an archive (archive.go)
	maxRefs       string
	inAgainst     bool            // positional arguments after --against are references
	set           map[string]bool // flags given on the command line, which beat the file
}

// againstFlag is --against: its value is the first reference, and every
// source after it on the command line is one too.
type againstFlag struct{ o *ciOptions }

func (a againstFlag) String() string { return "" }

func (a againstFlag) Set(v string) error {
	a.o.against = append(a.o.against, v)
	a.o.inAgainst = true
	return nil
}

func (c *ciOptions) register(cmd string, fs *flag.FlagSet) {
	c.set = map[string]bool{}
	fs.StringVar(&c.config, "config", "", "configuration file")
	if cmd == "claims" {
		return
	}
	fs.StringVar(&c.minSeverity, "min-severity", "", "least severity reported")
	fs.StringVar(&c.baseline, "baseline", "", "accepted findings")
	fs.StringVar(&c.writeBaseline, "write-baseline", "", "write accepted findings")
	if cmd == "check" {
		fs.Var(againstFlag{c}, "against", "reference articles")
		fs.StringVar(&c.window, "window", "", "days between related articles")
		fs.StringVar(&c.archive, "archive", "", "archive of reference articles")
		fs.StringVar(&c.maxRefs, "max-refs", strconv.Itoa(defaultMaxRefs), "most references per new article from --archive")
	}
}

// positional files args as sources, or as references once --against has
// been seen.
func (c *ciOptions) positional(pos []string, args ...string) []string {
	if c.inAgainst {
		c.against = append(c.against, args...)
		return pos
	}
	return append(pos, args...)
}

func (c *ciOptions) check(bad func(flag, val, what, good string) error) error {
	if c.minSeverity != "" && !slices.Contains(config.Severities, c.minSeverity) {
		return bad("min-severity", c.minSeverity, "severity", "medium")
	}
	if c.window != "" {
		if n, err := strconv.Atoi(c.window); err != nil || n < 0 {
			return bad("window", c.window, "window", "7")
		}
	}
	if c.maxRefs != "" {
		if n, err := strconv.Atoi(c.maxRefs); err != nil || n < 1 {
			return bad("max-refs", c.maxRefs, "count", "20")
		}
	}
	for _, f := range []struct{ name, val string }{{"archive", c.archive}, {"baseline", c.baseline}, {"write-baseline", c.writeBaseline}, {"config", c.config}} {
		if c.set[f.name] && f.val == "" {
			return &usageError{fmt.Sprintf("%s needs a value (%s)", flagName(f.name), flagExpect[f.name]), "claimdiff help"}
		}
	}
	return nil
}

// configure loads the configuration file (--config, or the nearest
// .claimdiff.toml up from the working directory) and fills in every flag
// the command line did not give: flags beat the file, the file beats the
// defaults.
func (c *ciOptions) configure(o *options, cmd string) (*config.Config, error) {
	cfg, err := loadConfig(c.config)
	if err != nil {
		return nil, err
	}
	if !c.set["fail-on"] {
		switch {
		case cfg.FailOn != "":
			o.failOn = cfg.FailOn
		case cmd == "check":
			o.failOn = "discrepancy" // check exists to fail CI on a new discrepancy
		}
	}
	if c.minSeverity == "" {
		c.minSeverity = cfg.MinSeverity
	}
	if c.window == "" {
		c.window = strconv.Itoa(cfg.Thresholds.WindowDays)
	}
	return cfg, nil
}

// loadConfig reads the named file, or the one Find finds, or returns the
// defaults. A found file is named relative to the working directory, so
// messages and `claimdiff config` read the same on every machine.
func loadConfig(named string) (*config.Config, error) {
	if named != "" {
		return config.Load(named)
	}
	wd, err := os.Getwd()
	if err != nil {
		return config.Default(), nil
	}
	p, err := config.Find(wd)
	if err != nil || p == "" {
		return config.Default(), nil
	}
	if rel, err := filepath.Rel(wd, p); err == nil {
		p = rel
	}
	return config.Load(p)
}

// skipBoilerplate applies the configuration's boilerplate patterns to each
// article; an article left with no text is an input error.
func skipBoilerplate(arts []*claims.Article, opt *claims.Options) error {
	for _, a := range arts {
		if err := opt.SkipBoilerplate(a); err != nil {
			return &ingest.Error{Input: a.Path, Err: fmt.Errorf("%w after removing boilerplate", err)}
		}
	}
	return nil
}

// finish applies --min-severity and --baseline to a result, writes
// --write-baseline, then the report, and decides the exit status. notes
// go to stderr (when not nil) only once the report is written, so a run
// that fails says one line and nothing else.
func finish(ctx context.Context, o options, res *compare.Result, annotate []string, stdout, stderr io.Writer, notes []string) error {
	if min := o.ci.minSeverity; min != "" && min != "low" {
		check.Keep(res, func(f *compare.Finding) bool { return check.AtLeast(f, min) })
	}
	var accepted *check.Baseline // --baseline, kept by --write-baseline
	if o.ci.baseline != "" {
		b, err := readBaseline(o.ci.baseline)
		if err != nil {
			return err
		}
		accepted = b
		n := len(res.Findings)
		// Fingerprints are taken before Keep renumbers: they never depend
		// on finding ids, only on claims, which Keep leaves alone.
		check.Keep(res, func(f *compare.Finding) bool { return !b.Accepts(res, f) })
		if n > len(res.Findings) {
			notes = append(notes, fmt.Sprintf("%d finding(s) accepted by %s", n-len(res.Findings), o.ci.baseline))
		}
	}
	if o.ci.writeBaseline != "" {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := checkBaselineTarget(o, res.Articles); err != nil {
			return err
		}
		if err := writeAtomic("--write-baseline", o.ci.writeBaseline, accepted.Merge(check.NewBaseline(res)).Marshal()); err != nil {
			return err
		}
		// Writing a baseline accepts every finding it records (those
		// --baseline accepted and the new ones): the run reports the new
		// ones and succeeds.
		o.failOn = "none"
	}
	err := writeReport(ctx, o, res, annotate, stdout)
	if stderr != nil && (err == nil || errors.Is(err, errFindings)) {
		for _, n := range notes {
			fmt.Fprintf(stderr, "claimdiff check: %s\n", oneLine(n)) // notes name files
		}
	}
	return err
}

// checkBaselineTarget refuses a --write-baseline that would replace one of
// the articles or the report itself.
func checkBaselineTarget(o options, arts []*claims.Article) error {
	if o.ci.writeBaseline == "" {
		return nil
	}
	if o.output != "" && filepath.Clean(o.output) == filepath.Clean(o.ci.writeBaseline) {
		return fmt.Errorf("--write-baseline %s: is also -o (expected another file)", o.ci.writeBaseline)
	}
	fi, err := os.Stat(o.ci.writeBaseline)
	if err != nil {
		return nil // a new file; writeAtomic words any other problem
	}
	if o.output != "" && o.output != "-" {
		if oi, err := os.Stat(o.output); err == nil && os.SameFile(fi, oi) {
			return fmt.Errorf("--write-baseline %s: is also -o (expected another file)", o.ci.writeBaseline)
		}
	}
	for _, a := range arts {
		if a.Path == "-" || a.Extracted {
			continue
		}
		if ai, err := os.Stat(a.Path); err == nil && os.SameFile(fi, ai) {
			return fmt.Errorf("--write-baseline %s: is one of the sources (expected a new file name)", o.ci.writeBaseline)
		}
	}
	return nil
}

func readBaseline(path string) (*check.Baseline, error) {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("--baseline %s: not a regular file (expected a baseline written by --write-baseline)", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("--baseline %s: no such file (expected a baseline written by --write-baseline)", path)
		}
		return nil, fmt.Errorf("--baseline %s: cannot read: %w", path, pathErr(err))
	}
	b, err := check.ParseBaseline(data)
	if err != nil {
		return nil, fmt.Errorf("--baseline %s: %w", path, err)
	}
	return b, nil
}

// writeAtomic writes data to path through a temporary file and a rename,
// as writeFileAtomic does for -o, naming flag in its errors.
func writeAtomic(flag, path string, data []byte) error {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("%s %s: is a directory (expected a file name)", flag, path)
	}
	if err := writeFileAtomic(path, data); err != nil {
		return errors.New(flag + strings.TrimPrefix(err.Error(), "-o"))
	}
	return nil
}

// runCheck is `claimdiff check NEW... --against REF...`: each new article
// is compared with the reference articles about the same story, and only
// findings involving a new article are reported.
func runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	o, news, err := parseArgs("check", args)
	if err != nil {
		return err
	}
	switch {
	case len(news) == 0:
		return &usageError{"check needs at least one new article", example("check")}
	case len(o.ci.against) > 0 && o.ci.archive != "":
		return &usageError{"check takes references from --against or --archive, not both", "claimdiff check " + shellJoin(append(news, "--archive", o.ci.archive))}
	case len(o.ci.against) == 0 && o.ci.archive == "":
		return &usageError{"check needs reference articles after --against",
			"claimdiff check " + shellJoin(append(news, "--against", "archive/"))}
	case slices.Contains(news, "-") && slices.Contains(o.ci.against, "-"):
		return &usageError{"- is both a new article and a reference (standard input can be read only once)", example("check")}
	}
	// The configuration and a baseline are read before any article, so a
	// mistake in either fails fast.
	cfg, err := o.ci.configure(&o, "check")
	if err != nil {
		return err
	}
	if o.ci.baseline != "" {
		if _, err := readBaseline(o.ci.baseline); err != nil {
			return err
		}
	}
	newArts, err := ingest.Load(ctx, news, stdin)
	if err != nil {
		return err
	}
	var refArts, all []*claims.Article
	var per [][]claims.Claim
	var notes []string
	if o.ci.archive != "" {
		if err := checkOutput(o.output, newArts); err != nil {
			return err
		}
		if err := checkBaselineTarget(o, newArts); err != nil {
			return err
		}
		if refArts, per, err = archiveRefs(ctx, o, cfg, newArts); err != nil {
			return err
		}
		all = append(append([]*claims.Article{}, newArts...), refArts...)
	} else {
		// A newsroom's folder of earlier coverage holds the odd article
		// claimdiff cannot read (another language, a broken page): a CI
		// run passes over it with a note naming it. With nothing left to
		// compare with, the run fails on the first.
		var skipped []*ingest.Error
		refArts, skipped, err = ingest.LoadSkipping(ctx, o.ci.against, stdin)
		if err != nil {
			return err
		}
		if len(refArts) == 0 && len(skipped) > 0 {
			return skipped[0]
		}
		for _, e := range skipped {
			notes = append(notes, "skipped reference "+e.Error())
		}
		refArts = dropNamedTwice(newArts, refArts)
		renameRefs(newArts, refArts)
		all = append(append([]*claims.Article{}, newArts...), refArts...)
		if err := checkOutput(o.output, all); err != nil {
			return err
		}
		if err := checkBaselineTarget(o, all); err != nil {
			return err
		}
		bar := newProgress(stderr, len(all)) // nil unless many sources and a terminal
		per, err = extract(ctx, cfg, all, bar)
		bar.finish()
		if err != nil {
			return err
		}
	}
	window, _ := strconv.Atoi(o.ci.window) // checked in ciOptions.check
	plan := check.PlanStories(newArts, refArts, check.NewSimilarity(all, per),
		check.RelatedOptions{Threshold: cfg.Thresholds.Related, WindowDays: window})
	byID := map[string]int{}
	for i, a := range all {
		byID[a.ID] = i
	}
	var parts []*compare.Result
	for _, st := range plan.Stories {
		ids := append(append([]string{}, st.New...), st.Refs...)
		slices.Sort(ids)
		arts := make([]*claims.Article, len(ids))
		cs := make([][]claims.Claim, len(ids))
		for i, id := range ids {
			arts[i], cs[i] = all[byID[id]], per[byID[id]]
		}
		if len(arts) < 2 {
			// A lone new article with nothing to compare to: its claims are
			// listed, but nothing is unique "compared with" no one.
			parts = append(parts, compare.Collect(arts, cs))
			continue
		}
		parts = append(parts, compare.Compare(arts, cs, cfg.CompareOptions()))
	}
	res := check.Merge(parts)
	isNew := map[string]bool{}
	var annotate []string
	for _, a := range newArts {
		isNew[a.ID] = true
		annotate = append(annotate, a.ID)
	}
	check.Keep(res, func(f *compare.Finding) bool { return check.Involves(f, isNew) })
	return finish(ctx, o, res, annotate, stdout, stderr, append(notes, plan.Describe(newArts)...))
}

// dropNamedTwice removes references that are also new articles (the same
// file named twice, as in `check new/x.md --against new/`): an article is
// not earlier coverage of itself.
func dropNamedTwice(news, refs []*claims.Article) []*claims.Article {
	var out []*claims.Article
	for _, r := range refs {
		same := false
		ri, err := os.Stat(r.Path)
		for _, n := range news {
			if err != nil || n.Path == "-" {
				continue
			}
			if ni, err := os.Stat(n.Path); err == nil && os.SameFile(ri, ni) {
				same = true
				break
			}
		}
		if !same {
			out = append(out, r)
		}
	}
	return out
}

// renameRefs gives a reference whose id a new article already has its
// directory's name in front ("archive-bbc"), then "-2", "-3": never a
// merge, and the same names for the same arguments.
func renameRefs(news, refs []*claims.Article) {
	taken := map[string]bool{}
	for _, a := range news {
		taken[a.ID] = true
	}
	for _, r := range refs {
		taken[r.ID] = taken[r.ID] || false
	}
	for _, r := range refs {
		isNew := false
		for _, a := range news {
			if a.ID == r.ID {
				isNew = true
			}
		}
		if !isNew {
			continue
		}
		base := r.ID
		if dir := filepath.Base(filepath.Dir(r.Path)); dir != "." && dir != string(filepath.Separator) && r.Path != "-" {
			base = dir + "-" + r.ID
		}
		id := base
		for n := 2; taken[id]; n++ {
			id = base + "-" + strconv.Itoa(n)
		}
		taken[id] = true
		r.ID = id
	}
}

// runConfig is `claimdiff config`: the effective configuration, as TOML.
func runConfig(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("config", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	named := fs.String("config", "", "configuration file")
	if err := fs.Parse(args); err != nil {
		return flagError("config", err, fs, args) // -h: run prints config's usage
	}
	if fs.NArg() > 0 {
		return &usageError{fmt.Sprintf("config takes no arguments (got %s)", fs.Arg(0)), "claimdiff config --config " + config.FileName}
	}
	cfg, err := loadConfig(*named)
	if err != nil {
		return err
	}
	_, err = io.WriteString(stdout, cfg.Format())
	return err
}
