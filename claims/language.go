package claims

import (
	_ "embed"
	"errors"
	"strings"
	"unicode"
)

// ErrNotEnglish is what a LanguageError is: claimdiff's rules (cues,
// negation, hedges, numbers, dates) read English only, and a text in
// another language would yield no attributions, no numbers and no dates,
// so two reports that disagree would seem to agree. A fact-checker must
// hear that, not read an empty report.
var ErrNotEnglish = errors.New("not English")

// LanguageError says which language a text seems to be written in.
type LanguageError struct {
	Language string // "Spanish", or a script ("Cyrillic script")
}

func (e *LanguageError) Error() string {
	return "text reads as " + e.Language + ", not English (expected English news text; claimdiff reads English only)"
}

// Is makes errors.Is(err, ErrNotEnglish) hold.
func (e *LanguageError) Is(target error) bool { return target == ErrNotEnglish }

//go:embed stopwords.txt
var stopwordsFile string

type stopList struct {
	code, name string
	words      map[string]bool
}

var stopLists = parseStopwords(stopwordsFile)

func parseStopwords(s string) []stopList {
	var out []stopList
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		head, words, ok := strings.Cut(l, ":")
		code, name, ok2 := strings.Cut(head, " ")
		if !ok || !ok2 {
			panic("claims: stopwords.txt: bad line " + l)
		}
		ws := map[string]bool{}
		for _, w := range strings.Fields(words) {
			ws[w] = true
		}
		out = append(out, stopList{code, name, ws})
	}
	return out
}

// Thresholds of the language check. A text of fewer than minLangWords
// words is too short to tell (a headline, a one-line claim) and passes.
// Function words make about two words in five of running text; English
// news scores 0.3 or more on its list and well under 0.1 on any other.
// A text is refused when another list covers at least minForeign of its
// words and more than twice what the English list covers.
const (
	minLangWords = 25
	minForeign   = 0.15
)

// Language returns the language text is written in when it is clearly
// not English: the name of a language of stopwords.txt, or of a script
// other than Latin; "" for English, or when the text is too short to tell.
func Language(text string) string {
	words := 0
	hits := make([]int, len(stopLists))
	latin, other := 0, map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		for i, l := range stopLists {
			if l.words[w] {
				hits[i]++
			}
		}
		for _, r := range w {
			if unicode.Is(unicode.Latin, r) {
				latin++
			} else if s := scriptOf(r); s != "" {
				other[s]++
			}
		}
	}
	best, n := "", 0
	for s, k := range other {
		if k > n || k == n && s < best {
			best, n = s, k
		}
	}
	if n > latin && n >= minLangWords {
		return best + " script"
	}
	if words < minLangWords {
		return ""
	}
	en := float64(hits[0]) / float64(words)
	best, share := "", 0.0
	for i, l := range stopLists[1:] {
		if s := float64(hits[i+1]) / float64(words); s > share {
			best, share = l.name, s
		}
	}
	if share >= minForeign && share > 2*en {
		return best
	}
	return ""
}

var scripts = []struct {
	name string
	t    *unicode.RangeTable
}{
	{"Arabic", unicode.Arabic}, {"Chinese", unicode.Han}, {"Cyrillic", unicode.Cyrillic},
	{"Devanagari", unicode.Devanagari}, {"Greek", unicode.Greek}, {"Hangul", unicode.Hangul},
	{"Hebrew", unicode.Hebrew}, {"Japanese", unicode.Hiragana}, {"Japanese", unicode.Katakana},
	{"Thai", unicode.Thai},
}

func scriptOf(r rune) string {
	for _, s := range scripts {
		if unicode.Is(s.t, r) {
			return s.name
		}
	}
	return "non-Latin"
}
