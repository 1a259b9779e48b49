package claims

import (
	"slices"
	"testing"
)

// oneClaimNumbers extracts text and returns the numbers of its first claim
// that has any.
func oneClaimNumbers(t *testing.T, text string) []Number {
	t.Helper()
	for _, c := range Extract(&Article{ID: "a", Text: text}) {
		if len(c.Numbers) > 0 {
			return c.Numbers
		}
	}
	t.Fatalf("no numbers in %q", text)
	return nil
}

// TestReadFigures: each figure carries what the words around it say.
func TestReadFigures(t *testing.T) {
	ns := oneClaimNumbers(t, "The earthquake killed 83 people in the coastal province on Sunday.")
	if got := ns[0]; !slices.Equal(got.Before, []string{"earthquak", "kill"}) || !slices.Equal(got.After, []string{"coastal", "provinc", "sunday"}) {
		t.Errorf("83 people: Before %v After %v", got.Before, got.After)
	}
	ns = oneClaimNumbers(t, "The manager worked 11 years as a scout for the club before retiring.")
	if ns[0].Prep != "as" {
		t.Errorf("11 years as: Prep %q", ns[0].Prep)
	}
	ns = oneClaimNumbers(t, "The team won the first two games of the series, the coach said.")
	if !ns[0].Leading {
		t.Errorf("the first two games: not Leading")
	}
	ns = oneClaimNumbers(t, "Commandos boarded the boat and arrested 14 Somali and 9 Yemeni pirates.")
	if len(ns) != 2 || ns[0].Listed || !ns[1].Listed {
		t.Errorf("14 Somali and 9 Yemeni: %+v", ns)
	} else if !slices.Equal(ns[1].Kinds, []string{"yemeni"}) {
		t.Errorf("9 Yemeni pirates: Kinds %v", ns[1].Kinds)
	}
	ns = oneClaimNumbers(t, "Halford carried a 9-game win streak into the derby.")
	if ns[0].Modifies != "streak" {
		t.Errorf("a 9-game win streak: Modifies %q", ns[0].Modifies)
	}
	ns = oneClaimNumbers(t, "The lookout spotted the five - boat raider formation nearing the convoy.")
	if ns[0].Modifies != "format" && ns[0].Modifies != Stem("formation") {
		t.Errorf("the five - boat raider formation: Modifies %q", ns[0].Modifies)
	}
	ns = oneClaimNumbers(t, "The team won 40 games last season.")
	if ns[0].Modifies != "" {
		t.Errorf("won 40 games: Modifies %q", ns[0].Modifies)
	}
	ns = oneClaimNumbers(t, "Commandos arrested 11 Yemeni pirates.")
	if !slices.Equal(ns[0].Proper, []string{"yemeni"}) {
		t.Errorf("11 Yemeni pirates: %+v", ns)
	}
	ns = oneClaimNumbers(t, "Marines recovered four M-16 assault rifles.")
	if !slices.Equal(ns[0].Proper, []string{"m-16"}) || !slices.Equal(ns[0].Kinds, []string{"m-16", "assault"}) {
		t.Errorf("four M-16 assault rifles: %+v", ns)
	}
	ns = oneClaimNumbers(t, "The raiders on two speed boats circled the tanker.")
	if len(ns[0].Proper) != 0 {
		t.Errorf("two speed boats: Proper %v", ns[0].Proper)
	}
	ns = oneClaimNumbers(t, "The earthquake killed 83 people, officials said.")
	if ns[0].Listed || ns[0].Leading || ns[0].Prep != "" || len(ns[0].Kinds) != 0 {
		t.Errorf("83 people: %+v", ns[0])
	}
}

// TestReadTimes: a time knows whether it is written out or said relative
// to the publication date, and whether it dates a clause inside the claim.
func TestReadTimes(t *testing.T) {
	a := &Article{ID: "a", Published: "2024-05-10", Text: "The club said he signed the contract when the club hired him on April 21, 2004.\n\nThe fire broke out on Monday, police said.\n"}
	var got []Time
	for _, c := range Extract(a) {
		got = append(got, c.Time...)
	}
	if len(got) != 2 {
		t.Fatalf("times: %+v", got)
	}
	if got[0].Relative || !got[0].Subordinate {
		t.Errorf("April 21, 2004: %+v", got[0])
	}
	if !got[1].Relative || got[1].Subordinate {
		t.Errorf("on Monday: %+v", got[1])
	}
}

// TestReadRoles: a person's title per mention gives its office and status,
// a hyphenated title before the name included.
func TestReadRoles(t *testing.T) {
	for _, tc := range []struct{ text, office, status string }{
		{"Former Foreign Minister Maria Lopez said the talks failed.\n", "foreign minister", "former"},
		{"President-elect Maria Lopez said the talks failed.\n", "president", "elect"},
		{"The late President Maria Lopez founded the party.\n", "president", "then"},
	} {
		found := false
		for _, c := range Extract(&Article{ID: "a", Text: tc.text}) {
			for _, e := range c.Entities {
				if e.Type == "person" && e.Role != "" {
					found = true
					if e.Office != tc.office || e.Status != tc.status {
						t.Errorf("%q: role %q office %q status %q, want %q %q", tc.text, e.Role, e.Office, e.Status, tc.office, tc.status)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no person with a role", tc.text)
		}
	}
}

// A rate says its period: after the figure ("a year", "per season",
// "annually"), or as an adjective of the phrase the figure ends
// ("an average annual value of $23 million"); an adjective of another
// phrase does not.
func TestRateOf(t *testing.T) {
	for _, tc := range []struct{ before, after, want string }{
		{"he earns ", " a year for seven years", "year"},
		{"at least ", " per season", "year"},
		{"he is paid ", " annually.", "year"},
		{"an average annual value of more than the ", " that he", "year"},
		{"the annual festival lost ", ".", ""},
		{"the annual festival, stealing almost ", " of jewels", ""},
		{"a deal worth ", " over eight years", ""},
	} {
		if got := rateOf(tc.before, tc.after); got != tc.want {
			t.Errorf("rateOf(%q, %q) = %q, want %q", tc.before, tc.after, got, tc.want)
		}
	}
}

// TestTally: a figure is a running or overall total when its clause says
// so ("so far", "to date") or a total's opener leads its list ("a total
// of"); a stretch of time is no count to add up, and a plain count is no
// total.
func TestTally(t *testing.T) {
	ns := oneClaimNumbers(t, "In four patrols so far, the crew have confiscated 9 rifles, 20 magazines and 400 cartridges.")
	for _, n := range ns {
		if !n.Tally {
			t.Errorf("so far: %q not Tally", n.Text)
		}
	}
	ns = oneClaimNumbers(t, "The cutter has seized a total of 9 rifles, 20 magazines and 400 cartridges during the patrols.")
	for _, n := range ns {
		if !n.Tally && n.Unit != "patrols" {
			t.Errorf("a total of: %q not Tally", n.Text)
		}
	}
	ns = oneClaimNumbers(t, "The two trawlers had a total of 17 crew on board.")
	if len(ns) != 2 || ns[0].Tally || !ns[1].Tally {
		t.Errorf("two trawlers had a total of 17 crew: %+v", ns)
	}
	ns = oneClaimNumbers(t, "Two rifles, 8 magazines and 150 cartridges were seized from the trawler.")
	for _, n := range ns {
		if n.Tally {
			t.Errorf("plain count %q is Tally", n.Text)
		}
	}
	ns = oneClaimNumbers(t, "To date none of the offers is believed to be for more than eight years.")
	if ns[0].Tally {
		t.Errorf("to date … eight years: a stretch of time is Tally")
	}
}

// TestExcept: "all but three matches" is what an act leaves out of a whole.
func TestExcept(t *testing.T) {
	ns := oneClaimNumbers(t, "The striker started all but three matches this year.")
	if !ns[0].Except {
		t.Errorf("all but three matches: not Except")
	}
	ns = oneClaimNumbers(t, "The striker started three matches this year.")
	if ns[0].Except {
		t.Errorf("three matches: Except")
	}
}

// TestFigureVerb: a figure is the object of the verb before it, read back
// across its object's phrases and a list's items; a figure that is its
// clause's subject, or an agent after a passive, has none.
func TestFigureVerb(t *testing.T) {
	for _, tc := range []struct{ text, fig, want string }{
		{"Overnight, masked youths stormed a town hall, six cafes and two pharmacies in the old quarter.", "two pharmacies", "storm"},
		{"Masked youths stormed a tax office with flares in the old quarter as well as at least three pharmacies.", "at least three pharmacies", "storm"},
		{"Rioters overturned cars and set fire to three pharmacies.", "three pharmacies", "set"},
		{"Officials said 14 pharmacies were damaged in the unrest.", "14 pharmacies", ""},
		{"The town hall was stormed by 300 youths on Saturday.", "300 youths", ""},
		{"Police, who arrested 30 people, said the unrest was over.", "30 people", "arrest"},
		{"The mayor said that 40 people had fled.", "40 people", ""},
	} {
		var got *Number
		ns := oneClaimNumbers(t, tc.text)
		for i := range ns {
			if ns[i].Text == tc.fig {
				got = &ns[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no figure %q in %+v", tc.text, tc.fig, ns)
			continue
		}
		if got.Verb != tc.want {
			t.Errorf("%q: %q Verb = %q, want %q", tc.text, tc.fig, got.Verb, tc.want)
		}
	}
}

// TestDayRank: "the seventh straight day" is a day's rank in a run of
// days (DayRankUnit), no count of days and no kind; other ordinals rank
// no run of days and are not read.
func TestDayRank(t *testing.T) {
	ns := oneClaimNumbers(t, "Strikers marched for the seventh straight day on Friday.")
	if len(ns) != 1 || ns[0].Unit != DayRankUnit || ns[0].Value != 7 || ns[0].Text != "seventh straight day" || len(ns[0].Kinds) != 0 {
		t.Errorf("seventh straight day: %+v", ns)
	}
	if slices.Contains(ns[0].Act, "seventh") || slices.Contains(ns[0].Act, "straight") {
		t.Errorf("seventh straight day: the rank is in its act %v", ns[0].Act)
	}
	ns = oneClaimNumbers(t, "Strikers blocked the port on the eighth day of the stoppage, 300 dockers said.")
	if len(ns) != 2 || ns[0].Unit != DayRankUnit || ns[0].Value != 8 {
		t.Errorf("eighth day of the stoppage: %+v", ns)
	}
	for _, text := range []string{
		"The second officer fired 3 shots at the car.",
		"It was the third time in 5 years the port had closed.",
		"The port was calm after eight days of strikes.",
		"Strikers marched on the first day of the stoppage, 300 dockers said.",
		"Strikers marched for the thirtieth straight day, 300 dockers said.",
	} {
		for _, n := range oneClaimNumbers(t, text) {
			if n.Unit == DayRankUnit {
				t.Errorf("%q: read %q as a day's rank", text, n.Text)
			}
		}
	}
}
