// Package report writes a compare.Result as bytes: a terminal table,
// GitHub-flavoured Markdown, the claimdiff.report/v1 JSON contract, CSV and
// self-contained HTML. Each format escapes its own way; report only reads the
// Result and never decides exit codes.
package report
