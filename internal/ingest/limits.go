package ingest

import (
	"bytes"
	"errors"
	"fmt"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxHTMLDepth bounds how deeply a page's elements may nest. The HTML
// parser and readability walk the stack of open elements for each element,
// so their cost grows as the square of the depth: 100,000 nested <div>s
// take minutes. Real pages nest a few dozen levels; a page past this bound
// is refused rather than parsed.
const MaxHTMLDepth = 1000

// MaxSources bounds the articles of one run. Comparing n articles keeps
// an n×n table of article similarities and every extracted claim in
// memory, so a run of 100,000 JSON records or files would take minutes and
// gigabytes; a run past this bound is refused before anything is read,
// and the user splits it.
const MaxSources = 1000

// ErrTooMany refuses a run of more than MaxSources articles.
var ErrTooMany = errors.New("too many articles")

// ErrTooDeep refuses a page nested deeper than MaxHTMLDepth.
var ErrTooDeep = fmt.Errorf("HTML nested too deeply (expected at most %d levels of elements)", MaxHTMLDepth)

// checkDepth reports ErrTooDeep when data nests elements deeper than limit.
// It runs the tokenizer, which is linear, and keeps a stack of open
// elements as the parser would: void elements and those whose end tag may
// be left out (p, li, td, …) are not counted, so sloppy markup is not taken
// for deep markup; an end tag closes everything opened after its element.
// The stack never exceeds limit, so the search for an end tag's element is
// bounded too.
func checkDepth(data []byte, limit int) error {
	z := html.NewTokenizer(bytes.NewReader(data))
	var stack []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil // io.EOF, or a tokenizer error the parser reports itself
		case html.StartTagToken:
			name, _ := z.TagName()
			if uncounted[atom.Lookup(name)] {
				continue
			}
			stack = append(stack, string(name))
			if len(stack) > limit {
				return ErrTooDeep
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == string(name) {
					stack = stack[:i]
					break
				}
			}
		}
	}
}

// uncounted are elements that never hold others open on the parser's
// stack for long: void elements, and elements whose end tag is implied by
// the next sibling or the parent's end.
var uncounted = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true,
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Option: true,
	atom.Optgroup: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Thead: true,
	atom.Tbody: true, atom.Tfoot: true, atom.Colgroup: true, atom.Caption: true,
	atom.Rb: true, atom.Rt: true, atom.Rp: true, atom.Rtc: true,
	atom.Html: true, atom.Head: true, atom.Body: true,
}
