package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestFacetNumber(t *testing.T) {
	runFacetTable(t, FacetNumber, []facetCase{
		{"phone number digit dropped", "Anyone with information should call police on 0845 125 222 or Crimestoppers.", "Anyone with information should call police on 0845 125 2222 or Crimestoppers.", true},
		{"currencies too far apart to convert", "Damage to shops in the capital was estimated at $2 million by the traders' federation.", "Damage to shops in the capital was estimated at 200 million euros by the traders' federation.", true},
		{"two writers' conversions of one sum", "The government took the first steps since agreeing a €90 billion ($117 billion) rescue loan from the lenders at the weekend.", "The government took the first steps since agreeing a €90 billion ($128 billion) rescue loan from the lenders at the weekend.", false},
		{"bracketed sums in one currency differ", "The lenders agreed a $90 billion rescue loan ($117 billion with interest) on Sunday.", "The lenders agreed a $90 billion rescue loan ($128 billion with interest) on Sunday.", true},
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
		{"age differs", "The 72-year-old woman was struck outside the bakery, police said.", "The 68-year-old woman was struck outside the bakery, police said.", true},
		{"two people's ages", "The 72-year-old woman was struck outside the bakery by a driver, police said.", "Police said the 29-year-old driver struck a woman outside the bakery.", false},
		{"range contains", "The fire destroyed between 40 and 50 homes in the hills above the town.", "The fire destroyed 45 homes in the hills above the town.", false},
		{"figure given by both", "The raid happened some 90 nautical miles offshore, when the patrol boat was 8 nautical miles away.", "The tanker, which was 8 nautical miles from the patrol boat, fired back at the raiders offshore.", false},
		{"two events", "A gunman killed one man at an office party in Leeds, police said.", "A gunman killed two men at an office party in Cardiff, police said.", false},
		{"two ships", "A customs cutter, the Arrow, stopped two boats of smugglers off the point.", "The customs launch Kestrel stopped three boats of the smugglers off the point.", false},
		{"one-word context", "The intruder fired shots in the hall, killing one guard.", "The intruder fired shots in the hall and wounded two guards.", false},
		{"parts add up to the total", "A gunman shot dead one worker and wounded two more at the paper mill, police said.", "Three workers were shot by a gunman at the paper mill on Monday, police said.", false},
		{"a list of two kinds is no total", "Youths attacked a government building, four shops and two banks overnight.", "Youths attacked a police station and at least three banks overnight.", true},
		{"total of two groups", "Commandos boarded the boat and arrested 14 Somali and 9 Yemeni pirates.", "Commandos boarded the boat and arrested 23 pirates.", false},
		{"parts that do not add up", "A gunman shot dead one worker and wounded two more at the paper mill, police said.", "Five workers were shot by a gunman at the paper mill on Monday, police said.", true},
		{"distances of two things", "The warehouse stands about 15 miles north of Fenwick.", "Hours later, a trucker 50 miles north of Fenwick reported the van.", false},
		{"distance of one thing", "The climber fell about 60 metres from a ridge near the glacier.", "The climber fell about 200 metres from a ridge near the glacier.", true},
		{"two kinds of one noun", "Commandos seized seven AK-47 rifles from the pirates' boats, the navy said.", "Commandos seized nine assault rifles from the pirates' boats, the navy said.", false},
		{"one kind named once", "The raiders on two speed boats circled the tanker around noon.", "The raiders in three boats circled the tanker around noon.", true},
		{"spans of two scopes", "The manager worked 11 years as a scout for the club before retiring.", "The manager worked 15 years in the league before retiring, most of them with the club.", false},
		{"a post within a career", "The new manager has worked 21 years with the club, the team said.", "The new manager spent five years as the club's head of recruitment, the team said.", false},
		{"the first few of a total", "The club won 48 matches last year and took the league leaders to five matches in the final round.", "The club shocked the league leaders by winning the first two matches of the final round last year.", false},
		{"the first few, differently", "The team won the first two games of the series, the coach said.", "The team won the first three games of the series, the coach said.", true},
		{"an increase is no rival of the total", "He was given two extra life sentences after stabbing a guard in prison.", "The fugitive is serving three life sentences for murder and a prison stabbing.", false},
		{"a rate over its stretch against a total", "The pitcher agreed a deal worth $21 million a year for seven years with the club.", "The pitcher agreed a deal worth $161 million over seven years with the club.", true},
		{"a rate over its stretch that makes the total", "The pitcher agreed a deal worth $23 million a year for seven years with the club.", "The pitcher agreed a deal worth $161 million over seven years with the club.", false},
		{"a rate without its stretch is no total", "The pitcher agreed a deal worth $23 million a year with the club.", "The pitcher agreed a deal worth $161 million with the club.", false},
		{"two ranks of one day in a run", "Strikers blocked the port and clashed with police on the seventh straight day of the stoppage.", "Strikers blocked the port and clashed with police on the eighth day of the stoppage.", true},
		{"a day's rank is no count of days", "Strikers blocked the port and clashed with police on the seventh straight day of the stoppage.", "Strikers blocked the port and clashed with police after eight days of the stoppage.", false},
		{"a round figure stated flatly for a bound", "The diplomat kept his part in the affair a secret for 40 years, his family said.", "The diplomat kept his part in the affair a secret for more than 40 years, his family said.", false},
		{"a small count is exact against a bound", "Rioters set fire to three banks in the city centre on Saturday.", "Rioters set fire to more than three banks in the city centre on Saturday.", true},
		{"one span, two lengths", "The new manager has worked 21 years with the club, the team said.", "The new manager has worked 18 years with the club, the team said.", true},
	})
}

// A figure stated by two outlets in sentences alignment keeps apart is
// still one slot: what it counts and what it measures meet. A source that
// gives both values reports two figures, not a rival.
func TestFigureSlotFindings(t *testing.T) {
	runSlotCases(t, figureSlotFindings, Discrepancy, []slotCase{
		{"one measure, two values",
			"Police said 12 people were injured in the riots.\n",
			"Officers fought running battles with youths near parliament for hours, and police said 18 people had been injured in the violence.\n",
			[]string{`"12 people"`, `"18 people"`}},
		{"two measures of one unit",
			"Police said 12 people were injured in the riots.\n",
			"Police said 20,000 people marched through the city centre.\n",
			nil},
		{"a bare count of another act",
			"Police said 12 people were injured in the riots.\n",
			"Police said 18 people had been injured in the violence and 12 arrested for carrying weapons.\n",
			[]string{`"12 people"`, `"18 people"`}},
		{"one verb's objects in long clauses",
			"Shop windows were broken after a few hundred youths wearing balaclavas stormed a town hall, six cafes and two pharmacies overnight.\n",
			"Youths on scooters stormed a tax office with flares in the old quarter as well as at least three pharmacies, several cafes and a town hall, police said.\n",
			[]string{`"two pharmacies"`, `"at least three pharmacies"`}},
		{"two verbs' objects in long clauses",
			"Shop windows were broken after a few hundred youths wearing balaclavas looted a town hall, six cafes and two pharmacies overnight.\n",
			"Youths on scooters stormed a tax office with flares in the old quarter as well as at least three pharmacies, several cafes and a town hall, police said.\n",
			nil},
		{"a source that gives both figures",
			"Jewellery worth £910,000 was stolen from a courier.\n\nA necklace worth £1.2m was stolen from a party.\n",
			"A necklace worth £1.2m was stolen from a party.\n\nJewellery worth £910,000 was stolen from a courier.\n",
			nil},
	}, nil)
}

// One value of one slot in claims alignment kept apart is one agreement,
// with every source that states it: equal figures of one event in other
// words ("killed", "died"), a sum in two currencies, an age written with
// the person's name whatever the clause says; not two people's ages.
func TestFigureSlotAgreements(t *testing.T) {
	runSlotCases(t, figureSlotFindings, Agreement, []slotCase{
		{"an age in two acts",
			"Arcade Joseph Comeaux Jr., 49, escaped from a prison van in Baytown.\n",
			"Officials said Comeaux, 49, took two transport officers hostage.\n",
			[]string{`"49"`}},
		{"one toll in other words",
			"Riots over new austerity measures left three bank workers dead.\n",
			"Three bank workers were killed when their branch went up in flames.\n",
			[]string{`"three bank workers"`}},
		{"two sums in two currencies",
			"Thieves stole jewellery worth two million euros.\n",
			"Thieves stole jewellery worth £910,000.\n",
			nil},
		{"one sum in two currencies",
			"They made off with jewellery worth two million euros.\n",
			"Jewellery and watches worth £1.7m have been stolen.\n",
			[]string{"sources agree"}},
		{"two people's ages",
			"Alice McMeekin, 58, was found at her home.\n",
			"Her daughter Kathryn Jenkin, 58, was found with her.\n",
			nil},
		{"one value, two measures",
			"Police said 12 people were injured in the riots.\n",
			"Police said 12 people were arrested after the march.\n",
			nil},
		{"one count of an uncommon thing, two clauses",
			"The editor oversaw almost 400 stories on the scandal.\n",
			"The source supplied crucial information for some 400 stories.\n",
			[]string{`400 stories"`}},
		{"a small count in two clauses",
			"Police seized three boats near the harbour on Monday.\n",
			"The owner of three boats said he would sue the city.\n",
			nil},
		{"a figure denied is no figure stated",
			"So far, no team has offered the pitcher a contract of eight years.\n",
			"The Hawks offered the pitcher a contract of eight years on Monday.\n",
			nil},
		{"one age, written before the name",
			"Riots followed the death of 15-year-old Alexandros Grigoropoulos.\n",
			"Police shot Alexandros Grigoropoulos, 15, in the Exarchia district.\n",
			[]string{"sources agree"}},
	}, func(t *testing.T, f Finding) {
		if len(f.Claims) != 2 {
			t.Errorf("%q holds %v, want one claim of each source", f.Summary, f.Claims)
		}
	})
}

// A chain of clashes through a loose link (a word of the day, "violence",
// shared by an injury count and a march) is cut there, not dropped: the
// two disagreements it joined are each reported, with every source of
// each value, including one that words the act otherwise.
func TestFigureSlotChainCut(t *testing.T) {
	r, fs := mustBuild(t, map[string]string{
		"a": "Police said 12 people were injured in the riots.\n\nViolence also broke out in the north, where another 20,000 people marched through the city centre.\n",
		"b": "Police said 18 people had been injured in the violence.\n",
		"c": "Violence was also reported in the north, where a further 20,000 people marched and joined the demonstrations.\n",
		"d": "Clashes broke out in the north, where approximately 50,000 people marched through the city.\n",
	})
	var got []string
	for _, f := range figureSlotFindings(r, fs, nil) {
		if f.Kind == Discrepancy {
			got = append(got, f.Summary)
		}
	}
	want := []string{`"12 people" (a) vs "18 people" (b)`, `"20,000 people" (a, c) vs "approximately 50,000 people" (d)`}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %d findings", got, len(want))
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || strings.Contains(g, w)
		}
		if !found {
			t.Errorf("no finding holds %s in %q", w, got)
		}
	}
}

// A figure dated to an earlier month or year than the news is of another
// moment: no rival of an undated figure of the news, nor of one dated
// otherwise.
func TestDatedApart(t *testing.T) {
	fig := func(pub string, times ...claims.Time) (*feat, claims.Number) {
		n := claims.Number{Text: "£35,000", Value: 35000, Unit: "GBP", Scope: claims.Span{Start: 0, End: 100}}
		c := &claims.Claim{Numbers: []claims.Number{n}, Time: times}
		return &feat{c: c, published: pub}, n
	}
	lastMonth := claims.Time{Text: "last month", Value: "2013-08", Span: claims.Span{Start: 0, End: 10}, Relative: true}
	in2006 := claims.Time{Text: "in 2006", Value: "2006", Span: claims.Span{Start: 50, End: 57}}
	thisDay := claims.Time{Text: "Thursday", Value: "2008-12-18", Span: claims.Span{Start: 20, End: 28}}
	outside := claims.Time{Text: "last month", Value: "2013-08", Span: claims.Span{Start: 200, End: 210}}
	for _, tc := range []struct {
		name   string
		a, b   []claims.Time
		pa, pb string
		want   bool
	}{
		{"a month before the article's", []claims.Time{lastMonth}, nil, "2013-09-09", "2013-09-09", true},
		{"the article's own month", []claims.Time{{Text: "on Monday", Value: "2013-09-09", Span: claims.Span{Start: 0, End: 9}}}, nil, "2013-09-09", "2013-09-09", false},
		{"the other's publication when its own is unknown", []claims.Time{lastMonth}, nil, "", "2013-09-09", true},
		{"a month with no publication known", []claims.Time{lastMonth}, nil, "", "", false},
		{"a year with no publication known", []claims.Time{in2006}, nil, "", "", true},
		{"two dates of different years", []claims.Time{in2006}, []claims.Time{thisDay}, "", "", true},
		{"a time outside the figure's scope", []claims.Time{outside}, nil, "2013-09-09", "2013-09-09", false},
		{"neither dated", nil, nil, "2013-09-09", "2013-09-09", false},
	} {
		a, na := fig(tc.pa, tc.a...)
		b, nb := fig(tc.pb, tc.b...)
		if got := datedApart(a, na, b, nb); got != tc.want {
			t.Errorf("%s: datedApart = %v, want %v", tc.name, got, tc.want)
		}
		if got := datedApart(b, nb, a, na); got != tc.want {
			t.Errorf("%s (swapped): datedApart = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// Figures whose clauses are about two named parties are two facts, never
// rival values; of one party they are rivals.
func TestFigureSlotSubjects(t *testing.T) {
	runSlotCases(t, figureSlotFindings, Discrepancy, []slotCase{
		{"one host, two values",
			"Tom Carver hosted the awards show five times.\n",
			"Tom Carver hosted the awards show three times.\n",
			[]string{`"five times"`, `"three times"`}},
		{"two hosts",
			"Tom Carver hosted the awards show five times.\n",
			"Lee Dunn hosted the awards show three times.\n",
			nil},
		{"two hosts named before",
			"Mr. Tom Carver was a comedian.\n\nHe hosted the ceremony five times.\n",
			"Mr. Lee Dunn is an actor.\n\nHe hosted that ceremony three times.\n",
			nil},
	}, nil)
}

// Between two articles, figures whose acts meet only on the story's
// topic words measure no one thing: two teams' offers, reported in an
// article pair all about offers.
func TestMeasuredBeyondTopic(t *testing.T) {
	act := stemVec
	a := feat{art: 0, c: &claims.Claim{}, acts: []vec{act("offer", "blows", "water")}}
	b := feat{art: 1, c: &claims.Claim{}, acts: []vec{act("offer", "weakest", "bunch")}}
	if !measuredBeyondNames(&a, 0, &b, 0) {
		t.Fatal("without a topic, acts sharing a third of their words meet")
	}
	topic := map[string]bool{claims.Stem("offer"): true}
	a.topic, b.topic = topic, topic
	if measuredBeyondNames(&a, 0, &b, 0) {
		t.Error("acts that share only the story's topic word measure one thing")
	}
}

// A figure dated by a time fronted in its sentence (claims.Number.When),
// or set months before its sentence's act (claims.Number.Prior), is of
// an earlier event: no rival of an undated figure of the news. A lone
// month no publication date gave a year takes the story's, read as
// extraction reads a lone month (claims.ResolveMonth).
func TestDatedApartBySentence(t *testing.T) {
	fig := func(pub, storyPub, when string, prior bool, times ...claims.Time) (*feat, claims.Number) {
		n := claims.Number{Text: "40 million euros", Value: 4e7, Unit: "EUR", Scope: claims.Span{Start: 0, End: 100}, When: when, Prior: prior}
		c := &claims.Claim{Numbers: []claims.Number{n}, Time: times}
		return &feat{c: c, published: pub, storyPub: storyPub}, n
	}
	thisMonth := claims.Time{Text: "on Monday", Value: "2013-09-09", Span: claims.Span{Start: 0, End: 9}}
	for _, tc := range []struct {
		name       string
		pa, sa, wa string
		prior      bool
		times      []claims.Time
		pb, sb, wb string
		priorB     bool
		want       bool
	}{
		{"a resolved fronted month", "2013-09-09", "2013-09-09", "2013-07", false, nil, "", "2013-09-09", "", false, true},
		{"a lone month and the story's date", "", "2013-09-09", "--07", false, nil, "", "2013-09-09", "", false, true},
		{"a lone month half a year ahead is last year's", "", "2013-01-10", "--12", false, nil, "", "2013-01-10", "", false, true},
		// Read as "in November" in a September article: the coming
		// November, as extraction dates it, no earlier event's.
		{"a lone month just after the news is no earlier event", "", "2013-09-09", "--11", false, nil, "", "2013-09-09", "", false, false},
		{"a lone month and no date known", "", "", "--07", false, nil, "", "", "", false, false},
		{"the news's own month", "", "2013-09-09", "--09", false, nil, "", "2013-09-09", "", false, false},
		{"a time in the figure's clause rules", "2013-09-09", "2013-09-09", "2013-07", false, []claims.Time{thisMonth}, "2013-09-09", "2013-09-09", "", false, false},
		{"an earlier event's figure", "", "", "", true, nil, "", "", "", false, true},
		{"two earlier events' figures", "", "", "", true, nil, "", "", "", true, false},
	} {
		a, na := fig(tc.pa, tc.sa, tc.wa, tc.prior, tc.times...)
		b, nb := fig(tc.pb, tc.sb, tc.wb, tc.priorB)
		if got := datedApart(a, na, b, nb); got != tc.want {
			t.Errorf("%s: datedApart = %v, want %v", tc.name, got, tc.want)
		}
		if got := datedApart(b, nb, a, na); got != tc.want {
			t.Errorf("%s (swapped): datedApart = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// The haul of an earlier theft, in a clause split from a sentence that
// dates it, or set "a month after" the news, is no rival value of the
// news's haul.
func TestFigureSlotEarlierEvents(t *testing.T) {
	r, fs := mustBuild(t, map[string]string{
		"a": "Robbers made off with jewellery worth 2 million euros from a shop in Lyon on Monday.\n",
		"b": "Thieves made off with 2 million euros of jewellery from a Lyon shop on Monday.\n",
		"c": "Police are investigating a raid on a Lyon jewellery shop on Monday.\n\nAt the end of July, an armed man robbed a gallery in Nice, making off with jewellery worth 40 million euros in one of the biggest thefts ever.\n",
		"d": "Police are investigating a raid on a Lyon jewellery shop on Monday.\n\nThe raid comes little over a month after a masked gunman made off with $52 million of jewellery from a hotel safe.\n",
		"e": "Robbers made off with jewellery worth 3 million euros from a Lyon shop on Monday.\n",
	})
	for i := range r.Articles {
		r.Articles[i].Published = "2013-09-09"
	}
	storyPublished(r, fs)
	var got []string
	for _, f := range figureSlotFindings(r, fs, nil) {
		if f.Kind == Discrepancy {
			got = append(got, f.Summary)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], `"2 million euros"`) || !strings.Contains(got[0], `"3 million euros"`) ||
		strings.Contains(got[0], "40 million") || strings.Contains(got[0], "$52 million") {
		t.Errorf("got %q, want one discrepancy of 2 against 3 million euros", got)
	}
}

// A month named without a year is dated by one rule wherever it is read:
// a figure whose fronted month reached compare as "--MM" (its article
// gave no date) is dated as that month written in an article published
// on the story's date. A month just after publication ("In July" in a
// June article) is the coming one in both, not last year's; one half a
// year and more ahead is last year's in both.
func TestFigureDateLoneMonthAsExtraction(t *testing.T) {
	const text = "In %s, an armed man robbed a gallery in Nice, making off with paintings worth 40 million euros.\n"
	for _, tc := range []struct{ month, mm, pub, want string }{
		{"July", "07", "2013-06-20", "2013-07"},
		{"June", "06", "2013-06-20", "2013-06"},
		{"December", "12", "2013-06-20", "2013-12"},
		{"January", "01", "2013-06-20", "2013-01"},
		{"December", "12", "2013-01-10", "2012-12"},
	} {
		a := &claims.Article{ID: "a", Published: tc.pub, Text: fmt.Sprintf(text, tc.month)}
		extracted := ""
		for _, c := range claims.Extract(a) {
			for _, n := range c.Numbers {
				if n.Text == "40 million euros" {
					extracted = n.When
				}
			}
		}
		got := figureDate(&claims.Claim{}, claims.Number{When: "--" + tc.mm}, tc.pub)
		if extracted != tc.want || got != tc.want {
			t.Errorf("%s published %s: extraction %q, figureDate %q, want %q", tc.month, tc.pub, extracted, got, tc.want)
		}
	}
}
