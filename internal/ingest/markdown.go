package ingest

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/claimdiff/claimdiff/claims"
)

// markdownLayout parses a Markdown file (CommonMark, after its front
// matter) and says where its paragraphs and its markup are. Nothing is
// rewritten: the words of a paragraph are the segments of its text nodes,
// and every other byte of the body (link syntax and targets, emphasis
// markers, a heading's '#', a quote's '>', images, HTML, code blocks, an
// inline code span's backticks (not its words)) is markup,
// which the claims package skips and reads as spaces. So a link around
// "police said" leaves "police said", and spans index the file.
//
// Inside a paragraph a lone line break is a space, as Markdown renders it,
// unless the block's lines are too long to be wrapped (an article pasted
// one paragraph a line): the claims package then keeps them apart.
func markdownLayout(data []byte, front int) claims.Layout {
	body := data[front:]
	doc := goldmark.New().Parser().Parse(text.NewReader(body))
	paras := []claims.Span{}
	var kept []claims.Span
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindHTMLBlock, ast.KindThematicBreak,
			ast.KindImage, ast.KindRawHTML, ast.KindAutoLink:
			// Code and HTML are no prose; an image's alt text describes a
			// picture, like a caption.
			return ast.WalkSkipChildren, nil
		case ast.KindText:
			seg := n.(*ast.Text).Segment
			kept = append(kept, claims.Span{Start: front + seg.Start, End: front + seg.Stop})
			return ast.WalkContinue, nil
		}
		if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
			// Paragraphs, headings and tight list items carry lines.
			ls := n.Lines()
			paras = append(paras, claims.Span{Start: front + ls.At(0).Start, End: front + ls.At(ls.Len()-1).Stop})
		}
		return ast.WalkContinue, nil
	})
	return claims.Layout{Front: front, Paragraphs: paras, Markup: gaps(data, front, kept)}
}

// gaps returns the parts of data[from:] outside the kept spans (which come
// in text order), trimmed of spaces; runs of spaces alone are no markup.
func gaps(data []byte, from int, kept []claims.Span) []claims.Span {
	var out []claims.Span
	add := func(s, e int) {
		for s < e && isSpace(data[s]) {
			s++
		}
		for e > s && isSpace(data[e-1]) {
			e--
		}
		if s < e {
			out = append(out, claims.Span{Start: s, End: e})
		}
	}
	at := from
	for _, k := range kept {
		if k.Start > at {
			add(at, k.Start)
		}
		at = max(at, k.End)
	}
	add(at, len(data))
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
