package compare

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// wordLit is a string literal that reads as an English word or phrase.
var wordLit = regexp.MustCompile(`^[a-z][a-z' -]*$`)

// wordAlternation is a regexp that lists three or more words.
var wordAlternation = regexp.MustCompile(`[a-z]{2,}\|[a-z]{2,}\|[a-z]{2,}`)

// TestNoWordLists keeps the language in package claims: compare's non-test
// source holds no list or map of words, no string of words split into a list
// and no regexp listing words. A lookup needs a question to claims instead
// (claims.IsNegator, claims.CueFamily …). A single word compared inline
// ("w == \"no\"") is a condition of the code, not a list, and is allowed.
func TestNoWordLists(t *testing.T) {
	fset := gotoken.NewFileSet()
	ents, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, e := range ents {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				if words := wordsIn(n); words >= 2 && isStringList(n.Type) {
					t.Errorf("%s: a list or map of %d words; file them in package claims", fset.Position(n.Pos()), words)
				}
			case *ast.CallExpr:
				// strings.Fields(`one two three`) is a list written as one
				// string; a message to the reader is not split.
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Fields" && len(n.Args) == 1 {
					if b, ok := n.Args[0].(*ast.BasicLit); ok {
						if s, err := strconv.Unquote(b.Value); err == nil && len(strings.Fields(s)) >= 3 {
							t.Errorf("%s: a string of words split into a list; file them in package claims", fset.Position(n.Pos()))
						}
					}
				}
			case *ast.BasicLit:
				s, err := strconv.Unquote(n.Value)
				if n.Kind != gotoken.STRING || err != nil {
					return true
				}
				if wordAlternation.MatchString(strings.ToLower(s)) {
					t.Errorf("%s: a pattern listing words %.40q; ask package claims", fset.Position(n.Pos()), s)
				}
			}
			return true
		})
	}
	if checked == 0 {
		t.Fatal("no source files checked")
	}
}

// isStringList reports whether a composite literal's type is []string or
// map[string]T.
func isStringList(typ ast.Expr) bool {
	switch t := typ.(type) {
	case *ast.ArrayType:
		id, ok := t.Elt.(*ast.Ident)
		return ok && id.Name == "string"
	case *ast.MapType:
		id, ok := t.Key.(*ast.Ident)
		return ok && id.Name == "string"
	}
	return false
}

// wordsIn counts the elements, keys and values of a composite literal that
// are string literals reading as words.
func wordsIn(c *ast.CompositeLit) int {
	n := 0
	word := func(e ast.Expr) {
		if b, ok := e.(*ast.BasicLit); ok && b.Kind == gotoken.STRING {
			if s, err := strconv.Unquote(b.Value); err == nil && wordLit.MatchString(s) {
				n++
			}
		}
	}
	for _, e := range c.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			word(kv.Key)
			word(kv.Value)
			continue
		}
		word(e)
	}
	return n
}
