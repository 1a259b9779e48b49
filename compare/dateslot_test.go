package compare

import (
	"slices"
	"strings"
	"testing"
)

// One death dated twice: a lead's "died on Friday" against the body's and
// another outlet's Thursday is one finding, the article that says both
// among its sources; another person's death in another year is none of it.
func TestDateSlotOneActOnePerson(t *testing.T) {
	fs, texts := dateSlotsOf(t, map[string]string{
		"a1": "Jane Roe, the former chief judge of the state court, died on Friday.\n\nShe died at 3:15 p.m. on Thursday at her home in Springfield, her son said.\n\nHer husband, Sam Poe, died in 1984.\n",
		"a2": "Former chief judge Jane Roe died Thursday at her home in Springfield.\n\nRoe's brother Tom Roe died in 1990.\n",
	})
	var found, agreed bool
	for _, f := range fs {
		got := texts(f)
		joined := strings.Join(got, " | ")
		if f.Kind == Agreement {
			// The two sources that say Thursday agree on it.
			agreed = agreed || len(f.Claims) == 2 && strings.Contains(joined, "on Thursday") && strings.Contains(joined, "died Thursday")
			continue
		}
		if f.Kind != Discrepancy || !slices.Contains(f.Facets, FacetDate) {
			t.Errorf("not a date discrepancy: %+v", f)
		}
		for _, g := range got {
			if strings.Contains(g, "19") {
				t.Errorf("a death of another person in a date finding: %q in %s", g, f.Summary)
			}
		}
		if strings.Contains(joined, "died on Friday") && strings.Contains(joined, "3:15 p.m. on Thursday") &&
			strings.Contains(joined, "died Thursday") {
			found = true
		}
	}
	if !found {
		t.Errorf("no date discrepancy holds the Friday lead and both Thursdays:\n%v", fs)
	}
	if !agreed {
		t.Errorf("no agreement of the two Thursdays:\n%v", fs)
	}
}

// A time set in a subordinate clause or after "since" still dates the act
// whose verb it follows: custody "since Monday" began with an arrest that
// another outlet puts on Wednesday, and a year someone "stepped forward"
// in, "until" before it, is the year another source says they admitted.
func TestDateSlotSubordinateActs(t *testing.T) {
	fs, texts := dateSlotsOf(t, map[string]string{
		"a1": "On Wednesday, two police officers were arrested.\n\nJane Roe admitted in 2006 that she was the source.\n",
		"a2": "The pair have each been held since Monday.\n\nThe secret was kept until Jane Roe stepped forward in 2005.\n",
	})
	want := map[string][2]string{"arrest": {"On Wednesday", "since Monday"}, "admit": {"in 2006", "in 2005"}}
	got := map[string]bool{}
	for _, f := range fs {
		if f.Kind != Discrepancy {
			continue
		}
		joined := strings.Join(texts(f), " | ")
		for act, w := range want {
			if strings.Contains(joined, w[0]) && strings.Contains(joined, w[1]) {
				got[act] = true
			}
		}
	}
	for act := range want {
		if !got[act] {
			t.Errorf("no date discrepancy for the %s:\n%v", act, fs)
		}
	}
}

// Two arrests of one kind, in clauses that name different places, are
// two acts even when neither says whose it is: their days do not clash.
func TestDateSlotOtherParticipants(t *testing.T) {
	fs, _ := dateSlotsOf(t, map[string]string{
		"a": "A team spokesman said the player was arrested early Tuesday in Chicago.\n",
		"b": "Police said the linebacker was arrested early Sunday in Denver.\n",
	})
	for _, f := range fs {
		if f.Kind == Discrepancy {
			t.Errorf("two arrests read as one: %s", f.Summary)
		}
	}
}

// A coarser time that holds a finer one states the same fact: "in May
// 2005" and "on May 30, 2005", "shortly before 9pm" and "at 8.49pm" are
// one agreement. A coarser time that holds two rival finer ones agrees
// with neither, so no agreement joins the rivals.
func TestDateSlotCoarserHoldsFiner(t *testing.T) {
	agreements := func(texts map[string]string) [][]string {
		fs, claimTexts := dateSlotsOf(t, texts)
		var out [][]string
		for _, f := range fs {
			if f.Kind == Agreement {
				out = append(out, claimTexts(f))
			}
		}
		return out
	}
	has := func(fs [][]string, parts ...string) bool {
		for _, got := range fs {
			joined := strings.Join(got, " | ")
			all := true
			for _, p := range parts {
				all = all && strings.Contains(joined, p)
			}
			if all {
				return true
			}
		}
		return false
	}
	got := agreements(map[string]string{
		"a1": "Jane Roe admitted on May 30, 2005 that she was the source.\n\nPolice were alerted to a fire on the roof at 8.49pm.\n",
		"a2": "Jane Roe admitted in May 2005 that she was the source.\n\nOfficers were called to the store shortly before 9pm.\n",
	})
	if !has(got, "May 30, 2005", "in May 2005") {
		t.Errorf("no agreement of May 2005 and May 30, 2005: %q", got)
	}
	if !has(got, "8.49pm", "shortly before 9pm") {
		t.Errorf("no agreement of 8.49pm and shortly before 9pm: %q", got)
	}
	got = agreements(map[string]string{
		"a1": "Jane Roe admitted on May 30, 2005 that she was the source.\n",
		"a2": "Jane Roe admitted in May 2005 that she was the source.\n",
		"a3": "Jane Roe admitted on May 12, 2005 that she was the source.\n",
	})
	if has(got, "May 30, 2005", "May 12, 2005") || has(got, "in May 2005") {
		t.Errorf("a coarser time joined to one of two rival finer ones: %q", got)
	}
}

// dateSlotsOf compares articles of texts (by ID) and gives their date-slot
// findings, and the texts of a finding's claims, in its order.
func dateSlotsOf(t *testing.T, texts map[string]string) ([]Finding, func(Finding) []string) {
	t.Helper()
	r, fs := mustBuild(t, texts)
	text := map[string]string{}
	for _, c := range r.Claims {
		text[c.ID] = c.Text
	}
	claimTexts := func(f Finding) []string {
		var out []string
		for _, id := range f.Claims {
			out = append(out, text[id])
		}
		return out
	}
	return dateSlotFindings(r, fs, nil), claimTexts
}

// A weekday in an undated article and a date on that weekday state one
// day of the story's own week, when no one names whose act it is; a date
// long before every article was published is no day of the story's week.
func TestDateSlotWeekdayAndOwnDate(t *testing.T) {
	agreed := func(texts map[string]string, a, b string) bool {
		fs, claimTexts := dateSlotsOf(t, texts)
		for _, f := range fs {
			joined := strings.Join(claimTexts(f), " | ")
			if f.Kind == Agreement && strings.Contains(joined, a) && strings.Contains(joined, b) {
				return true
			}
		}
		return false
	}
	texts := map[string]string{
		"a1": "Inmate escapes\n\nDecember 3, 2009\n\nThe guards said he escaped on Nov. 30 from a prison van.\n",
		"a2": "The guards said he escaped on Monday from a prison van.\n",
	}
	if !agreed(texts, "on Nov. 30", "on Monday") {
		t.Errorf("Nov. 30 (a Monday, three days before publication) and Monday of one escape did not agree")
	}
	texts["a1"] = "Inmate escapes\n\nDecember 3, 2009\n\nThe guards said he escaped on Nov. 2 from a prison van.\n"
	if agreed(texts, "on Nov. 2", "on Monday") {
		t.Errorf("Nov. 2, a month before publication, agreed with an unnamed Monday")
	}
}

// An undated article that dates one hearing "this morning" and
// "yesterday" contradicts itself, whatever day it was written; the finding
// shows the day the other sources give the hearing. Two undated articles'
// "today" and "yesterday" say nothing against each other: each counts
// from a day not known.
func TestDateSlotUndatedSelfClash(t *testing.T) {
	fs, texts := dateSlotsOf(t, map[string]string{
		"a1": "A preliminary hearing for Sam Poe was heard in Northfield Crown Court this morning.\n\nNo application for bail was made at yesterday's hearing.\n",
		"a2": "Court date set\n\nWednesday, 12 June 2013\n\nA preliminary hearing for Sam Poe took place at Northfield Crown Court this morning.\n",
		"a3": "Sam Poe court hearing\n\n12 June 2013\n\nSam Poe was due to appear via video link at Northfield Crown Court today but did not.\n",
	})
	found := false
	for _, f := range fs {
		if f.Kind != Discrepancy {
			continue
		}
		joined := strings.Join(texts(f), " | ")
		if !strings.Contains(joined, "heard in Northfield Crown Court this morning") || !strings.Contains(joined, "yesterday's hearing") {
			t.Errorf("a date discrepancy without the self-contradiction: %s", f.Summary)
			continue
		}
		// The other sources' relative day shows the day it resolves to,
		// which the undated article's two days are read against.
		found = strings.Contains(joined, "took place at Northfield") && strings.Contains(joined, "via video link") &&
			strings.Contains(f.Summary, "(a2, a3, 2013-06-12)")
	}
	if !found {
		t.Errorf("no date discrepancy holds the undated article's two days and the other sources' resolved day:\n%v", fs)
	}

	// Other sources giving two days for the hearing leave it open which
	// is the one the undated article's clash should be read against.
	fs, texts = dateSlotsOf(t, map[string]string{
		"a1": "A preliminary hearing for Sam Poe was heard in Northfield Crown Court this morning.\n\nNo application for bail was made at yesterday's hearing.\n",
		"a2": "Court date set\n\nWednesday, 12 June 2013\n\nA preliminary hearing for Sam Poe took place at Northfield Crown Court this morning.\n",
		"a4": "Sam Poe in court\n\n14 June 2013\n\nA preliminary hearing for Sam Poe was heard at Northfield Crown Court yesterday.\n",
	})
	for _, f := range fs {
		joined := strings.Join(texts(f), " | ")
		if f.Kind == Discrepancy && strings.Contains(joined, "yesterday's hearing") && strings.Contains(joined, "took place at Northfield") {
			t.Errorf("the undated article's clash shows one of two days others give: %s", f.Summary)
		}
	}

	fs, _ = dateSlotsOf(t, map[string]string{
		"b1": "A preliminary hearing for Sam Poe was heard in Northfield Crown Court this morning.\n",
		"b2": "No application for bail was made at yesterday's hearing for Sam Poe at Northfield Crown Court.\n",
	})
	for _, f := range fs {
		if f.Kind == Discrepancy {
			t.Errorf("two undated articles' relative days clash: %s", f.Summary)
		}
	}
}
