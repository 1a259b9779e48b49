/*
Claimdiff compares news articles about the same event claim by claim: who
said what, when. It reports where the sources agree, where they disagree (a
different speaker, a quote worded differently, another number or date, a
negation or a hedge) and which details only one source has.

Usage:

	claimdiff compare [flags] SOURCE...   compare two or more articles
	claimdiff claims [flags] SOURCE...    list each article's claims
	claimdiff check [flags] NEW... --against REF...
	                                      CI: compare new articles with
	                                      earlier coverage of the same story
	claimdiff check [flags] NEW... --archive ARCHIVE
	                                      the same, references from an archive
	claimdiff archive add|list|rm|stats [--archive ARCHIVE] ...
	                                      keep earlier coverage (see Archive)
	claimdiff config [--config FILE]      print the effective configuration
	claimdiff version                     print the version and the
	                                      commit it was built from
	claimdiff help [COMMAND]              print the manual, or a
	                                      command's usage and flags

Flags may come before or after the sources. After --, every argument is a
source, even one that starts with a dash.

# Sources

A SOURCE is one of:

  - a file ending in .txt, .text, .md or .markdown, or with no extension:
    UTF-8 text of at most 16 MiB, read byte for byte, so every span in a
    report points into the file as it is. Paragraphs are blocks between
    blank lines, or one per line; a hard-wrapped block is one paragraph,
    its line breaks read as spaces (a claim's sentence keeps them).
    Markdown is parsed as CommonMark: its markup (link syntax, emphasis
    markers, '#', images, HTML, code blocks) is skipped, not stripped. A
    leading --- (YAML) or +++ (TOML) front matter block gives the title,
    outlet and published (or date) values and yields no claims; a date in
    no known layout (2025-11-30, 2025/11/30, 30.11.2025, November 30,
    2025, …) is an error, not dropped. A UTF-8 byte-order mark is skipped;
    UTF-16 with a byte-order mark is decoded (spans then index the decoded
    text, which --format json includes);
  - an HTML page (.html, .htm, .xhtml): the article text is extracted
    (menus, captions, related links and footers dropped, one paragraph per
    block); title, outlet and date come from JSON-LD and meta tags. A
    declared charset is decoded; an undeclared page must be UTF-8; a page
    nested more than 1000 elements deep is refused;
  - a JSON Lines file (.jsonl, .ndjson): one article per line,
    {"id", "title", "outlet", "published", "url", "text"}, text required;
  - an http:// or https:// URL: an HTML page or plain text, fetched within
    20 seconds, 10 MiB and 10 redirects;
  - a directory: its article files of these kinds in name order; hidden
    files, other files, subdirectories, FIFOs and devices are skipped;
  - a quoted pattern such as 'articles/*.html', expanded in name order;
  - "-": standard input (once; a page piped in is read as HTML). A FIFO
    or device named as a source is refused: pipe it to "-" instead.

One run reads at most 1000 articles; split larger batches (archive add
takes any number, reading them a batch at a time). A URL's
password is shown as xxxxx wherever the URL is printed, and control
characters in file names are printed escaped (\n, \x1b).

Input must be English: a text of 25 words or more that reads as another
language (Spanish, French, German, Portuguese, Italian, Dutch, or a
non-Latin script, judged by very common function words) is refused with
exit status 2, since the rules would read nothing in it and sources that
disagree would seem to agree.

For pages, URLs and JSON records, spans index the extracted text, which
--format json includes as sources[].text; it includes text read from
standard input too, which no file keeps.

Each source has an id: its base name without extension (samples/x/bbc.txt
is "bbc"; standard input is "stdin"), a URL's last path segment (or its
host), or a JSON record's id. Sources that would share an id get
their directory's name in front (a/bbc.txt and b/bbc.txt become "a-bbc" and
"b-bbc"), then "-2", "-3" in argument order if they still collide: sources
are never merged. Reports list sources in id order, so the order of the
arguments does not change the output.

# Flags

	--format FORMAT      table (default), markdown, json, csv, html,
	                     github or sarif (see Formats)
	-o, --output FILE    write the report to FILE; FILE appears only once
	                     the report is complete, and not at all on error
	                     (a symbolic link's target is replaced; a FIFO or
	                     device such as /dev/stdout is written through)
	--fail-on POLICY     none (default; check: discrepancy),
	                     discrepancy, unique or any: exit 1
	                     when the comparison finds something the policy
	                     names (see Exit status)
	--width N            table width in columns (default: $COLUMNS, else
	                     the terminal's width, else 100; a file made with
	                     -o is 100 wide)
	--color WHEN         colour the table's word diffs: auto (default),
	                     always or never
	--min-severity SEV   low (default), medium or high: report (and fail
	                     on) only findings at or above SEV
	--baseline FILE      leave out the findings FILE accepts (see Baselines)
	--write-baseline FILE
	                     record every reported finding in FILE as accepted;
	                     the run then exits 0 whatever --fail-on says
	--config FILE        read the configuration from FILE instead of the
	                     nearest .claimdiff.toml (see Configuration)
	-h, --help           print the command's usage and flags
	                     (claimdiff help: this manual)

check also takes:

	--against REF...     the reference articles (files or directories);
	                     every source after --against is a reference
	--window DAYS        a reference is related only if published at most
	                     DAYS apart from the new article, when both dates
	                     are known (default 14; 0: dates are not compared)
	--archive ARCHIVE    take the references from an archive (an SQLite
	                     file or a postgres:// URL) instead of --against
	--max-refs N         with --archive, read at most N candidate
	                     references per new article (default 20)

claims takes --config but not the finding flags.

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
	           $GITHUB_STEP_SUMMARY; long sections fold in <details>;
	           too long for a comment (64 KiB), it leaves out sentences,
	           then agreements and unique details, and says so; it never
	           exceeds a step summary's 1 MiB
	json       the claimdiff.report/v1 object: sources, claims with byte
	           spans, findings and a summary (see README.md); claims writes
	           it with no findings
	csv        one row per claim of each finding, for spreadsheets (RFC 4180);
	           a cell starting with = + - @, a tab or a CR gets a leading '
	           so that a spreadsheet shows it as text, not a formula
	html       one self-contained page to read or print (A4, Letter):
	           the findings first, a coverage matrix with three sources
	           or more, the sources, and each source's text with its
	           claims coloured by finding kind and linked

	github     GitHub Actions workflow commands, one per finding and
	           claim: ::error file=F,line=L,col=C,endLine=…,endColumn=…,
	           title=…::message, pointing at the sentence (high: error,
	           medium: warning, low: notice; agreements are left out).
	           GitHub shows 10 annotations of each level per step (50 per
	           job): the first 10 of each level are written, errors first,
	           and the rest as plain log lines, closed by a notice saying
	           how many were left out
	sarif      SARIF 2.1.0 for code scanning: a rule per discrepancy facet
	           and one for unique details, results located at the sentence
	           (line, column in code points, byte offset and length), the
	           other sources' claims as related locations, and the stable
	           fingerprint in partialFingerprints ("claimdiffFinding/v1")

With check, github and sarif point at the new articles' sentences.

With claims, table, markdown, csv and html list each source's claims:
id, kind, speaker and cue, the claim, its times and numbers, negated and
hedged.

# Check

check compares each NEW article with the REF articles that tell the same
story, not with every reference: a reference is related when the two
articles share enough people, places, organisations and rare words (the
cosine of their name and content-word profiles, each term weighted by how
rare it is among the articles of the run, at least thresholds.related,
default 0.15) and, when both publication dates are known, were published
at most --window days apart. New articles related to each other, or to a
common reference, form one story; each story is compared on its own, and
only findings that involve a new article are reported. A new article with
no related reference is still compared with the other new articles of its
story, if any. A reference that is also named as a new article is left
out, and a reference whose id a new article has gets its directory's name
in front ("archive-bbc").

check says on standard error which references it picked, one line per
new article:

	claimdiff check: bbc: related cnn (0.412), reuters (0.237)
	claimdiff check: notes: no related reference article

A reference that cannot be read (not English, binary, empty, a page that
will not load) is passed over with a note naming it, and the run goes on
with the others; when no reference can be read, or a new article cannot,
the run fails with status 2:

	claimdiff check: skipped reference archive/elpais.txt: text reads as Spanish, not English (…)

Unless --fail-on or the configuration says otherwise, check fails on
discrepancy (compare's default stays none).

# Archive

An archive keeps earlier coverage between runs, so check need not read and
extract every reference again. It is one SQLite file (default
.claimdiff/archive.db) or, with --archive postgres://user@host/db, a
PostgreSQL database several machines share:

	claimdiff archive add [--archive ARCHIVE] SOURCE...
	                     load the sources as compare does, extract their
	                     claims on all cores and store each article with
	                     its text, title, outlet, date, URL and claims,
	                     one transaction each; a text archived already is
	                     left as it is
	claimdiff archive list [--archive ARCHIVE]
	                     one line per article: id, name, date, outlet,
	                     claims, title
	claimdiff archive rm [--archive ARCHIVE] ID...
	                     remove articles by id
	claimdiff archive stats [--archive ARCHIVE]
	                     counts, dates, size, and how many claims were
	                     extracted by another claimdiff

check --archive ARCHIVE finds candidate references with the archive's
full-text index (the new article's names and rarest words; SQLite FTS5
ranked by BM25, PostgreSQL tsvector ranked by each word's ts_rank
weighted by its rarity, as BM25 weighs it), at most --max-refs
per new article and within --window days, then picks the related ones
and compares them as with --against. Claims archived by another claimdiff
extraction (claims.Version), or under another configuration, are extracted
again when a check reads them, and stored. An archive made by a newer claimdiff is refused.
Any number of checks may read an SQLite archive while one add writes it.

# Baselines

--write-baseline FILE records the run's findings as accepted; a later run
with --baseline FILE leaves them out of the report and the exit status,
so CI fails only on findings that are new. A finding is known by a
fingerprint, a hash of its kind, its facets and, for each of its claims,
the source id and the claim's words (case, accents, punctuation and spacing
folded). Re-wrapping or re-spacing an article, moving its paragraphs,
renumbering claims or findings, and adding unrelated articles keep the
fingerprint; a changed number, quote, speaker or a renamed source does
not. The file is JSON, sorted by fingerprint, the same bytes for the same
findings:

	{
	  "schema": "claimdiff.baseline/v1",
	  "fingerprint": "claimdiff/v1",
	  "findings": [
	    {"fingerprint": "5f0c…", "kind": "discrepancy", "facets": ["number"],
	     "sources": ["bbc", "cnn"], "summary": "numbers differ: …"}
	  ]
	}

Only "fingerprint" is matched; the other fields are for the person who
reviews the file. --baseline and --write-baseline may name the same file:
with --baseline, --write-baseline writes what the baseline accepted and
the run's new findings together (one entry per fingerprint, sorted), so
rewriting a baseline never forgets a finding it had accepted.

# Configuration

compare, claims and check read .claimdiff.toml from the working directory
or the nearest directory above it, or the file --config names. Flags beat
the file; the file beats the defaults. Every key is optional:

	fail-on = "discrepancy"       # default for --fail-on
	min-severity = "low"          # default for --min-severity
	boilerplate = ['(?i)^sponsored content', '^Listen to this story$']
	                              # Go regular expressions: matching lines
	                              # are skipped like navigation

	[aliases]                     # a name as written = the name to report
	"POTUS" = "Donald Trump"

	[cues]                        # extra attribution verbs: lemma = forms
	opine = ["opined", "opines", "opining"]

	[thresholds]
	align = 0.15                  # least similarity for claims to align
	related = 0.15                # least similarity of a related reference
	window-days = 14              # default for --window

An unknown key, a value of the wrong type or out of range is an error
naming the file and line (exit status 2):

	claimdiff: .claimdiff.toml:7: unknown key "thresholds.alighn" (expected align, related or window-days)

claimdiff config prints the effective configuration (the file over the
defaults) as TOML, keys in a fixed order.

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

	claimdiff: bbc.html: no article text found (is it a page of links?)

A usage mistake adds a second line with a command to try.

# Examples

	claimdiff compare samples/trump-maduro-call/*.txt
	claimdiff compare samples/trump-maduro-call --format json -o report.json
	claimdiff compare --fail-on discrepancy new.txt earlier/
	claimdiff claims --format json article.txt
	claimdiff compare saved/*.html https://example.com/news/story
	claimdiff compare 'coverage/*.html' feed.jsonl
	claimdiff check new/*.md --against archive/ --format github
	claimdiff check new/ --against archive/ --baseline accepted.json --format sarif -o claimdiff.sarif
	claimdiff check new/ --against archive/ --write-baseline accepted.json
	claimdiff archive add archive/ && claimdiff check new/*.md --archive .claimdiff/archive.db
	pbpaste | claimdiff compare - other.md
*/
package main
