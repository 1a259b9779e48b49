/*
Claimdiff compares news articles about the same event claim by claim: who
said what, when. It reports where the sources agree, where they disagree (a
different speaker, a quote worded differently, another number or date, a
negation or a hedge) and which details only one source has.

Usage:

	claimdiff compare [flags] SOURCE...   compare two or more articles
	claimdiff claims [flags] SOURCE...    list each article's claims
	claimdiff version                     print the version
	claimdiff help                        print this manual

Flags may come before or after the sources. After --, every argument is a
source, even one that starts with a dash.

# Sources

A SOURCE is one of:

  - a file ending in .txt, .text, .md or .markdown, or with no extension:
    UTF-8 text of at most 16 MiB, read byte for byte (Markdown is not
    stripped, so every span in a report points into the file as it is);
  - a directory: its article files in name order; hidden files, files
    with other extensions and subdirectories are skipped;
  - "-": standard input (once);
  - an http:// or https:// URL (not supported yet).

HTML files are not supported yet.

Each source has an id: its base name without extension (samples/x/bbc.txt
is "bbc"; standard input is "stdin"). Sources that would share an id get
their directory's name in front (a/bbc.txt and b/bbc.txt become "a-bbc" and
"b-bbc"), then "-2", "-3" in argument order if they still collide: sources
are never merged. Reports list sources in id order, so the order of the
arguments does not change the output.

# Flags

	--format FORMAT      table (default), markdown, json, csv or html
	-o, --output FILE    write the report to FILE; FILE appears only once
	                     the report is complete, and not at all on error
	--fail-on POLICY     none (default), discrepancy, unique or any: exit 1
	                     when the comparison finds something the policy
	                     names (see Exit status)
	--width N            table width in columns (default: $COLUMNS, else
	                     the terminal's width, else 100; a file made with
	                     -o is 100 wide)
	--color WHEN         colour the table's word diffs: auto (default),
	                     always or never
	-h, --help           print this manual

With --color auto, colour is used when standard output is a terminal and
NO_COLOR is unset or empty; a non-empty FORCE_COLOR (other than 0) turns it
on anywhere.

With eight or more sources, a progress bar is drawn on standard error
while claims are extracted and compared, and erased before the report is
written; only when standard error is a terminal and CI is unset.

# Formats

	table      aligned columns for a terminal or for paper; word diffs in
	           colour, or marked [-deleted-]{+inserted+}
	markdown   GitHub-flavoured Markdown for a PR comment or
	           $GITHUB_STEP_SUMMARY; long sections fold in <details>
	json       the claimdiff.report/v1 object: sources, claims with byte
	           spans, findings and a summary (see README.md); claims writes
	           it with no findings
	csv        one row per claim of each finding, for spreadsheets (RFC 4180)
	html       one self-contained page to read or print (A4, Letter): the
	           findings, a coverage matrix, and each source's text with
	           its claims highlighted and linked

# Exit status

	0   ran, and found nothing that --fail-on names
	1   found something that --fail-on names
	2   usage error or unusable input; nothing is written

The --fail-on policies:

	none          never exit 1 (the default)
	discrepancy   exit 1 if any finding is a discrepancy
	unique        exit 1 if any finding is a discrepancy or a detail unique
	              to one source
	any           the same as unique: any finding but an agreement

Agreements never fail a run, and the exit status never depends on --format.
claims reports no findings, so it exits 0 whenever it runs.

Errors are one line on standard error, naming the input and what was
expected:

	claimdiff: bbc.pdf: unsupported file type (expected .txt or .md)

A usage mistake adds a second line with a command to try.

# Examples

	claimdiff compare samples/trump-maduro-call/*.txt
	claimdiff compare samples/trump-maduro-call --format json -o report.json
	claimdiff compare --fail-on discrepancy new.txt earlier/
	claimdiff claims --format json article.txt
	pbpaste | claimdiff compare - other.md
*/
package main
