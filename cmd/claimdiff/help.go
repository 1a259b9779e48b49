package main

import (
	_ "embed"
	"runtime/debug"
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

// version is the module version the binary was built from, or "devel" for
// a build that has none (go run, go build in a checkout without VCS data).
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
