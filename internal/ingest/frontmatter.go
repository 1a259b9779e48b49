package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/pelletier/go-toml/v2"
)

// frontMatter is what a Markdown file's front matter says about the article.
type frontMatter struct {
	end       int // bytes the block takes, closing line included; 0 if none
	title     string
	outlet    string
	published string
}

// ErrFrontMatter wraps what is wrong with a front-matter block that is
// plainly meant as metadata.
var ErrFrontMatter = errors.New("front matter")

// Keys read from front matter, by what they fill, in order of preference.
var (
	titleKeys  = []string{"title", "headline"}
	outletKeys = []string{"outlet", "publisher", "source", "site", "site_name"}
	dateKeys   = []string{"published", "date", "datepublished", "date_published", "published_at", "pubdate"}
)

// YAML is read with github.com/goccy/go-yaml: pure Go and maintained,
// where gopkg.in/yaml.v3 is archived (its repository has been read-only
// since 2025). TOML is read with go-toml, which reads the configuration.

// parseFrontMatter reads a leading "---" (YAML) or "+++" (TOML) block from
// data, whose first bom bytes are a byte-order mark. The block is parsed
// by a real YAML or TOML parser, so folded and quoted scalars, comments
// and nested values read as their authors meant. A block that is never
// closed, or is not a mapping of keys, is not front matter (a leading
// "---" may be a rule) and the file is read as it is. A block that is a
// mapping but holds a date no layout reads is an error: dropping it would
// silently turn date checks off. The block is not removed: the caller
// skips its bytes.
func parseFrontMatter(data []byte, bom int) (frontMatter, error) {
	var fm frontMatter
	first, rest, ok := bytes.Cut(data[bom:], []byte("\n"))
	if !ok {
		return fm, nil
	}
	delim := strings.TrimRight(string(first), " \t\r")
	if delim != "---" && delim != "+++" {
		return fm, nil
	}
	off := bom + len(first) + 1
	blockStart, blockEnd := off, -1
	for len(rest) > 0 {
		line, after, _ := bytes.Cut(rest, []byte("\n"))
		n := len(line) + 1
		if len(after) == 0 && !bytes.HasSuffix(rest, []byte("\n")) {
			n = len(line) // last line, no line break
		}
		t := strings.TrimRight(string(line), " \t\r")
		if t == delim || (delim == "---" && t == "...") {
			blockEnd, fm.end = off, off+n
			break
		}
		rest = after
		off += n
	}
	if blockEnd < 0 {
		return frontMatter{}, nil
	}
	block := data[blockStart:blockEnd]
	var m map[string]any
	var err error
	if delim == "+++" {
		err = toml.Unmarshal(block, &m)
	} else {
		err = yaml.Unmarshal(block, &m)
	}
	if err != nil || m == nil {
		if err != nil && looksLikeMeta(block, delim) {
			return frontMatter{}, fmt.Errorf("%w: %s", ErrFrontMatter, firstLine(err.Error()))
		}
		return frontMatter{}, nil
	}
	keys := map[string]any{}
	for k, v := range m {
		keys[strings.ToLower(k)] = v
	}
	get := func(names []string) (string, string) {
		for _, name := range names {
			if s := scalar(keys[name]); s != "" {
				return name, s
			}
		}
		return "", ""
	}
	_, fm.title = get(titleKeys)
	_, fm.outlet = get(outletKeys)
	if k, d := get(dateKeys); d != "" {
		v, ok := metaDate(d)
		if !ok {
			return frontMatter{}, fmt.Errorf("%w: %s %q is not a date (expected YYYY-MM-DD, or a layout such as 2025/11/30 or November 30, 2025)", ErrFrontMatter, k, d)
		}
		fm.published = v
	}
	return fm, nil
}

// looksLikeMeta reports whether a block that failed to parse was meant as
// metadata: its first line is a key.
var metaKey = regexp.MustCompile(`^[A-Za-z_][\w-]*\s*[:=]`)

func looksLikeMeta(block []byte, delim string) bool {
	for _, l := range strings.Split(string(block), "\n") {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			return metaKey.MatchString(l)
		}
	}
	return false
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(s)
}

// scalar is a front-matter value as text: strings as they are, dates in
// their own time zone, numbers as written; lists and maps are no value.
func scalar(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 {
			return x.Format(time.DateOnly)
		}
		return x.Format(time.RFC3339)
	case fmt.Stringer: // TOML local dates and times
		return x.String()
	case int, int64, uint64, float64:
		return fmt.Sprint(x)
	}
	return ""
}

// numericDate is a date of numbers only: year first (2025/11/30,
// 2025.11.30) or last (30.11.2025, 11/30/2025).
var numericDate = regexp.MustCompile(`^(?:(\d{4})[/.](\d{1,2})[/.](\d{1,2})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}))(?:[ T].*)?$`)

// metaDate reads a metadata date as YYYY-MM-DD: what normDate reads (ISO
// 8601, RFC 1123, "November 30, 2025"), dates of numbers with slashes or
// dots, and numbers of seconds since 1970. A day-month or month-day order
// that both could be (03/04/2025) is not guessed.
func metaDate(s string) (string, bool) {
	if d, ok := normDate(s); ok {
		return d, true
	}
	s = strings.TrimSpace(s)
	if m := numericDate.FindStringSubmatch(s); m != nil {
		var y, mo, d int
		if m[1] != "" {
			y, mo, d = atoi(m[1]), atoi(m[2]), atoi(m[3])
		} else {
			a, b := atoi(m[4]), atoi(m[5])
			y = atoi(m[6])
			switch {
			case a > 12 && b <= 12:
				d, mo = a, b
			case b > 12 && a <= 12:
				mo, d = a, b
			default:
				return "", false // ambiguous, or no date
			}
		}
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Year() != y || int(t.Month()) != mo || t.Day() != d {
			return "", false
		}
		return t.Format(time.DateOnly), true
	}
	for _, layout := range []string{"2 Jan 2006", "2 January 2006", "Jan 2, 2006", "January 2 2006", "Monday, January 2, 2006", time.RFC822, time.RFC822Z} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	return "", false
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }
