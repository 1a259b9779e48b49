package compare

import "testing"

func TestFacetSpeaker(t *testing.T) {
	runFacetTable(t, FacetSpeaker, []facetCase{
		{"actors of a plan are not sources", "The New Zealand-born Australian planned to do some ski touring on the ridge.", "The experienced climber Mark Tallis planned to do some ski touring on the ridge.", false},
		{"person vs person", "Interior Minister Roberto Salas said the border crossing would reopen on Monday.", "Defence Minister Elena Vidal said the border crossing would reopen on Monday.", true},
		{"organisation vs organisation", "The Health Ministry said 40 patients had been moved to other hospitals.", "The Red Cross said 40 patients had been moved to other hospitals.", true},
		{"revealed by", "The deal was first revealed by the Financial Times on Tuesday.", "The deal was first revealed by Reuters on Tuesday.", true},
		{"according to", "According to the coast guard, the ferry was carrying 300 passengers.", "According to the ferry operator, the ferry was carrying 300 passengers.", true},
		{"disclosed by", "Senator Amara Diallo disclosed the payments in a letter to the committee.", "Senator Paul Brennan disclosed the payments in a letter to the committee.", true},
		{"full name vs surname", "Interior Minister Roberto Salas said the border crossing would reopen on Monday.", "Salas said the border crossing would reopen on Monday.", false},
		{"cue verb differs", "The Health Ministry said 40 patients had been moved to other hospitals.", "The Health Ministry confirmed that 40 patients had been moved to other hospitals.", false},
		{"passive vs active", "The deal was first revealed by the Financial Times on Tuesday.", "The Financial Times first revealed the deal on Tuesday.", false},
		{"according to vs said", "According to the coast guard, the ferry was carrying 300 passengers.", "The coast guard said the ferry was carrying 300 passengers.", false},
		{"title vs name", "Senator Amara Diallo disclosed the payments in a letter to the committee.", "Diallo disclosed the payments in a letter to the committee.", false},
		{"outlet passes it on", "The coastguard detained 17 smugglers in the strait on Saturday, the Interior Ministry said.", "The coastguard detained 17 smugglers in the strait on Saturday, the Daily Courier reported.", false},
		{"joint statement", "Producers Kim Alder and Joe Brant said the show would return in March.", "Brant said the show would return in March.", false},
		{"title and name in one mention", `"We are delighted to have her lead the gala again," said network chairman Owen Harker of Keystone Media Group.`, `"We are delighted to have her lead the gala again," said Owen Harker.`, false},
		{"common plural is not a speaker", "Down the street, Maria Duarte said employees were planning a party upstairs when they heard shots.", "Down the street, employees were planning a party upstairs when they heard shots, Maria Duarte said.", false},
		{"speaker mention cut short", `"We are delighted to have her lead the gala again," said Keystone Media Group chief Owen Harker.`, `"We are delighted to have her lead the gala again," said Owen Harker, president of Keystone Media Group.`, false},
		{"acronym", "The HSB said the pier had been closed since the storm in early April.", "The pier had been closed since the storm in early April, according to the Harbour Safety Board.", false},
		{"officer for the body", "The pier had been closed since the storm in early April, the Safety Board said.", "The pier had been closed since the storm in early April, Safety Board Officer Colin Ferrand said.", false},
		{"officer of a body left unnamed", "The pier had been closed since the storm in early April, the HSB said.", "The pier had been closed since the storm in early April, Officer Colin Ferrand said.", false},
		{"an unnamed resident", "Rhys Porter, who lives next door, said he did not hear a gunshot.", "A resident of a nearby apartment building said he did not hear a gunshot.", false},
		{"acts are not statements", "The cutter Osprey responded to the flare from the sinking barge.", "The frigate Valour responded to the flare from the sinking barge.", false},
		{"spokesman for the body", "A spokesman for the Coast Guard said the ferry was carrying 300 passengers.", "The Coast Guard said the ferry was carrying 300 passengers.", false},
		{"the spokesman for the body", "The spokesman for the Coast Guard said the ferry was carrying 300 passengers.", "The Coast Guard said the ferry was carrying 300 passengers.", false},
		{"heads of two bodies", "The head of the port authority said the ferry was carrying 300 passengers.", "The head of the harbour board said the ferry was carrying 300 passengers.", true},
		{"officials of two bodies", "Officials at the Health Ministry said 40 patients had been moved to other hospitals.", "Officials at the Red Cross said 40 patients had been moved to other hospitals.", true},
		{"other source in the sentence", "The appeals court sided with the city, and the association's lawyer said the group would consider an appeal to the supreme court.", "The landlords' association said it would consider an appeal to the supreme court.", false},
	})
}
