package main

import "testing"

func fakeEnv(vars map[string]string, terminal bool, cols int) env {
	return env{
		getenv:   func(k string) string { return vars[k] },
		terminal: terminal,
		size:     func() (int, bool) { return cols, cols > 0 },
	}
}

func TestTableWidth(t *testing.T) {
	for _, c := range []struct {
		name     string
		flag     string
		toFile   bool
		vars     map[string]string
		terminal bool
		cols     int
		want     int
	}{
		{name: "flag wins", flag: "72", vars: map[string]string{"COLUMNS": "120"}, terminal: true, cols: 90, want: 72},
		{name: "flag to file", flag: "72", toFile: true, want: 72},
		{name: "COLUMNS on a terminal", vars: map[string]string{"COLUMNS": "120"}, terminal: true, cols: 90, want: 120},
		{name: "COLUMNS in a pipe", vars: map[string]string{"COLUMNS": "120"}, want: 120},
		{name: "terminal size", terminal: true, cols: 90, want: 90},
		{name: "terminal of unknown size", terminal: true, want: 0},
		{name: "bad COLUMNS falls back to the terminal", vars: map[string]string{"COLUMNS": "wide"}, terminal: true, cols: 90, want: 90},
		{name: "zero COLUMNS", vars: map[string]string{"COLUMNS": "0"}, want: 0},
		{name: "pipe: default", want: 0},
		{name: "file ignores the terminal", toFile: true, vars: map[string]string{"COLUMNS": "120"}, terminal: true, cols: 90, want: 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := tableWidth(c.flag, c.toFile, fakeEnv(c.vars, c.terminal, c.cols)); got != c.want {
				t.Errorf("tableWidth = %d, want %d", got, c.want)
			}
		})
	}
}

func TestTableColor(t *testing.T) {
	for _, c := range []struct {
		name     string
		mode     string
		toFile   bool
		vars     map[string]string
		terminal bool
		want     bool
	}{
		{name: "auto on a terminal", mode: "auto", terminal: true, want: true},
		{name: "auto in a pipe", mode: "auto", want: false},
		{name: "auto to a file", mode: "auto", toFile: true, terminal: true, want: false},
		{name: "NO_COLOR on a terminal", mode: "auto", vars: map[string]string{"NO_COLOR": "1"}, terminal: true, want: false},
		{name: "empty NO_COLOR is unset", mode: "auto", vars: map[string]string{"NO_COLOR": ""}, terminal: true, want: true},
		{name: "TERM=dumb", mode: "auto", vars: map[string]string{"TERM": "dumb"}, terminal: true, want: false},
		{name: "FORCE_COLOR in a pipe", mode: "auto", vars: map[string]string{"FORCE_COLOR": "1"}, want: true},
		{name: "FORCE_COLOR beats NO_COLOR", mode: "auto", vars: map[string]string{"FORCE_COLOR": "1", "NO_COLOR": "1"}, want: true},
		{name: "FORCE_COLOR=0", mode: "auto", vars: map[string]string{"FORCE_COLOR": "0"}, terminal: true, want: true},
		{name: "FORCE_COLOR=0 in a pipe", mode: "auto", vars: map[string]string{"FORCE_COLOR": "0"}, want: false},
		{name: "FORCE_COLOR=false", mode: "auto", vars: map[string]string{"FORCE_COLOR": "false"}, want: false},
		{name: "never beats FORCE_COLOR", mode: "never", vars: map[string]string{"FORCE_COLOR": "1"}, terminal: true, want: false},
		{name: "always beats NO_COLOR", mode: "always", vars: map[string]string{"NO_COLOR": "1"}, want: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := tableColor(c.mode, c.toFile, fakeEnv(c.vars, c.terminal, 80)); got != c.want {
				t.Errorf("tableColor = %v, want %v", got, c.want)
			}
		})
	}
}
