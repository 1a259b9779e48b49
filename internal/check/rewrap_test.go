package check

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// rewrap hard-wraps each line of text at width columns, as an editor or
// `fmt` would, by turning spaces into line breaks: the bytes keep their
// offsets, so the wrapped text must give the very same claims and spans.
func rewrap(text string, width int) string {
	b := []byte(text)
	col, lastSpace := 0, -1
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '\n':
			col, lastSpace = 0, -1
			continue
		case b[i] == ' ' && i+1 < len(b) && b[i+1] != ' ' && b[i+1] != '\n' && i > 0 && b[i-1] != ' ':
			lastSpace = i
		}
		if b[i]&0xC0 != 0x80 { // count runes, not bytes
			col++
		}
		if col > width && lastSpace >= 0 {
			b[lastSpace] = '\n'
			col = 0
			for _, c := range b[lastSpace+1 : i+1] {
				if c&0xC0 != 0x80 {
					col++
				}
			}
			lastSpace = -1
		}
	}
	return string(b)
}

// blankBetween puts a blank line between lines that have none.
func blankBetween(text string) string {
	lines := strings.Split(text, "\n")
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(l)
		if i+1 < len(lines) {
			b.WriteByte('\n')
			if strings.TrimSpace(l) != "" && strings.TrimSpace(lines[i+1]) != "" {
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

// rewrapSets are the texts re-wrapped: the sample story (paragraphs one per
// line, some with no blank line between) and dev-story texts (one sentence
// per line, blank lines between; see testdata/rewrap/README.md).
func rewrapSets(t *testing.T) map[string][]string {
	t.Helper()
	sets := map[string][]string{}
	for _, pat := range []string{
		filepath.Join("..", "..", "samples", "trump-maduro-call", "*.txt"),
		filepath.Join("testdata", "rewrap", "mark-felt-dies", "*.txt"),
		filepath.Join("testdata", "rewrap", "waitrose-surrey-fire", "*.txt"),
	} {
		files, err := filepath.Glob(pat)
		if err != nil || len(files) < 2 {
			t.Fatalf("%s: %d files, %v", pat, len(files), err)
		}
		sort.Strings(files)
		sets[pat] = files
	}
	return sets
}

// articlesOf reads files as they are (width 0), with blank lines between
// paragraphs (-1), or so and wrapped at width columns.
func articlesOf(t *testing.T, files []string, width int) ([]*claims.Article, [][]claims.Claim) {
	t.Helper()
	var arts []*claims.Article
	var per [][]claims.Claim
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if width != 0 {
			// Paragraphs one per line, with no blank line between, are
			// ambiguous once wrapped (a long last line reads as wrapped
			// into the next paragraph); wrapped text separates paragraphs
			// with blank lines, and the unwrapped text it is compared to
			// does the same.
			text = blankBetween(text)
		}
		if width > 0 {
			wrapped := rewrap(text, width)
			if wrapped == text {
				t.Fatalf("%s: nothing wrapped at %d", f, width)
			}
			text = wrapped
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		a, err := claims.NewArticle(id, id+".txt", []byte(text))
		if err != nil {
			t.Fatalf("%s at %d: %v", f, width, err)
		}
		arts = append(arts, a)
		per = append(per, claims.Extract(a))
	}
	return arts, per
}

// TestRewrapKeepsClaims: re-wrapping an article at any usual width gives
// the same title, date, skipped regions and claims (text, speaker, cue,
// spans and all) as the unwrapped text, and so the same baseline.
func TestRewrapKeepsClaims(t *testing.T) {
	for pat, files := range rewrapSets(t) {
		arts0, per0 := articlesOf(t, files, -1)
		base0 := NewBaseline(compare.Compare(arts0, per0, compare.Options{})).Marshal()
		if !bytes.Contains(base0, []byte(`"fingerprint"`)) {
			t.Fatalf("%s: baseline has no findings", pat)
		}
		for _, w := range []int{50, 60, 72, 80, 100} {
			arts, per := articlesOf(t, files, w)
			for i, a := range arts {
				a0 := arts0[i]
				if a.Title != a0.Title || a.Published != a0.Published || a.Words != a0.Words || !reflect.DeepEqual(a.Skip, a0.Skip) {
					t.Errorf("%s at %d columns: title %q date %q words %d skip %v; unwrapped: %q %q %d %v",
						files[i], w, a.Title, a.Published, a.Words, a.Skip, a0.Title, a0.Published, a0.Words, a0.Skip)
				}
				if len(per[i]) != len(per0[i]) {
					t.Errorf("%s at %d columns: %d claims, unwrapped %d", files[i], w, len(per[i]), len(per0[i]))
				}
				for k := range min(len(per[i]), len(per0[i])) {
					c, c0 := per[i][k], per0[i][k]
					if !reflect.DeepEqual(c, c0) {
						t.Errorf("%s at %d columns: claim %d\n got  %+v\n want %+v", files[i], w, k+1, c, c0)
						break
					}
					// The sentence is the wrapped bytes: the same words,
					// with line breaks for spaces.
					if s := c.Sentence.In(a.Text); strings.ReplaceAll(s, "\n", " ") != c0.Sentence.In(a0.Text) {
						t.Errorf("%s at %d columns: sentence %q", files[i], w, s)
					}
				}
			}
			if base := NewBaseline(compare.Compare(arts, per, compare.Options{})).Marshal(); !bytes.Equal(base, base0) {
				t.Errorf("%s at %d columns: baseline differs from the unwrapped texts'", pat, w)
			}
		}
	}
}

// TestRewrapSampleCount pins the case: the sample as it is (some
// paragraphs with no blank line between), wrapped at 72 columns, keeps
// all its claims (it had dropped to fewer than half).
func TestRewrapSampleCount(t *testing.T) {
	files := rewrapSets(t)[filepath.Join("..", "..", "samples", "trump-maduro-call", "*.txt")]
	_, per0 := articlesOf(t, files, 0)
	_, per := articlesOf(t, files, 72)
	for i := range per {
		if len(per[i]) != len(per0[i]) || len(per0[i]) < 20 {
			t.Errorf("%s: %d claims wrapped, %d unwrapped", files[i], len(per[i]), len(per0[i]))
		}
		for _, c := range per[i] {
			if strings.HasSuffix(c.Text, "The U.S.") || strings.Contains(c.Text, "\n") {
				t.Errorf("%s: fragment %q", files[i], c.Text)
			}
		}
	}
}

func TestRewrap(t *testing.T) {
	in := "one two three four\nfive six\n\nseven"
	got := rewrap(in, 9)
	if want := "one two\nthree\nfour\nfive six\n\nseven"; got != want {
		t.Errorf("rewrap = %q, want %q", got, want)
	}
}
