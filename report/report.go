package report

import (
	"fmt"
	"io"

	"github.com/claimdiff/claimdiff/compare"
)

// Options tune the human-facing formats.
type Options struct {
	Width int  // terminal width for table; 0 means 100
	Color bool // colour the diff in table output (terminal only)
}

// Formats lists the formats Write accepts.
func Formats() []string { return []string{"table", "markdown", "json", "csv", "html"} }

// Write writes r to w in the named format.
func Write(w io.Writer, r *compare.Result, format string, opt Options) error {
	return fmt.Errorf("unknown format %q", format) // TODO(report)
}
