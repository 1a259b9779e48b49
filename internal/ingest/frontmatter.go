package ingest

import (
	"bytes"
	"strings"
)

// frontMatter is what a Markdown file's front matter says about the article.
type frontMatter struct {
	end       int // bytes the block takes, closing line included; 0 if none
	title     string
	outlet    string
	published string
}

// parseFrontMatter reads a leading "---" (YAML) or "+++" (TOML) block. Only
// a few top-level keys matter, so they are read by hand: "key: value" or
// "key = value", with optional quotes. A block that is never closed is not
// front matter (a leading "---" may be a rule), and the file is read as it
// is. The block is not removed: the caller skips its bytes.
func parseFrontMatter(data []byte) frontMatter {
	var fm frontMatter
	first, rest, ok := bytes.Cut(data, []byte("\n"))
	if !ok {
		return fm
	}
	delim := strings.TrimRight(string(first), " \t\r")
	if delim != "---" && delim != "+++" {
		return fm
	}
	off := len(first) + 1
	var keys [][2]string
	for len(rest) > 0 {
		line, after, _ := bytes.Cut(rest, []byte("\n"))
		n := len(line) + 1
		if len(after) == 0 && !bytes.HasSuffix(rest, []byte("\n")) {
			n = len(line) // last line, no line break
		}
		rest = after
		off += n
		t := strings.TrimRight(string(line), " \t\r")
		if t == delim || (delim == "---" && t == "...") {
			fm.end = off
			break
		}
		if t == "" || t[0] == ' ' || t[0] == '\t' || t[0] == '#' {
			continue // nested values and comments
		}
		sep := ":"
		if delim == "+++" {
			sep = "="
		}
		k, v, ok := strings.Cut(t, sep)
		if !ok {
			continue
		}
		keys = append(keys, [2]string{strings.ToLower(strings.TrimSpace(k)), unquote(strings.TrimSpace(v))})
	}
	if fm.end == 0 {
		return frontMatter{}
	}
	get := func(names ...string) string {
		for _, name := range names {
			for _, kv := range keys {
				if kv[0] == name && kv[1] != "" {
					return kv[1]
				}
			}
		}
		return ""
	}
	fm.title = get("title", "headline")
	fm.outlet = get("outlet", "publisher", "source", "site", "site_name")
	if d, ok := normDate(get("published", "date", "datepublished", "published_at")); ok {
		fm.published = d
	}
	return fm
}

// unquote strips the quotes of a YAML or TOML string, or a trailing
// comment from a bare value.
func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') {
		if i := strings.LastIndexByte(v, v[0]); i > 0 {
			s := v[1:i]
			if v[0] == '"' {
				s = strings.NewReplacer(`\"`, `"`, `\\`, `\`).Replace(s)
			}
			return strings.TrimSpace(s)
		}
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = v[:i]
	}
	return strings.TrimSpace(v)
}
