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
// Porter: predictable, fast, and good enough for overlap scoring.
func Stem(w string) string {
	w = Fold(w)
	if irr, ok := irregular[w]; ok {
		return irr
	}
	if len(w) <= 3 {
		return w
	}
	for _, suf := range []string{"ations", "ation", "ments", "ment", "ness", "ingly", "edly", "ings", "ing", "ies", "ied", "ly", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			base := w[:len(w)-len(suf)]
			switch suf {
			case "ies", "ied":
				base += "y"
			case "s":
				if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
					return trimE(w)
				}
			}
			// "stopped" → "stop": undouble a final consonant left by -ed/-ing.
			if (suf == "ed" || suf == "ing") && len(base) >= 3 && base[len(base)-1] == base[len(base)-2] && !strings.ContainsRune("lsz", rune(base[len(base)-1])) {
				base = base[:len(base)-1]
			}
			return trimE(base)
		}
	}
	return trimE(w)
}

// trimE drops a final silent e so "revealed" → "reveal" and "reveal" stay
// together with "rescue"/"rescued" → "rescu".
func trimE(w string) string {
	if len(w) > 3 && w[len(w)-1] == 'e' {
		return w[:len(w)-1]
	}
	return w
}

var irregular = map[string]string{
	"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "writ", "written": "writ",
	"was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "being": "be",
	"had": "have", "has": "have", "having": "have", "did": "do", "does": "do", "done": "do",
	"made": "make", "went": "go", "gone": "go", "came": "come", "took": "take", "taken": "take",
	"gave": "give", "given": "give", "held": "hold", "met": "meet", "left": "leave", "spoke": "speak",
	"spoken": "speak", "thought": "think", "brought": "bring", "sought": "seek", "found": "find",
	"killed": "kill", "dead": "die", "died": "die", "dies": "die", "deaths": "die", "death": "die",
	"men": "man", "women": "woman", "people": "people", "children": "child", "chose": "choose",
	"chosen": "choose", "began": "begin", "begun": "begin", "knew": "know", "known": "know",
	"saw": "see", "seen": "see", "led": "lead", "won": "win", "lost": "lose", "struck": "strike",
	"fled": "flee", "shot": "shoot", "caught": "catch", "fell": "fall", "fallen": "fall",
	"arrested": "arrest", "news": "news", "us": "us", "u.s.": "us", "united": "unit",
}

// isWordToken reports whether a token carries a word (not punctuation).
func isWordToken(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// stopwords carry no content for alignment.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if then so of in on at to for from by with about as into
	onto over under than that this these those there here it its it's he him his she her hers they them their
	we us our you your i me my mine be is are was were been being am do does did done have has had having
	will would shall should can could may might must not no nor also just only very more most much many
	such some any each every all both either neither other another what which who whom whose when where why
	how while whereas although though because since until unless upon via per off out up down again
	further once said says say told tell according mr mrs ms dr one two s 's ’s t n't its'`) {
		m[w] = true
	}
	return m
}()

// IsStopword reports whether a lower-cased word is too common to align on.
func IsStopword(w string) bool { return stopwords[w] }

// ContentWords returns the stems of the content words of s, in order.
func ContentWords(s string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.Trim(s[start:end], "'’-.")
		start = -1
		if w == "" {
			return
		}
		lw := Fold(w)
		if stopwords[lw] || !isWordToken(lw) {
			return
		}
		out = append(out, Stem(lw))
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
	return out
}
