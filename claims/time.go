package claims

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

var monthNum = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

const monthAlt = `January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`

var (
	timeRE     = regexp.MustCompile(`\b(?:(` + monthAlt + `)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?|(\d{1,2})\s+(` + monthAlt + `)(?:,?\s+(\d{4}))?|(\d{4})-(\d{2})-(\d{2})|(?:(?i:last|next|this|on|since|in|until|by)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|(?i:(today|yesterday|tomorrow|tonight|recently|(?:last|next|this|earlier this|later this)\s+(?:week|month|year)|(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|months?|years?)\s+ago))|(?:(?i:in|since|by|until|during)\s+)((?:19|20)\d{2})\b)`)
	dateLineRE = regexp.MustCompile(`^(?i:(?:published|updated|posted|last updated)\s*:?\s*)?(?:(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),?\s+)?(?:(` + monthAlt + `)\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(` + monthAlt + `),?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\s*$`)
	smallNums  = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
)

// ParseDateLine recognises a line that is only a publication date
// ("November 30, 2025", "Published: 30 Nov 2025, 10:45 GMT") and returns it
// as YYYY-MM-DD.
func ParseDateLine(line string) (string, bool) {
	m := dateLineRE.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return "", false
	}
	var y, d int
	var mo time.Month
	switch {
	case m[1] != "":
		mo, d, y = monthOf(m[1]), atoi(m[2]), atoi(m[3])
	case m[4] != "":
		d, mo, y = atoi(m[4]), monthOf(m[5]), atoi(m[6])
	default:
		y, mo, d = atoi(m[7]), time.Month(atoi(m[8])), atoi(m[9])
	}
	t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	if mo < 1 || mo > 12 || d < 1 || t.Day() != d {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

func monthOf(s string) time.Month { return monthNum[strings.ToLower(strings.TrimSuffix(s, "."))] }

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// findTimes returns the time expressions inside text[within], resolved
// against the publication date (YYYY-MM-DD) when it is known. Relative
// expressions stay unresolved without one.
func findTimes(text string, within Span, published string) []Time {
	seg := within.In(text)
	pub, err := time.Parse("2006-01-02", published)
	havePub := err == nil
	var out []Time
	for _, m := range timeRE.FindAllStringSubmatchIndex(seg, -1) {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return seg[m[2*i]:m[2*i+1]]
		}
		t := Time{Span: Span{within.Start + m[0], within.Start + m[1]}}
		t.Text = t.Span.In(text)
		day := func(y int, mo time.Month, d int) string {
			if y == 0 {
				if !havePub {
					return ""
				}
				y = pub.Year()
				// "December 30" in an article of January 2 is last year.
				if time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).After(pub.AddDate(0, 0, 7)) {
					y--
				}
			}
			dt := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
			if dt.Day() != d {
				return ""
			}
			return dt.Format("2006-01-02")
		}
		switch {
		case g(1) != "":
			t.Value = day(atoi(g(3)), monthOf(g(1)), atoi(g(2)))
		case g(4) != "":
			t.Value = day(atoi(g(6)), monthOf(g(5)), atoi(g(4)))
		case g(7) != "":
			t.Value = day(atoi(g(7)), time.Month(atoi(g(8))), atoi(g(9)))
		case g(10) != "":
			// News convention: "on Sunday" is the latest Sunday on or before
			// publication.
			if havePub && !strings.HasPrefix(strings.ToLower(t.Text), "next") {
				wd := weekdays[strings.ToLower(g(10))]
				back := (int(pub.Weekday()) - int(wd) + 7) % 7
				if strings.HasPrefix(strings.ToLower(t.Text), "last") && back == 0 {
					back = 7
				}
				t.Value = pub.AddDate(0, 0, -back).Format("2006-01-02")
			}
		case g(11) != "":
			w := strings.ToLower(g(11))
			if havePub {
				switch {
				case w == "today" || w == "tonight":
					t.Value = pub.Format("2006-01-02")
				case w == "yesterday":
					t.Value = pub.AddDate(0, 0, -1).Format("2006-01-02")
				case w == "tomorrow":
					t.Value = pub.AddDate(0, 0, 1).Format("2006-01-02")
				case strings.HasSuffix(w, "this month"):
					t.Value = pub.Format("2006-01")
				case strings.HasSuffix(w, "this year"):
					t.Value = pub.Format("2006")
				case g(12) != "":
					n := atoi(g(12))
					if n == 0 {
						n = smallNums[strings.ToLower(g(12))]
					}
					if strings.HasPrefix(strings.ToLower(g(13)), "day") {
						t.Value = pub.AddDate(0, 0, -n).Format("2006-01-02")
					}
				}
			}
		case g(14) != "":
			t.Value = g(14)
		}
		out = append(out, t)
	}
	return out
}
