package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// vn builds a Number as claims would report it; Text matters for ranges
// (the high end is read from it).
func vn(text string, v float64, qual, unit string) claims.Number {
	return claims.Number{Text: text, Value: v, Qualifier: qual, Unit: unit}
}

// rounded is n written with a scale word: it may be round away from its
// value (claims.Number.Round, as claims reads "1.2 million").
func rounded(n claims.Number, round float64) claims.Number {
	n.Round = round
	return n
}

func TestNumbersCompatibleQualifiers(t *testing.T) {
	cases := []struct {
		name string
		a, b claims.Number
		want bool
	}{
		{"at least vs above", vn("at least 80 people", 80, "at least", "people"), vn("83 people", 83, "", "people"), true},
		{"more than vs above", vn("more than 80 people", 80, "more than", "people"), vn("83 people", 83, "", "people"), true},
		{"more than vs equal", vn("more than 80", 80, "more than", ""), vn("80", 80, "", ""), false},
		{"exact differ", vn("83 people", 83, "", "people"), vn("85 people", 85, "", "people"), false},
		{"about within 10%", vn("about 80 people", 80, "about", "people"), vn("83 people", 83, "", "people"), true},
		{"about beyond 10%", vn("about 80 people", 80, "about", "people"), vn("90 people", 90, "", "people"), false},
		{"about small count", vn("about 5 boats", 5, "about", "boats"), vn("6 boats", 6, "", "boats"), true},
		{"at least vs below", vn("at least 22 vessels", 22, "at least", "vessels"), vn("21 vessels", 21, "", "vessels"), false},
		{"at most vs at least meet", vn("at most 80", 80, "at most", ""), vn("at least 80", 80, "at least", ""), true},
		{"more than vs at most touch", vn("more than 80", 80, "more than", ""), vn("at most 80", 80, "at most", ""), false},
		{"less than vs more than apart", vn("less than 10", 10, "less than", ""), vn("more than 20", 20, "more than", ""), false},
		{"range contains", vn("10-15 people", 10, "range", "people"), vn("12 people", 12, "", "people"), true},
		{"range excludes", vn("10-15 people", 10, "range", "people"), vn("16 people", 16, "", "people"), false},
		{"ranges overlap", vn("between 10 and 15 vessels", 10, "range", "vessels"), vn("14-20 vessels", 14, "range", "vessels"), true},
		{"ranges apart", vn("10-15 vessels", 10, "range", "vessels"), vn("16-20 vessels", 16, "range", "vessels"), false},
		{"scaled range", rounded(vn("$10 million to $15 million", 1e7, "range", "USD"), 5e5), rounded(vn("$12 million", 1.2e7, "", "USD"), 5e5), true},
		{"rounded figure", rounded(vn("1.2 million people", 1.2e6, "", "people"), 5e4), vn("1,234,567 people", 1234567, "", "people"), true},
		{"adjacent rounded values", rounded(vn("$2.5 million", 2.5e6, "", "USD"), 5e4), rounded(vn("$2.6 million", 2.6e6, "", "USD"), 5e4), false},
		{"a rounding of a finer value", rounded(vn("22 billion euros", 22e9, "", "EUR"), 5e8), rounded(vn("22.4 billion euros", 22.4e9, "", "EUR"), 5e7), true},
		{"rounded figure too far", rounded(vn("1.2 million people", 1.2e6, "", "people"), 5e4), vn("1,300,000 people", 1.3e6, "", "people"), false},
		{"plural and singular", vn("1 vessel", 1, "", "vessel"), vn("one vessel", 1, "", "vessels"), true},
		{"unit synonyms agree", vn("83 people", 83, "", "people"), vn("83 persons", 83, "", "persons"), true},
		{"unit synonyms disagree", vn("83 people", 83, "", "people"), vn("85 persons", 85, "", "persons"), false},
		{"percent spellings", vn("45%", 45, "", "%"), vn("45 percent", 45, "", "percent"), true},
		{"no unit vs unit", vn("killing more than 80", 80, "more than", ""), vn("83 killed people", 83, "", "people"), true},
		{"no unit differs", vn("83", 83, "", ""), vn("85 people", 85, "", "people"), false},
		{"different things", vn("22 vessels", 22, "", "vessels"), vn("21 strikes", 21, "", "strikes"), true},
		{"fractions", vn("about half", 0.5, "about", ""), vn("more than half", 0.5, "more than", ""), true},
		{"same figure", vn("83 people", 83, "", "people"), vn("83 people", 83, "", "people"), true},
		{"more than vs below", vn("more than 80 people", 80, "more than", "people"), vn("79 people", 79, "", "people"), false},
		{"at least vs equal", vn("at least 22 people", 22, "at least", "people"), vn("22 people", 22, "", "people"), true},
		{"two lower bounds", vn("at least 22 people", 22, "at least", "people"), vn("at least 100 people", 100, "at least", "people"), true},
		{"less than vs below", vn("less than 10 boats", 10, "less than", "boats"), vn("9 boats", 9, "", "boats"), true},
		{"less than vs above", vn("less than 10 boats", 10, "less than", "boats"), vn("12 boats", 12, "", "boats"), false},
		{"at most vs equal", vn("at most 10 boats", 10, "at most", "boats"), vn("10 boats", 10, "", "boats"), true},
		{"about below within", vn("about 100 troops", 100, "about", "troops"), vn("95 troops", 95, "", "troops"), true},
		{"about far above", vn("about 100 troops", 100, "about", "troops"), vn("120 troops", 120, "", "troops"), false},
		{"no units equal", vn("15", 15, "", ""), vn("15", 15, "", ""), true},
		{"no units differ", vn("15", 15, "", ""), vn("16", 16, "", ""), false},
	}
	for _, tc := range cases {
		if got := NumbersCompatible(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: NumbersCompatible(%q, %q) = %v, want %v", tc.name, tc.a.Text, tc.b.Text, got, tc.want)
		}
		if got := NumbersCompatible(tc.b, tc.a); got != tc.want {
			t.Errorf("%s: NumbersCompatible(%q, %q) = %v, want %v (swapped)", tc.name, tc.b.Text, tc.a.Text, got, tc.want)
		}
	}
}

func TestDatesCompatiblePeriods(t *testing.T) {
	cases := []struct {
		a, b              string
		compatible, known bool
	}{
		{"2025-11-30", "2025-11-30", true, true},
		{"2025-11-30", "2025-11-23", false, true},
		{"2025-11", "2025-11-30", true, true},
		{"2025", "2025-11", true, true},
		{"2025", "2025-11-30", true, true},
		{"2024", "2025-11", false, true},
		{"2025-1", "2025-11", false, true}, // a prefix, but not of a whole field
		{"2025-12", "2025-11-30", false, true},
		{"", "2025", false, false},
		{"2025-11-30", "", false, false},
		{"", "", false, false},
		{"2025", "2025", true, true},
		{"2025", "2024", false, true},
		{"2025-10", "2025-11", false, true},
		{"2025-10", "2025-11-30", false, true},
		{"2024-11-30", "2025-11-30", false, true},
	}
	for _, tc := range cases {
		a := claims.Time{Text: "a", Value: tc.a}
		b := claims.Time{Text: "b", Value: tc.b}
		for _, p := range [][2]claims.Time{{a, b}, {b, a}} {
			c, k := DatesCompatible(p[0], p[1])
			if c != tc.compatible || k != tc.known {
				t.Errorf("DatesCompatible(%q, %q) = (%v, %v), want (%v, %v)", p[0].Value, p[1].Value, c, k, tc.compatible, tc.known)
			}
		}
	}
}
