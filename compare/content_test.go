package compare

import (
	"testing"
)

func TestFacetContent(t *testing.T) {
	runFacetTable(t, FacetContent, []facetCase{
		{"backed vs opposed", "The teachers' union backed the governor's pension reform at its annual conference.", "The teachers' union opposed the governor's pension reform, its president told reporters.", true},
		{"praised vs criticized", "Opposition leaders praised the central bank's decision to hold interest rates.", "Opposition leaders sharply criticized the central bank's decision to hold interest rates.", true},
		{"upheld vs overturned", "The supreme court upheld the ban on handguns, the mayor's office said.", "Gun owners celebrated after judges overturned the handgun ban in the city.", true},
		{"effective vs ineffective", "Health officials called the vaccine effective against the new variant.", "Researchers found the vaccine ineffective against the new variant in early trials.", true},
		{"accurate vs inaccurate", "The election commission said the vote count was accurate.", "Observers said the vote count was inaccurate in several districts.", true},
		{"endorsed vs denounced", "Senator Ortiz endorsed the border security bill on Monday.", "Senator Ortiz denounced the border security bill in a speech on Monday.", true},
		{"surged vs plunged", "Exports of steel surged in March, the trade ministry said.", "Exports of steel plunged in March, customs data showed.", true},
		{"defended vs condemned", "The prime minister defended the decision to close the border.", "The prime minister's coalition partners condemned the decision to close the border.", true},
		{"supported and backed", "The teachers' union backed the governor's pension reform.", "The teachers' union supported the governor's pension reform at its conference.", false},
		{"criticized and condemned", "Opposition leaders criticized the central bank's decision to hold interest rates.", "Opposition leaders condemned the central bank's decision to hold rates.", false},
		{"different targets", "The teachers' union backed the governor's pension reform.", "The teachers' union opposed the new overtime rules for schools.", false},
		{"open question", "Lawmakers debated whether the new surveillance law was constitutional.", "Lawmakers said the new surveillance law was unconstitutional.", false},
		{"did not approve is rejected", "The council did not approve the stadium plan on Tuesday.", "The council rejected the stadium plan on Tuesday.", false},
		{"both ways in one claim", "The senator praised parts of the farm bill but criticized its cost.", "The senator criticized the cost of the farm bill.", false},
		{"accurate and true", "The ministry said the casualty report was accurate.", "The ministry said the casualty report was true.", false},
		{"won't vote vs likely to vote", "It is almost certain that a dozen Republicans in the chamber won't vote to convict the governor next week.", "Those three moderates so far appear the most likely to vote to convict the governor.", true},
		{"doesn't think vs holds responsible", "Speaking to reporters in the capital, the minister said he doesn't think the rebel commander is responsible for the bombing.", "Relatives of the victims released a brief statement repeating their claim that the militia is responsible for the bombing.", true},
		{"both refuse", "Republicans won't vote to convict the governor, party whips said.", "Republicans will not vote to convict the governor, aides said.", false},
		{"opinion negated either way", "The minister doesn't think the militia is responsible for the attack.", "The minister thinks the militia is not responsible for the attack.", false},
		{"refused then did", "The company would not release the report on the spill for weeks.", "The company finally released the report on the spill on Friday.", false},
		{"several negations", "I still don't understand why players with such salaries don't hire drivers after a night out.", "Players with such salaries should hire drivers after a night out, the columnist wrote.", false},
		{"two people's charges", "Okafor, in a note issued by his agent, said he didn't expect charges to be brought against him.", "The county prosecutor weighs bringing drunk-driving charges against Comets lineman Dwayne Holloway.", false},
		{"light verb", "The band didn't get a steady drummer who could hold the tempo on this tour.", "The band had trouble getting decent drummers all tour, the singer said.", false},
	})
}
