package claims

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// clockRE finds a time of day: "8.49pm", "8:39 a.m.", "8. 40am" (as
// tokenised text renders "8.40am"), "12:45 p.m.", "20:45 GMT", "9pm",
// with an approximation before it ("about", "around", "shortly after").
var clockRE = regexp.MustCompile(`(?i)\b(?:(about|around|approximately|roughly|shortly after|just after|shortly before|just before|some time after|soon after)\s+)?(?:at\s+)?(\d{1,2})(?:\s?[.:]\s?(\d{2}))?\s?(a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|(?:hours?\s+)?(?:GMT|BST|UTC)\b)`)

// findClocks returns the times of day in text[within], with Clock set
// ("20:49") and Approx when the text hedges it.
func findClocks(text string, within Span) []Time {
	a, b := max(within.Start, 0), min(within.End, len(text))
	if a >= b {
		return nil
	}
	// Every time of day has a digit; most clauses have none, and the
	// expression is the slowest step of a claim without this test.
	if !strings.ContainsAny(text[a:b], "0123456789") {
		return nil
	}
	var out []Time
	for _, m := range clockRE.FindAllStringSubmatchIndex(text[a:b], -1) {
		h, _ := strconv.Atoi(text[a+m[4] : a+m[5]])
		mins := 0
		if m[6] >= 0 {
			mins, _ = strconv.Atoi(text[a+m[6] : a+m[7]])
		}
		mer := strings.ToLower(strings.NewReplacer(".", "", " ", "").Replace(text[a+m[8] : a+m[9]]))
		switch {
		case mer == "pm" && h >= 1 && h <= 11:
			h += 12
		case mer == "am" && h == 12:
			h = 0
		case (mer == "am" || mer == "pm") && (h < 1 || h > 12):
			continue
		case m[6] < 0 && mer != "am" && mer != "pm":
			continue // "20 GMT" is no time of day
		}
		if h > 23 || mins > 59 {
			continue
		}
		start := a + m[0]
		if m[2] < 0 {
			// The span starts at the digits, not at "at".
			start = a + m[4]
		}
		out = append(out, Time{
			Text:   text[start : a+m[1]],
			Span:   Span{start, a + m[1]},
			Clock:  fmt.Sprintf("%02d:%02d", h, mins),
			Approx: m[2] >= 0,
		})
	}
	return out
}
