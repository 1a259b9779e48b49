package claims

import (
	"fmt"
	"strings"
	"testing"
)

// statesOf reads the states of a one-claim text the way Extract does.
func statesOf(text string) []State {
	c := Claim{Text: text}
	readModality(&c)
	return c.States
}

func showStates(ss []State) string {
	var parts []string
	for _, s := range ss {
		sign := "-"
		if s.Holds {
			sign = "+"
		}
		mod := ""
		if s.Modal {
			mod = " modal"
		}
		if s.Status {
			mod += " status"
		}
		parts = append(parts, fmt.Sprintf("%s%s %q of [%s]%s", s.Concept, sign, s.Text, strings.Join(s.Of, " "), mod))
	}
	return strings.Join(parts, "; ")
}

// TestReadStates: a claim carries the states it asserts, on the side it
// asserts after negation, with the words of what they are of; a phrase is
// one state; a state told as what came before the act is not the claim's.
func TestReadStates(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The convicted sex offender was still on the run",
			`guilty+ "convicted" of []; free+ "still on the run" of [convict sex offender] status`},
		{"Last week's escapee is still at large",
			`free+ "still at large" of [last week escapee] status`},
		{"A convicted rapist recaptured last month after eight days on the run",
			`guilty+ "convicted" of []; free- "recaptured" of [convict rapist] status`},
		{"The gunman was not in custody on Friday",
			`free+ "not in custody" of [gunman] status`},
		{"Police arrested the gunman on Friday",
			`free- "arrested" of [gunman friday] status`},
		{"The fugitive will be captured soon, the sheriff said",
			`free- "captured" of [fugitiv] modal status`},
		{"The strike is no longer on",
			`end+ "no longer" of [strik]`},
		{"The search is over", `end+ "over" of [search]`},
		{"The talks have not ended", `end- "not ended" of [talk]`},
		{"He tried to open the door and they said close it", ``},
		{"Over 80 people were injured", ``},
	} {
		if got := showStates(statesOf(tc.text)); got != tc.want {
			t.Errorf("%q:\n got  %s\n want %s", tc.text, got, tc.want)
		}
	}
}

// TestNotUntilClause: "not … until" says when, however far the "until"
// stands in the negator's clause, and a negation whose clause ends before
// an "until" still negates.
func TestNotUntilClause(t *testing.T) {
	for _, tc := range []struct {
		text    string
		negated bool
	}{
		{"They had promised not to reveal the name of the star source of their stories until after his death", false},
		{"They did not reveal his name, until now nobody knew it", true},
		{"His fee will not be paid until he signs the contract", false},
	} {
		c := Claim{Text: tc.text}
		readModality(&c)
		if c.Negated != tc.negated {
			t.Errorf("%q: negated=%v, want %v", tc.text, c.Negated, tc.negated)
		}
	}
}

// TestCautionHedge: a hedge of legal caution is read as a hedge, and
// marked as caution by its lexicon record; another hedge is not.
func TestCautionHedge(t *testing.T) {
	for _, tc := range []struct {
		text    string
		caution bool
	}{
		{"The driver allegedly hit a woman", true},
		{"The suspect is believed to have fled", true},
		{"The fire is being treated as potentially suspicious", true},
		{"The minister reportedly resigned", false},
		{"The gunman may have used a stolen rifle", false},
	} {
		c := Claim{Text: tc.text}
		readModality(&c)
		if len(c.Hedges) != 1 || c.Hedges[0].Caution != tc.caution {
			t.Errorf("%q: hedges %+v, want one with caution=%v", tc.text, c.Hedges, tc.caution)
		}
	}
}
