package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// Options tune the human-facing formats.
type Options struct {
	Width int  // terminal width for table; 0 means 100, below 40 means 40
	Color bool // colour the diff in table output (terminal only)
	// Annotate lists the source ids whose claims the CI formats (github,
	// sarif) point at; empty means all. check sets it to the new articles.
	Annotate []string
	// Claims asks for a list of each source's claims instead of findings
	// (claimdiff claims): table, markdown, csv and html list them; json
	// has them always, and github and sarif annotate findings only.
	Claims bool
}

// Formats lists the formats Write accepts.
func Formats() []string {
	return []string{"table", "markdown", "json", "csv", "html", "github", "sarif"}
}

// UnknownFormatError is returned by Write for a format it does not know, so
// the command can word its own "try:" hint from Formats.
type UnknownFormatError struct {
	Format string
}

func (e *UnknownFormatError) Error() string {
	return fmt.Sprintf("unknown format %q (want %s)", e.Format, strings.Join(Formats(), ", "))
}

// Write writes r to w in the named format.
//
// The whole report is rendered into memory first and written with one call,
// so a failure half-way never leaves a truncated report in a file or in a CI
// summary.
func Write(w io.Writer, r *compare.Result, format string, opt Options) error {
	if r == nil {
		return errors.New("report: nil result")
	}
	var write func(*bytes.Buffer, *view, Options) error
	switch format {
	case "table":
		write = writeTable
	case "markdown":
		write = writeMarkdown
	case "json":
		write = writeJSON
	case "csv":
		write = writeCSV
	case "html":
		write = writeHTML
	case "github":
		write = writeGitHub
	case "sarif":
		write = writeSARIF
	default:
		return &UnknownFormatError{Format: format}
	}
	var buf bytes.Buffer
	if err := write(&buf, newView(r), opt); err != nil {
		return fmt.Errorf("report: %s: %w", format, err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}
