package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// actionStep is one step of action.yml's runs.steps.
type actionStep struct {
	name, id, cond, shell, uses, run string
	env, with                        map[string]string
}

// action is what the test needs of action.yml: input defaults and steps.
type action struct {
	inputs map[string]string // name → default
	steps  []actionStep
}

// parseAction reads action.yml in the restricted form it is written in
// (two-space indents, `key: value` lines, `run: |` blocks), so the test
// needs no YAML library. Anything it does not understand under a step is an
// error: the file must stay simple enough for this reading to be the truth.
func parseAction(path string) (*action, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	a := &action{inputs: map[string]string{}}
	var (
		section, input, sub string
		st                  *actionStep
		inRun               bool
		runLines            []string
	)
	flushRun := func() {
		if inRun && st != nil {
			st.run = strings.Join(runLines, "\n") + "\n"
		}
		inRun, runLines = false, nil
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(strings.TrimSpace(line), "#") || strings.TrimSpace(line) == "" {
			if inRun {
				runLines = append(runLines, "")
			}
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " "))
		if inRun {
			if indent >= 8 {
				runLines = append(runLines, line[8:])
				continue
			}
			flushRun()
		}
		key, val, _ := strings.Cut(strings.TrimSpace(line), ":")
		val = unquote(strings.TrimSpace(val))
		switch {
		case indent == 0:
			section = key
		case section == "inputs" && indent == 2:
			input = key
			a.inputs[input] = ""
		case section == "inputs" && indent == 4 && key == "default":
			a.inputs[input] = val
		case section == "runs" && strings.HasPrefix(strings.TrimSpace(line), "- "):
			a.steps = append(a.steps, actionStep{env: map[string]string{}, with: map[string]string{}})
			st = &a.steps[len(a.steps)-1]
			sub = ""
			key, val, _ = strings.Cut(strings.TrimPrefix(strings.TrimSpace(line), "- "), ":")
			val = unquote(strings.TrimSpace(val))
			fallthrough
		case section == "runs" && st != nil && indent == 6:
			switch key {
			case "name":
				st.name = val
			case "id":
				st.id = val
			case "if":
				st.cond = val
			case "shell":
				st.shell = val
			case "uses":
				st.uses = val
			case "env", "with":
				sub = key
			case "run":
				if val != "|" {
					return nil, errors.New("run: must be a | block: " + line)
				}
				inRun = true
			default:
				return nil, errors.New("unexpected step key: " + line)
			}
		case section == "runs" && st != nil && indent == 8 && sub == "env":
			st.env[key] = val
		case section == "runs" && st != nil && indent == 8 && sub == "with":
			st.with[key] = val
		}
	}
	flushRun()
	return a, sc.Err()
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}

var actionExpr = regexp.MustCompile(`\$\{\{\s*([^}]*?)\s*\}\}`)

// runAction runs action.yml's steps the way a runner would for a workflow
// step `uses: ./` with inputs with: each `run:` step with bash
// --noprofile --norc -eo pipefail (GitHub's bash), in workspace, with the
// runner's files and variables set; `uses:` steps are checked, not run.
// It returns the check step's exit status, output and the outputs written.
func runAction(t *testing.T, a *action, root, workspace, temp string, with map[string]string) (int, string, map[string]string) {
	t.Helper()
	inputs := map[string]string{}
	for k, v := range a.inputs {
		inputs[k] = v
	}
	for k, v := range with {
		inputs[k] = v
	}
	summary := filepath.Join(temp, "step-summary.md")
	output := filepath.Join(temp, "github-output")
	for _, f := range []string{summary, output} {
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	expand := func(s string) string {
		return actionExpr.ReplaceAllStringFunc(s, func(m string) string {
			e := actionExpr.FindStringSubmatch(m)[1]
			if name, ok := strings.CutPrefix(e, "inputs."); ok {
				if _, known := a.inputs[name]; !known {
					t.Errorf("action.yml uses undeclared input %q", name)
				}
				return inputs[name]
			}
			if e == "github.action_path" {
				return root
			}
			t.Errorf("action.yml: expression %q where the test cannot evaluate it", m)
			return ""
		})
	}
	code, out := -1, ""
	for _, st := range a.steps {
		if st.uses != "" {
			switch {
			case strings.HasPrefix(st.uses, "actions/setup-go@"):
				// The test runs where Go is: that is what this step provides.
			case strings.HasPrefix(st.uses, "github/codeql-action/upload-sarif@"):
				if !strings.Contains(st.cond, "always()") {
					t.Errorf("upload-sarif must run when the check fails (if: always() …), has if: %q", st.cond)
				}
				if st.with["sarif_file"] != "${{ steps.check.outputs.sarif }}" {
					t.Errorf("upload-sarif sarif_file = %q, want the check step's output", st.with["sarif_file"])
				}
			default:
				t.Errorf("step %q uses %s, which the test does not know", st.name, st.uses)
			}
			continue
		}
		if st.shell != "bash" {
			t.Fatalf("step %q: shell %q, want bash (composite run steps must name one)", st.name, st.shell)
		}
		if actionExpr.MatchString(st.run) {
			t.Errorf("step %q: ${{ }} inside run: (pass values through env)", st.name)
		}
		script := filepath.Join(temp, "step.sh")
		if err := os.WriteFile(script, []byte(st.run), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
		cmd.Dir = workspace
		cmd.Env = append(os.Environ(),
			"CI=true", "GITHUB_ACTIONS=true",
			"GITHUB_WORKSPACE="+workspace, "GITHUB_ACTION_PATH="+root,
			"RUNNER_TEMP="+temp, "GITHUB_STEP_SUMMARY="+summary, "GITHUB_OUTPUT="+output)
		for k, v := range st.env {
			cmd.Env = append(cmd.Env, k+"="+expand(v))
		}
		b, err := cmd.CombinedOutput()
		status := 0
		if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
			status = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("step %q: %v", st.name, err)
		}
		if st.id == "check" {
			code, out = status, string(b)
			continue
		}
		if status != 0 {
			t.Fatalf("step %q failed (%d):\n%s", st.name, status, b)
		}
	}
	outputs := map[string]string{}
	data, _ := os.ReadFile(output)
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if k, v, ok := strings.Cut(l, "="); ok {
			outputs[k] = v
		}
	}
	s, _ := os.ReadFile(summary)
	outputs["(summary)"] = string(s)
	return code, out, outputs
}

// TestAction runs the composite action (action.yml at the repository root)
// on a workspace of new and archived articles, as a pull request's job
// would: it builds claimdiff from the action's checkout, annotates, writes
// the step summary and the SARIF file, and fails only as --fail-on says.
// scripts/action-test.sh runs this test.
func TestAction(t *testing.T) {
	if testing.Short() {
		t.Skip("builds claimdiff with go build")
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	a, err := parseAction(filepath.Join(root, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.steps) == 0 || a.inputs["fail-on"] != "discrepancy" {
		t.Fatalf("action.yml read as %+v", a)
	}
	workspace := t.TempDir()
	for name, text := range map[string]string{
		"new/river.txt":       "Police said at least 83 people were killed in the flood in the Lima valley on Tuesday.\n\n“We will rebuild every home in the valley,” Governor Ana Lima told reporters.\n",
		"archive/valley.txt":  "Police said at least 83 people were killed in the flood in the Lima valley on Tuesday.\n\n“We might rebuild some of the homes in the valley,” Governor Ana Lima told reporters.\n",
		"archive/council.txt": "The city council approved the new budget on Monday.\n\nMayor Jane Ortiz said the plan would fund three new libraries.\n",
	} {
		p := filepath.Join(workspace, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	temp := t.TempDir() // RUNNER_TEMP, shared so claimdiff is built once

	// A new discrepancy: annotations, summary, SARIF, and the job fails.
	code, out, outs := runAction(t, a, root, workspace, temp, map[string]string{"new": "new/river.txt", "against": "archive/*.txt"})
	if code != 1 {
		t.Fatalf("check step exit %d, want 1 (a discrepancy, --fail-on discrepancy):\n%s", code, out)
	}
	if !strings.Contains(out, "::error file=new/river.txt,line=3,") {
		t.Errorf("no annotation on the new article:\n%s", out)
	}
	if strings.Count(out, "claimdiff check: river: related valley") != 1 {
		t.Errorf("check's notes should show once:\n%s", out)
	}
	if outs["status"] != "1" {
		t.Errorf("status output %q, want 1", outs["status"])
	}
	if !strings.HasPrefix(outs["(summary)"], "## claimdiff report") || !strings.Contains(outs["(summary)"], "### Discrepancies (1)") {
		t.Errorf("step summary:\n%s", outs["(summary)"])
	}
	sarif, err := os.ReadFile(outs["sarif"])
	if err != nil {
		t.Fatalf("sarif output %q: %v", outs["sarif"], err)
	}
	var doc struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(sarif, &doc); err != nil || doc.Version != "2.1.0" || len(doc.Runs) != 1 || len(doc.Runs[0].Results) == 0 {
		t.Errorf("SARIF file: version %q, %v:\n%.300s", doc.Version, err, sarif)
	}

	// --fail-on none: the same reports, and the job passes.
	code, out, outs = runAction(t, a, root, workspace, temp, map[string]string{"new": "new/river.txt", "against": "archive/", "fail-on": "none"})
	if code != 0 || outs["status"] != "0" || outs["sarif"] == "" || !strings.Contains(outs["(summary)"], "### Discrepancies (1)") {
		t.Errorf("--fail-on none: exit %d, outputs %v\n%s", code, outs, out)
	}

	// An input that is not there: exit 2, claimdiff's one line, no summary.
	code, out, outs = runAction(t, a, root, workspace, temp, map[string]string{"new": "new/missing.txt", "against": "archive/"})
	if code != 2 || outs["status"] != "2" || outs["(summary)"] != "" || outs["sarif"] != "" {
		t.Errorf("missing input: exit %d, outputs %v\n%s", code, outs, out)
	}
	if !strings.Contains(out, "claimdiff: new/missing.txt") {
		t.Errorf("missing input not named:\n%s", out)
	}
}
