package compare

import (
	"testing"
)

func TestFacetNegation(t *testing.T) {
	runFacetTable(t, FacetNegation, []facetCase{
		{"not inserted", "The company confirmed that the data of its customers was stolen in the attack.", "The company confirmed that the data of its customers was not stolen in the attack.", true},
		{"ongoing vs ended", "Rescue work at the collapsed mine is ongoing, the governor said.", "Rescue work at the collapsed mine has ended, the governor said.", true},
		{"denied vs confirmed", "The ministry confirmed that troops had crossed the border overnight.", "The ministry denied that troops had crossed the border overnight.", true},
		{"never", "The senator has met the lobbyist at his office in the capital.", "The senator has never met the lobbyist at his office in the capital.", true},
		{"open vs closed", "The airport remained open on Tuesday despite the ash cloud.", "The airport remained closed on Tuesday despite the ash cloud.", true},
		{"accepted vs rejected", "The court accepted the appeal filed by the opposition party.", "The court rejected the appeal filed by the opposition party.", true},
		{"denial vs report", "The ministry denied that troops had crossed the border overnight.", "Troops crossed the border overnight, witnesses said.", true},
		{"called false", "The senator's office called the report that he met the lobbyist false.", "The senator met the lobbyist at his office, the report said.", true},
		{"both negated", "Police said the suspect did not resist arrest at the scene.", "The suspect did not resist arrest at the scene, police said.", false},
		{"negation in other words", "The minister did not attend the summit in Brussels.", "The minister was absent from the summit in Brussels.", false},
		{"ended vs over", "Rescue work at the collapsed mine has ended, the governor said.", "Rescue work at the collapsed mine is over, the governor said.", false},
		{"no longer vs stopped", "The factory no longer produces the banned pesticide.", "The factory has stopped producing the banned pesticide.", false},
		{"both deny", "The ministry denied that troops had crossed the border overnight.", "The ministry rejected reports that troops had crossed the border overnight.", false},
		{"yet to", "The driver had not yet regained consciousness on Wednesday, doctors said.", "The driver had yet to regain consciousness on Wednesday, doctors said.", false},
		{"negation on another verb", "The envoy said he did not think the talks in Vienna had failed.", "The envoy said he thought the talks in Vienna had not failed.", false},
		{"negation elsewhere in the sentence", "The coach said he did not meet the players after the season ended.", "The coach said his meetings with players after the season were short.", false},
		{"not until", "The club said the fee would be paid after the striker signs his contract.", "The striker has agreed terms and the fee will not be paid until he signs his contract.", false},
		{"a name is not a predicate", "The club named Quill its new manager, replacing Dorsey and Vance.", "It wasn't Dorsey or Vance who lost the club its place in the league.", false},
		{"contraction without apostrophe", `"I cant say why the first hull cracked, but this looks like poor welding," the surveyor said.`, `"I can't say why the first hull cracked, but this looks like poor welding," the surveyor said.`, false},
		{"subject and object swapped", "Harris did not meet them, the club said.", "Club president Ed Marlow said he met with Harris.", false},
		{"finally did it", "The driver would not pull over, the sheriff said.", "The driver finally pulled over after a 15-minute chase, the sheriff said.", false},
		{"later released", "The fisherman's logbook has not been returned, harbour officials said.", "The fisherman was held at the harbour office and later returned home, harbour officials said.", false},
		{"nothing after", "The suspect said nothing after officers surrounded his car on the highway.", "The suspect surrendered after officers surrounded his car on the highway.", false},
	})
}
