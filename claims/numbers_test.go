package claims

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// num is a wanted Number without its span; the span is checked against
// Text separately, so the table stays readable.
type wantNum struct {
	text  string
	value float64
	qual  string
	unit  string
}

var numberCases = []struct {
	in   string
	want []wantNum
}{
	// "MM" after a currency amount is the trade press's million; "over"
	// before a stretch of time is the stretch, not more than it.
	{"an eight-year, $200MM deal", []wantNum{{"eight-year", 8, "", "year"}, {"$200MM", 200e6, "", "USD"}}},
	// "one day" after a subject or a modal is some day to come; after a
	// date it is a stretch.
	{"I never thought that I'd one day sail that ocean.", nil},
	{"She hopes to one day return home.", nil},
	{"He was sacked on Sunday, one day after the defeat.", []wantNum{{"one day", 1, "", "day"}}},
	// A noun and a participle that modify a later noun are no unit.
	{"The haul included one heavy mortar launcher, shells and pistols.", []wantNum{{"one heavy mortar launcher", 1, "", "launcher"}}},
	{"Police said two suspects arrested yesterday were released.", []wantNum{{"two suspects", 2, "", "suspects"}}},
	{"One person injured in the blast was taken to hospital.", []wantNum{{"One person", 1, "", "person"}}},
	{"One man arrested outside the court was released.", []wantNum{{"One man", 1, "", "man"}}},
	{"About 300 protesters gathered outside the parliament building.", []wantNum{{"About 300 protesters", 300, "about", "protesters"}}},
	{"a $2.6-million necklace", []wantNum{{"$2.6-million", 2.6e6, "", "USD"}}},
	// A sum with its scale (and currency) joined by hyphens modifies a
	// noun; tokenised text spaces the hyphens.
	{"a two-million-euro ($2. 6 - million) booty", []wantNum{{"two-million-euro", 2e6, "", "EUR"}, {"$2. 6 - million", 2.6e6, "", "USD"}}},
	{"fled with a three - million - euro ($3. 9 - million) haul", []wantNum{{"three - million - euro", 3e6, "", "EUR"}, {"$3. 9 - million", 3.9e6, "", "USD"}}},
	{"the bank paid a 10-million-dollar fine", []wantNum{{"10-million-dollar", 10e6, "", "USD"}}},
	{"the bank paid a 10 - million - dollar fine", []wantNum{{"10 - million - dollar", 10e6, "", "USD"}}},
	{"a ten-thousand-dollar prize", []wantNum{{"ten-thousand-dollar", 1e4, "", "USD"}}},
	{"a twenty-five-million-euro loan", []wantNum{{"twenty-five-million-euro", 25e6, "", "EUR"}}},
	// A scale compound with another word after it is no sum.
	{"a two-million-strong crowd", nil},
	{"a 3- million gap", []wantNum{{"3", 3, "", ""}}},
	{"lend euro22 billion over three years", []wantNum{{"euro22 billion", 22e9, "", "EUR"}, {"over three years", 3, "", "years"}}},
	{"fans of Euro2012 games", nil},
	{"a deal worth $184 million over eight years", []wantNum{{"$184 million", 184e6, "", "USD"}, {"over eight years", 8, "", "years"}}},
	{"over 80 people were hurt", []wantNum{{"over 80 people", 80, "more than", "people"}}},
	// qualifiers, canonicalised
	{"At least 83 people were killed.", []wantNum{{"At least 83 people", 83, "at least", "people"}}},
	{"The strikes ended up killing more than 80.", []wantNum{{"more than 80", 80, "more than", ""}}},
	// A negated bound is the other bound.
	{"She has never scored fewer than 12 goals in a season.", []wantNum{{"fewer than 12 goals", 12, "at least", "goals"}}},
	{"The ferry did not carry more than 40 passengers.", []wantNum{{"more than 40 passengers", 40, "at most", "passengers"}}},
	{"The ferry didn't carry more than 40 passengers.", []wantNum{{"more than 40 passengers", 40, "at most", "passengers"}}},
	{"Not more than 40 passengers were aboard.", []wantNum{{"more than 40 passengers", 40, "at most", "passengers"}}},
	{"The ferry didnt carry more than 40 passengers.", []wantNum{{"more than 40 passengers", 40, "at most", "passengers"}}},
	{"Nobody scored more than 12 goals in a season.", []wantNum{{"more than 12 goals", 12, "at most", "goals"}}},
	{"It was not the first time: more than 40 passengers were aboard.", []wantNum{{"more than 40 passengers", 40, "more than", "passengers"}}},
	{"83 killed in the strikes", []wantNum{{"83", 83, "", ""}}},
	{"some 80 people fled", []wantNum{{"some 80 people", 80, "about", "people"}}},
	{"as many as 80 people", []wantNum{{"as many as 80 people", 80, "at most", "people"}}},
	{"as few as 10 ships", []wantNum{{"as few as 10 ships", 10, "at least", "ships"}}},
	{"nearly 100 migrants", []wantNum{{"nearly 100 migrants", 100, "about", "migrants"}}},
	{"no more than 12 boats", []wantNum{{"no more than 12 boats", 12, "at most", "boats"}}},
	{"upwards of 1,000 troops", []wantNum{{"upwards of 1,000 troops", 1000, "more than", "troops"}}},
	{"fewer than 10 ships and less than 5%", []wantNum{{"fewer than 10 ships", 10, "less than", "ships"}, {"less than 5%", 5, "less than", "%"}}},
	{"approx. 40 homes", []wantNum{{"approx. 40 homes", 40, "about", "homes"}}},
	{"exactly 12 sailors", []wantNum{{"exactly 12 sailors", 12, "", "sailors"}}},
	{"80 or more", []wantNum{{"80 or more", 80, "at least", ""}}},
	{"over the past two days", []wantNum{{"two days", 2, "", "days"}}},

	// the counted noun, skipping adjectives and stopping at the verb
	{"at least 22 suspected drug vessels", []wantNum{{"at least 22 suspected drug vessels", 22, "at least", "vessels"}}},
	{"21 strikes on boats", []wantNum{{"21 strikes", 21, "", "strikes"}}},
	{"22 vessels carrying drugs", []wantNum{{"22 vessels", 22, "", "vessels"}}},
	{"83 people's lives", []wantNum{{"83 people", 83, "", "people"}}},
	{"three US citizens", []wantNum{{"three US citizens", 3, "", "citizens"}}},
	{"one person died", []wantNum{{"one person", 1, "", "person"}}},
	{"5 NGOs", []wantNum{{"5 NGOs", 5, "", "ngos"}}},
	{"One disabled patient brought $20", []wantNum{{"One disabled patient", 1, "", "patient"}, {"$20", 20, "", "USD"}}},
	{"half a mile away", []wantNum{{"half a mile", 0.5, "", "mile"}}},
	{"a third of the valley's population", []wantNum{{"a third of the valley's population", 0.333, "", "population"}}},
	{"32 million U.S. viewers", []wantNum{{"32 million U.S. viewers", 3.2e7, "", "viewers"}}},
	{"call 0843 or 5551234567", nil},

	// digits, separators, scales, money, percent
	{"1,200 soldiers", []wantNum{{"1,200 soldiers", 1200, "", "soldiers"}}},
	{"3.5 million barrels a day", []wantNum{{"3.5 million barrels", 3.5e6, "", "barrels"}}},
	{"an estimated 1.2 million", []wantNum{{"an estimated 1.2 million", 1.2e6, "about", ""}}},
	{"$4 billion in aid", []wantNum{{"$4 billion", 4e9, "", "USD"}}},
	{"4 billion dollars", []wantNum{{"4 billion dollars", 4e9, "", "USD"}}},
	{"more than US$2.5 million", []wantNum{{"more than US$2.5 million", 2.5e6, "more than", "USD"}}},
	{"made off with 2m euros (£1. 7m", []wantNum{{"2m euros", 2e6, "", "EUR"}, {"£1. 7m", 1.7e6, "", "GBP"}}},
	{"a 2m drop", []wantNum{{"2m", 2, "", "m"}}},
	{"£3m and €1.5bn", []wantNum{{"£3m", 3e6, "", "GBP"}, {"€1.5bn", 1.5e9, "", "EUR"}}},
	{"45% of voters", []wantNum{{"45%", 45, "", "%"}}},
	{"45 percent", []wantNum{{"45 percent", 45, "", "%"}}},
	{"45 per cent", []wantNum{{"45 per cent", 45, "", "%"}}},
	{"up to 5 km", []wantNum{{"up to 5 km", 5, "at most", "km"}}},
	{"83-year-old man", []wantNum{{"83-year-old", 83, "", "year-old"}}},
	{"a 10-year sentence", []wantNum{{"10-year", 10, "", "year"}}},
	// tokenised text spaces a compound's hyphens; a spaced hyphen before
	// a word that makes no such compound is a dash
	{"a 10 - year deal", []wantNum{{"10 - year", 10, "", "year"}}},
	{"an eight - year offer", []wantNum{{"eight - year", 8, "", "year"}}},
	{"a 15 - year - old boy", []wantNum{{"15 - year - old", 15, "", "year-old"}}},
	{"they found 10 - police said", []wantNum{{"10", 10, "", ""}}},
	{"2000 people", []wantNum{{"2000 people", 2000, "", "people"}}},

	// ranges: low end in Value, "range", high end stays in Text
	{"10-15 people", []wantNum{{"10-15 people", 10, "range", "people"}}},
	// a clock with its minutes spaced off the colon, as tokenised text
	// writes it, is no count; a score of single digits is not a clock
	{"called at 8: 39am, 12 people", []wantNum{{"12 people", 12, "", "people"}}},
	{"at 20: 49 GMT", nil},
	{"10–15 people", []wantNum{{"10–15 people", 10, "range", "people"}}},
	// tokenised text spaces the hyphen evenly; the scale glued to the
	// high end applies to both
	{"10 - 15 people", []wantNum{{"10 - 15 people", 10, "range", "people"}}},
	{"$140 - 150MM", []wantNum{{"$140 - 150MM", 140e6, "range", "USD"}}},
	{"10 -15 people", []wantNum{{"10", 10, "", ""}, {"15 people", 15, "", "people"}}},
	{"between 10 and 15 vessels", []wantNum{{"between 10 and 15 vessels", 10, "range", "vessels"}}},
	{"two or three days", []wantNum{{"two or three days", 2, "range", "days"}}},
	{"$10 million to $15 million", []wantNum{{"$10 million to $15 million", 1e7, "range", "USD"}}},
	{"1-2 million", []wantNum{{"1-2 million", 1e6, "range", ""}}},
	{"10%-15%", []wantNum{{"10%-15%", 10, "range", "%"}}},
	{"between 5 and 3 people", []wantNum{{"5", 5, "", ""}, {"3 people", 3, "", "people"}}},

	// number words
	{"twenty-five people", []wantNum{{"twenty-five people", 25, "", "people"}}},
	{"two hundred and fifty troops", []wantNum{{"two hundred and fifty troops", 250, "", "troops"}}},
	{"three million", []wantNum{{"three million", 3e6, "", ""}}},
	{"a dozen boats", []wantNum{{"a dozen boats", 12, "", "boats"}}},
	{"two and a half years", []wantNum{{"two and a half years", 2.5, "", "years"}}},
	{"two-day visit", []wantNum{{"two-day", 2, "", "day"}}},
	{"two-thirds of the population", []wantNum{{"two-thirds of the population", 0.667, "", "population"}}},
	{"half of the vessels", []wantNum{{"half of the vessels", 0.5, "", "vessels"}}},
	{"half a million people", []wantNum{{"half a million people", 5e5, "", "people"}}},
	{"a third of the ships", []wantNum{{"a third of the ships", 0.333, "", "ships"}}},
	{"more than half", []wantNum{{"more than half", 0.5, "more than", ""}}},

	// not quantities: vague plurals, ordinals, years, dates, times, ids
	{"dozens of people", nil},
	{"hundreds of thousands of people", nil},
	{"the first boat and the 21st strike", nil},
	{"the third quarter", nil},
	{"twenty-first century", nil},
	{"one of the victims; no one died; a one-on-one meeting", nil},
	{"in 2019, since 2019, the 2019 election, the 1990s", nil},
	{"November 30, 30 November 2025, Nov. 30, 2025", nil},
	{"at 10:30 a.m. and at 10 a.m.", nil},
	{"F-16 jets, COVID-19, an A320, Flight 370, Article 5, No. 7", nil},
	{"a 3-2 win, the 2024-25 season, 2025-11-30, 555-123-4567", nil},
	{"version 2.3.1, id_42, #5, 24/7, 5G networks", nil},
	// a code's number spaced off it, as tokenised text writes "AK-47"
	{"14 AK - 47 rifles were seized", []wantNum{{"14", 14, "", ""}}},
	{"F - 16 jets and AK 47 assault rifles", nil},
	{"the US 50 states", []wantNum{{"50 states", 50, "", "states"}}},
	{"In 2000, 83 people died", []wantNum{{"83 people", 83, "", "people"}}},
	{"The Maduro Trump phone call 2025 marks a rare contact", nil},
	{"the call 2025 involves ongoing tensions", nil},
	{"2000 people were evacuated; 1500 troops.", []wantNum{{"2000 people", 2000, "", "people"}, {"1500 troops", 1500, "", "troops"}}},
}

func TestFindNumbers(t *testing.T) {
	for _, tc := range numberCases {
		got := findNumbers(tc.in, Span{0, len(tc.in)})
		checkNumberSpans(t, tc.in, Span{0, len(tc.in)}, got)
		if len(got) != len(tc.want) {
			t.Errorf("findNumbers(%q) = %s, want %d numbers", tc.in, fmtNums(got), len(tc.want))
			continue
		}
		for i, w := range tc.want {
			g := got[i]
			if g.Text != w.text || g.Value != w.value || g.Qualifier != w.qual || g.Unit != w.unit {
				t.Errorf("findNumbers(%q)[%d] = {%q %v %q %q}, want {%q %v %q %q}",
					tc.in, i, g.Text, g.Value, g.Qualifier, g.Unit, w.text, w.value, w.qual, w.unit)
			}
		}
	}
}

func fmtNums(ns []Number) string {
	var b strings.Builder
	for _, n := range ns {
		b.WriteString("{" + n.Text + "|" + n.Qualifier + "|" + n.Unit + "}")
	}
	return "[" + b.String() + "]"
}

// checkNumberSpans holds the invariants every caller relies on: spans in
// bounds and inside within, Text exactly the bytes of the span, in order
// and not overlapping.
func checkNumberSpans(t *testing.T, text string, within Span, ns []Number) {
	t.Helper()
	lo, hi := min(max(within.Start, 0), len(text)), min(max(within.End, 0), len(text))
	prev := lo
	for _, n := range ns {
		if n.Span.Start < prev || n.Span.End > hi || n.Span.Start >= n.Span.End {
			t.Fatalf("span %v out of order or outside %v (len %d) in %q", n.Span, within, len(text), text)
		}
		if text[n.Span.Start:n.Span.End] != n.Text {
			t.Fatalf("text[%v] = %q, Text = %q", n.Span, text[n.Span.Start:n.Span.End], n.Text)
		}
		prev = n.Span.End
	}
}

// TestNumberHighRound checks the upper end of a range, read back from
// Text, and how far a figure written with a scale word may be from its
// value (Round): half a unit of its last written digit; a decimal split by
// a space counts from the digits before its point, and a figure with a
// scale letter glued to it ("$136M") or none is taken as exact.
func TestNumberHighRound(t *testing.T) {
	for _, tc := range []struct {
		in          string
		high, round float64
	}{
		{"10-15 people", 15, 0},
		{"between 10 and 15 vessels", 15, 0},
		{"$10 million to $15 million", 1.5e7, 5e5},
		{"1-2 million", 2e6, 5e5},
		{"1.5-2 million", 2e6, 5e4},
		{"two or three days", 3, 0},
		{"at least 83 people", 83, 0}, // not a range: High is Value
		{"1.2 million people", 1.2e6, 5e4},
		{"1.25 million people", 1.25e6, 5e3},
		{"4 billion", 4e9, 5e8},
		// A decimal point spaced off by tokenising is still a decimal:
		// "$2. 5 million" and "$2. 6 million" are two values.
		{"$2. 6 million", 2.6e6, 5e4},
		// A scale joined by a hyphen is a word too.
		{"a $2.6-million necklace", 2.6e6, 5e4},
		{"a $2. 6 - million necklace", 2.6e6, 5e4},
		{"a two-million-euro booty", 2e6, 5e5},
		{"a two - million - euro booty", 2e6, 5e5},
		{"$22. 4bn", 22.4e9, 5e7},
		{"$136M", 136e6, 0},
		{"three million", 3e6, 5e5},
		{"half a million", 5e5, 5e5},
		{"two hundred people", 200, 0},
		{"a dozen eggs", 12, 0},
		{"1,234,567 people", 1234567, 0},
	} {
		ns := findNumbers(tc.in, Span{0, len(tc.in)})
		if len(ns) != 1 {
			t.Fatalf("findNumbers(%q) = %s", tc.in, fmtNums(ns))
		}
		if got := ns[0].High(); got != tc.high {
			t.Errorf("High(%q) = %v, want %v", tc.in, got, tc.high)
		}
		if got := ns[0].Round; got != tc.round {
			t.Errorf("Round(%q) = %v, want %v", tc.in, got, tc.round)
		}
	}
}

// TestFindNumbersWithin checks that only numbers inside within are
// returned, with spans into the whole text, after multi-byte text.
func TestFindNumbersWithin(t *testing.T) {
	text := "“Nicolás Maduro’s” café said 5 boats sank; at least 83 people died — Señor Pérez counted 7 ships."
	from := strings.Index(text, "at least")
	to := strings.Index(text, " — ")
	within := Span{from, to}
	got := findNumbers(text, within)
	checkNumberSpans(t, text, within, got)
	if len(got) != 1 || got[0].Text != "at least 83 people" || got[0].Value != 83 || got[0].Qualifier != "at least" || got[0].Unit != "people" {
		t.Fatalf("findNumbers within %v = %s", within, fmtNums(got))
	}
	if got[0].Span.Start != from {
		t.Errorf("span starts at %d, want %d", got[0].Span.Start, from)
	}

	// Whole text: multi-byte runes before each number must not shift spans.
	all := findNumbers(text, Span{0, len(text)})
	checkNumberSpans(t, text, Span{0, len(text)}, all)
	var texts []string
	for _, n := range all {
		texts = append(texts, n.Text)
	}
	if want := []string{"5 boats", "at least 83 people", "7 ships"}; !reflect.DeepEqual(texts, want) {
		t.Errorf("texts = %q, want %q", texts, want)
	}

	// A span that does not fit the text is clamped, not a panic.
	for _, w := range []Span{{-5, 10}, {10, len(text) + 50}, {30, 20}, {len(text) + 1, len(text) + 9}} {
		checkNumberSpans(t, text, w, findNumbers(text, w))
	}
}

func FuzzFindNumbers(f *testing.F) {
	for _, tc := range numberCases {
		f.Add(tc.in, 0, len(tc.in))
	}
	f.Add("“Señor” 1,2 3.4.5 $ € 10-  –15 %% between and 2019-", 3, 40)
	f.Add("a\xffb 12\xe2\x80 \xe2\x80\x9c83 people", 1, 20)
	f.Add("0", 25, -88) // a span wholly past the text
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		within := Span{a, b}
		got := findNumbers(text, within)
		checkNumberSpans(t, text, within, got)
		if again := findNumbers(text, within); !reflect.DeepEqual(got, again) {
			t.Fatalf("not deterministic: %s vs %s", fmtNums(got), fmtNums(again))
		}
		if utf8.ValidString(text) {
			for _, n := range got {
				if !utf8.ValidString(n.Unit) {
					t.Fatalf("unit %q is not valid UTF-8", n.Unit)
				}
			}
		}
	})
}

func BenchmarkFindNumbers(b *testing.B) {
	paths, _ := filepath.Glob("../samples/*/*.txt")
	var texts []string
	total := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		total += len(data)
	}
	// A dense synthetic paragraph too, so the benchmark means something
	// even if the samples change.
	dense := strings.Repeat("At least 83 people were killed on Sunday in 21 strikes on 22 suspected drug vessels, costing $4 billion (45%) — between 10 and 15 more than in 2019. ", 50)
	texts = append(texts, dense)
	total += len(dense)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			findNumbers(s, Span{0, len(s)})
		}
	}
}

// A figure carries what it measures: its clause's words but figures, its
// unit, the speaker and the cue, with its own words besides amount and
// unit; a figure in a list has its verb before
// the list's "and".
func TestNumberAct(t *testing.T) {
	for _, tc := range []struct {
		text, number string
		want         []string
	}{
		{"Police said 12 people were injured in the riots.", "12 people", []string{"injur", "riot"}},
		{"Youths attacked a government building, four shops and two banks.", "two banks", []string{"youth", "attack", "govern", "build"}},
		// The figure's own words besides amount and unit say what it
		// measures: "damaged".
		{"If it had, we wouldn't have 355 damaged shops in Athens.", "355 damaged shops", []string{"wouldn't", "damag", "athen"}},
		// A figure's bracketed aside does not end its clause; the aside
		// (a conversion) keeps its brackets.
		{"Eight days of clashes have caused 200 million euros ($265.3 million) of damage in Athens alone.", "200 million euros", []string{"clash", "caus", "damag", "athen", "alon"}},
		{"Eight days of clashes have caused 200 million euros ($265.3 million) of damage in Athens alone.", "$265.3 million", nil},
		{"Clashes caused 200 million euros (a record) of damage.", "200 million euros", []string{"clash", "caus"}},
	} {
		a, err := NewArticle("a", "a.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		found := false
		for _, c := range Extract(a) {
			for _, n := range c.Numbers {
				if n.Text == tc.number {
					got, found = n.Act, true
				}
			}
		}
		if !found {
			t.Errorf("%q: no number %q", tc.text, tc.number)
			continue
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q: act of %q = %q, want %q", tc.text, tc.number, got, tc.want)
		}
	}
}

// An age written with a name says whose it is; other figures next to a
// name are not ages.
func TestAges(t *testing.T) {
	for _, tc := range []struct {
		text, number string
		unit, ofWhom string
	}{
		{"Arcade Joseph Comeaux Jr., 49, is serving a life sentence.", "49", AgeUnit, "Arcade Joseph Comeaux Jr."},
		{"Mark Felt died aged 95 on Thursday.", "95", AgeUnit, "Mark Felt"},
		{"Mark Felt died at the age of 95.", "95", AgeUnit, "Mark Felt"},
		{"Police found Jane Doe (58) at the house.", "58", AgeUnit, "Jane Doe"},
		{"John Smith, a 49-year-old convict, fled.", "49-year-old", AgeUnit, "John Smith"},
		{"Comeaux, a 6-foot man, fled.", "6-foot", "foot", ""},
		{"The 83-year-old man died.", "83-year-old", AgeUnit, ""},
		{"Riots followed the death of 15-year-old Alexandros Grigoropoulos.", "15-year-old", AgeUnit, "Alexandros Grigoropoulos"},
		{"Police shot a 15-year-old boy, Alexandros Grigoropoulos, in Athens.", "15-year-old", AgeUnit, "Alexandros Grigoropoulos"},
		{"She was found with her 20-year-old daughter Kathryn Jenkin.", "20-year-old", AgeUnit, "Kathryn Jenkin"},
		{"Mark Felt, the source who helped bring down President Richard Nixon, has died at age 95.", "95", AgeUnit, "Mark Felt"},
		{"We learned of the death, at age 95, of Mark Felt, the source.", "95", AgeUnit, "Mark Felt"},
		{"He was 95 and lived in Santa Rosa.", "95", AgeUnit, ""},
		{"It was 95 at noon.", "95", "", ""},
		{"Smith scored 49, a record.", "49", "", ""},
		{"Three bank workers died.", "Three bank workers", "workers", ""},
	} {
		a, err := NewArticle("a", "a.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, c := range Extract(a) {
			for _, n := range c.Numbers {
				if n.Text != tc.number {
					continue
				}
				found = true
				if n.Unit != tc.unit || n.Of != tc.ofWhom {
					t.Errorf("%q: %q unit %q of %q, want %q of %q", tc.text, tc.number, n.Unit, n.Of, tc.unit, tc.ofWhom)
				}
			}
		}
		if !found {
			t.Errorf("%q: no number %q", tc.text, tc.number)
		}
	}
}

// TestRecords: a win-loss record is read as a figure of its own unit,
// whichever number is larger; a score, a season and a range are not.
func TestRecords(t *testing.T) {
	cases := []struct {
		text      string
		won, lost float64 // 0, 0: no record
	}{
		{"Hadley went 171-148 and reached the playoffs twice.", 171, 148},
		{"The team is slumping at 9-14 this year.", 9, 14},
		{"Her career record now stands at 301-297.", 301, 297},
		{"They finished with a 38-44 mark.", 38, 44},
		{"The Hawks (9-14) are last.", 9, 14},
		{"They are only 3-7 in their past ten.", 3, 7},
		{"Ridgeport knocked off the Harriers, 23-17, on Saturday.", 0, 0},
		{"It was an 88-72 win.", 0, 0},
		{"The 2007-08 season was good.", 0, 0},
		{"Officials said 10-15 people were hurt.", 0, 0},
		{"Ages were from 10 to 15.", 0, 0},
	}
	for _, c := range cases {
		var won, lost float64
		for _, n := range findNumbers(c.text, Span{0, len(c.text)}) {
			if w, l, ok := n.Record(); ok {
				won, lost = w, l
			}
		}
		if won != c.won || lost != c.lost {
			t.Errorf("%q: record %v-%v, want %v-%v", c.text, won, lost, c.won, c.lost)
		}
	}
}

// TestConverted checks which figures are a writer's conversion of the sum
// before them: a sum in another currency alone in brackets right after
// it, and nothing else in brackets.
func TestConverted(t *testing.T) {
	cases := []struct {
		text string
		want []string // the texts of the figures marked Converted
	}{
		{"The lenders agreed a €90 billion ($117 billion) rescue loan on Sunday.", []string{"$117 billion"}},
		{"Thieves took jewels worth £2 million ($3.1 million) from the store.", []string{"$3.1 million"}},
		{"The club paid $161 million (over seven years) for him.", nil},
		{"The lenders agreed a $90 billion rescue loan ($117 billion with interest) on Sunday.", nil},
		{"The lenders agreed a $90 billion loan and a $117 billion guarantee.", nil},
		{"The club sold 900 tickets ($4,000) on Sunday.", nil},                                // takings, not a conversion
		{"They agreed a? 90 - billion ($117 - billion) bailout.", []string{"$117 - billion"}}, // the euro sign lost
	}
	for _, tc := range cases {
		a, err := NewArticle("a", "a.txt", []byte(tc.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range Extract(a) {
			for _, n := range c.Numbers {
				if n.Converted {
					got = append(got, n.Text)
				}
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: converted %q, want %q", tc.text, got, tc.want)
		}
	}
}
