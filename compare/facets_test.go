package compare

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// Each facet has a table of news-style pairs written for these tests: the
// two sentences report the same thing, and either differ in the facet's
// slot (a real difference a fact-checker must see) or only in wording
// (which must not be reported as a discrepancy).

type facetCase struct {
	name string
	a, b string
	want bool // true: a discrepancy in the facet; false: no discrepancy at all
}

// published dates for the two sources, unless a case needs others.
const (
	pubA = "2025-12-01"
	pubB = "2025-12-01"
)

// comparePair runs extraction and comparison over two one-paragraph
// articles, as the command does for two files.
func comparePair(t *testing.T, a, b, pa, pb string) *Result {
	t.Helper()
	var arts []*claims.Article
	var per [][]claims.Claim
	for i, s := range []struct{ id, text, pub string }{{"a", a, pa}, {"b", b, pb}} {
		art, err := claims.NewArticle(s.id, s.id+".txt", []byte(s.text+"\n"))
		if err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		art.Published = s.pub
		arts = append(arts, art)
		per = append(per, claims.Extract(art))
	}
	return Compare(arts, per, Options{})
}

// crossFacets lists the facets of discrepancies that hold claims of both
// sources.
func crossFacets(r *Result) []string {
	set := map[string]bool{}
	for _, f := range r.Findings {
		if f.Kind != Discrepancy {
			continue
		}
		srcs := map[string]bool{}
		for _, id := range f.Claims {
			srcs[strings.SplitN(id, "#", 2)[0]] = true
		}
		if srcs["a"] && srcs["b"] {
			for _, fc := range f.Facets {
				set[string(fc)] = true
			}
		}
	}
	var out []string
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func runFacetTable(t *testing.T, facet Facet, cases []facetCase) {
	t.Helper()
	real, wording := 0, 0
	for _, tc := range cases {
		if tc.want {
			real++
		} else {
			wording++
		}
	}
	if real < 5 || wording < 5 || len(cases) < 10 {
		t.Fatalf("%s table: %d real and %d wording-only cases; want at least 10 with 5 of each", facet, real, wording)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, swap := range []bool{false, true} {
				a, b := tc.a, tc.b
				if swap {
					a, b = b, a
				}
				got := crossFacets(comparePair(t, a, b, pubA, pubB))
				has := false
				for _, g := range got {
					has = has || g == string(facet)
				}
				switch {
				case tc.want && !has:
					t.Errorf("swap=%v: want a %s discrepancy, got facets %v\n a: %s\n b: %s", swap, facet, got, a, b)
				case !tc.want && len(got) > 0:
					t.Errorf("swap=%v: wording only, got discrepancy facets %v\n a: %s\n b: %s", swap, got, a, b)
				}
			}
		})
	}
}

func TestFacetNumber(t *testing.T) {
	runFacetTable(t, FacetNumber, []facetCase{
		{"phone number digit dropped", "Anyone with information should call police on 0845 125 222 or Crimestoppers.", "Anyone with information should call police on 0845 125 2222 or Crimestoppers.", true},
		{"currencies too far apart to convert", "Damage to shops in the capital was estimated at $2 million by the traders' federation.", "Damage to shops in the capital was estimated at 200 million euros by the traders' federation.", true},
		{"a conversion is the same amount", "The necklace stolen from the hotel was worth £1.2 million, police said.", "The necklace stolen from the hotel was worth $1.9 million, police said.", false},
		{"figure in its own clause", "The couple moved back to their home town 12 weeks ago after a spell living in Bristol.", "The couple had been living in Wales and moved back to their home town around six weeks ago.", true},
		{"tokenised decimal", "Shares in the bank plunged 5. 4 per cent on Tuesday.", "Shares in the bank plunged 3. 9 per cent on Tuesday.", true},
		{"toll differs", "The earthquake killed 83 people in the coastal province, officials said.", "The earthquake killed 91 people in the coastal province, officials said.", true},
		{"at least vs fewer", "The navy has struck at least 22 vessels in the Caribbean since September.", "The navy has struck 21 vessels in the Caribbean since September.", true},
		{"number words differ", "Nine firefighters were injured when the warehouse roof collapsed.", "Twelve firefighters were injured when the warehouse roof collapsed.", true},
		{"money differs", "The council approved a $4.5 million budget for the new bridge on Tuesday.", "The council approved a $5.2 million budget for the new bridge on Tuesday.", true},
		{"percent differs", "Turnout in the runoff election reached 61 percent, the commission said.", "Turnout in the runoff election reached 48%, the commission said.", true},
		{"range excludes", "Between 200 and 300 protesters gathered outside the parliament building.", "About 1,000 protesters gathered outside the parliament building.", true},
		{"more than vs exact", "The storm left more than 80 people dead across the islands.", "The storm left 83 people dead across the islands.", false},
		{"about within", "About 5,000 residents were evacuated from the valley before the flood.", "Some 5,200 residents were evacuated from the valley before the flood.", false},
		{"word vs digits", "Two-thirds of the staff walked out on Monday, the union said.", "About 66 percent of the staff walked out on Monday, the union said.", false},
		{"dozen", "A dozen journalists were detained at the border crossing.", "Twelve journalists were detained at the border crossing.", false},
		{"different quantities", "Police arrested 14 people and seized 3 vehicles during the raid.", "During the raid, police seized three vehicles and arrested 14 suspects.", false},
		{"age differs", "The 66-year-old woman was struck outside the store, police said.", "The 61-year-old woman was struck outside the store, police said.", true},
		{"two people's ages", "The 66-year-old woman was struck outside the store by a driver, police said.", "Police said the 36-year-old driver struck a woman outside the store.", false},
		{"range contains", "The fire destroyed between 40 and 50 homes in the hills above the town.", "The fire destroyed 45 homes in the hills above the town.", false},
		{"figure given by both", "The attack took place about 150 nautical miles off the coast, when the warship was 13 nautical miles away.", "The merchant ship, which was 13 nautical miles from the warship, fired back at the attackers off the coast.", false},
		{"two events", "A gunman killed one man at an office party in Leeds, police said.", "A gunman killed two men at an office party in Cardiff, police said.", false},
		{"two ships", "An Indian warship, INS Mysore, attacked two boats of pirates in the Gulf of Aden.", "Indian Naval ship INS Sukanya captured three boats of the pirates in the Gulf of Aden.", false},
		{"one-word context", "The gunman opened fire at the party, killing one man.", "The gunman opened fire at the party and wounded two men.", false},
		{"parts add up to the total", "A gunman shot to death one person and injured two others at the accounting firm, police said.", "A gunman shot three people at the accounting firm on Monday, police said.", false},
		{"total of two groups", "Commandos boarded the boat and arrested 14 Somali and 9 Yemeni pirates.", "Commandos boarded the boat and arrested 23 pirates.", false},
		{"parts that do not add up", "A gunman shot to death one person and injured two others at the accounting firm, police said.", "A gunman shot five people at the accounting firm on Monday, police said.", true},
		{"distances of two things", "The office building is about 15 miles north of Detroit.", "Hours later, a motorist 50 miles north of Detroit spotted the car.", false},
		{"distance of one thing", "The climber fell about 60 metres from a ridge near the glacier.", "The climber fell about 200 metres from a ridge near the glacier.", true},
		{"two kinds of one noun", "Commandos seized seven AK-47 rifles from the pirates' boats, the navy said.", "Commandos seized nine assault rifles from the pirates' boats, the navy said.", false},
		{"one kind named once", "The pirates on two speed boats surrounded the merchant vessel around noon.", "The pirates in three boats surrounded the merchant vessel around noon.", true},
		{"spans of two scopes", "The coach spent 11 seasons as a player with the club before retiring.", "The coach played 15 seasons in the league before retiring, most of them with the club.", false},
		{"a post within a career", "The new coach has spent 19 seasons with the club, the team said.", "The new coach spent four seasons as the club's director of scouting, the team said.", false},
		{"the first few of a total", "The team won 40 games last season and took the champions to six games in the playoffs.", "The team surprised the champions by taking the first two games of the series last season.", false},
		{"the first few, differently", "The team won the first two games of the series, the coach said.", "The team won the first three games of the series, the coach said.", true},
		{"one span, two lengths", "The new coach has spent 19 seasons with the club, the team said.", "The new coach has spent 17 seasons with the club, the team said.", true},
	})
}

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
		{"a date in a when clause", "The club decided to fire coach Jim Smith, who has two years left on the contract he signed when the club hired him on April 21, 2004.", "In a surprising move, the club fired coach Jim Smith on Monday after one season.", false},
		{"a prepositional after", "Police arrested the driver after a chase on Sunday, the department said.", "Police arrested the driver on November 23 following a chase, the department said.", true},
		{"a when clause on both sides", "The club fired coach Jim Smith when the season ended on April 21, 2004.", "The club fired coach Jim Smith when the season ended on May 23, 2005.", true},
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

func TestFacetQuote(t *testing.T) {
	runFacetTable(t, FacetQuote, []facetCase{
		{"inside a quotation that runs on", "\"Our city has reached the edge of the abyss and we must all step back from it.", "\"Our city is on the edge of the abyss and we must all step back from it,\" Mayor Ortiz said in a statement.", true},
		{"one word inserted", "\"We have seen water everywhere in the basement,\" the fire chief said.", "\"We have seen the water everywhere in the basement,\" the fire chief said.", false},
		{"one word changed", `Governor Alvarez said: "We will not raise taxes this year."`, `Governor Alvarez said: "We will not raise taxes next year."`, true},
		{"modal changed", `"I can't say whether it went well or badly," Senator Okafor said of the meeting.`, `"I wouldn't say it went well or badly," Senator Okafor said of the meeting.`, true},
		{"sole comment, other words", `Mayor Lindqvist acknowledged the audit but did not discuss its findings, saying only, "The numbers speak for themselves."`, `Asked about the audit, Mayor Lindqvist offered only a brief comment: "We did nothing wrong."`, true},
		{"verb changed", `"The army will withdraw from the city by Friday," General Haddad told reporters.`, `"The army will leave the city by Friday," General Haddad told reporters.`, true},
		{"number in quote", `"We have found 12 bodies so far," fire chief Moreau said.`, `"We have found 21 bodies so far," fire chief Moreau said.`, true},
		{"negation dropped", `"The plant is not safe to reopen," inspector Yilmaz said.`, `"The plant is safe to reopen," inspector Yilmaz said.`, true},
		{"quote marks and case", `Governor Alvarez said: "We will not raise taxes this year."`, `Governor Alvarez said: “we will not raise taxes this year.”`, false},
		{"punctuation", `"We are ready, and we will win," coach Ibarra said after the match.`, `"We are ready and we will win!" coach Ibarra said after the match.`, false},
		{"ellipsis", `"The process was fair and the result stands," election chief Nkosi said.`, `"The process was fair … the result stands," election chief Nkosi said.`, false},
		{"partial quote", `"We will rebuild every school, every clinic and every road," President Mensah said on Sunday.`, `President Mensah promised on Sunday that "we will rebuild every school."`, false},
		{"two statements", `"The talks were productive," envoy Tanaka said after the first round.`, `"Both delegations will meet again in Geneva next month," envoy Tanaka said after the first round.`, false},
		{"British and American spelling", `"He probably realised he was going to be shot," Sheriff Gage said.`, `"He probably realized he was going to be shot," Sheriff Gage said.`, false},
	})
}

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
		{"outlet passes it on", "The navy captured 23 pirates in the gulf on Saturday, the Defence Ministry said.", "The navy captured 23 pirates in the gulf on Saturday, the Daily Courier reported.", false},
		{"joint statement", "Producers Kim Alder and Joe Brant said the show would return in March.", "Brant said the show would return in March.", false},
		{"title and name in one mention", `"It is an honor to welcome her back as host," said network chairman Paul Lee of Keystone Media Group.`, `"It is an honor to welcome her back as host," said Paul Lee.`, false},
		{"common plural is not a speaker", "Down the street, Maria Duarte said employees were planning a party upstairs when they heard shots.", "Down the street, employees were planning a party upstairs when they heard shots, Maria Duarte said.", false},
		{"speaker mention cut short", `"It is an honor to welcome her back as host," said Keystone Media Group chief Paul Lee.`, `"It is an honor to welcome her back as host," said Paul Lee, president of Keystone Media Group.`, false},
		{"acronym", "CHP Officer Brad Baehr said the driver was on probation for a previous arrest.", "The driver was on probation for a previous arrest, according to the California Highway Patrol.", false},
		{"officer for the body", "The driver was on probation for a previous arrest, the State Patrol said.", "The driver was on probation for a previous arrest, Highway Patrol Officer Brad Baehr said.", false},
		{"an unnamed resident", "Luke Porter, who lives next door, said he did not hear a gunshot.", "A resident of a nearby apartment building said he did not hear a gunshot.", false},
		{"acts are not statements", "The Indian warship, escorting merchant ships 13 miles away, responded to the distress call.", "The German frigate responded to the distress call from the freighter.", false},
		{"spokesman for the body", "A spokesman for the Coast Guard said the ferry was carrying 300 passengers.", "The Coast Guard said the ferry was carrying 300 passengers.", false},
		{"the spokesman for the body", "The spokesman for the Coast Guard said the ferry was carrying 300 passengers.", "The Coast Guard said the ferry was carrying 300 passengers.", false},
		{"heads of two bodies", "The head of the port authority said the ferry was carrying 300 passengers.", "The head of the harbour board said the ferry was carrying 300 passengers.", true},
		{"officials of two bodies", "Officials at the Health Ministry said 40 patients had been moved to other hospitals.", "Officials at the Red Cross said 40 patients had been moved to other hospitals.", true},
		{"other source in the sentence", "The appeals court sided with the city, and the association's lawyer said the group would consider an appeal to the supreme court.", "The landlords' association said it would consider an appeal to the supreme court.", false},
	})
}

func TestFacetRole(t *testing.T) {
	runFacetTable(t, FacetRole, []facetCase{
		{"former vs sitting", "Former Prime Minister Anna Korhonen met the delegation in Helsinki on Monday.", "Prime Minister Anna Korhonen met the delegation in Helsinki on Monday.", true},
		{"acting vs full", "Acting Defense Secretary Mark Olsen visited the base on Friday.", "Defense Secretary Mark Olsen visited the base on Friday.", true},
		{"elect vs sitting", "President-elect Daniel Ruiz named his cabinet on Thursday.", "President Daniel Ruiz named his cabinet on Thursday.", true},
		{"different offices", "Foreign Minister Leila Haddad flew to Cairo for the talks.", "Prime Minister Leila Haddad flew to Cairo for the talks.", true},
		{"ex vs sitting", "Ex-Governor Tom Reyes testified before the committee on Wednesday.", "Governor Tom Reyes testified before the committee on Wednesday.", true},
		{"senator vs former", "Senator Grace Obi voted against the bill on Tuesday.", "Former Senator Grace Obi voted against the bill on Tuesday.", true},
		{"title vs none", "Prime Minister Anna Korhonen met the delegation in Helsinki on Monday.", "Anna Korhonen met the delegation in Helsinki on Monday.", false},
		{"abbreviation", "U.S. President Carl Benson spoke to reporters on Air Force One.", "US President Carl Benson spoke to reporters on Air Force One.", false},
		{"then- is historical", "Then-Governor Tom Reyes signed the law in 2015.", "Governor Tom Reyes signed the law in 2015.", false},
		{"same title, other words", "Interior Minister Roberto Salas ordered an inquiry into the shooting.", "Interior Minister Roberto Salas has ordered an investigation into the shooting.", false},
		{"country adjective", "Venezuelan President Luis Marquez condemned the strikes.", "President Luis Marquez of Venezuela condemned the strikes.", false},
	})
}

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
		{"not until", "Police said the name of the suspect would be released after he is charged.", "The suspect is in custody and his name will not be released until he is charged.", false},
		{"a name is not a predicate", "He became the fifth coach fired this season, following Carlesimo and Jordan.", "This wasn't Carlesimo or Jordan, whose records sank any chance they had.", false},
		{"contraction without apostrophe", `"I cant speak for the first death, but this looks like a lack of experience," the inspector said.`, `"I can't speak for the first death, but this looks like a lack of experience," the inspector said.`, false},
		{"subject and object swapped", "Harris did not meet them, the club said.", "Club president Ed Marlow said he met with Harris.", false},
		{"finally did it", "The driver would not pull over, the sheriff said.", "The driver finally pulled over after a 15-minute chase, the sheriff said.", false},
		{"later released", "The driver's blood test results have not been released, police said.", "The driver was booked into county jail and later released, police said.", false},
		{"nothing after", "The suspect said nothing after officers surrounded his car on the highway.", "The suspect surrendered after officers surrounded his car on the highway.", false},
	})
}

func TestFacetHedge(t *testing.T) {
	runFacetTable(t, FacetHedge, []facetCase{
		{"may have vs did", "The regime may have used the call to show it can engage with Washington.", "The regime used the call to show it can engage with Washington.", true},
		{"reportedly", "The minister reportedly resigned after the vote on Tuesday.", "The minister resigned after the vote on Tuesday.", true},
		{"allegedly", "The suspect allegedly set fire to the warehouse near the port.", "The suspect set fire to the warehouse near the port.", true},
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
		{"hedge on a side remark", "A 61-year-old man was charged with murder after allegedly opening fire at the office party.", "A 61-year-old man was charged with murder after the shooting at the office party.", false},
		{"reported to be", "Of the 23 men arrested, 12 are reported to be from the north.", "Of the 23 men arrested, 12 are reportedly from the north.", false},
		{"it appears", "She ran into a nearby repair shop, where she apparently called for help.", "She ran into a nearby repair shop, where it appears she called for help.", false},
		{"passed on", "Of the 23 men arrested, 12 are reported to be from the north.", "The 23 men arrested were from the north, the BBC reported.", false},
		{"alleged act of a charged man", "A 61-year-old man was charged with murder after allegedly opening fire at the party.", "Someone opened fire at an office party in the city on Friday night.", false},
		{"the claim asserts it itself", "After the driver hit the woman, he allegedly hit another car in the parking lot.", "After hitting her, the driver sideswiped a parked car and hit a fence.", false},
		{"allegedly drunk", "Police arrested an allegedly drunk driver after the crash in the city.", "Police arrested a drunk driver after the crash in the city.", true},
		{"passive names no doer", "The driver allegedly hit a 66-year-old woman near the store parking lot.", "The driver fled the store parking lot after the woman was hit.", false},
		{"passive with the doer", "The driver allegedly hit a 66-year-old woman near the store parking lot.", "The woman was hit by the driver near the store parking lot.", true},
	})
}

// discrepancy returns the first discrepancy holding claims of both sources.
func discrepancy(r *Result) *Finding {
	for i, f := range r.Findings {
		if f.Kind == Discrepancy && len(crossFacets(&Result{Findings: []Finding{f}})) > 0 {
			return &r.Findings[i]
		}
	}
	return nil
}

func TestFacetRoleDates(t *testing.T) {
	a := "President-elect Daniel Ruiz named his cabinet on Thursday."
	b := "President Daniel Ruiz named his cabinet on Thursday."
	for _, tc := range []struct {
		pa, pb string
		want   bool
	}{
		{"2025-12-01", "2025-12-01", true},  // one day: one title is wrong
		{"2025-12-01", "2026-07-01", false}, // he took office in between
		{"", "", false},                     // unknown: no evidence
	} {
		got := false
		for _, f := range crossFacets(comparePair(t, a, b, tc.pa, tc.pb)) {
			got = got || f == string(FacetRole)
		}
		if got != tc.want {
			t.Errorf("published %q and %q: role discrepancy %v, want %v", tc.pa, tc.pb, got, tc.want)
		}
	}
	// Within one article, two titles for one person conflict whatever the date.
	r := comparePair(t, "President Daniel Ruiz met the envoy. Later, former President Daniel Ruiz spoke to reporters.", "The envoy left on Friday.", "", "")
	found := false
	for _, f := range r.Findings {
		found = found || f.Kind == Discrepancy && len(f.Facets) == 1 && f.Facets[0] == FacetRole
	}
	if !found {
		t.Errorf("self-contradicting title in one source: no role discrepancy")
	}
}

func TestFacetSeverityValuesSummary(t *testing.T) {
	cases := []struct {
		name, a, b, pa, pb string
		severity           Severity
		values             [2]string // what each source gives in the slot
		summary            string    // must occur in the summary
	}{
		{"rising toll", "The earthquake killed 83 people in the coastal province, officials said.", "The earthquake killed 91 people in the coastal province, officials said.", "2025-12-01", "2025-12-02",
			High, [2]string{"83 people", "91 people"}, "the figure may have changed"},
		{"date", "The two leaders spoke by phone on Sunday, the ministry said.", "The two leaders spoke by phone on November 23, the ministry said.", pubA, pubB,
			High, [2]string{"on Sunday", "November 23"}, "dates differ"},
		{"quote", `Governor Alvarez said: "We will not raise taxes this year."`, `Governor Alvarez said: "We will not raise taxes next year."`, pubA, pubB,
			High, [2]string{"We will not raise taxes this year.", "We will not raise taxes next year."}, "quoted differently"},
		{"role", "Former Prime Minister Anna Korhonen met the delegation in Helsinki on Monday.", "Prime Minister Anna Korhonen met the delegation in Helsinki on Monday.", pubA, pubB,
			Medium, [2]string{"Former Prime Minister", "Prime Minister"}, "title differs"},
		{"hedge", "The minister reportedly resigned after the vote on Tuesday.", "The minister resigned after the vote on Tuesday.", pubA, pubB,
			Medium, [2]string{"The minister reportedly resigned after the vote on Tuesday", "The minister resigned after the vote on Tuesday"}, "hedges"},
		{"content", "The teachers' union backed the governor's pension reform at its annual conference.", "The teachers' union opposed the governor's pension reform, its president told reporters.", pubA, pubB,
			Medium, [2]string{"backed the governor's pension reform", "opposed the governor's pension reform"}, `opposite positions on "governor's pension reform"`},
	}
	for _, tc := range cases {
		f := discrepancy(comparePair(t, tc.a, tc.b, tc.pa, tc.pb))
		if f == nil {
			t.Errorf("%s: no discrepancy", tc.name)
			continue
		}
		if f.Severity != tc.severity {
			t.Errorf("%s: severity %s, want %s", tc.name, f.Severity, tc.severity)
		}
		if len(f.Values) != 2 || f.Values[0].Text != tc.values[0] || f.Values[1].Text != tc.values[1] {
			t.Errorf("%s: values %+v, want %q", tc.name, f.Values, tc.values)
		}
		if !strings.Contains(f.Summary, tc.summary) {
			t.Errorf("%s: summary %q lacks %q", tc.name, f.Summary, tc.summary)
		}
	}
}

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
		{"two people's charges", "Jackson, in a statement released through the team, said he didn't think charges would be filed against him.", "The city attorney weighs filing drunk-driving charges against Chargers lineman Jamal Williams.", false},
		{"light verb", "The team didn't get a big-time shooter who could stretch the court this season.", "The team had trouble getting out on perimeter shooters all season, the coach said.", false},
	})
}

func TestSpeakerKey(t *testing.T) {
	// A descriptive speaker is keyed by its head and the body its modifier
	// names, so "a spokesman for the Pentagon" is neither the Pentagon
	// nor every spokesman.
	for _, tc := range []struct{ name, key string }{
		{"Nicolás Maduro", "maduro"},
		{"Pentagon", "pentagon"},
		{"spokesman for the Pentagon", "spokesman pentagon"},
		{"Pentagon spokesman", "spokesman"},
		{"head of the agency", "head agency"},
		{"Officials at the State Department", "officials department"},
		{"lawyer for Smith", "lawyer smith"},
		{"people familiar with the talks", "people talks"},
		{"county sheriff's office", "office"},
	} {
		if got := speakerKey(&claims.Speaker{Name: tc.name}); got != tc.key {
			t.Errorf("speakerKey(%q) = %q, want %q", tc.name, got, tc.key)
		}
	}
}

// A quote reworded with the same polarity and figures is a discrepancy a
// reader checks last (low); one that turns a statement around is high.
func TestQuoteSeverity(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want Severity
	}{
		{`"We have seen the water rise in every street of the town," the fire chief said.`, `"We saw the water rise in almost every street of this town," the fire chief said.`, Low},
		{`"The plant is not safe to reopen," inspector Yilmaz said.`, `"The plant is safe to reopen," inspector Yilmaz said.`, High},
	} {
		r := comparePair(t, tc.a, tc.b, pubA, pubB)
		found := false
		for _, f := range r.Findings {
			if f.Kind == Discrepancy && slices.Contains(f.Facets, FacetQuote) {
				found = true
				if f.Severity != tc.want {
					t.Errorf("%q vs %q: severity %s, want %s", tc.a, tc.b, f.Severity, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q vs %q: no quote discrepancy", tc.a, tc.b)
		}
	}
}
