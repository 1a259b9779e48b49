package main

import (
	_ "embed"
	"fmt"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
)

// The manual is doc.go's package comment, embedded so that `go doc` and
// `claimdiff help` print the same words from one copy (as x/tools
// cmd/digraph does).
//
//go:embed doc.go
var docGo string

// manual returns the package comment of doc.go as plain text: the comment
// markers are dropped and "# Heading" lines lose their "# ".
func manual() string {
	_, s, _ := strings.Cut(docGo, "/*\n")
	s, _, _ = strings.Cut(s, "*/")
	var b strings.Builder
	for _, line := range strings.SplitAfter(s, "\n") {
		b.WriteString(strings.TrimPrefix(line, "# "))
	}
	return b.String()
}

// shortUsage is the manual up to its first heading: what a person who typed
// `claimdiff` alone needs to go on.
func shortUsage() string {
	_, s, _ := strings.Cut(docGo, "/*\n")
	s, _, _ = strings.Cut(s, "\n# ")
	return s + "\nRun \"claimdiff help\" for the manual.\n"
}

// helpRequest is -h or --help after a command: run prints that command's
// usage (commandHelp) on stdout and exits 0.
type helpRequest struct{ cmd string }

func (h *helpRequest) Error() string { return "help requested for " + h.cmd }

// helpFor answers `claimdiff help COMMAND`.
func helpFor(cmd string) error {
	if slices.Contains(commands, cmd) {
		return &helpRequest{cmd}
	}
	try := "claimdiff help"
	if near := closest(cmd, commands); near != "" {
		try = "claimdiff help " + near
	}
	return &usageError{fmt.Sprintf("no help for %q (expected compare, claims, check, config, version or help)", cmd), try}
}

// commandHelp is one command's usage: its synopsis and summary from the
// manual's Usage block, then the manual's entries for exactly the flags the
// command's flag set defines. Both come from doc.go, so the per-command
// help and the manual cannot drift apart; a flag defined but not in the
// manual still gets a line, from its flag.Flag usage.
func commandHelp(cmd string) string {
	var b strings.Builder
	syn, about := usageOf(cmd)
	fmt.Fprintf(&b, "usage: %s\n", syn)
	if about != "" {
		fmt.Fprintf(&b, "\n%s%s.\n", strings.ToUpper(about[:1]), strings.TrimSuffix(about[1:], "."))
	}
	var names []string
	switch cmd {
	case "compare", "claims", "check":
		names = flagNames(newFlagSet(cmd, &options{}))
	case "config":
		names = []string{"config"}
	}
	names = append(names, "h", "help")
	listed := map[string]bool{}
	var entries []string
	var help string // -h, --help: listed last
	for _, e := range manualFlags() {
		if slices.Contains(e.names, "help") {
			help = e.text
			continue
		}
		if slices.ContainsFunc(e.names, func(n string) bool { return slices.Contains(names, n) }) {
			entries = append(entries, e.text)
			for _, n := range e.names {
				listed[n] = true
			}
		}
	}
	if cmd == "compare" || cmd == "claims" || cmd == "check" {
		fs := newFlagSet(cmd, &options{})
		for _, n := range names {
			if f := fs.Lookup(n); f != nil && !listed[n] {
				entries = append(entries, fmt.Sprintf("\t%-20s %s\n", flagName(n)+" VALUE", f.Usage))
			}
		}
	}
	b.WriteString("\nflags:\n")
	for _, e := range append(entries, help) {
		b.WriteString(e)
	}
	b.WriteString("\nRun \"claimdiff help\" for the manual.\n")
	return b.String()
}

// usageOf finds cmd's lines in the manual's Usage block: the synopsis
// ("claimdiff check [flags] NEW... --against REF...") and what it does,
// whose words may continue on indented lines below.
func usageOf(cmd string) (synopsis, about string) {
	_, s, _ := strings.Cut(docGo, "Usage:\n")
	s, _, _ = strings.Cut(s, "\n# ")
	in := false
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimPrefix(line, "\t")
		if strings.HasPrefix(line, "claimdiff ") {
			if in {
				break
			}
			f := strings.Fields(line)
			if len(f) < 2 || f[1] != cmd {
				continue
			}
			in = true
			syn, rest, _ := strings.Cut(line, "   ")
			synopsis, about = syn, strings.TrimSpace(rest)
			continue
		}
		if in && strings.HasPrefix(line, "    ") && strings.TrimSpace(line) != "" {
			about = strings.TrimSpace(about + " " + strings.TrimSpace(line))
			continue
		}
		if in {
			break
		}
	}
	if synopsis == "" {
		synopsis = "claimdiff " + cmd
	}
	return synopsis, about
}

// flagEntry is one flag's entry in the manual's Flags section: the names
// it documents ("o", "output") and its lines as written.
type flagEntry struct {
	names []string
	text  string
}

var flagNameRE = regexp.MustCompile(`(?:^|, )--?([a-z][a-z-]*)`)

// manualFlags parses the manual's Flags section: an entry starts on a line
// "\t-…" and continues on the more deeply indented lines below it.
func manualFlags() []flagEntry {
	_, s, _ := strings.Cut(docGo, "\n# Flags\n")
	s, _, _ = strings.Cut(s, "\n# ")
	var out []flagEntry
	for _, line := range strings.SplitAfter(s, "\n") {
		switch {
		case strings.HasPrefix(line, "\t-"):
			head, _, _ := strings.Cut(strings.TrimPrefix(line, "\t"), "  ")
			var names []string
			for _, m := range flagNameRE.FindAllStringSubmatch(head, -1) {
				names = append(names, m[1])
			}
			out = append(out, flagEntry{names: names, text: line})
		case strings.HasPrefix(line, "\t ") && len(out) > 0:
			out[len(out)-1].text += line
		}
	}
	return out
}

// moduleVersion is the module version the binary was built from, or
// "devel" for a build that has none (go run, a build without VCS data).
func moduleVersion(bi *debug.BuildInfo) string {
	if bi != nil && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// versionText is what `claimdiff version` prints: "claimdiff VERSION" on
// the first line (what a script reads), then what the build recorded, so a
// bug report names the exact commit: the VCS revision, its time, whether
// the tree had uncommitted changes, and the Go toolchain. A field the
// build did not record (go run, a build outside a repository) is left out.
func versionText(bi *debug.BuildInfo) string {
	var b strings.Builder
	fmt.Fprintf(&b, "claimdiff %s\n", moduleVersion(bi))
	if bi == nil {
		return b.String()
	}
	set := map[string]string{}
	for _, s := range bi.Settings {
		set[s.Key] = s.Value
	}
	if rev := set["vcs.revision"]; rev != "" {
		if set["vcs.modified"] == "true" {
			rev += " (modified: built with uncommitted changes)"
		}
		fmt.Fprintf(&b, "commit: %s\n", rev)
	}
	if t := set["vcs.time"]; t != "" {
		fmt.Fprintf(&b, "commit time: %s\n", t)
	}
	if bi.GoVersion != "" {
		fmt.Fprintf(&b, "go: %s\n", bi.GoVersion)
	}
	return b.String()
}
