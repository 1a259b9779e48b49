package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{
		{"", "", 0}, {"", "abc", 3}, {"abc", "", 3}, {"compare", "compare", 0},
		{"compair", "compare", 2}, {"comapre", "compare", 1}, {"formt", "format", 1},
		{"chek", "check", 1}, {"diff", "help", 4}, {"ca", "abc", 3},
	} {
		if got := editDistance(c.a, c.b); got != c.d {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
}

func TestClosest(t *testing.T) {
	for _, c := range []struct{ typed, want string }{
		{"compair", "compare"}, {"COMPARE", "compare"}, {"claim", "claims"}, {"cofig", "config"},
		{"verison", "version"}, {"hlep", "help"},
		{"diff", ""}, {"x", ""}, {"zz", ""},
	} {
		if got := closest(c.typed, commands); got != c.want {
			t.Errorf("closest(%q) = %q, want %q", c.typed, got, c.want)
		}
	}
	// Two candidates equally near: no guess.
	if got := closest("abd", []string{"abc", "abe"}); got != "" {
		t.Errorf("tie guessed %q", got)
	}
}

func TestVersionText(t *testing.T) {
	bi := &debug.BuildInfo{
		GoVersion: "go1.26.8",
		Main:      debug.Module{Path: "github.com/claimdiff/claimdiff", Version: "v0.3.0"},
		Settings: []debug.BuildSetting{
			{Key: "vcs", Value: "git"},
			{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
			{Key: "vcs.time", Value: "2026-12-01T10:00:00Z"},
			{Key: "vcs.modified", Value: "true"},
		},
	}
	want := "claimdiff v0.3.0\n" +
		"commit: 0123456789abcdef0123456789abcdef01234567 (modified: built with uncommitted changes)\n" +
		"commit time: 2026-12-01T10:00:00Z\n" +
		"go: go1.26.8\n"
	if got := versionText(bi); got != want {
		t.Errorf("versionText:\n%s\nwant:\n%s", got, want)
	}
	bi.Main.Version = "(devel)"
	bi.Settings = bi.Settings[:3] // clean tree: no vcs.modified
	if got := versionText(bi); !strings.HasPrefix(got, "claimdiff devel\ncommit: 0123456789abcdef0123456789abcdef01234567\n") {
		t.Errorf("devel build:\n%s", got)
	}
	if got := versionText(nil); got != "claimdiff devel\n" {
		t.Errorf("no build info: %q", got)
	}
}
