package compare

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestWordDiffEqual(t *testing.T) {
	s := "Maduro said the call was cordial."
	got := wordDiff(s, s)
	want := []DiffOp{{Op: "equal", Text: s}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("wordDiff(s, s) = %+v, want %+v", got, want)
	}
}

func TestWordDiffChange(t *testing.T) {
	got := wordDiff("Maduro said the call was cordial.", "Maduro said the call was tense.")
	var del, ins []string
	for _, op := range got {
		switch op.Op {
		case "delete":
			del = append(del, op.Text)
		case "insert":
			ins = append(ins, op.Text)
		}
	}
	if !reflect.DeepEqual(del, []string{"cordial"}) || !reflect.DeepEqual(ins, []string{"tense"}) {
		t.Fatalf("wordDiff = %+v, want one delete %q and one insert %q", got, "cordial", "tense")
	}
}

func TestWordDiffReassembles(t *testing.T) {
	pairs := [][2]string{
		{"", ""},
		{"", "Trump said nothing."},
		{"Trump said nothing.", ""},
		{"Maduro said the call was cordial.", "Maduro said the call was tense."},
		{"“We are seeking peace based on sovereignty, not submission,”", "We seek peace, based on sovereignty and not on submission."},
		{"The U.S. has deployed at least 83 troops.", "The United States deployed more than 80 troops on Monday."},
		{"Nicolás Maduro  confirmed\tthe call", "Nicolas Maduro confirmed the call!!"},
		{"a a a a b", "b a a a a"},
		{"it’s Trump’s well-known line", "it's Trump's well known line"},
	}
	for _, p := range pairs {
		a, b := p[0], p[1]
		ops := wordDiff(a, b)
		var ra, rb strings.Builder
		for i, op := range ops {
			switch op.Op {
			case "equal":
				ra.WriteString(op.Text)
				rb.WriteString(op.Text)
			case "delete":
				ra.WriteString(op.Text)
			case "insert":
				rb.WriteString(op.Text)
			default:
				t.Errorf("unknown op %q", op.Op)
			}
			if op.Text == "" {
				t.Errorf("wordDiff(%q, %q): empty op %d", a, b, i)
			}
			if i > 0 && ops[i-1].Op == op.Op {
				t.Errorf("wordDiff(%q, %q): adjacent %s ops not merged", a, b, op.Op)
			}
		}
		if ra.String() != a {
			t.Errorf("equal+delete = %q, want %q", ra.String(), a)
		}
		if rb.String() != b {
			t.Errorf("equal+insert = %q, want %q", rb.String(), b)
		}
	}
}

// loadSamples reads and extracts the project samples, with ids as the CLI
// gives them (base name without extension).
func loadSamples(t testing.TB) ([]*claims.Article, map[string][]claims.Claim) {
	t.Helper()
	paths, err := filepath.Glob("../samples/trump-maduro-call/*.txt")
	if err != nil || len(paths) < 2 {
		t.Fatalf("samples: %v (%d found)", err, len(paths))
	}
	var arts []*claims.Article
	cs := map[string][]claims.Claim{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		a, err := claims.NewArticle(id, p, data)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		arts = append(arts, a)
		cs[id] = claims.Extract(a)
	}
	return arts, cs
}

func TestCompareDeterministic(t *testing.T) {
	arts, cs := loadSamples(t)
	rng := rand.New(rand.NewSource(1))
	var first []Finding
	for run := 0; run < 10; run++ {
		order := append([]*claims.Article(nil), arts...)
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		sort.Slice(order, func(i, j int) bool { return order[i].ID < order[j].ID })
		per := make([][]claims.Claim, len(order))
		for i, a := range order {
			// A fresh copy each run, so nothing Compare might keep leaks
			// from one run into the next.
			per[i] = append([]claims.Claim(nil), cs[a.ID]...)
		}
		r := Compare(order, per, Options{})
		if run == 0 {
			first = r.Findings
			if len(first) == 0 {
				t.Fatal("no findings for the samples")
			}
			continue
		}
		if !reflect.DeepEqual(r.Findings, first) {
			t.Fatalf("run %d: findings differ from run 0", run)
		}
	}
}

// Discrepancies lead, most severe first; agreements of more sources come
// before agreements of fewer; within a rank, the order of the text.
func TestOrderFindings(t *testing.T) {
	r := &Result{}
	for i := 1; i <= 6; i++ {
		for _, s := range []string{"a", "b", "c"} {
			r.Claims = append(r.Claims, claims.Claim{ID: fmt.Sprintf("%s#%d", s, i), Source: s})
		}
	}
	fs := []Finding{
		{Kind: Unique, Claims: []string{"a#1"}, Summary: "unique"},
		{Kind: Agreement, Claims: []string{"a#2", "b#2"}, Summary: "two early"},
		{Kind: Agreement, Claims: []string{"a#5", "b#5", "c#5"}, Summary: "three late"},
		{Kind: Agreement, Claims: []string{"a#3", "c#3"}, Summary: "two later"},
		{Kind: Discrepancy, Severity: Medium, Claims: []string{"a#4", "b#4"}, Summary: "medium"},
		{Kind: Discrepancy, Severity: High, Claims: []string{"a#6", "b#6"}, Summary: "high"},
	}
	var got []string
	for _, f := range order(r, fs) {
		got = append(got, f.ID+" "+f.Summary)
	}
	want := []string{"F1 high", "F2 medium", "F3 three late", "F4 two early", "F5 two later", "F6 unique"}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("order = %v, want %v", got, want)
	}
}
