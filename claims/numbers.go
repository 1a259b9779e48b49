package claims

import (
	"regexp"
	"strconv"
	"strings"
)

// numberRE finds a quantity: an optional qualifier, digits or a number
// word, an optional scale word, and the counted noun after it.
var numberRE = regexp.MustCompile(`(?i)\b(?:(at least|more than|over|nearly|almost|about|around|roughly|up to|some|fewer than|less than|approximately|as many as|no more than|upwards of)\s+)?(\$\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozen)(?:\s+(million|billion|trillion|thousand|hundred))?(?:\s*(%|percent|per cent))?(?:\s+(?:[a-z]+-)?([a-z]{3,}))?\b`)

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"a dozen": 12, "dozen": 12,
}

var scales = map[string]float64{"thousand": 1e3, "hundred": 100, "million": 1e6, "billion": 1e9, "trillion": 1e12}

var qualifiers = map[string]string{
	"at least": "at least", "more than": "more than", "over": "more than", "upwards of": "more than",
	"nearly": "less than", "almost": "less than", "fewer than": "less than", "less than": "less than",
	"up to": "at most", "no more than": "at most", "as many as": "at most",
	"about": "about", "around": "about", "roughly": "about", "approximately": "about", "some": "about",
}

var months = "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"

// findNumbers returns the quantities inside text[within], spans absolute.
// Years and days of the month are dates, not quantities, and are skipped.
func findNumbers(text string, within Span) []Number {
	seg := within.In(text)
	var out []Number
	for _, m := range numberRE.FindAllStringSubmatchIndex(seg, -1) {
		num := strings.ToLower(seg[m[6]:m[7]])
		var v float64
		if w, ok := numberWords[num]; ok {
			v = w
		} else {
			f, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
			if err != nil {
				continue
			}
			v = f
			// A four-digit year or a day after a month name is a date.
			if !strings.Contains(num, ",") && !strings.Contains(num, ".") && v >= 1900 && v <= 2099 && m[4] < 0 {
				continue
			}
			before := strings.ToLower(strings.TrimSpace(seg[:m[0]]))
			if i := strings.LastIndexAny(before, " \n"); i >= 0 {
				before = before[i+1:]
			}
			if strings.Contains(" "+months+" ", " "+strings.TrimSuffix(before, ".")+" ") && v <= 31 {
				continue
			}
		}
		// Inside a word or an identifier ("F-35", "COVID-19"): not a count.
		if m[6] > 0 && (isIdentByte(seg[m[6]-1])) {
			continue
		}
		n := Number{Value: v}
		if m[2] >= 0 {
			n.Qualifier = qualifiers[strings.ToLower(seg[m[2]:m[3]])]
		}
		if m[8] >= 0 {
			n.Value *= scales[strings.ToLower(seg[m[8]:m[9]])]
		}
		end := m[1]
		switch {
		case m[4] >= 0:
			n.Unit = "USD"
			if m[10] < 0 && m[12] >= 0 {
				end = m[12]
				end = trimRightSpace(seg, end)
			}
		case m[10] >= 0:
			n.Unit = "%"
		case m[12] >= 0:
			n.Unit = strings.ToLower(seg[m[12]:m[13]])
			if stopwords[n.Unit] || strings.Contains(" "+months+" ", " "+n.Unit+" ") {
				n.Unit = ""
				end = trimRightSpace(seg, m[12])
			}
		}
		start := m[0]
		n.Span = Span{within.Start + start, within.Start + end}
		n.Text = n.Span.In(text)
		out = append(out, n)
	}
	return out
}

func isIdentByte(c byte) bool {
	return c == '-' || c == '_' || c == '/' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

func trimRightSpace(s string, end int) int {
	for end > 0 && (s[end-1] == ' ' || s[end-1] == '\t') {
		end--
	}
	return end
}
