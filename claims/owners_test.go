package claims

import "testing"

// Each sum's owner: whose offer or deal it is, however the sentence
// names the party.
func TestNumberOwner(t *testing.T) {
	text := "The Rangers have made the richest offer in club history to John Carver.\n\n" +
		"The deal is said to be for six years and could be up to $90 million.\n\n" +
		"Scouts said the Falcons' six-year, $80 million offer was the first.\n\n" +
		"The Hornets offered Carver a five-year deal worth $75 million.\n\n" +
		"He wants more than the $14 million that outfielder Peter Quill received.\n\n" +
		"It was then that agent Mary Stone countered by asking for a contract worth $100 million.\n\n" +
		"The Owls have the weakest offer, a proposal worth $60 million over four years."
	want := map[string]string{
		"six years":         "Rangers",
		"five-year":         "Hornets",
		"$60 million":       "Owls",
		"over four years":   "Owls",
		"up to $90 million": "Rangers",
		"$80 million":       "Falcons",
		"$75 million":       "Hornets",
		"$14 million":       "Peter Quill",
		"$100 million":      "Mary Stone",
	}
	got := map[string]string{}
	for _, c := range Extract(&Article{ID: "a", Text: text}) {
		for _, n := range c.Numbers {
			if isMoney(n) || isTerm(n) {
				got[n.Text] = n.Owner
			}
		}
	}
	for sum, owner := range want {
		if got[sum] != owner {
			t.Errorf("owner of %q = %q, want %q (all: %v)", sum, got[sum], owner, got)
		}
	}
}
