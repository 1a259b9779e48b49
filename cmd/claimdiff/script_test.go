package main

import (
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary stand in for the claimdiff command, so the
// scripts run the real main: flags, exit status and all.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"claimdiff": main})
}

// TestScript runs testdata/script/*.txtar: the command as a user or a CI
// job runs it, with articles written inline in each script, and pages
// under www/ served at $SERVER.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup:               serveWWW,
	})
}
