// Package report writes a compare.Result as bytes: a terminal table,
// GitHub-flavoured Markdown, the claimdiff.report/v1 JSON contract, CSV and
// self-contained HTML. Each format escapes its own way; report only reads the
// Result and never decides exit codes.
//
// The machine formats (json, csv) carry article text exactly as read, so
// spans keep pointing at the right bytes. The human formats (table,
// markdown, html) lay text out on one line, make control and bidi
// characters harmless, and shorten long sentences; they are for reading,
// not for quoting offsets from.
//
// Every format is deterministic: the same Result gives the same bytes.
package report
