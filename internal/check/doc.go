// Package check holds the decisions of `claimdiff check` and of the CI
// flags shared with compare: which reference articles tell the same story
// as a new one, how the articles are grouped into stories, which findings
// a run keeps (those involving a new article, at or above a severity, not
// accepted in a baseline) and the baseline file itself.
//
// It reads no flags, files or clock: the command loads the articles and
// the baseline bytes and passes them in, so every decision is a pure,
// deterministic function of its inputs.
package check
