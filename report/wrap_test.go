package report

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// FuzzWrap checks the layout invariant the table format rests on: a wrapped
// paragraph never exceeds its width (for widths of at least minCol) and
// loses no word.
func FuzzWrap(f *testing.F) {
	f.Add("The minister said: “We’ll see what happens | next.”", 10)
	f.Add("قال الرئيس إن الوضع مستقر 🌊🙂 في المدينة", 3)
	f.Add(strings.Repeat("x", 300)+" y", 7)
	f.Add("e\u0301\u0301 👩‍👩‍👧 \x1b[2J", 2)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if limit < minCol || limit > 200 {
			t.Skip()
		}
		s = cleanLine(s)
		for _, color := range []bool{false, true} {
			p := diffPara([]compare.DiffOp{{Op: "equal", Text: s}, {Op: "delete", Text: s}, {Op: "insert", Text: s}}, color)
			lines := p.wrap(limit, color)
			for _, l := range lines {
				if w := width(l); w > limit {
					t.Fatalf("line %q is %d columns, limit %d", l, w, limit)
				}
			}
			if !color {
				got := strings.Join(strings.Fields(strings.Join(lines, "")), "")
				want := strings.Join(strings.Fields(render(p.words(), false)), "")
				if got != want {
					t.Fatalf("wrap lost text:\n got %q\nwant %q", got, want)
				}
			}
		}
	})
}

// FuzzTable puts arbitrary text everywhere a source can put it and checks
// that the table keeps to its width and lets no escape sequence through.
func FuzzTable(f *testing.F) {
	f.Add("A | b <script>\n“c”", "x\x1b[2Jy", 40)
	f.Add(strings.Repeat("🌊", 90), "قال", 55)
	f.Fuzz(func(t *testing.T, a, b string, w int) {
		if w < minWidth || w > 160 {
			t.Skip()
		}
		r := fixture()
		r.Articles[0].Title = a
		r.Findings[0].Summary = b
		r.Findings[0].Values[0].Text = a
		r.Findings[0].Values[1].Text = b
		r.Findings[0].Diff = []compare.DiffOp{{Op: "equal", Text: a}, {Op: "delete", Text: b}, {Op: "insert", Text: a + b}}
		r.Findings[5].Values[0].Text = b
		for _, color := range []bool{false, true} {
			out := string(mustWrite(t, r, "table", Options{Width: w, Color: color}))
			if !color && strings.ContainsRune(out, '\x1b') {
				t.Fatal("escape in uncoloured table")
			}
			for _, line := range strings.Split(out, "\n") {
				if n := width(line); n > w {
					t.Fatalf("line is %d columns, width %d: %q", n, w, line)
				}
			}
		}
	})
}

func TestElideDiff(t *testing.T) {
	words := func(prefix string, n int) string {
		var w []string
		for i := 0; i < n; i++ {
			w = append(w, prefix+strings.Repeat("x", i%3))
		}
		return strings.Join(w, " ")
	}
	got := elideDiff([]compare.DiffOp{
		{Op: "equal", Text: words("a", 40) + " "},
		{Op: "delete", Text: words("d", 100)},
		{Op: "insert", Text: "new\nline"},
		{Op: "equal", Text: " " + words("b", 40)},
		{Op: "delete", Text: "\n "},
	})
	want := []string{
		"… " + words("a", 40)[len(words("a", 34))+1:] + " ",
		words("d", 30) + " … " + strings.Join(strings.Fields(words("d", 100))[70:], " "),
		"new line",
		" " + words("b", 6) + " … " + strings.Join(strings.Fields(words("b", 40))[34:], " "),
		" ",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d ops, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Text != want[i] {
			t.Errorf("op %d: got %q\nwant %q", i, got[i].Text, want[i])
		}
	}
}
