package main

import (
	"io"
	"os"
	"strconv"

	"golang.org/x/term"
)

// The table's layout is the one place the command looks at its
// surroundings: the terminal's width and whether colour is wanted. Each
// decision is a pure function of an env, so a table test can pin it down.

// env is what width and colour depend on besides the flags.
type env struct {
	getenv   func(string) string
	terminal bool               // the report goes to a terminal
	size     func() (int, bool) // the terminal's width in columns, if known
}

// osEnv is the process's environment, for a report written to stdout.
func osEnv(stdout io.Writer) env {
	e := env{getenv: os.Getenv, size: func() (int, bool) { return 0, false }}
	if f, ok := stdout.(interface{ Fd() uintptr }); ok && term.IsTerminal(int(f.Fd())) { // an *os.File, or the gate around one
		e.terminal = true
		e.size = func() (int, bool) {
			w, _, err := term.GetSize(int(f.Fd()))
			return w, err == nil && w > 0
		}
	}
	return e
}

// width is the table width: --width if given; for a report on stdout,
// $COLUMNS, else the terminal's own width; else 0, the report's default of
// 100. A file (-o) never depends on the terminal it was made in.
func width(flagVal string, stdout io.Writer, toFile bool) int {
	return tableWidth(flagVal, toFile, osEnv(stdout))
}

func tableWidth(flagVal string, toFile bool, e env) int {
	if flagVal != "" {
		n, _ := strconv.Atoi(flagVal) // checked in options.check
		return n
	}
	if toFile {
		return 0
	}
	if n, err := strconv.Atoi(e.getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if e.terminal {
		if n, ok := e.size(); ok {
			return n
		}
	}
	return 0
}

// useColor decides --color: always and never are final; auto follows
// FORCE_COLOR, then NO_COLOR (https://no-color.org) and TERM=dumb, then
// whether the table goes to a terminal.
func useColor(mode string, stdout io.Writer, toFile bool) bool {
	return tableColor(mode, toFile, osEnv(stdout))
}

func tableColor(mode string, toFile bool, e env) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if v := e.getenv("FORCE_COLOR"); v != "" && v != "0" && v != "false" {
		return true
	}
	if e.getenv("NO_COLOR") != "" || e.getenv("TERM") == "dumb" {
		return false
	}
	return !toFile && e.terminal
}
