package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/config"
	"github.com/claimdiff/claimdiff/internal/ingest"
	"github.com/claimdiff/claimdiff/internal/termsafe"
	"github.com/claimdiff/claimdiff/report"
)

// Exit statuses; see doc.go.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

// usageError is a mistake in the command line. It is reported with a
// second line, a command to try instead.
type usageError struct {
	msg string
	try string
}

func (e *usageError) Error() string { return e.msg }

var (
	// errFindings ends a run that found something --fail-on names: exit 1,
	// nothing on stderr.
	errFindings = errors.New("findings at or above --fail-on")
	// errShown ends a run whose message has already been written.
	errShown = errors.New("usage shown")
)

// run is the whole command: it parses args, loads the sources, extracts and
// compares claims, writes the report and returns the exit status. It reads
// no package state; stdout receives the report only once it is complete.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		// A last resort: a bug must still end as one line and status 2,
		// never a stack trace in a CI log.
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "claimdiff: internal error: %s\n", oneLine(fmt.Sprint(p)))
			code = exitError
		}
	}()
	err := dispatch(ctx, args, stdin, stdout, stderr)
	if hr := (*helpRequest)(nil); errors.As(err, &hr) {
		// -h or --help after a command: that command's usage and flags.
		_, err = io.WriteString(stdout, commandHelp(hr.cmd))
	}
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFindings):
		return exitFindings
	case errors.Is(err, errShown):
		return exitError
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "claimdiff: %s\n", oneLine(ue.msg))
		if ue.try != "" {
			fmt.Fprintf(stderr, "try: %s\n", oneLine(ue.try))
		}
		return exitError
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "claimdiff: interrupted")
		return exitError
	}
	fmt.Fprintf(stderr, "claimdiff: %s\n", oneLine(err.Error()))
	return exitError
}

// oneLine keeps a message on one line whatever a file name or a panic
// value holds, and keeps terminal escapes in a file name from reaching
// the terminal or a CI log: control characters are printed escaped.
func oneLine(s string) string { return termsafe.String(s) }

func dispatch(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		io.WriteString(stderr, shortUsage())
		return errShown
	}
	switch cmd := args[0]; cmd {
	case "compare", "claims":
		return runReport(ctx, cmd, args[1:], stdin, stdout, stderr)
	case "check":
		return runCheck(ctx, args[1:], stdin, stdout, stderr)
	case "config":
		return runConfig(args[1:], stdout)
	case "archive":
		return runArchive(ctx, args[1:], stdin, stdout, stderr)
	case "version", "-version", "--version":
		if len(args) == 2 && slices.Contains([]string{"-h", "-help", "--help"}, args[1]) {
			return &helpRequest{"version"}
		}
		if len(args) > 1 {
			return &usageError{"version takes no arguments", "claimdiff version"}
		}
		bi, _ := debug.ReadBuildInfo()
		_, err := io.WriteString(stdout, versionText(bi))
		return err
	case "help", "-h", "-help", "--help":
		if len(args) > 1 { // help COMMAND
			return helpFor(args[1])
		}
		_, err := io.WriteString(stdout, manual())
		return err
	default:
		if strings.HasPrefix(cmd, "-") && cmd != "-" {
			// Flags go after the command; suggest the same line reordered.
			try := append([]string{"compare"}, args...)
			if i := slices.IndexFunc(args, func(a string) bool { return a == "compare" || a == "claims" || a == "check" }); i > 0 {
				try = append([]string{args[i]}, slices.Delete(slices.Clone(args), i, i+1)...)
			}
			return &usageError{
				fmt.Sprintf("flag %s before the command (expected compare, claims, check, archive, config, version or help first)", cmd),
				"claimdiff " + shellJoin(try),
			}
		}
		try := "claimdiff help"
		if near := closest(cmd, commands); near != "" {
			// A slip of the keyboard: the same line, spelt right.
			try = "claimdiff " + shellJoin(append([]string{near}, args[1:]...))
		} else if looksLikeSource(cmd) {
			// `claimdiff a.txt b.txt` most likely meant compare.
			try = "claimdiff compare " + shellJoin(args)
		}
		return &usageError{fmt.Sprintf("unknown command %q (expected compare, claims, check, archive, config, version or help)", ingest.Redact(cmd)), try}
	}
}

// shellJoin joins args for a try: line a person can paste: an argument with
// spaces or shell characters is single-quoted.
func shellJoin(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		a = ingest.Redact(a) // a try: line shows no password
		if a == "" || strings.ContainsFunc(a, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./=:,+@%", r))
		}) {
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		q[i] = a
	}
	return strings.Join(q, " ")
}

func looksLikeSource(arg string) bool {
	if arg == "-" || strings.Contains(arg, "://") || strings.ContainsAny(arg, `/\.`) {
		return true
	}
	_, err := os.Stat(arg)
	return err == nil
}

// options are the flags of compare, claims and check.
type options struct {
	format string
	output string
	failOn string
	width  string
	color  string
	claims bool      // claimdiff claims: the report lists claims, not findings
	ci     ciOptions // check.go: --min-severity, --baseline, --config, --against, …
}

var (
	failPolicies = []string{"none", "discrepancy", "unique", "any"}
	colorModes   = []string{"auto", "always", "never"}
)

// parseArgs parses flags wherever they are among the sources: the flag
// package stops at the first non-flag, so each positional argument is set
// aside and parsing resumes after it. After "--", the rest are sources.
func parseArgs(cmd string, args []string) (options, []string, error) {
	o := options{format: "table", failOn: "none", color: "auto"}
	fs := newFlagSet(cmd, &o)
	orig := args
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return o, nil, flagError(cmd, err, fs, orig)
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			pos = o.ci.positional(pos, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		pos = o.ci.positional(pos, rest[0])
		args = rest[1:]
	}
	fs.Visit(func(f *flag.Flag) { o.ci.set[f.Name] = true })
	return o, pos, o.check(cmd)
}

// newFlagSet defines cmd's flags on o; commandHelp lists the same set.
func newFlagSet(cmd string, o *options) *flag.FlagSet {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // run words every error itself
	fs.StringVar(&o.format, "format", o.format, "report format")
	fs.StringVar(&o.output, "o", "", "output file")
	fs.StringVar(&o.output, "output", "", "output file")
	fs.StringVar(&o.failOn, "fail-on", o.failOn, "exit status policy")
	fs.StringVar(&o.width, "width", "", "table width")
	fs.StringVar(&o.color, "color", o.color, "colour mode")
	o.ci.register(cmd, fs)
	return fs
}

// flagName spells a flag the way the manual does: -o, --format.
func flagName(name string) string {
	name = strings.TrimLeft(name, "-")
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

var flagExpect = map[string]string{
	"format":  "expected " + orList(report.Formats()),
	"o":       "expected a file name",
	"output":  "expected a file name",
	"fail-on": "expected " + orList(failPolicies),
	"width":   "expected a number of columns",
	"color":   "expected " + orList(colorModes),

	"min-severity":   "expected " + orList(config.Severities),
	"baseline":       "expected a baseline file written by --write-baseline",
	"write-baseline": "expected a file name",
	"config":         "expected a " + config.FileName + " file",
	"against":        "expected reference files or directories",
	"window":         "expected a number of days",
	"archive":        "expected an archive file or a postgres:// URL",
	"max-refs":       "expected a number of references",
}

// flagError rewords the flag package's errors in the manual's terms. A
// misspelt flag of fs suggests the right one, in args as given.
func flagError(cmd string, err error, fs *flag.FlagSet, args []string) error {
	if errors.Is(err, flag.ErrHelp) {
		return &helpRequest{cmd}
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		typed := strings.TrimLeft(name, "-")
		if near := closest(typed, flagNames(fs)); near != "" {
			return &usageError{
				fmt.Sprintf("unknown flag %s (did you mean %s?)", flagName(typed), flagName(near)),
				"claimdiff " + shellJoin(append([]string{cmd}, replaceFlag(args, typed, near)...)),
			}
		}
		return &usageError{"unknown flag " + flagName(typed), "claimdiff " + cmd + " -h"}
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		n := strings.TrimLeft(name, "-")
		return &usageError{fmt.Sprintf("%s needs a value (%s)", flagName(n), flagExpect[n]), example(cmd)}
	}
	return &usageError{msg, "claimdiff help"}
}

// check validates flag values, so a typo fails before any input is read.
func (o options) check(cmd string) error {
	// The hint shows the flag used well: "--format xml" suggests "--format json".
	bad := func(flag, val, what, good string) error {
		return &usageError{
			fmt.Sprintf("%s %s: unknown %s (%s)", flagName(flag), val, what, flagExpect[flag]),
			strings.Replace(example(cmd), cmd, cmd+" "+flagName(flag)+" "+good, 1),
		}
	}
	if !slices.Contains(report.Formats(), o.format) {
		return bad("format", o.format, "format", "json")
	}
	if !slices.Contains(failPolicies, o.failOn) {
		return bad("fail-on", o.failOn, "policy", "discrepancy")
	}
	if !slices.Contains(colorModes, o.color) {
		return bad("color", o.color, "mode", "never")
	}
	if o.width != "" {
		if n, err := strconv.Atoi(o.width); err != nil || n < 0 {
			return bad("width", o.width, "width", "100")
		}
	}
	return o.ci.check(bad)
}

func example(cmd string) string {
	switch cmd {
	case "claims":
		return "claimdiff claims article.txt"
	case "check":
		return "claimdiff check new.md --against archive/"
	}
	return "claimdiff compare a.txt b.txt"
}

func orList(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}

// runReport runs compare or claims: load → extract → compare → write.
func runReport(ctx context.Context, cmd string, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	o, sources, err := parseArgs(cmd, args)
	if err != nil {
		return err
	}
	switch {
	case cmd == "compare" && len(sources) == 0:
		return &usageError{"compare needs at least two sources", example(cmd)}
	case cmd == "claims" && len(sources) == 0:
		return &usageError{"claims needs at least one source", example(cmd)}
	}
	arts, err := ingest.Load(ctx, sources, stdin)
	if err != nil {
		return err
	}
	if cmd == "compare" && len(arts) < 2 {
		// One argument may be a directory of several articles, so the count
		// is known only now.
		return &usageError{
			fmt.Sprintf("compare needs at least two sources (got one: %s)", arts[0].Path),
			"claimdiff compare " + shellJoin([]string{arts[0].Path, "other.txt"}),
		}
	}
	if err := checkOutput(o.output, arts); err != nil {
		return err
	}
	cfg, err := o.ci.configure(&o, cmd)
	if err != nil {
		return err
	}
	bar := newProgress(stderr, len(arts)) // nil unless many sources and a terminal
	defer bar.finish()
	per, err := extract(ctx, cfg, arts, bar)
	if err != nil {
		return err
	}
	bar.stage("comparing claims")
	var res *compare.Result
	if cmd == "compare" {
		res = compare.Compare(arts, per, cfg.CompareOptions())
	} else {
		res = compare.Collect(arts, per)
		o.claims = true
	}
	bar.finish() // before the report reaches the terminal
	return finish(ctx, o, res, nil, stdout, nil, nil)
}

// writeReport writes res in o's format to -o or stdout, whole or not at
// all, and applies --fail-on.
func writeReport(ctx context.Context, o options, res *compare.Result, annotate []string, stdout io.Writer) error {
	toFile := o.output != "" && o.output != "-"
	ropt := report.Options{Width: width(o.width, stdout, toFile), Color: useColor(o.color, stdout, toFile), Annotate: annotate, Claims: o.claims}
	// The report is built whole before anything is written, so an error
	// leaves neither half a table on stdout nor half a file.
	var buf bytes.Buffer
	if err := report.Write(&buf, res, o.format, ropt); err != nil {
		return fmt.Errorf("internal error: writing %s report: %w", o.format, err)
	}
	err := ctx.Err()
	if err != nil {
		return err
	}
	if toFile {
		err = writeFileAtomic(o.output, buf.Bytes())
	} else if _, werr := stdout.Write(buf.Bytes()); werr != nil {
		err = fmt.Errorf("standard output: cannot write: %w", werr)
	}
	if err != nil {
		return err
	}
	if failed(res, o.failOn) {
		return errFindings
	}
	return nil
}

// failed applies the --fail-on policy to a result. Agreements never fail
// a run: sources agreeing is what a fact-checker hopes for.
func failed(r *compare.Result, policy string) bool {
	for _, f := range r.Findings {
		switch policy {
		case "discrepancy":
			if f.Kind == compare.Discrepancy {
				return true
			}
		case "unique", "any":
			if f.Kind == compare.Discrepancy || f.Kind == compare.Unique {
				return true
			}
		}
	}
	return false
}

// extract removes the configuration's boilerplate from each article, then
// extracts its claims, counting articles on bar.
func extract(ctx context.Context, cfg *config.Config, arts []*claims.Article, bar *progress) ([][]claims.Claim, error) {
	copt := cfg.ClaimsOptions()
	if err := skipBoilerplate(arts, copt); err != nil {
		return nil, err
	}
	return extractAll(ctx, arts, copt, bar.step)
}

// extractAll extracts each article's claims, several articles at a time,
// calling done after each (the progress bar counts them).
// Each result lands at its article's index, so the order of completion
// never shows in the output.
func extractAll(ctx context.Context, arts []*claims.Article, opt *claims.Options, done func()) ([][]claims.Claim, error) {
	out := make([][]claims.Claim, len(arts))
	errs := make([]error, len(arts))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, a := range arts {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			if ctx.Err() != nil {
				return
			}
			// run's recover cannot see a panic in another goroutine.
			defer func() {
				if p := recover(); p != nil {
					errs[i] = fmt.Errorf("internal error: %s: extracting claims: %v", a.Path, p)
				}
			}()
			out[i] = claims.ExtractWith(a, opt)
			done()
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, ctx.Err()
}
