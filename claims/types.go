package claims

// Span is a byte range [Start, End) into Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// In returns the text the span covers, or "" if it does not fit text.
func (s Span) In(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Article is one source: its text, exactly as read, and what we know about it.
type Article struct {
	ID        string // source id: the file's base name without extension
	Path      string // as the user named it ("-" for stdin, a URL for pages)
	Title     string // headline, when the text carries one
	Outlet    string // publisher, when known
	Published string // publication date as YYYY-MM-DD, when known
	Text      string // the text all spans point into; never rewritten
	// Extracted is true when Text was derived from the input (HTML, a URL)
	// or is on no disk (standard input), so a report must carry Text for
	// its spans to mean anything.
	Extracted bool
	// Skip marks regions that are not article body (repeated headline, date line,
	// navigation, section headings): they stay in Text but yield no claims.
	// Skip is sorted by Start and its regions do not overlap: lookups
	// search it (inSkip), so a text of thousands of skipped lines stays
	// linear.
	Skip []Span
	// Paragraphs are the body's paragraphs, trimmed: as the input format
	// marks them (Markdown), or blank-line-separated blocks of Text, a
	// hard-wrapped block being one paragraph. A paragraph may hold line
	// breaks; the rules read each as a space. Nil: found from Text.
	Paragraphs []Span
	// Words counts words in the body (Text outside Skip).
	Words int
}

// Kind says how a claim is made.
type Kind string

const (
	Quote     Kind = "quote"     // direct speech in quotation marks
	Reported  Kind = "reported"  // indirect speech with a cue ("X said that …")
	Statement Kind = "statement" // the writer's own assertion
)

// Speaker is who a claim is attributed to: the head of the noun phrase
// before or after the cue. In "A spokesman for the Pentagon said", the
// spokesman speaks: Text and Span hold the whole phrase, and Name is
// "spokesman for the Pentagon", the description without its article, not
// "Pentagon". A name in the modifier ("a lawyer for Smith") is not the
// speaker; a named head keeps its name ("Mr. Ortiz of the Farmers Union"
// is Ortiz). SpeakerHead gives the head of a descriptive Name.
type Speaker struct {
	Name string // canonical name for all mentions in the article ("Donald Trump")
	Text string // the mention as written ("he", "former U.S. President Donald Trump")
	Span Span   // the mention's bytes
	Role string // title or role as written next to the mention ("former U.S. President"), if any
	// Definite is whether the mention names someone who can be told apart
	// from another: not an indefinite ("a resident"), a pronoun, a vague
	// word ("officials") or a plural of common nouns ("lawmakers").
	Definite bool
	// Joint is whether the mention joins several speakers with "and"
	// ("Pruitt and Galloway").
	Joint bool
	// Key is the last word of the name, folded, without a possessive:
	// "Nicolás Maduro" and "Maduro" are "maduro". A descriptive name is
	// keyed by its head and the body its modifier names ("spokesman for
	// the Pentagon" is "spokesman pentagon"): neither the Pentagon itself
	// nor every body's spokesman.
	Key string
	// Telling are the words of the name and the mention that tell the
	// speaker apart, folded: all of them, or for a descriptive name only
	// its modifier's ("officials at the Health Ministry" are the
	// ministry's, not every official's), without stopwords, titles and
	// words of two letters or fewer. Two speakers sharing one may be one.
	Telling []string
	// Initials are the initials of the name's capitalised words, folded
	// ("ltp" for "Lakeland Traffic Police"), "" when fewer than two.
	Initials string
	// Words are the folded words of the mention and the name, in order:
	// where another speaker's Initials may be written ("LTP Officer Glen
	// Morrow").
	Words []string
	// ForBody is whether the mention or role gives a role in an
	// organisation ("police inspector Ross Tennant", "a spokesman"): the
	// speaker speaks for a body.
	ForBody bool
}

// Cue is the word or phrase that marks an attribution ("said", "according to").
type Cue struct {
	Lemma string // "say", "confirm", "according to"
	Text  string
	Span  Span
}

// Part is a piece of text with its span: the content of an attribution.
type Part struct {
	Text string
	Span Span
	// Clause is whether the part reads as a statement (it has a verb, or
	// more than six words) rather than the object of an act ("responded
	// to a distress call").
	Clause bool
	// Stems are the stems of the content words of Text, in order
	// (ContentWords): what the part says, without who says it or the cue.
	Stems []string
}

// Time is a time expression, as written and resolved when possible.
type Time struct {
	Text  string
	Value string // YYYY-MM-DD (or YYYY-MM, YYYY) when resolved, else ""
	Span  Span
	// Weekday is the day of the week the expression names ("friday"), or
	// "": "on Friday" and "Thursday" name two days even when no
	// publication date resolves them.
	Weekday string
	// Scope is the clause the time is stated in (see Number.Scope).
	Scope Span
	// Act holds the content-word stems of Scope other than figures: what
	// the clause says happened ("blaze", "broke"), so two times can be
	// told to date one act without reading the text again.
	Act []string
	// Clock is the time of day as HH:MM (24-hour) for "8.49pm", "20:45
	// GMT", else ""; Approx is true when the text hedges it ("about
	// 8.40pm").
	Clock  string
	Approx bool
	// Relative is whether the expression is said relative to the
	// publication date ("today", "Monday", "10 days ago") rather than
	// written out with a month or a year ("November 30", "2019"): its
	// Value may be a day off when the publication date is.
	Relative bool
	// Subordinate is whether the time dates a clause set inside the claim
	// ("… the contract he signed when the club hired him on April 21,
	// 2004"): another event than the claim's own.
	Subordinate bool
	// MonthDay is the month and day ("12-06") of a date written without
	// a year ("6 December", "Nov. 30"), else "". Value holds it resolved
	// against the publication date when that is known; when it is not,
	// the other articles of a story may still say which year it is.
	MonthDay string
	// Family is the family of the act the time dates (claims/lexicon
	// acts.toml: "die" for "died on Friday", "He died at 12:45 p.m. on
	// Thursday"), when the time follows that act's verb within its
	// arguments; else "". Two times of one family date one kind of act
	// whatever else their clauses say.
	Family string
	// Who is the person the dated act is of, as the article names them
	// canonically (see Arg.Who), or "".
	Who string
	// Said is whether the time dates a saying rather than what is said:
	// "… has been charged, police said Saturday", "told reporters on
	// Monday", "in a Monday statement" (see saidTimes). Another source's
	// time for the act the saying reports is no rival of it.
	Said bool
	// Dates is the stem of the word the time dates as the clause reads
	// (see datedWord): the verb it follows among that verb's phrases
	// ("charg" for "was charged with murder Saturday", "arrest" for
	// "arrested on suspicion of driving drunk early Tuesday"), or the
	// noun a possessive time stands before ("gam" for "Sunday's playoff
	// game"); "" when the time opens its clause or nothing is read.
	Dates string
	// Day is the day the expression names counted from the day the
	// article was written: 0 for "today", "this morning", "tonight", -1
	// for "yesterday", "last night", +1 for "tomorrow", -2 for "two days
	// ago"; OnDay says whether it names such a day at all. Unlike Value
	// it is known without a publication date, so two times of one
	// undated article can still be told apart ("this morning" against
	// "yesterday"); across articles it says nothing, their writing days
	// being unknown.
	Day   int
	OnDay bool
}

// Entity is a named person, organisation or place mentioned in a claim.
type Entity struct {
	Name string // canonical name in the article ("Nicolás Maduro")
	Type string // person | organization | place | other
	Text string // the mention as written ("Maduro")
	Span Span
	Role string // title or role written with the mention, if any
	// Office is the office a person's Role names, without status, country
	// or spelling ("foreign minister" for "Venezuelan Foreign Minister"),
	// or ""; Status is the status Role gives it: "former", "acting",
	// "elect", "then" (the title as it was at the time), or "" (current).
	Office, Status string
}

// Number is a quantity in a claim.
type Number struct {
	Text      string  // "at least 83 people"
	Value     float64 // 83
	Qualifier string  // "at least", "more than", "about", … or ""
	// Round is how far a figure written with a scale word of a thousand
	// or more may be from Value: half a unit of its last written digit
	// ("1.2 million": 50,000; "4 billion": 500 million; "$2. 6 million",
	// its point split by a space, counts from the "2"). 0 for a figure
	// taken as exact, which includes a scale letter glued to the digits
	// ("$136M").
	Round float64
	Unit  string // counted noun or unit ("people", "%", "USD"), or ""
	Span  Span
	// Scope is the clause the number is stated in: its predicate and the
	// participants that go with it ("they had moved back to Millom around
	// six weeks ago" in "… lived in South Wales for three years and they
	// had moved back to Millom around six weeks ago"). A place or person
	// named in another clause of the claim is not this figure's.
	Scope Span
	// Act holds the content-word stems of Scope other than figures and
	// the unit: what the figure measures ("injur", "riot" in "12 people
	// were injured in the riots"). Two figures of one unit measure one
	// thing when their acts meet; "12 people were injured" and "three
	// people were killed" count two things.
	Act []string
	// Of is the canonical name of the person the figure describes when
	// it is an age (Unit AgeUnit) written with the name ("Comeaux, 49,";
	// "Felt died aged 95"), else "". An age is the person's, whatever the
	// clause around it says.
	Of string
	// Before and After are the content-word stems of up to four words of
	// Claim.Text before and after the figure: what it is about ("killed …
	// in the coastal province"), what is that far (a distance), and, first
	// of After, the noun a modifying figure belongs to ("the 36-year-old
	// driver"). A figure written outside Claim.Text (a quote's, in the
	// attribution around it) has the whole claim's words as Before and no
	// After.
	Before, After []string
	// Prep is, for a stretch of time spent somewhere ("11 seasons as a
	// player"), the preposition after it that says in what capacity ("as",
	// "with", "in"), else "".
	Prep string
	// Leading is whether the figure counts the first or last few of
	// something ("the first two games"), no rival of a count of the whole.
	Leading bool
	// Converted is whether the figure is a sum in brackets right after a
	// sum in another currency ("110 billion euros ($143 billion)"): the
	// writer's conversion, at a rate of the writer's choosing, no report
	// of the sum of its own.
	Converted bool
	// Listed is whether the figure is joined to the one written before it
	// by "and" or a comma ("14 Somali and 9 Yemeni pirates"): the items of
	// a list, which may add up to a total.
	Listed bool
	// Kinds is what the figure's text says of the counted noun besides
	// the noun and the amount ("ak-47" in "seven AK-47 rifles", "yemeni"
	// in "11 Yemeni pirates"), folded.
	Kinds []string
	// Per is the stretch of time a rate is given for ("year" in "$21
	// million a year", "an average annual value of $23 million", "$20
	// million per season"), folded and singular, else "": a rate and a
	// total are different figures, and a rate times the stretch it runs
	// for is a total.
	Per string
	// Owner is, for a sum of money, the canonical name of the party it
	// is of: the subject or possessor of its offer or deal ("the Red Sox
	// offered $184 million", "the Nationals' $160 million offer"), or the
	// one a deal is for ("the $161 million that Sabathia received"), else
	// "". Two parties' sums are two figures, whatever their clauses share.
	Owner string
	// Subject is the canonical name of the person or organisation the
	// clause the figure is stated in is about: its subject, "he"/"she"
	// read as the person last named, a relative clause's named
	// antecedent ("He chaired the gala four times"; "the Hawks, who
	// had the money to pay him $70 million"), else "" (unread, a figure
	// that is itself the subject, or an act of saying: a source's figure
	// is no party's). Two subjects' figures are two facts.
	Subject string
	// Modifies is, for a count joined to its unit by a hyphen and written
	// before a noun ("an 11-game win streak", "a 10-year sentence", "the
	// five-boat pirate formation"), the stem of that noun: the figure
	// measures the streak, the sentence, the formation, not a number of
	// games, years or boats the story counts elsewhere. "" otherwise, and
	// for ages (see Of).
	Modifies string
	// Proper are the Kinds written with a capital, not at the start of
	// the figure: a proper adjective of origin, maker or model ("yemeni"
	// in "11 Yemeni pirates"). Such a count may be a part of a larger
	// count of the plain noun ("23 pirates").
	Proper []string
	// Tally is whether the figure is a running or overall total, by the
	// words of its clause ("so far", "to date", "in all", "altogether")
	// or of its list ("a total of 9 rifles, 20 magazines and 400
	// cartridges"): a total is no rival of a smaller figure for one part of
	// it ("8 magazines" seized in one patrol of four).
	Tally bool
	// Except is whether the figure is what an act leaves out of a whole
	// ("played in all but three matches", "all except three"): the
	// games he played, no count of the games he missed, and no rival of
	// a count of that act.
	Except bool
	// Verb is the stem of the verb the figure is the object of: the last
	// verb before it in its clause, read back across the phrases of the
	// object and the items of a list ("attacked a building, four shops
	// and two banks", "attacked a police station in the centre as well
	// as at least three banks": "attack"), else "". Two counts of one
	// noun that one verb governs measure one thing however much else
	// their clauses say.
	Verb string
	// When is the resolved value (YYYY-MM-DD, YYYY-MM or YYYY, or "--MM"
	// for a lone month no publication date gives a year) of a time
	// fronted in the figure's sentence ("In May, thieves stole £400,000
	// worth of watches … and a second theft saw a ring worth £1.5m
	// stolen"; "At the end of July, an armed man robbed a gallery, making
	// off with paintings worth 40 million euros") when no time of the
	// claim lies inside Scope, else "". A time set before the sentence's
	// first comma dates every clause of it, the conjuncts and the clauses
	// split into claims of their own included: the figure is of that
	// time's event.
	When string
	// Prior is whether the figure's clause is set a month or more before
	// the act its sentence's main clause reports: the clause follows
	// "<months or years> after" ("The raid comes little over a month
	// after a masked gunman made off with $52 million"). It is an earlier
	// event's figure, no rival of one the news gives.
	Prior bool
}

// Claim is one atomic assertion of an article: who said what, when.
type Claim struct {
	ID       string // "<source>#<n>", stable for the same input
	Source   string // Article.ID
	Kind     Kind
	Sentence Span   // the whole sentence; Article.Text[Sentence] is its text
	Text     string // the atomic claim; may be a clause of the sentence
	TextSpan Span   // where Text comes from (a sub-span of Sentence)
	Speaker  *Speaker
	Cue      *Cue
	Content  *Part
	Time     []Time
	Entities []Entity
	Numbers  []Number
	// Negated is whether some word negates the claim (Negations), Hedged
	// whether some word hedges it (Hedges).
	Negated   bool
	Hedged    bool
	Negations []Negation
	Hedges    []Hedge
	// States are the polar states the claim reports, each on the side it
	// asserts after negation (see State).
	States []State
	// Stances are the positions the claim takes on a target ("backed the
	// plan", "found the ban unconstitutional"), each on the side it takes
	// after negation (see Stance).
	Stances []Stance
	// Predicate is the lemma of the claim's main verb ("reveal", "deploy"),
	// and Agent who does it according to the text (canonical name), when
	// found; compare uses them to see the same act credited to someone else.
	Predicate string
	Agent     string
	AgentSpan Span
	// AgentStems are the stems of the content words of Agent, in order
	// (ContentWords): the words that name the doer, not what was done.
	AgentStems []string
	// Relative is whether Text is a relative clause on a thing, opening
	// with "which" ("which was first revealed by The New York Times"): it
	// names no object of its own and is about what its antecedent is.
	Relative bool
	// Stems are the stems of the content words of Text, in order
	// (ContentWords): what two claims' wordings share.
	Stems []string
	// SentenceKeys are the words of the claim's whole sentence that can be
	// a speaker's Key, each once, in order: folded, without a possessive,
	// of three letters or more and not a title. A sentence that names
	// another source near a statement ("the appeals court sided with the
	// city, and the association's lawyer said …") may credit it to either.
	// Read only for a claim with a Speaker: only a credited claim is asked.
	SentenceKeys []string
	// Passive are the stems of the words Text uses only as a passive that
	// names no doer ("the woman was hit", not "was hit by the driver"), in
	// order: such a claim does not say who did it.
	Passive []string
	// Polarity is where the claim's words stand, for setting what it
	// negates against what another claim asserts (see Polarity).
	Polarity Polarity
	// Sole is whether the sentence of a quote presents the quotation as
	// all the speaker said ("saying only", "his only comment", "offered
	// only a vague comment"), read outside the quotation: two sources
	// that each give the one thing someone said cannot both be right.
	Sole bool
	// AgentNamed is whether Agent is a name ("Maduro") rather than a
	// description ("vaccine manufacturers").
	AgentNamed bool
	// Args are the arguments of the acts the claim states, by role: the
	// cause, place and manner of a death (see Arg).
	Args []Arg
	// Open are the questions about an act the claim says are not
	// answered: "police have not disclosed how the women died" leaves the
	// cause of the deaths open (see Open).
	Open []Open
	// Roles are the statements of a person's office the claim makes: a
	// title before a name, an apposition, a copula, a fronted capacity
	// ("As associate director of the FBI, he …"), in text order (see
	// Role).
	Roles []Role
	// Empty is whether the claim states nothing another source could
	// confirm or contradict: only a source and its cue ("com is reporting
	// that"), a time alone, a question, a credit line, a clause cut off
	// by a split (see empty). It stays among its source's claims; compare
	// takes it as no finding's evidence.
	Empty bool

	colon int // token index of a colon that introduces the quote, if > 0
	rest  int // token index where the main clause resumes after an introductory cue, if > 0
}
