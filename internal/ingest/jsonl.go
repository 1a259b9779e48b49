package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// record is one line of a JSON Lines file of articles.
type record struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Text      string `json:"text"`

	where string // file:line, for errors
}

// Errors for JSON Lines input.
var (
	ErrRecordText = errors.New(`missing "text" (expected {"id", "title", "outlet", "published", "url", "text"} with the article text)`)
	ErrRecordID   = errors.New("invalid id (expected letters, digits, '-', '_' or '.', at most 100)")
	ErrDuplicate  = errors.New("duplicate id")
)

// readJSONL parses a JSON Lines file into one input per article. Blank
// lines are allowed; anything else that is not an article object is an
// error naming the line. Records with an id keep it (a pipeline names its
// articles); the others are named after their url, or file and line.
func readJSONL(file string, data []byte) ([]input, error) {
	var ins []input
	seen := map[string]int{} // id → line
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, len(data)+1) // one article may be the whole file
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		where := file + ":" + strconv.Itoa(n)
		if len(line) == 0 {
			continue
		}
		var rec record
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rec); err != nil {
			return nil, &Error{Input: where, Err: jsonError(err)}
		}
		if dec.More() {
			return nil, &Error{Input: where, Err: errors.New("more than one JSON value on the line (expected one article object per line)")}
		}
		if strings.TrimSpace(rec.Text) == "" {
			return nil, &Error{Input: where, Err: ErrRecordText}
		}
		if rec.Published != "" {
			d, ok := normDate(rec.Published)
			if !ok {
				return nil, &Error{Input: where, Err: fmt.Errorf("published %q is not a date (expected YYYY-MM-DD)", rec.Published)}
			}
			rec.Published = d
		}
		rec.where = where
		in := input{path: where, kind: kindRecord, rec: &rec}
		if rec.URL != "" {
			in.path = Redact(rec.URL)
		}
		switch {
		case rec.ID != "":
			if !validID(rec.ID) {
				return nil, &Error{Input: where, Err: fmt.Errorf("%w: %q", ErrRecordID, rec.ID)}
			}
			if first, ok := seen[rec.ID]; ok {
				return nil, &Error{Input: where, Err: fmt.Errorf("%w %q (also on line %d)", ErrDuplicate, rec.ID, first)}
			}
			seen[rec.ID] = n
			in.id, in.fixed = rec.ID, true
		case rec.URL != "":
			in.id, in.parent = urlID(rec.URL)
		default:
			in.id = baseID(file) + "-" + strconv.Itoa(n)
		}
		ins = append(ins, in)
	}
	if err := sc.Err(); err != nil {
		return nil, &Error{Input: file, Err: ioError(err)}
	}
	if len(ins) == 0 {
		return nil, &Error{Input: file, Err: errors.New("no articles (expected one JSON object per line)")}
	}
	return ins, nil
}

func jsonError(err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("invalid JSON at column %d: %v (expected one article object per line)", se.Offset, se)
	case errors.As(err, &te) && te.Field == "":
		return errors.New(`not an article object (expected {"id", "title", "outlet", "published", "url", "text"})`)
	case errors.As(err, &te):
		return fmt.Errorf("%q must be a %s, not %s", te.Field, te.Type, te.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("truncated JSON (expected one article object per line)")
	}
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		return fmt.Errorf("unknown field %s (expected id, title, outlet, published, url, text)", f)
	}
	return fmt.Errorf("invalid JSON: %s", strings.TrimPrefix(msg, "json: "))
}

// validID reports whether s can be a source id: it appears in claim ids
// ("<source>#<n>"), file names and tables, so it has no spaces, '#' or '/'.
func validID(s string) bool {
	if s == "" || len(s) > 100 || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if !idRune(r) {
			return false
		}
	}
	return true
}

func idRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.'
}

// cleanID turns a name taken from a URL into a valid id.
func cleanID(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		if idRune(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	id := strings.Trim(b.String(), "-.")
	if len(id) > 100 {
		id = id[:100]
		for !utf8.ValidString(id) {
			id = id[:len(id)-1]
		}
	}
	if id == "" {
		return "page"
	}
	return id
}
