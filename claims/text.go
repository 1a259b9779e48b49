package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldTable maps accented Latin letters to ASCII so that "Nicolás" and
// "Nicolas" name the same person. A table of our own is enough for names and
// saves a dependency on x/text.
var foldTable = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d", 'è': "e", 'é': "e", 'ê': "e", 'ë': "e",
	'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e", 'ğ': "g", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i",
	'ī': "i", 'į': "i", 'ı': "i", 'ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n", 'ò': "o", 'ó': "o",
	'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'œ': "oe", 'ŕ': "r", 'ř': "r",
	'ś': "s", 'š': "s", 'ş': "s", 'ș': "s", 'ß': "ss", 'ť': "t", 'ţ': "t", 'ț': "t", 'ù': "u",
	'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u", 'ų': "u", 'ý': "y", 'ÿ': "y",
	'ź': "z", 'ż': "z", 'ž': "z", 'æ': "ae", 'þ': "th", 'ð': "d",
	'’': "'", '‘': "'", '“': "\"", '”': "\"",
}

// Fold lower-cases s and removes diacritics and typographic quotes, for
// matching names and words across sources.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || (s[i] >= 'A' && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Stem reduces an English word to a crude stem so that "deployed",
// "deploys" and "deployment" meet. It is a light suffix stripper, not
// Porter: predictable, fast, and good enough for overlap scoring. It strips
// inflections and a few noun suffixes but keeps derivations apart
// ("office"/"officer", "relate"/"relation"): a Snowball (Porter2) stemmer,
// which joins them, cost alignment precision on ECB+ (f1 0.566 → 0.558).
// A possessive keeps its mark ("Trump's" → "trump'"): stripping it let
// more unrelated events align (ECB+ precision 0.872 → 0.838).
func Stem(w string) string {
	w = strings.TrimRight(Fold(w), "'")
	if irr, ok := irregularStems[w]; ok {
		return irr
	}
	return stemRegular(w)
}

func stemRegular(w string) string {
	if len(w) <= 3 {
		return finalY(w)
	}
	for _, suf := range []string{"ations", "ation", "ments", "ment", "nesses", "ness", "ingly", "edly", "ings", "ing", "ies", "ied", "eed", "ly", "ed", "es", "s"} {
		if !strings.HasSuffix(w, suf) || len(w)-len(suf) < 2 {
			continue
		}
		base := w[:len(w)-len(suf)]
		switch suf {
		case "ies", "ied":
			// "tried", "replies", "families" meet "try", "reply", "family"
			// in a final i.
			return base + "i"
		case "eed":
			// "agreed" → "agree"; "need" and "speed" stay.
			if len(base) < 3 {
				return w
			}
			return base + "ee"
		case "ly":
			// Adverbs ("quickly", "nearly", "really") lose it; "family",
			// "rally" and "reply" keep it.
			if !(strings.HasSuffix(base, "al") && len(w) >= 6) && !(len(base) >= 3 && strings.IndexByte("cdeghkmnrt", base[len(base)-1]) >= 0) {
				return finalY(w)
			}
			return trimE(base)
		case "es":
			// "boxes", "watches", "buses" lose -es; "agrees", "strikes",
			// "heroes" only the s.
			if !strings.HasSuffix(base, "s") && !strings.HasSuffix(base, "x") && !strings.HasSuffix(base, "z") && !strings.HasSuffix(base, "ch") && !strings.HasSuffix(base, "sh") {
				base = w[:len(w)-1]
			}
		case "s":
			if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
				return trimE(w)
			}
		}
		if len(base) < 3 {
			return finalY(trimE(w))
		}
		// "stopped" → "stop": undouble a final consonant left by -ed/-ing,
		// but not a vowel ("seeing" → "see").
		if (suf == "ed" || suf == "ing" || suf == "ings") && base[len(base)-1] == base[len(base)-2] && !strings.ContainsRune("aeiouslz", rune(base[len(base)-1])) {
			base = base[:len(base)-1]
		}
		return finalY(trimE(base))
	}
	return finalY(trimE(w))
}

// trimE drops a final silent e so "revealed" → "reveal" and "reveal" stay
// together with "rescue"/"rescued" → "rescu"; "agree" and "flee" keep theirs.
func trimE(w string) string {
	if n := len(w); n > 3 && w[n-1] == 'e' && w[n-2] != 'e' {
		return w[:n-1]
	}
	return w
}

// finalY turns a final y after a consonant into i, as -ies and -ied do.
func finalY(w string) string {
	if n := len(w); n > 2 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])) {
		return w[:n-1] + "i"
	}
	return w
}

// irregular maps irregular forms to a word whose stem they share; a word
// that maps to itself is kept as it is.
var irregular = map[string]string{
	"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write", "written": "write",
	"was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "being": "be",
	"had": "have", "has": "have", "having": "have", "did": "do", "does": "do", "done": "do", "doing": "do",
	"made": "make", "went": "go", "gone": "go", "going": "go", "goes": "go", "came": "come", "took": "take", "taken": "take",
	"gave": "give", "given": "give", "held": "hold", "met": "meet", "left": "leave", "spoke": "speak",
	"spoken": "speak", "thought": "think", "brought": "bring", "sought": "seek", "found": "find",
	"killed": "kill", "dead": "die", "died": "die", "dies": "die", "dying": "die", "deaths": "die", "death": "die",
	"men": "man", "women": "woman", "people": "people", "children": "child", "chose": "choose",
	"chosen": "choose", "began": "begin", "begun": "begin", "knew": "know", "known": "know",
	"saw": "see", "seen": "see", "led": "lead", "won": "win", "lost": "lose", "struck": "strike",
	"fled": "flee", "shot": "shoot", "caught": "catch", "fell": "fall", "fallen": "fall",
	"arrested": "arrest", "news": "news", "us": "us", "u.s.": "us", "united": "unite",
	"used": "use", "uses": "use", "using": "use", "business": "business", "businesses": "business",
}

// irregularStems holds the stems of irregular's words, so that "made",
// "make" and "making" all meet in Stem("make").
var irregularStems = func() map[string]string {
	m := make(map[string]string, len(irregular))
	for k, v := range irregular {
		if irregular[v] != v {
			v = stemRegular(v)
		}
		m[k] = v
	}
	return m
}()

// isWordToken reports whether a token carries a word (not punctuation).
func isWordToken(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isCap reports whether s begins with a capital letter, in any script
// ("Élodie", "Østergaard" as well as "Anna"): names are not all ASCII.
func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// IsStopword reports whether a lower-cased word is too common to align on.
func IsStopword(w string) bool { return stopwords[w] }

// Words splits s into its words as written, in order: runs of letters and
// digits with the apostrophes, hyphens and inner full stops they hold
// ("didn't", "ex-governor", "U.S"), trimmed of apostrophes, hyphens and
// full stops at either end. Tokens, which Negation and Hedge positions
// count in, splits at full stops and gives offsets; the two differ only on
// inner full stops ("U.S" is one word here, two tokens there).
func Words(s string) []string {
	var out []string
	eachWord(s, func(w string) { out = append(out, w) })
	return out
}

// eachWord calls f with each word of s, as Words splits it.
func eachWord(s string, f func(w string)) {
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.Trim(s[start:end], "'’-.")
		start = -1
		if w != "" {
			f(w)
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || (r == '-' && start >= 0) || (r == '.' && start >= 0 && i+1 < len(s) && s[i+1] != ' ') {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
}

// ContentWords returns the stems of the content words of s, in order.
func ContentWords(s string) []string {
	var out []string
	eachWord(s, func(w string) {
		lw := Fold(w)
		if stopwords[lw] || !isWordToken(lw) {
			return
		}
		out = append(out, Stem(lw))
	})
	return out
}

// isASCII reports whether s is all ASCII, where lower-casing its capitals
// is all Fold and strings.ToLower do.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasUpperASCII reports whether s holds a capital A to Z.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// nextField finds the first field of s at or after byte i as strings.Fields
// splits (runs of unicode.IsSpace), without allocating: its bounds, or
// start == len(s) when there is none.
func nextField(s string, i int) (start, end int) {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	start = i
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return start, i
}

// fieldsEqual reports whether strings.Join(strings.Fields(s), " ") ==
// want, without building the join. want must be such a join (no space
// but single spaces between fields).
func fieldsEqual(s, want string) bool {
	k := 0
	for i := 0; ; {
		a, b := nextField(s, i)
		if a == len(s) {
			return k == len(want)
		}
		if k > 0 {
			if k >= len(want) || want[k] != ' ' {
				return false
			}
			k++
		}
		f := s[a:b]
		if len(want)-k < len(f) || want[k:k+len(f)] != f {
			return false
		}
		k += len(f)
		i = b
	}
}

// lowerBytes appends strings.ToLower(s) to buf: in place for ASCII, as
// strings.ToLower folds it, so a look-up m[string(lowerBytes(…))] does not
// allocate while s fits buf.
func lowerBytes(buf []byte, s string) []byte {
	if !isASCII(s) {
		return append(buf, strings.ToLower(s)...)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// foldBytes appends Fold(s) to buf, in place for ASCII (where Fold only
// lower-cases), so a look-up m[string(foldBytes(…))] does not allocate
// while s fits buf.
func foldBytes(buf []byte, s string) []byte {
	if !isASCII(s) {
		return append(buf, Fold(s)...)
	}
	return lowerBytes(buf, s)
}
