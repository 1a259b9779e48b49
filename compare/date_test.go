package compare

import (
	"testing"
)

func TestFacetDate(t *testing.T) {
	runFacetTable(t, FacetDate, []facetCase{
		{"times of day differ", "The fire broke out in the roof of the store about 8.40pm, firefighters said.", "The fire broke out in the roof of the store at 8.49pm, firefighters said.", true},
		{"an approximate time covers it", "The fire broke out in the roof of the store around 9pm, firefighters said.", "The fire broke out in the roof of the store at 8.49pm, firefighters said.", false},
		{"days of the week differ", "The former director died on Friday at his home, his family said.", "The former director died on Thursday at his home, his family said.", true},
		{"weekday vs other date", "The two leaders spoke by phone on Sunday, the ministry said.", "The two leaders spoke by phone on November 23, the ministry said.", true},
		{"month differs", "The factory closed its doors in March 2024 after a fire.", "The factory closed its doors in June 2024 after a fire.", true},
		{"year differs", "The treaty was signed in 2019 by both governments.", "The treaty was signed in 2021 by both governments.", true},
		{"days ago vs date", "The ship sank 10 days ago off the northern coast.", "The ship sank on November 5 off the northern coast.", true},
		{"yesterday vs earlier date", "The minister resigned yesterday after the vote.", "The minister resigned on November 12 after the vote.", true},
		{"weekday same day", "The two leaders spoke by phone on Sunday, the ministry said.", "The two leaders spoke by phone on November 30, the ministry said.", false},
		{"month contains day", "The two leaders spoke by phone last month, the ministry said.", "The two leaders spoke by phone on November 30, the ministry said.", false},
		{"yesterday same day", "The minister resigned yesterday after the vote.", "The minister resigned on November 30 after the vote.", false},
		{"year contains month", "The treaty was signed in 2019 by both governments.", "The treaty was signed in May 2019 by both governments.", false},
		{"days ago same day", "The ship sank 10 days ago off the northern coast.", "The ship sank on November 21 off the northern coast.", false},
		{"date written two ways", "The trial opened on 3 November in the capital.", "The trial opened on Nov. 3 in the capital.", false},
		{"a date in a when clause", "The board decided to drop manager Ada Quist, who has three years left on the deal she signed when the board hired her on March 9, 2011.", "In an unexpected step, the board dropped manager Ada Quist on Monday after one term.", false},
		{"a prepositional after", "Police arrested the driver after a chase on Sunday, the department said.", "Police arrested the driver on November 23 following a chase, the department said.", true},
		// The when clause's time opens its clause, so it dates no word
		// and only its being subordinate keeps it from the main clause's.
		{"a when clause dates another act", "The board dropped manager Ada Quist, who took the job when the old manager quit in March 2011.", "The board dropped manager Ada Quist in March 2012.", false},
		// The counterpart: two subordinate times still clash. (Switching
		// the Subordinate check off only adds clashes, so no true case
		// can guard it; this one guards against dropping subordinate
		// times altogether.)
		{"a when clause on both sides", "The board dropped manager Ada Quist when the term ended on March 9, 2011.", "The board dropped manager Ada Quist when the term ended on June 14, 2012.", true},
		// Times of other acts of one story: the saying, a later act, an
		// event a possessive time names.
		{"a time of the saying", "A former tenant who set fire to the laundry room has been charged with arson, fire officials said Saturday.", "A former tenant set fire to the laundry room Friday and has been charged with arson.", false},
		// The other time opens its clause and dates no word: only the
		// first being a saying's time keeps them apart.
		{"a time of the saying against an opening time", "A former tenant set fire to the laundry room, fire officials said on Saturday.", "On Friday, a former tenant set fire to the laundry room, fire officials said.", false},
		{"a later act of one story", "Officers say Ruth Abara, 71, was killed Tuesday evening when a van hit her outside the bakery.", "Officers named the woman on Wednesday as Ruth Abara, 71, who was hit by a van outside the bakery.", false},
		{"a possessive time names another event", "The arrest of receiver Sam Poe on a drunk driving charge will not affect his status for Sunday's playoff game.", "Receiver Sam Poe was arrested on a drunk driving charge early Tuesday morning, days before the playoff game.", false},
		{"one act dated by the word it follows", "Linebacker Tom Vale was detained on a speeding charge late Sunday night by state troopers.", "Linebacker Tom Vale was detained on a speeding charge late Monday night by state troopers.", true},
		{"time given by both", "She chaired the ethics council until June and served on the board from 1995 to 1998.", "She served on the board from 1995 through 1998, the association said.", false},
	})
}

func TestFacetDatePublication(t *testing.T) {
	// "Sunday" in a paper of Monday 1 December and "Sunday" in one of
	// Monday 8 December are different days.
	r := comparePair(t, "The two leaders spoke by phone on Sunday, the ministry said.", "The two leaders spoke by phone on Sunday, the ministry said.", "2025-12-01", "2025-12-08")
	if got := crossFacets(r); len(got) != 1 || got[0] != "date" {
		t.Errorf("same weekday, different weeks: facets %v, want [date]", got)
	}
	// Papers of different days, a day apart: publication dates are not
	// exact enough to call "today" and "Monday" two days.
	r = comparePair(t, "The gunman opened fire at the office this morning, police said.", "The gunman opened fire at the office on Monday morning, police said.", "2025-12-02", "2025-12-03")
	if got := crossFacets(r); len(got) != 0 {
		t.Errorf("relative dates a day apart across papers of different days: facets %v, want none", got)
	}
	// An undated paper's "Monday" against "this morning" in a paper of
	// Tuesday: a day apart, as a publication date may be.
	r = comparePair(t, "The gunman opened fire at the office this morning, police said.", "The gunman opened fire at the office on Monday morning, police said.", "2025-12-02", "")
	if got := crossFacets(r); len(got) != 0 {
		t.Errorf("relative day a day from an undated paper's weekday: facets %v, want none", got)
	}
	r = comparePair(t, "The gunman opened fire at the office this morning, police said.", "The gunman opened fire at the office on Sunday morning, police said.", "2025-12-02", "")
	if got := crossFacets(r); len(got) != 1 || got[0] != "date" {
		t.Errorf("relative day two days from an undated paper's weekday: facets %v, want [date]", got)
	}
	// Two days apart is still a conflict.
	r = comparePair(t, "The gunman opened fire at the office this morning, police said.", "The gunman opened fire at the office on Sunday morning, police said.", "2025-12-02", "2025-12-03")
	if got := crossFacets(r); len(got) != 1 || got[0] != "date" {
		t.Errorf("relative dates two days apart: facets %v, want [date]", got)
	}
	// In papers of one day, Sunday and Monday are two days.
	r = comparePair(t, "The gunman opened fire at the office on Sunday, police said.", "The gunman opened fire at the office on Monday, police said.", "2025-12-02", "2025-12-02")
	if got := crossFacets(r); len(got) != 1 || got[0] != "date" {
		t.Errorf("Sunday vs Monday in papers of one day: facets %v, want [date]", got)
	}
	r = comparePair(t, "The two leaders spoke by phone on Sunday, the ministry said.", "The two leaders spoke by phone on November 30, the ministry said.", "2025-12-01", "")
	if got := crossFacets(r); len(got) != 0 {
		t.Errorf("one date unknown: facets %v, want none", got)
	}
}
