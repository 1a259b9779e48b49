package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMayModify: the quick test that turns away claims which neither
// negate nor hedge never turns away one that does, over every sentence of
// the sample story and sentences written for it.
func TestMayModify(t *testing.T) {
	texts := []string{
		"The company said the data was not stolen.", "He didn’t attend.", "She cant say.",
		"The driver had yet to regain consciousness.", "It APPEARS she called.", "The rally could be violent.",
		"He is believed to have fled.", "Nobody came.", "The firm reportedly cut 200 jobs.",
		"It seems that the talks failed.", "Nécessairement not.", "They never met.",
	}
	paths, _ := filepath.Glob("../samples/*/*.txt")
	if len(paths) == 0 {
		t.Fatal("no sample articles")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.FieldsFunc(string(b), func(r rune) bool { return r == '.' || r == '\n' })...)
	}
	some := 0
	for _, s := range texts {
		ts := Tokens(s)
		ws := make([]string, len(ts))
		for i, tk := range ts {
			ws[i] = tk.Word
		}
		if len(negationsOf(s, ts, ws))+len(hedgesOf(ws)) == 0 {
			continue
		}
		some++
		if !mayModify(s) {
			t.Errorf("%q negates or hedges, but mayModify turns it away", s)
		}
	}
	if some < 15 {
		t.Errorf("only %d texts negate or hedge", some)
	}
	if mayModify("The mayor opened the new bridge on Monday.") {
		t.Error("a plain sentence is not turned away")
	}
}

// "No." before a number is the sign of a rank, not a negator; "no" before
// a number still denies ("no 2 cases are alike").
func TestNumberSignIsNoNegation(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"He was the No. 2 official at the FBI", 0},
		{"No 2 cases are alike", 1},
		{"There was no reply", 1},
	} {
		ts := Tokens(tc.s)
		ws := make([]string, len(ts))
		for i, tk := range ts {
			ws[i] = tk.Word
		}
		if got := len(negationsOf(tc.s, ts, ws)); got != tc.want {
			t.Errorf("%q: %d negations, want %d", tc.s, got, tc.want)
		}
	}
}
