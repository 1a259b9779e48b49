#!/usr/bin/env bash
# Runs the composite GitHub Action (action.yml) locally, the way a runner
# would for `uses: claimdiff/claimdiff@…` in a pull request's job: it builds
# claimdiff from this checkout, runs `check` on a workspace of new and
# archived articles with GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and RUNNER_TEMP
# set, and checks the annotations, the step summary, the SARIF file and the
# exit status. The steps are read from action.yml itself
# (cmd/claimdiff/action_test.go), so what is tested is what GitHub runs;
# `go test ./...` runs the same test.
#
# usage: scripts/action-test.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec go test -count=1 -run '^TestAction$' -v ./cmd/claimdiff
