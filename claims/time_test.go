package claims

import (
	"reflect"
	"strings"
	"testing"
)

type wantTime struct{ text, value string }

// Publication dates used below: 2025-12-01 is a Monday, 2025-11-30 a
// Sunday.
var timeCases = []struct {
	in, pub string
	want    []wantTime
}{
	// weekdays, by news convention: the latest such day on or before
	// publication
	{"Maduro spoke on Sunday.", "2025-12-01", []wantTime{{"on Sunday", "2025-11-30"}}},
	{"Maduro spoke on Sunday.", "2025-11-30", []wantTime{{"on Sunday", "2025-11-30"}}},
	{"Wednesday", "2025-12-01", []wantTime{{"Wednesday", "2025-11-26"}}},
	{"last Sunday", "2025-11-30", []wantTime{{"last Sunday", "2025-11-23"}}},
	{"next Sunday", "2025-12-01", []wantTime{{"next Sunday", "2025-12-07"}}},
	{"late Sunday night", "2025-12-01", []wantTime{{"late Sunday night", "2025-11-30"}}},
	{"Sunday's vote", "2025-12-01", []wantTime{{"Sunday", "2025-11-30"}}},
	{"on Sunday", "", []wantTime{{"on Sunday", ""}}},

	// days relative to publication
	{"yesterday", "2025-12-01", []wantTime{{"yesterday", "2025-11-30"}}},
	{"earlier today", "2025-12-01", []wantTime{{"earlier today", "2025-12-01"}}},
	{"tomorrow morning", "2025-12-01", []wantTime{{"tomorrow morning", "2025-12-02"}}},
	{"tonight and last night", "2025-12-01", []wantTime{{"tonight", "2025-12-01"}, {"last night", "2025-11-30"}}},
	{"two days ago", "2025-12-01", []wantTime{{"two days ago", "2025-11-29"}}},
	{"3 days ago", "2025-12-01", []wantTime{{"3 days ago", "2025-11-28"}}},
	{"a few days ago", "2025-12-01", []wantTime{{"a few days ago", ""}}},
	{"two weeks ago", "2025-12-01", []wantTime{{"two weeks ago", ""}}},
	{"yesterday", "", []wantTime{{"yesterday", ""}}},

	// weeks, months, years relative to publication
	{"last week", "2025-12-01", []wantTime{{"last week", ""}}},
	{"this month", "2025-12-01", []wantTime{{"this month", "2025-12"}}},
	{"earlier this month", "2025-11-30", []wantTime{{"earlier this month", "2025-11"}}},
	{"last month", "2025-03-31", []wantTime{{"last month", "2025-02"}}},
	{"next month", "2025-12-01", []wantTime{{"next month", "2026-01"}}},
	{"late last year", "2025-12-01", []wantTime{{"late last year", "2024"}}},
	{"in recent weeks", "2025-12-01", []wantTime{{"in recent weeks", ""}}},
	{"recently", "2025-12-01", []wantTime{{"recently", ""}}},

	// calendar dates
	{"November 30", "2025-12-01", []wantTime{{"November 30", "2025-11-30"}}},
	{"30 November", "2025-12-01", []wantTime{{"30 November", "2025-11-30"}}},
	{"Nov. 30", "2025-12-01", []wantTime{{"Nov. 30", "2025-11-30"}}},
	{"on the 30th of November", "2025-12-01", []wantTime{{"30th of November", "2025-11-30"}}},
	{"November 30, 2025", "", []wantTime{{"November 30, 2025", "2025-11-30"}}},
	{"30 Nov 2025", "", []wantTime{{"30 Nov 2025", "2025-11-30"}}},
	{"2025-11-30", "", []wantTime{{"2025-11-30", "2025-11-30"}}},
	{"Sunday, November 30, 2025", "", []wantTime{{"Sunday, November 30, 2025", "2025-11-30"}}},
	{"on Sunday, Nov. 30", "2025-12-01", []wantTime{{"on Sunday, Nov. 30", "2025-11-30"}}},
	{"November 30", "", []wantTime{{"November 30", ""}}},
	// a yearless date far after publication is last year's; one soon
	// after is a coming date of the same year
	{"December 28", "2026-01-05", []wantTime{{"December 28", "2025-12-28"}}},
	{"December 14", "2025-11-30", []wantTime{{"December 14", "2025-12-14"}}},

	// months and years
	{"November 2025", "", []wantTime{{"November 2025", "2025-11"}}},
	{"in December", "2026-01-05", []wantTime{{"in December", "2025-12"}}},
	{"in May", "2025-12-01", []wantTime{{"in May", "2025-05"}}},
	{"mid-November", "2025-12-01", []wantTime{{"mid-November", "2025-11"}}},
	{"last November", "2025-11-30", []wantTime{{"last November", "2024-11"}}},
	{"in 2019", "", []wantTime{{"in 2019", "2019"}}},
	{"since 2019", "2025-12-01", []wantTime{{"since 2019", "2019"}}},
	{"since September", "2012-06-13", []wantTime{{"since September", "2011-09"}}},
	{"in September", "2012-06-13", []wantTime{{"in September", "2012-09"}}},
	{"early 2019 and mid-2020", "", []wantTime{{"early 2019", "2019"}, {"mid-2020", "2020"}}},
	// a year that modifies a noun, after "a" or a possessive; a count
	// before a plural, or after "the", is no year
	{"she admitted it in a 2005 magazine article", "", []wantTime{{"2005", "2005"}}},
	{"his 2006 book", "", []wantTime{{"2006", "2006"}}},
	{"their 2000 members", "", nil},
	{"the 2000 staff", "", nil},

	// not time expressions
	{"30/11/2025 and 11/30/2025", "2025-12-01", nil},
	{"they may 5 times", "2025-12-01", nil},
	{"May I say", "2025-12-01", nil},
	{"the 2019 election, the 1990s, the 2019-20 season", "2025-12-01", nil},
	{"Nov 31, February 30, 2025", "2025-12-01", nil},
	{"sundays and the Sundays", "2025-12-01", nil},
}

func TestFindTimes(t *testing.T) {
	for _, tc := range timeCases {
		got := findTimes(tc.in, Span{0, len(tc.in)}, tc.pub)
		checkTimeSpans(t, tc.in, Span{0, len(tc.in)}, got)
		if len(got) != len(tc.want) {
			t.Errorf("findTimes(%q, %q) = %v, want %v", tc.in, tc.pub, got, tc.want)
			continue
		}
		for i, w := range tc.want {
			if got[i].Text != w.text || got[i].Value != w.value {
				t.Errorf("findTimes(%q, %q)[%d] = {%q %q}, want {%q %q}", tc.in, tc.pub, i, got[i].Text, got[i].Value, w.text, w.value)
			}
		}
	}
}

func checkTimeSpans(t *testing.T, text string, within Span, ts []Time) {
	t.Helper()
	lo, hi := min(max(within.Start, 0), len(text)), min(max(within.End, 0), len(text))
	prev := lo
	for _, x := range ts {
		if x.Span.Start < prev || x.Span.End > hi || x.Span.Start >= x.Span.End {
			t.Fatalf("span %v out of order or outside %v (len %d) in %q", x.Span, within, len(text), text)
		}
		if text[x.Span.Start:x.Span.End] != x.Text {
			t.Fatalf("text[%v] = %q, Text = %q", x.Span, text[x.Span.Start:x.Span.End], x.Text)
		}
		v := x.Value
		if v != "" && len(v) != 4 && len(v) != 7 && len(v) != 10 {
			t.Fatalf("value %q is not YYYY, YYYY-MM or YYYY-MM-DD", v)
		}
		prev = x.Span.End
	}
}

func TestFindTimesWithin(t *testing.T) {
	text := "“Señora Pérez” said on Sunday that since 2019 — «as of November 30» — 83 people died; on Monday…"
	from := strings.Index(text, "that")
	to := strings.Index(text, "; on Monday")
	within := Span{from, to}
	got := findTimes(text, within, "2025-12-01")
	checkTimeSpans(t, text, within, got)
	want := []Time{
		{Text: "since 2019", Value: "2019"},
		{Text: "November 30", Value: "2025-11-30"},
	}
	if len(got) != len(want) {
		t.Fatalf("findTimes within = %v, want %v", got, want)
	}
	for i := range want {
		if got[i].Text != want[i].Text || got[i].Value != want[i].Value {
			t.Errorf("[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
	if s := strings.Index(text, "since 2019"); got[0].Span.Start != s {
		t.Errorf("span starts at %d, want %d", got[0].Span.Start, s)
	}
}

func TestParseDateLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want string // "" when the line is not a date line
	}{
		{"November 30, 2025", "2025-11-30"},
		{"9 September 2013 Last updated at 14: 39 GMT", "2013-09-09"},
		{"11: 39am UK, Monday 09 September 2013", "2013-09-09"},
		{"12 January 2010 @ 09: 29 pm", "2010-01-12"},
		{"11 / 30 / 09 05: 40 PM ET", "2009-11-30"},
		{"Nov 30, 2025", "2025-11-30"},
		{"Nov. 30, 2025", "2025-11-30"},
		{"30 November 2025", "2025-11-30"},
		{"2025-11-30", "2025-11-30"},
		{"Sunday, November 30, 2025", "2025-11-30"},
		{"November 30, 2025 10:45 AM", "2025-11-30"},
		{"Published: November 30, 2025", "2025-11-30"},
		{"Updated 30 Nov 2025, 10:45 GMT", "2025-11-30"},
		{"  Published November 30, 2025 at 10:45 a.m. ET  ", "2025-11-30"},
		{"Last updated: Dec. 1, 2025 | 9:02 pm", "2025-12-01"},
		// A stamp "at" its clock time before the date (tokenised text
		// spaces the colon off).
		{"Last updated at 11: 24, Tuesday, 2 December 2025", "2025-12-02"},
		{"Published at 12:45, Sunday, 30 November 2025", "2025-11-30"},
		{"Sun, 30 Nov 2025 10:45:00 +0000", "2025-11-30"},
		{"2025-11-30T10:45:00Z", "2025-11-30"},
		{"8.05am GMT, Sunday 30 November 2025", "2025-11-30"},
		{"10:45 AM, November 30, 2025", "2025-11-30"},
		{"NOVEMBER 30, 2025 11: 12AM", "2025-11-30"},
		{"10 people died on November 30, 2025", ""},
		{"By Reuters November 30, 2025", ""},
		{"November 30", ""},
		{"Maduro spoke on November 30, 2025.", ""},
		{"Funday, November 30, 2025", ""},
		{"Blue 30, 2025", ""},
		{"February 30, 2025", ""},
		{"30/11/2025", ""},
		{"", ""},
	} {
		got, ok := ParseDateLine(tc.line)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("ParseDateLine(%q) = %q, %v; want %q, %v", tc.line, got, ok, tc.want, tc.want != "")
		}
	}
}

func FuzzFindTimes(f *testing.F) {
	for _, tc := range timeCases {
		f.Add(tc.in, 0, len(tc.in), tc.pub)
	}
	f.Add("on Sunday, Nov. 3\xff, 2025-1-1 mid- early last", 2, 30, "2025-02-29")
	f.Add("0", 25, -88, "")
	f.Fuzz(func(t *testing.T, text string, a, b int, pub string) {
		within := Span{a, b}
		got := findTimes(text, within, pub)
		checkTimeSpans(t, text, within, got)
		if again := findTimes(text, within, pub); !reflect.DeepEqual(got, again) {
			t.Fatalf("not deterministic: %v vs %v", got, again)
		}
		ParseDateLine(text) // must not panic
	})
}

func TestFindClocks(t *testing.T) {
	for _, tc := range []struct {
		text, clock string
		approx      bool
	}{
		{"The blaze broke out about 8.40pm on Friday.", "20:40", true},
		{"Police were called at 8: 39am.", "08:39", false},
		{"He died at 12:45 p.m. on Thursday.", "12:45", false},
		{"It began at around 20:45 GMT.", "20:45", true},
		{"They met at 9pm.", "21:00", false},
		{"He was 20 years old.", "", false},
		{"Shares rose 8.4 per cent.", "", false},
	} {
		got := findClocks(tc.text, Span{0, len(tc.text)})
		if tc.clock == "" {
			if len(got) != 0 {
				t.Errorf("%q: want no time of day, got %+v", tc.text, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Clock != tc.clock || got[0].Approx != tc.approx || got[0].Span.In(tc.text) != got[0].Text {
			t.Errorf("%q: got %+v, want %s approx=%v", tc.text, got, tc.clock, tc.approx)
		}
	}
}

// A date written without a year keeps its month and day, whether or not a
// publication date resolves it; one with a year, or no day, keeps none.
func TestFindTimesMonthDay(t *testing.T) {
	cases := []struct{ in, pub, want string }{
		{"was killed on 6 December.", "", "12-06"},
		{"escaped Nov. 30 from a van", "", "11-30"},
		{"escaped Nov. 30 from a van", "2009-12-03", "11-30"},
		{"on Monday, Nov. 30", "", "11-30"},
		{"on the 30th of November", "", "11-30"},
		{"on 29 February", "", "02-29"},
		{"November 30, 2009", "", ""},
		{"Saturday December 13 2008", "", ""},
		{"in November", "", ""},
		{"on Sunday", "", ""},
	}
	for _, tc := range cases {
		got := findTimes(tc.in, Span{0, len(tc.in)}, tc.pub)
		if len(got) != 1 || got[0].MonthDay != tc.want {
			t.Errorf("findTimes(%q, %q) = %+v, want one time with MonthDay %q", tc.in, tc.pub, got, tc.want)
		}
	}
}

// A day said relative to the article's writing is counted from it even
// when no publication date resolves it: an undated article's "this
// morning" and "yesterday" still name two days. Weekdays, weeks and
// vague spans name no count.
func TestFindTimesDay(t *testing.T) {
	for _, tc := range []struct {
		in    string
		day   int
		onDay bool
	}{
		{"this morning", 0, true},
		{"earlier today", 0, true},
		{"tonight", 0, true},
		{"yesterday", -1, true},
		{"yesterday's", -1, true},
		{"last night", -1, true},
		{"tomorrow morning", 1, true},
		{"two days ago", -2, true},
		{"a few days ago", 0, false},
		{"on Monday", 0, false},
		{"last week", 0, false},
		{"June 12", 0, false},
	} {
		for _, pub := range []string{"", "2025-12-01"} {
			got := findTimes(tc.in, Span{0, len(tc.in)}, pub)
			if len(got) != 1 || got[0].Day != tc.day || got[0].OnDay != tc.onDay {
				t.Errorf("%q (published %q): times %+v, want day %d, %v", tc.in, pub, got, tc.day, tc.onDay)
			}
		}
	}
}

func TestResolveMonthDay(t *testing.T) {
	cases := []struct{ md, pub, want string }{
		{"11-30", "2009-12-03", "2009-11-30"},
		{"11-30", "2010-01-12", "2009-11-30"}, // far ahead of January: last year's
		{"12-14", "2025-11-30", "2025-12-14"}, // a coming date of the same year
		{"02-29", "2025-03-01", ""},           // no such day that year
		{"11-30", "", ""},
		{"11-30", "someday", ""},
		{"13-01", "2025-03-01", ""},
		{"1130", "2025-03-01", ""},
	}
	for _, tc := range cases {
		if got := ResolveMonthDay(tc.md, tc.pub); got != tc.want {
			t.Errorf("ResolveMonthDay(%q, %q) = %q, want %q", tc.md, tc.pub, got, tc.want)
		}
	}
	if got := MonthDayIn("12-06", 2008); got != "2008-12-06" {
		t.Errorf("MonthDayIn(12-06, 2008) = %q", got)
	}
	if got := MonthDayIn("02-29", 2009); got != "" {
		t.Errorf("MonthDayIn(02-29, 2009) = %q, want none", got)
	}
}

// A lone month (Number.When "--MM") resolves as "in <month>" does in the
// text of an article published that day: a month just after publication
// is this year's, one more than the window ahead last year's.
func TestResolveMonth(t *testing.T) {
	for _, tc := range []struct{ mm, pub, want string }{
		{"--07", "2013-06-20", "2013-07"},
		{"--06", "2013-06-20", "2013-06"},
		{"--01", "2013-06-20", "2013-01"},
		{"--12", "2013-01-10", "2012-12"},
		{"--07", "", ""},
		{"--13", "2013-06-20", ""},
		{"07", "2013-06-20", ""},
	} {
		if got := ResolveMonth(tc.mm, tc.pub); got != tc.want {
			t.Errorf("ResolveMonth(%q, %q) = %q, want %q", tc.mm, tc.pub, got, tc.want)
		}
	}
}
