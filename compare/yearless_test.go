package compare

import (
	"strings"
	"testing"
)

// yearlessClash reports whether some date discrepancy of texts holds both
// a claim containing a and one containing b.
func yearlessClash(t *testing.T, texts map[string]string, a, b string) bool {
	t.Helper()
	fs, claimTexts := dateSlotsOf(t, texts)
	for _, f := range fs {
		if f.Kind != Discrepancy {
			continue
		}
		joined := strings.Join(claimTexts(f), " | ")
		if strings.Contains(joined, a) && strings.Contains(joined, b) {
			return true
		}
	}
	return false
}

// A date written without a year in an undated article takes its year
// from the story's dated articles: "6 December" of a story published in
// December 2008 is a Saturday, which a "Sunday" of the same killing
// contradicts.
func TestYearlessFromPublication(t *testing.T) {
	texts := map[string]string{
		"a1": "Jane Roe killed in Springfield\n\nDecember 10, 2008\n\nJane Roe was killed on Saturday in Springfield, police said.\n",
		"a2": "Jane Roe was killed on 6 December in Springfield, police said.\n",
		"a3": "Jane Roe was killed on Sunday in Springfield, police said.\n",
	}
	if !yearlessClash(t, texts, "on 6 December", "on Sunday") {
		t.Errorf("6 December of a story of December 2008 not set against Sunday")
	}
	// Published in two years, the story resolves "6 December" to one day
	// only when every article reads it so: a month after publication it
	// is this year's, a year after, last year's.
	texts["a4"] = "Jane Roe killing\n\nJanuary 20, 2009\n\nPolice said Jane Roe was killed in Springfield.\n"
	if !yearlessClash(t, texts, "on 6 December", "on Sunday") {
		t.Errorf("6 December read against publication dates a month apart across a new year gave no day")
	}
}

// With no dated article, a year the story writes in its claims about the
// same person resolves the date, but only when it is the one year: a
// second year near the person, or a year written only of someone else,
// resolves nothing, since a wrong year makes a false conflict (6 December
// 1985 was a Friday).
func TestYearlessFromStoryYears(t *testing.T) {
	texts := map[string]string{
		"a1": "Protests were held on December 13 2008 over the killing of Jane Roe in Springfield.\n",
		"a2": "Jane Roe was killed on 6 December in Springfield, police said.\n",
		"a3": "Jane Roe was killed on Sunday in Springfield, police said.\n",
	}
	if !yearlessClash(t, texts, "on 6 December", "on Sunday") {
		t.Errorf("6 December of a story that writes 2008 of Jane Roe not set against Sunday")
	}

	texts["a1"] = "Jane Roe first came to Springfield in 1985, police said.\n\nProtests were held on December 13 2008 over the killing of Jane Roe in Springfield.\n"
	if yearlessClash(t, texts, "on 6 December", "on Sunday") {
		t.Errorf("6 December resolved though the story writes two years of Jane Roe")
	}

	texts["a1"] = "Sam Poe died in Springfield on December 13 1985, police said.\n"
	if yearlessClash(t, texts, "on 6 December", "on Sunday") {
		t.Errorf("6 December resolved with a year written only of another person")
	}
}

// A weekday written with the yearless date must be the resolved date's:
// "Monday, Dec. 6" in a story of December 2008, when 6 December was a
// Saturday, names no day the story gives and stays unresolved; its
// Monday still clashes with another source's Saturday.
func TestYearlessWeekdayMustFit(t *testing.T) {
	texts := map[string]string{
		"a1": "Jane Roe killed in Springfield\n\nDecember 10, 2008\n\nJane Roe was killed on Saturday in Springfield, police said.\n",
		"a2": "Jane Roe was killed on Monday, Dec. 6 in Springfield, police said.\n",
	}
	// Resolved to 2008-12-06, "Monday, Dec. 6" would agree with the
	// Saturday the dated article resolves to the same day.
	fs, claimTexts := dateSlotsOf(t, texts)
	for _, f := range fs {
		joined := strings.Join(claimTexts(f), " | ")
		if f.Kind == Agreement && strings.Contains(joined, "Dec. 6") && strings.Contains(joined, "on Saturday") {
			t.Errorf("Monday, Dec. 6 resolved to a Saturday: %s", f.Summary)
		}
	}
	if !yearlessClash(t, texts, "Monday, Dec. 6", "on Saturday") {
		t.Errorf("Monday, Dec. 6 not set against Saturday")
	}
}
