package compare

import (
	"strings"
	"testing"
)

func TestNamesConflict(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Herbert Hoover", "J. Edgar Hoover", true},
		{"Edgar Hoover", "J. Edgar Hoover", false},
		{"Marfin Investment Bank", "Marfin Egnatia Bank", true},
		{"Mark Felt", "W. Mark Felt Sr.", false},
		{"Giannis Panagopoulos", "Yiannis Panagopoulos", false}, // one letter apart: a spelling
		{"Alexis Grigoropoulos", "Alexandros Grigoropoulos", false},
		{"John Henry", "John W. Henry", false},
		{"Rob Jones", "Nick Jones", true},
		{"Mt Halder", "Mount Halder", false},         // a contraction: one name
		{"Mt Halder", "Kiriwai Mount Halder", false}, // and a longer form of it
		{"St Paul", "Saint Paul", false},
		{"Ft Lee", "Al Lee", true},           // a contraction of neither
		{"Mo Reyes", "Maurice Reyes", false}, // a short form by the lexicon
		{"Bill Osei", "William Osei", false},
		{"Bob Osei", "Rob Osei", false}, // two short forms of one name
		{"Bill Osei", "Robert Osei", true},
	} {
		if got := namesConflict(nameTokens(tc.a), nameTokens(tc.b)); got != tc.want {
			t.Errorf("namesConflict(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// A capitalised preposition opening a headline phrase and a weekday run
// into a name are not parts of the name.
func TestNameWords(t *testing.T) {
	week := map[string]bool{"friday": true}
	for _, tc := range []struct{ in, want string }{
		{"For Comets", "comets"},
		{"Eastwick Friday", "eastwick"},
		{"North Fallow Hill Friday", "north fallow hill"},
		{"Marfin Investment Bank", "marfin investment bank"},
	} {
		if got := strings.Join(nameWords(nameTokens(tc.in), week), " "); got != tc.want {
			t.Errorf("nameWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{} {
		if got := namesConflict(nameTokens(tc.a), nameTokens(tc.b)); got != tc.want {
			t.Errorf("namesConflict(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// One bearer named two ways by two sources is a discrepancy; two bearers
// an article names side by side (a mother and a daughter) are not.
func TestNameFindings(t *testing.T) {
	as, cs := mustArticles(t, map[string]string{
		"a": "Officials at the Marfin Investment Bank said the branch was closed.\n\nAlice McMeekin, 58, and her daughter Katie McMeekin, 31, were found dead.\n",
		"b": "Staff of the Marfin Egnatia Bank were evacuated on Wednesday.\n\nThe bodies of Katie McMeekin and her mother were found on Saturday.\n",
	})
	r := Compare(as, cs, Options{})
	var got []string
	for _, f := range r.Findings {
		if f.Kind == Discrepancy && strings.HasPrefix(f.Summary, "names differ") {
			got = append(got, f.Summary)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "Marfin Investment Bank") || !strings.Contains(got[0], "Marfin Egnatia Bank") {
		t.Errorf("name findings = %q, want one for the bank", got)
	}
}

// A name finding holds the claims that write the names, not every claim
// that mentions the bearer by surname: those would pair each sentence
// about the person with the other sources' as if they stated one fact.
func TestNameFindingsFullMentionsOnly(t *testing.T) {
	as, cs := mustArticles(t, map[string]string{
		"a": "The bureau was led for decades by J. Edgar Hoover, the report says.\n\nHoover kept files on many politicians, it adds.\n",
		"b": "The bureau was led for decades by Herbert Hoover, the report says.\n",
	})
	r := Compare(as, cs, Options{})
	found := false
	for _, f := range r.Findings {
		if f.Kind == Discrepancy && strings.HasPrefix(f.Summary, "names differ") {
			found = true
			if len(f.Claims) != 2 {
				t.Errorf("name finding holds %v, want the two claims that write the names", f.Claims)
			}
		}
	}
	if !found {
		t.Fatalf("no name finding")
	}
}

// Two people of one surname in claims that tell different things are two
// bearers (a suspect and the owner of his cars), not one misnamed; told
// of one thing, they are one bearer named two ways.
func TestNameFindingsNeedOneThingTold(t *testing.T) {
	names := func(a, b string) []string {
		as, cs := mustArticles(t, map[string]string{"a": a, "b": b})
		var got []string
		for _, f := range Compare(as, cs, Options{}).Findings {
			if f.Kind == Discrepancy && strings.HasPrefix(f.Summary, "names differ") {
				got = append(got, f.Summary)
			}
		}
		return got
	}
	if got := names("Officers stopped Victor Marsh on the ring road east of the depot, police said.\n",
		"Greta Marsh is the registered keeper of the three vans, records show.\n"); len(got) != 0 {
		t.Errorf("two bearers told apart: name findings = %q, want none", got)
	}
	if got := names("His death was confirmed by his grandson Rob Jones at the family home in Santa Rosa.\n",
		"His death was confirmed by his grandson Nick Jones at the family home in Santa Rosa.\n"); len(got) != 1 {
		t.Errorf("one bearer misnamed: name findings = %q, want one", got)
	}
}

// Places and institutions that share a generic head ("… City", "…
// State", "… Glacier") are not one bearer named two ways, and a
// descriptor before a ship's name ("Warship", "Naval Ship") is no part
// of a person's name.
func TestNameFindingsNotPlacesOrThings(t *testing.T) {
	for _, tc := range [][2]string{
		{"The gunman was arrested at a shopping mall near Salt Lake City on Monday, police said.\n", "The gunman was arrested at a shopping mall near Bay City on Monday, police said.\n"},
		{"The climber fell 200 metres near the Ferrin Glacier on Sunday, police said.\n", "The climber fell 200 metres near the Corrow Glacier on Sunday, police said.\n"},
		{"The coach, who played for West Texas State, was fired on Saturday, the team said.\n", "The coach, who played for Ohio State, was fired on Saturday, the team said.\n"},
		{"Warship Sukhoi intercepted three pirate boats in the gulf on Thursday, the navy said.\n", "Indian Naval Ship Sukhoi intercepted three pirate boats in the gulf on Thursday, the navy said.\n"},
	} {
		as, cs := mustArticles(t, map[string]string{"a": tc[0], "b": tc[1]})
		for _, f := range Compare(as, cs, Options{}).Findings {
			if f.Kind == Discrepancy && strings.HasPrefix(f.Summary, "names differ") {
				t.Errorf("%q vs %q: %s, want no name finding", tc[0], tc[1], f.Summary)
			}
		}
	}
}
