package compare

import (
	"testing"
)

func TestFacetHedge(t *testing.T) {
	runFacetTable(t, FacetHedge, []facetCase{
		{"may have vs did", "The regime may have used the call to show it can engage with Washington.", "The regime used the call to show it can engage with Washington.", true},
		{"reportedly", "The minister reportedly resigned after the vote on Tuesday.", "The minister resigned after the vote on Tuesday.", true},
		{"allegedly is caution", "The suspect allegedly set fire to the warehouse near the port.", "The suspect set fire to the warehouse near the port.", false},
		{"is believed to is caution", "The suspect is believed to have fled the country on Friday.", "The suspect fled the country on Friday.", false},
		{"purportedly", "The suspect purportedly set fire to the warehouse near the port.", "The suspect set fire to the warehouse near the port.", true},
		{"likely", "The storm will likely reach the coast on Thursday night.", "The storm will reach the coast on Thursday night.", true},
		{"appears to", "The virus appears to spread through contaminated water in the camps.", "The virus spreads through contaminated water in the camps.", true},
		{"both hedged", "The regime may have used the call to show it can engage with Washington.", "The regime might have used the call to show it can engage with Washington.", false},
		{"both asserted", "The minister resigned after the vote on Tuesday.", "After the vote on Tuesday, the minister resigned.", false},
		{"month May", "The minister resigned in May after the vote.", "The minister resigned in May 2025 after the vote.", false},
		{"both reportedly", "The suspect reportedly fled to the capital on Friday.", "The suspect allegedly fled to the capital on Friday.", false},
		{"both likely", "The storm is likely to reach the coast on Thursday night.", "The storm will probably reach the coast on Thursday night.", false},
		{"could of ability", "Back then, people could own a rifle without a licence, the historian said.", "Back then, people owned a rifle without a licence, the historian said.", false},
		{"expected is not a hedge", "The team was expected to win the title this season.", "The team was widely expected to win the title this season.", false},
		{"could have", "The fire could have started in the kitchen, investigators said.", "The fire started in the kitchen, investigators said.", true},
		// A hedge on a side remark ("after reportedly setting fire") doubts
		// only the remark, which the other source does not state.
		{"hedge on a side remark", "A 41-year-old woman was accused of arson after reportedly setting fire to the warehouse.", "A 41-year-old woman was accused of arson after the blaze at the warehouse.", false},
		// Told with legal caution, the side remark doubts nothing the
		// other source states of the same woman.
		{"caution on a side remark", "A 41-year-old woman was accused of arson after allegedly setting fire to the warehouse.", "A 41-year-old woman was accused of arson after setting fire to the warehouse.", false},
		{"reported to be", "Of the 31 men detained, 17 are reported to be from the south.", "Of the 31 men detained, 17 are reportedly from the south.", false},
		{"it appears", "She ran into a nearby laundrette, where she apparently phoned for help.", "She ran into a nearby laundrette, where it appears she phoned for help.", false},
		{"reported to be, its own attribution", "Of the 31 men detained, 17 are reported to be from the south.", "Of the 31 men detained, 17 were from the south.", false},
		{"said to have been, its own attribution", "Two divers with the instructor were said to have been found alive after a night in the cave.", "Two divers who were with the instructor were found alive after a night in the cave.", false},
		{"passed on", "Of the 31 men detained, 17 are reported to be from the south.", "The 31 men detained were from the south, the BBC reported.", false},
		// "Reportedly" doubts that the charged woman set the fire, not that
		// someone did, which is all the other source asserts.
		{"reported act of a charged woman", "A woman was charged after reportedly setting fire to the depot.", "Someone set fire to the depot on Friday.", false},
		{"the claim asserts it itself", "After the driver hit the cyclist, he allegedly hit a van in the car park.", "After hitting him, the driver sideswiped a parked van and hit a wall.", false},
		{"allegedly drunk", "Police arrested an allegedly drunk driver after the crash in the city.", "Police arrested a drunk driver after the crash in the city.", false},
		{"apparently drunk", "Police arrested an apparently drunk driver after the crash in the city.", "Police arrested a drunk driver after the crash in the city.", true},
		{"passive names no doer", "The driver allegedly hit a 72-year-old man near the bakery car park.", "The driver fled the bakery car park after the man was hit.", false},
		{"passive with the doer", "The driver reportedly hit a 72-year-old man near the bakery car park.", "The man was hit by the driver near the bakery car park.", true},
	})
}
