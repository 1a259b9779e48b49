package claims

import "strings"

// Closed word classes: the small, fixed sets of function words English does
// not add to, kept as Go because the code is written against them. The open
// lexicons (cue verbs, hedges, titles, places …) are data files read by
// lexicon.go.

// Forms of "be", "have" and "do", and the modal verbs.
var (
	beForms   = set([]string{"is", "are", "was", "were", "be", "been", "being"})
	haveForms = set([]string{"has", "have", "had"})
	doForms   = set([]string{"do", "does", "did"})
	modals    = set([]string{"will", "would", "can", "could", "may", "might", "should", "must", "shall"})
)

// timePreps may lead a lone month, a year or "recent weeks" and then belong
// to it: "since 2019" and "in 2019" are different claims.
var timePreps = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "during": true,
	"before": true, "after": true, "through": true, "from": true,
}

// pronouns that can stand for a speaker.
var pronouns = set([]string{"he", "she", "they", "it", "we", "i", "you"})

// monthNames lists each month's name and abbreviations, January first.
var monthNames = [12][]string{
	{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
	{"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
	{"october", "oct"}, {"november", "nov"}, {"december", "dec"},
}

// weekdayNames lists each weekday's name and abbreviations, Sunday first.
var weekdayNames = [7][]string{
	{"sunday", "sun"}, {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
	{"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"},
}

// dayParts name a part of a day: "Sunday morning" (lexicon class
// day-part).
var dayParts = map[string]bool{}

// Views of the months and weekdays: monthIndex maps a name or abbreviation
// to 1–12, monthAbbrev holds the abbreviations, weekdayIndex maps a full
// weekday name to 0–6, dateLineWeekdays holds every weekday name and
// abbreviation.
var monthIndex, monthAbbrev, weekdayIndex, dateLineWeekdays = func() (map[string]int, map[string]bool, map[string]int, map[string]bool) {
	mi, ma, wi, dw := map[string]int{}, map[string]bool{}, map[string]int{}, map[string]bool{}
	for i, names := range monthNames {
		for j, n := range names {
			mi[n] = i + 1
			ma[n] = j > 0
		}
	}
	for k, v := range ma {
		if !v {
			delete(ma, k)
		}
	}
	for i, names := range weekdayNames {
		wi[names[0]] = i
		addAll(dw, names)
	}
	return mi, ma, wi, dw
}()

// modifierPreps open a prepositional phrase that says which one of the
// noun before it is meant: "a reporter for the radio station", "officials
// at the ministry", "the head of the agency". In a speaker the noun before
// the phrase speaks; the phrase only tells which one.
var modifierPreps = set([]string{"of", "for", "at", "from", "with", "in"})

// adjModifiers are adjectives that follow a noun with their phrase:
// "people familiar with the matter", "sources close to the campaign".
var adjModifiers = map[string]string{
	"familiar": "with", "close": "to", "closer": "to", "loyal": "to", "allied": "with",
	"knowledgeable": "about", "opposed": "to", "sympathetic": "to", "aligned": "with",
}

// quantityHeads before "of" count the speakers rather than name them: "a
// number of officials", "dozens of residents", "some of the workers".
var quantityHeads = set([]string{
	"number", "majority", "minority", "handful", "couple", "lot", "lots", "bunch", "plenty",
	"dozens", "hundreds", "thousands", "millions", "scores", "half", "percent", "share", "rest",
	"most", "many", "some", "several", "all", "none", "each", "both", "one", "two", "three",
	"few", "any", "either", "neither",
})

// chargeWith are the words after "charged" in a criminal charge.
var chargeWith = set([]string{"with", "in", "for", "over", "after", ".", ","})

// subordConj open adverbial clauses that can carry an attribution of their
// own: "… was charged after police say he struck a woman" tells of the
// charge, and of what the police say. A "when" clause with a subject of
// its own is a second event in any case: "She was crossing the street
// when a van struck her". Cutting at every "after" clause cost precision
// on ECB+ (f1=0.557 precision=0.818 against 0.562 precision=0.870); so
// did cutting only where a subject of its own follows ("after he opened
// fire": f1=0.553 precision=0.834 against 0.579 precision=0.879), and
// where that subject is a pronoun (0.574 against 0.586). A participle
// is cut (see participleConj).
var subordConj = set([]string{"after", "when", "before", "because", "as"})

// participleConj open an adverbial clause of a participle: "after
// slipping", "before releasing him", "while climbing".
var participleConj = set([]string{"after", "before", "while"})

// clauseConj join two clauses that each make a claim.
var clauseConj = set([]string{"while", "whereas", "but", "although", "though", "yet"})

// concessiveOpeners open a sentence with a clause that the main clause
// sets itself against, or that only frames it in time: "While …",
// "Although …". The main clause after the comma has its own subject
// (see concessiveOpening). They are clauseConj less "but" and "yet",
// which cannot open a clause before its main one.
var concessiveOpeners = set([]string{"while", "although", "though", "whereas"})

// promptVerbs are gerunds of perceiving or being told of something: after
// "after" or "on" they say what prompted the act before them (promptAt).
var promptVerbs = set(strings.Fields(`hearing seeing noticing spotting smelling receiving discovering`))

// questionOpener are the words a question opens with: a "?" glued to a
// word ends a question only in a sentence one of them opens (see
// pointSplit).
var questionOpener = set(strings.Fields(`who whom whose what which when where why how
	is are was were do does did can could will would should shall may might must has have had
	isn't aren't wasn't don't doesn't didn't won't wouldn't can't couldn't shouldn't haven't hasn't`))

// stopwords carry no content for alignment.
var stopwords = set(strings.Fields(`a an the and or but if then so of in on at to for from by with about as into
	onto over under than that this these those there here it its it's he him his she her hers they them their
	we us our you your i me my mine be is are was were been being am do does did done have has had having
	will would shall should can could may might must not no nor also just only very more most much many
	such some any each every all both either neither other another what which who whom whose when where why
	how while whereas although though because since until unless upon via per off out up down again
	further once said says say told tell according mr mrs ms dr one two s 's ’s t n't its'`))

// Closed classes the comparison of claims asks about (see facetwords.go).
var (
	// negators flip what a clause asserts (Claim.Negations): contractions
	// typed without the apostrophe ("I cant say") count, and "n't" is told
	// by its suffix. A verb that denies ("denied") disputes a claim rather
	// than negating it (class dispute in lexicon/words.toml).
	negators = set(strings.Fields(`not never no none nobody nothing neither nor cannot without
		cant dont didnt doesnt isnt wasnt werent wont wouldnt couldnt shouldnt arent hasnt havent hadnt`))
	// negationStops are words a negation cannot be about: "said nothing
	// after the arrest" negates the saying, not "after".
	negationStops = set(strings.Fields(`after before since during until about in on at for from with by
		of over into than because`))
	// nounMarkers precede a noun, not a verb: "his meetings" is not "met".
	nounMarkers = set(strings.Fields(`the a an his her their its our my your this that these those
		of in on at for with by`))
	// negationGaps stand between a negator and what it negates.
	negationGaps = set(strings.Fields(`be been being is was are were have has had do does did to
		a an the any ever yet so even also really immediately directly`))
	// soleWords present one thing as the whole of something ("his only
	// comment"), and commentWords name what was said, so that "only" next
	// to one qualifies the saying (Claim.Sole).
	soleWords    = set(strings.Fields(`only sole lone`))
	commentWords = set(strings.Fields(`saying said says say comment comments remark response replied
		offered answered statement told words`))
	// sequelWords put an act after an earlier state that was its opposite.
	sequelWords = set(strings.Fields(`finally eventually later ultimately subsequently afterwards afterward then`))
	// finiteWords are verbs and auxiliaries that make a stretch of words a
	// clause.
	finiteWords = set(strings.Fields(`is was are were be been has have had will would can could may
		might should must did does do said told went came took gave made left met saw found held won
		lost fled shot struck fell began knew thought brought sought kept sent spent built paid led ran
		hit put set cut`))
	// subordinators open a clause that dates an event of its own.
	subordinators = set([]string{"when", "since", "until", "while"})
	// scopePreps open the phrase that says what a stretch of time was spent
	// as or in.
	scopePreps = set([]string{"as", "with", "in", "at", "for", "under", "on"})
	// indefinites open a mention of someone unnamed: "a resident", "one
	// official", "another witness".
	indefinites = set([]string{"a", "an", "one", "another"})
	// questionWords open a clause that asks rather than asserts: "debated
	// whether the tax was legal" takes no position on the tax.
	questionWords = set([]string{"whether", "if"})
	// clauseBreaks end the reach of a stance word into another clause.
	clauseBreaks = set(strings.Fields(`while but whereas although though because after before when which who`))
	// leadingWords pick out the first or last few of a larger number.
	leadingWords = set([]string{"first", "last", "next", "final", "opening", "remaining"})
	// amountWords are the words of a number's text that give the amount,
	// not what is counted: number words, qualifiers.
	amountWords = set(strings.Fields(`a an zero one two three four five six seven eight nine ten eleven twelve
	thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
	eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions
	about some nearly at least most more than over up to around roughly almost approximately fewer less
	under just only close some estimated`))
)

// IsBe reports whether w is a form of "be".
func IsBe(w string) bool { return beForms[w] }

// IsNegator reports whether w flips what a clause asserts (see negators).
func IsNegator(w string) bool { return negators[w] }

// isNegatorWord reports whether w is a negator or ends in "n't": the
// test for a folded word, whose apostrophe is the typewriter one.
func isNegatorWord(w string) bool { return negators[w] || strings.HasSuffix(w, "n't") }

// IsNegationStop reports whether w is a word a negation cannot be about.
func IsNegationStop(w string) bool { return negationStops[w] }

// IsNounMarker reports whether w precedes a noun rather than a verb.
func IsNounMarker(w string) bool { return nounMarkers[w] }

// IsNegationGap reports whether w may stand between a negator and what it
// negates ("not be", "never even").
func IsNegationGap(w string) bool { return negationGaps[w] }

// IsSequel reports whether w puts an act after an earlier state
// ("finally", "later").
func IsSequel(w string) bool { return sequelWords[w] }

// IsFinite reports whether w is a verb or auxiliary that makes a clause.
func IsFinite(w string) bool { return finiteWords[w] }

// IsSubordinator reports whether w opens a clause that dates an event of
// its own ("when", "since").
func IsSubordinator(w string) bool { return subordinators[w] }

// IsPronoun reports whether w is a personal pronoun that can head a
// clause or stand for a speaker.
func IsPronoun(w string) bool { return pronouns[w] }

// IsScopePrep reports whether w opens the phrase that says what a stretch
// of time was spent as or in.
func IsScopePrep(w string) bool { return scopePreps[w] }

// IsClauseBreak reports whether w ends the reach of a stance word.
func IsClauseBreak(w string) bool { return clauseBreaks[w] }

// IsLeadingWord reports whether w picks out the first or last few of a
// larger number ("the first two games").
func IsLeadingWord(w string) bool { return leadingWords[w] }

// IsCountWord reports whether w gives an amount rather than what is
// counted (number words, qualifiers).
func IsCountWord(w string) bool { return amountWords[w] }

// nameSuffixes follow a person's name without being part of what tells
// one person from another ("Mark Felt Sr.").
var nameSuffixes = set(strings.Fields(`jr sr ii iii iv`))

// IsNameSuffix reports whether w (folded, without its period) is a
// generational suffix of a name.
func IsNameSuffix(w string) bool { return nameSuffixes[w] }

// Closed classes of the readings of states and of the arguments of acts
// (states.go, args.go).

// phaseWords open a phrase that tells what came before the act a claim
// reports: "recaptured after eight days on the run" asserts the capture;
// the run is over.
var phaseWords = set([]string{"after", "following", "before"})

// modalWords make what follows expected or possible, not asserted.
// They are the modal verbs but "shall", which news prose does not use of
// a state, and the words that make a state wanted or foreseen.
var modalWords = func() map[string]bool {
	m := set([]string{"to", "expected", "hoped"})
	for w := range modals {
		if w != "shall" {
			m[w] = true
		}
	}
	return m
}()

// objectMarkers stand before the object of an active verb ("arrested the
// gunman", "captured him").
var objectMarkers = set([]string{"the", "a", "an", "him", "her", "them", "his", "their", "its", "two", "three"})

// argStops end the stretch after an act word in which its arguments are
// read: another clause starts.
var argStops = set(strings.Fields(`and but while whereas although though before when because since
	until then who which that where as`))

// Words the open questions, injuries and motives read (disclosure.go),
// a figure's increase (figures.go) and a year before a noun (time.go).

// openNegators turn a verb of making known after them into a question left
// open: "not", "never", "without" (saying why), and verbs of refusing
// before "to" ("declined to say").
var openNegators = set([]string{"not", "never", "no", "without", "declined", "refused", "failed", "yet"})

// openGaps may stand between a verb of making known and its question word
// ("have not said publicly how").
var openGaps = set([]string{"exactly", "precisely", "publicly", "yet", "immediately", "officially", "as", "to"})

// openAux are auxiliaries before the asked verb ("how he had died").
var openAux = union(haveForms, doForms, set([]string{"get", "got"}))

// harmCues stand before the injuries someone had: "found with head
// injuries", "had suffered head injuries", "sustained wounds".
var harmCues = set([]string{"with", "suffered", "sustained", "suffering", "sustaining", "had", "received"})

// feelingPreps introduce what someone felt about: "unhappy with", "upset
// by", "angry at".
var feelingPreps = set([]string{"with", "by", "at", "about", "over"})

// addedWords say that what a figure counts comes on top of an earlier
// count ("two extra life sentences", "30 additional troops"): a figure
// of the increase, not a rival of the total ("three life sentences").
var addedWords = set([]string{"extra", "additional", "added", "new"})

// yearModifierBefore are the words after which a four-digit figure
// before a noun is a year, not a count.
var yearModifierBefore = set([]string{"a", "an", "his", "her", "its", "their"})

// union is the words of several sets.
func union(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			out[w] = true
		}
	}
	return out
}

// prepositions are the prepositions the stopword list leaves out ("during",
// "amid", "between"): they relate a claim's words to each other and say
// nothing of its fact, so two claims that share one share no fact by it.
// The particles of phrasal verbs ("down", "out", "off", "over") are left
// out: "shot down" and "broke out" say what happened; so are the
// prepositions of place ("across the north"), which may be all two short
// accounts of one event share besides its words. Held as stems, the
// form compare reads claims' words in.
var prepositionStems = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"about", "amid", "amidst", "among", "amongst", "before", "between",
		"despite", "during", "per", "since", "toward", "towards", "until", "till", "upon", "via"} {
		m[Stem(w)] = true
	}
	return m
}()

// timeNouns are the nouns that measure time ("for the first time in over a
// year" / "give the government time to … last year"): they place a fact
// but are no part of it, and figures and dates are compared as such.
var timeNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"time", "times", "year", "years", "month", "months", "week", "weeks",
		"day", "days", "hour", "hours", "minute", "minutes", "today", "yesterday", "tonight"} {
		m[Stem(w)] = true
	}
	return m
}()

// IsFrameWord reports whether a stem (see Stem) is a preposition's or a
// noun of time's: a word two claims may share without sharing a fact.
func IsFrameWord(stem string) bool { return prepositionStems[stem] || timeNouns[stem] }
