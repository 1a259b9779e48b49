package claims

// Lexicons shipped in the binary. They are deliberately plain Go maps: easy
// to read in review, easy to extend when a miss is found, and no file to load.

// cueLemmas maps inflected attribution verbs to their lemma. Only verbs
// that introduce speech, writing or a stance belong here; "reported" and
// "described" count because news uses them to credit a source.
var cueLemmas = func() map[string]string {
	m := map[string]string{}
	add := func(lemma string, forms ...string) {
		m[lemma] = lemma
		for _, f := range forms {
			m[f] = lemma
		}
	}
	add("say", "said", "says", "saying")
	add("tell", "told", "tells", "telling")
	add("add", "added", "adds", "adding")
	add("note", "noted", "notes", "noting")
	add("state", "stated", "states", "stating")
	add("argue", "argued", "argues", "arguing")
	add("claim", "claimed", "claims", "claiming")
	add("warn", "warned", "warns", "warning")
	add("insist", "insisted", "insists", "insisting")
	add("acknowledge", "acknowledged", "acknowledges", "acknowledging")
	add("admit", "admitted", "admits", "admitting")
	add("deny", "denied", "denies", "denying")
	add("concede", "conceded", "concedes", "conceding")
	add("confirm", "confirmed", "confirms", "confirming")
	add("write", "wrote", "writes", "writing", "written")
	add("tweet", "tweeted", "tweets", "tweeting")
	add("explain", "explained", "explains", "explaining")
	add("announce", "announced", "announces", "announcing")
	add("reveal", "revealed", "reveals", "revealing")
	add("stress", "stressed", "stresses", "stressing")
	add("emphasize", "emphasized", "emphasizes", "emphasizing", "emphasise", "emphasised", "emphasises", "emphasising")
	add("declare", "declared", "declares", "declaring")
	add("assert", "asserted", "asserts", "asserting")
	add("maintain", "maintained", "maintains", "maintaining")
	add("accuse", "accused", "accuses", "accusing")
	add("suggest", "suggested", "suggests", "suggesting")
	add("report", "reported", "reports", "reporting")
	add("describe", "described", "describes", "describing")
	add("urge", "urged", "urges", "urging")
	add("predict", "predicted", "predicts", "predicting")
	add("promise", "promised", "promises", "promising")
	add("vow", "vowed", "vows", "vowing")
	add("reply", "replied", "replies", "replying")
	add("respond", "responded", "responds", "responding")
	add("answer", "answered", "answers", "answering")
	add("ask", "asked", "asks", "asking")
	add("question", "questioned", "questions", "questioning")
	add("criticize", "criticized", "criticizes", "criticizing", "criticise", "criticised", "criticises", "criticising")
	add("allege", "alleged", "alleges", "alleging")
	add("estimate", "estimated", "estimates", "estimating")
	add("recall", "recalled", "recalls", "recalling")
	add("believe", "believed", "believes", "believing")
	add("think", "thought", "thinks")
	add("contend", "contended", "contends", "contending")
	add("complain", "complained", "complains", "complaining")
	add("agree", "agreed", "agrees")
	add("disclose", "disclosed", "discloses", "disclosing")
	add("indicate", "indicated", "indicates", "indicating")
	add("mention", "mentioned", "mentions", "mentioning")
	add("observe", "observed", "observes", "observing")
	add("point", "pointed", "points")
	add("reiterate", "reiterated", "reiterates", "reiterating")
	add("repeat", "repeated", "repeats")
	add("charge", "charged", "charges")
	add("blame", "blamed", "blames", "blaming")
	add("praise", "praised", "praises", "praising")
	add("call", "called", "calls")
	add("tout", "touted", "touts", "touting")
	add("boast", "boasted", "boasts", "boasting")
	add("testify", "testified", "testifies", "testifying")
	add("acknowledge")
	add("caution", "cautioned", "cautions", "cautioning")
	add("announce")
	add("signal", "signaled", "signalled", "signals")
	add("hint", "hinted", "hints")
	add("speculate", "speculated", "speculates")
	add("recount", "recounted", "recounts")
	add("concur", "concurred")
	add("counter", "countered", "counters")
	add("retort", "retorted")
	add("quip", "quipped")
	add("joke", "joked", "jokes")
	add("shout", "shouted")
	add("conclude", "concluded", "concludes")
	add("find", "found", "finds")
	add("show", "showed", "shows", "shown")
	add("learn", "learned", "learnt")
	add("pledge", "pledged", "pledges")
	add("threaten", "threatened", "threatens")
	add("demand", "demanded", "demands")
	add("dismiss", "dismissed", "dismisses")
	add("reject", "rejected", "rejects")
	add("defend", "defended", "defends")
	add("attest", "attested")
	add("remark", "remarked", "remarks")
	add("comment", "commented", "comments")
	add("post", "posted")
	add("feel", "felt", "feels")
	add("expect", "expected", "expects")
	add("hope", "hoped", "hopes")
	add("fear", "feared", "fears")
	add("worry", "worried", "worries")
	add("wonder", "wondered", "wonders")
	add("know", "knew", "knows")
	add("insinuate", "insinuated")
	add("imply", "implied", "implies")
	add("assure", "assured", "assures")
	add("inform", "informed", "informs")
	add("advise", "advised", "advises")
	add("propose", "proposed", "proposes")
	add("recommend", "recommended", "recommends")
	for _, v := range stanceVerbs {
		add(v[0], v[1:]...)
	}
	return m
}()

// IsStanceCue reports whether a cue lemma is a stance, intention or
// evaluation verb ("attack", "back", "want") rather than a verb of speech:
// its subject acts as well as speaks, so it is a participant of what the
// claim reports, not only its source.
func IsStanceCue(lemma string) bool { return stanceLemmas[lemma] }

var stanceLemmas = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range stanceVerbs {
		m[v[0]] = true
	}
	return m
}()

// stanceVerbs take a stance, intention or evaluation that news annotators
// credit to a source like speech: "Clinton cited the figure", "the group
// backed the plan", "Trump wants to build a wall". Each is lemma, forms.
// They count only with a speaker-like subject and an object, a clause or an
// infinitive (see stanceCue).
var stanceVerbs = [][]string{
	{"cite", "cited", "cites", "citing"},
	{"attack", "attacked", "attacks", "attacking"},
	{"endorse", "endorsed", "endorses", "endorsing"},
	{"support", "supported", "supports", "supporting"},
	{"back", "backed", "backs", "backing"},
	{"oppose", "opposed", "opposes", "opposing"},
	{"blast", "blasted", "blasts", "blasting"},
	{"slam", "slammed", "slams", "slamming"},
	{"rip", "ripped", "rips", "ripping"},
	{"hammer", "hammered", "hammers", "hammering"},
	{"condemn", "condemned", "condemns", "condemning"},
	{"denounce", "denounced", "denounces", "denouncing"},
	{"decry", "decried", "decries", "decrying"},
	{"mock", "mocked", "mocks", "mocking"},
	{"ridicule", "ridiculed", "ridicules", "ridiculing"},
	{"deride", "derided", "derides", "deriding"},
	{"applaud", "applauded", "applauds", "applauding"},
	{"welcome", "welcomed", "welcomes", "welcoming"},
	{"challenge", "challenged", "challenges", "challenging"},
	{"dispute", "disputed", "disputes", "disputing"},
	{"liken", "likened", "likens", "likening"},
	{"compare", "compared", "compares", "comparing"},
	{"echo", "echoed", "echoes", "echoing"},
	{"express", "expressed", "expresses", "expressing"},
	{"highlight", "highlighted", "highlights", "highlighting"},
	{"underscore", "underscored", "underscores", "underscoring"},
	{"label", "labeled", "labelled", "labels", "labeling", "labelling"},
	{"dub", "dubbed", "dubs", "dubbing"},
	{"brand", "branded", "brands", "branding"},
	{"deem", "deemed", "deems", "deeming"},
	{"consider", "considered", "considers", "considering"},
	{"view", "viewed", "views", "viewing"},
	{"regard", "regarded"},
	{"characterize", "characterized", "characterizes", "characterizing", "characterise", "characterised"},
	{"portray", "portrayed", "portrays", "portraying"},
	{"paint", "painted", "paints", "painting"},
	{"promote", "promoted", "promotes", "promoting"},
	{"champion", "championed", "champions", "championing"},
	{"advocate", "advocated", "advocates", "advocating"},
	{"push", "pushed", "pushes", "pushing"},
	{"press", "pressed", "presses", "pressing"},
	{"seek", "sought", "seeks", "seeking"},
	{"want", "wanted", "wants", "wanting"},
	{"plan", "planned", "plans", "planning"},
	{"intend", "intended", "intends", "intending"},
	{"decide", "decided", "decides", "deciding"},
	{"refuse", "refused", "refuses", "refusing"},
	{"decline", "declined", "declines", "declining"},
	{"offer", "offered", "offers", "offering"},
	{"unveil", "unveiled", "unveils", "unveiling"},
	{"outline", "outlined", "outlines", "outlining"},
	{"detail", "detailed", "details", "detailing"},
	{"reference", "referenced", "references", "referencing"},
	{"invoke", "invoked", "invokes", "invoking"},
	{"raise", "raised", "raises", "raising"},
	{"discuss", "discussed", "discusses", "discussing"},
	{"address", "addressed", "addresses", "addressing"},
	{"chastise", "chastised", "chastises", "chastising"},
	{"scold", "scolded", "scolds", "scolding"},
	{"lambaste", "lambasted", "lambastes", "lambasting"},
	{"fault", "faulted", "faults", "faulting"},
	{"credit", "credited", "credits", "crediting"},
	{"thank", "thanked", "thanks", "thanking"},
	{"congratulate", "congratulated", "congratulates", "congratulating"},
	{"apologize", "apologized", "apologizes", "apologizing", "apologise", "apologised"},
	{"regret", "regretted", "regrets", "regretting"},
	{"lament", "lamented", "laments", "lamenting"},
	{"bemoan", "bemoaned", "bemoans", "bemoaning"},
	{"doubt", "doubted", "doubts", "doubting"},
	{"suspect", "suspected", "suspects", "suspecting"},
	{"understand", "understood", "understands", "understanding"},
	{"recognize", "recognized", "recognizes", "recognizing", "recognise", "recognised"},
	{"realize", "realized", "realizes", "realizing", "realise", "realised"},
	{"anticipate", "anticipated", "anticipates", "anticipating"},
	{"forecast", "forecasts", "forecasting"},
	{"project", "projected", "projects", "projecting"},
	{"determine", "determined", "determines", "determining"},
	{"rule", "ruled", "rules", "ruling"},
	{"document", "documented", "documents", "documenting"},
	{"chronicle", "chronicled", "chronicles", "chronicling"},
	{"depict", "depicted", "depicts", "depicting"},
	{"implore", "implored", "implores", "imploring"},
	{"exhort", "exhorted", "exhorts", "exhorting"},
	{"encourage", "encouraged", "encourages", "encouraging"},
	{"downplay", "downplayed", "downplays", "downplaying"},
	{"justify", "justified", "justifies", "justifying"},
	{"rate", "rated", "rates", "rating"},
	{"judge", "judged", "judges", "judging"},
	{"knock", "knocked", "knocks", "knocking"},
	{"hail", "hailed", "hails", "hailing"},
	{"laud", "lauded", "lauds", "lauding"},
	{"commend", "commended", "commends", "commending"},
	{"embrace", "embraced", "embraces", "embracing"},
	{"brag", "bragged", "brags", "bragging"},
	{"favor", "favored", "favors", "favoring", "favour", "favoured", "favours"},
	{"prefer", "preferred", "prefers", "preferring"},
	{"like", "liked", "likes"},
	{"reaffirm", "reaffirmed", "reaffirms", "reaffirming"},
	{"request", "requested", "requests", "requesting"},
	{"insult", "insulted", "insults", "insulting"},
	{"accept", "accepted", "accepts", "accepting"},
	{"approve", "approved", "approves", "approving"},
	{"speak", "spoke", "speaks", "speaking", "spoken"},
	{"talk", "talked", "talks", "talking"},
	{"weigh", "weighed", "weighs", "weighing"},
	{"lash", "lashed", "lashes", "lashing"},
	{"rail", "railed", "rails", "railing"},
	{"refer", "referred", "refers", "referring"},
	{"allude", "alluded", "alludes", "alluding"},
	{"sum", "summed", "sums", "summing"},
	{"continue", "continued", "continues"},
	{"exclaim", "exclaimed", "exclaims"},
	{"chant", "chanted", "chants", "chanting"},
	{"sing", "sang", "sings", "singing"},
	{"yell", "yelled", "yells", "yelling"},
	{"scream", "screamed", "screams", "screaming"},
	{"muse", "mused", "muses"},
	{"grill", "grilled", "grills", "grilling"},
	{"interview", "interviewed", "interviews"},
	{"confront", "confronted", "confronts", "confronting"},
	{"ignore", "ignored", "ignores", "ignoring"},
	{"defy", "defied", "defies", "defying"},
	{"rebuke", "rebuked", "rebukes", "rebuking"},
	{"reprimand", "reprimanded", "reprimands"},
	{"pressure", "pressured", "pressures", "pressuring"},
	{"persuade", "persuaded", "persuades", "persuading"},
	{"convince", "convinced", "convinces", "convincing"},
	{"taunt", "taunted", "taunts", "taunting"},
	{"salute", "saluted", "salutes", "saluting"},
	{"celebrate", "celebrated", "celebrates", "celebrating"},
	{"trumpet", "trumpeted", "trumpets", "trumpeting"},
	{"swear", "swore", "swears", "sworn"},
	{"guarantee", "guaranteed", "guarantees", "guaranteeing"},
	{"reassure", "reassured", "reassures", "reassuring"},
	{"confess", "confessed", "confesses", "confessing"},
	{"protest", "protested", "protests", "protesting"},
	{"object", "objected", "objects", "objecting"},
	{"disagree", "disagreed", "disagrees", "disagreeing"},
	{"veto", "vetoed", "vetoes", "vetoing"},
	{"refute", "refuted", "refutes", "refuting"},
	{"rebut", "rebutted", "rebuts", "rebutting"},
	{"contradict", "contradicted", "contradicts", "contradicting"},
	{"clarify", "clarified", "clarifies", "clarifying"},
	{"elaborate", "elaborated", "elaborates", "elaborating"},
	{"frame", "framed", "frames", "framing"},
	{"equate", "equated", "equates", "equating"},
	{"link", "linked", "links", "linking"},
	{"attribute", "attributed", "attributes", "attributing"},
	{"wish", "wished", "wishes", "wishing"},
	{"aim", "aimed", "aims", "aiming"},
	{"discover", "discovered", "discovers", "discovering"},
	{"assume", "assumed", "assumes", "assuming"},
	{"presume", "presumed", "presumes"},
	{"suppose", "supposed", "supposes"},
	{"reckon", "reckoned", "reckons"},
	{"campaign", "campaigned", "campaigns", "campaigning"},
	{"lobby", "lobbied", "lobbies", "lobbying"},
	{"see", "saw", "sees", "seen"},
	{"treat", "treated", "treats", "treating"},
}

// cueParticles complete a cue: "called for", "pointed to", "spoke of".
// Verbs in needParticle are cues only with one ("spoke at the rally" is
// not an attribution, "spoke of a crisis" is).
var cueParticles = map[string]map[string]bool{
	"call":      {"for": true, "on": true, "out": true},
	"point":     {"to": true, "out": true},
	"speak":     {"of": true, "about": true, "out": true, "against": true},
	"talk":      {"about": true, "up": true},
	"weigh":     {"in": true},
	"lash":      {"out": true},
	"rail":      {"against": true, "at": true},
	"push":      {"for": true, "back": true},
	"press":     {"for": true},
	"argue":     {"for": true, "against": true},
	"warn":      {"of": true, "about": true, "against": true},
	"complain":  {"about": true, "of": true},
	"refer":     {"to": true},
	"allude":    {"to": true},
	"sum":       {"up": true},
	"comment":   {"on": true},
	"respond":   {"to": true},
	"agree":     {"with": true},
	"hint":      {"at": true},
	"boast":     {"about": true, "of": true},
	"brag":      {"about": true},
	"worry":     {"about": true},
	"apologize": {"for": true},
	"campaign":  {"for": true, "against": true, "on": true},
	"decide":    {"against": true, "on": true},
	"lobby":     {"for": true, "against": true},
	"object":    {"to": true},
	"protest":   {"against": true},
	"disagree":  {"with": true},
}

var needParticle = map[string]bool{
	"campaign": true, "lobby": true, "object": true,
	"speak": true, "talk": true, "weigh": true, "lash": true, "rail": true, "refer": true,
	"allude": true, "sum": true, "push": true, "press": true, "point": true,
}

// quoteOnlyCues attribute only a quotation next to them: "she continued,
// “…”", "the crowd chanted “…”".
var quoteOnlyCues = map[string]bool{
	"continue": true, "exclaim": true, "chant": true, "sing": true, "yell": true, "scream": true,
	"muse": true, "grill": true, "interview": true,
}

// intentCues take an infinitive as content: "wants to build", "refused to
// comment", "agreed to pay".
var intentCues = map[string]bool{
	"want": true, "plan": true, "intend": true, "decide": true, "refuse": true, "decline": true,
	"agree": true, "vow": true, "pledge": true, "promise": true, "offer": true, "threaten": true,
	"hope": true, "seek": true, "expect": true, "urge": true, "call": true, "ask": true,
	"encourage": true, "implore": true, "exhort": true, "press": true, "push": true, "prefer": true,
	"request": true, "demand": true, "propose": true, "advocate": true,
}

// personNouns are common nouns for people, who can hold a stance: "the
// woman disputes …", "a veteran backed …".
var personNouns = map[string]bool{
	"man": true, "woman": true, "men": true, "women": true, "mother": true, "father": true,
	"mom": true, "dad": true, "parent": true, "parents": true, "son": true, "daughter": true,
	"wife": true, "husband": true, "widow": true, "girl": true, "boy": true, "child": true,
	"children": true, "kids": true, "friend": true, "friends": true, "doctor": true, "nurse": true,
	"teacher": true, "veteran": true, "veterans": true, "voter": true, "citizen": true,
	"citizens": true, "resident": true, "neighbor": true, "neighbors": true, "author": true,
	"authors": true, "writer": true, "scholar": true, "scholars": true, "historian": true,
	"historians": true, "scientist": true, "physician": true, "attorneys": true, "lawyers": true,
	"judge": true, "judges": true, "jury": true, "panel": true, "moderator": true, "host": true,
	"narrator": true, "candidate": true, "candidates": true, "nominee": true, "president": true,
	"governor": true, "senator": true, "mayor": true, "employer": true, "employers": true,
	"businesses": true, "companies": true, "firms": true, "banks": true, "countries": true,
	"nations": true, "states": true, "administrators": true, "regulators": true, "legislators": true,
	"conservatives": true, "liberals": true, "progressives": true, "moderates": true,
	"independents": true, "fans": true, "audience": true, "crowd": true, "public": true,
	"americans": true, "others": true, "many": true, "some": true, "most": true, "both": true,
	"all": true, "everyone": true, "nobody": true, "someone": true, "anyone": true, "each": true,
	"reporter": true, "reporters": true, "journalist": true, "journalists": true, "editors": true,
	"editor": true, "columnist": true, "commentator": true, "pollster": true, "pollsters": true,
	"economist": true, "strategist": true, "strategists": true, "consultant": true, "donor": true,
	"donors": true, "backers": true, "surrogate": true, "surrogates": true, "nominees": true,
	"unions": true, "union": true, "groups": true, "organizations": true, "organisations": true,
	"governments": true, "parties": true, "newspapers": true, "papers": true, "outlets": true,
	"publications": true, "networks": true, "agencies": true, "committees": true, "courts": true,
	"councils": true, "boards": true, "campaigns": true, "cities": true, "governors": true,
	"mayors": true, "presidents": true, "ministers": true, "allies": true, "partners": true,
	"colleagues": true, "peers": true, "members": true, "readers": true, "viewers": true,
	"users": true, "customers": true, "patients": true, "physicians": true, "nurses": true,
	"teachers": true, "students": true, "protesters": true, "demonstrators": true,
	"marchers": true, "lobbyists": true, "industry": true, "lobby": true, "sponsors": true,
}

// intentOnly verbs attribute only an infinitive or a clause: "sought to
// block", not "sought the White House".
var intentOnly = map[string]bool{
	"seek": true, "decide": true, "refuse": true, "intend": true, "plan": true, "decline": true,
	"like": true, "aim": true, "wish": true,
}

// clauseOnly verbs attribute only a clause: "assumed that …", not
// "assumed office".
var clauseOnly = map[string]bool{"assume": true, "presume": true, "suppose": true, "reckon": true, "celebrate": true}

// asCues count only with "as" after their object: "sees the plan as a
// threat", "treated the attack as a crime".
var asCues = map[string]bool{"see": true, "treat": true}

// notSpeakers head noun phrases that stand before a verb without saying
// anything: "last week said" (a tagger slip), "0.1 percentage points to".
var notSpeakers = map[string]bool{
	"week": true, "weeks": true, "year": true, "years": true, "month": true, "months": true,
	"day": true, "days": true, "today": true, "yesterday": true, "tonight": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "morning": true, "night": true, "evening": true, "afternoon": true,
	"time": true,
}

// agentless verbs attribute without a source in the passive: "is
// expected to", "was described as", "were rated".
var agentless = map[string]bool{
	"expect": true, "consider": true, "describe": true, "report": true, "announce": true,
	"charge": true, "accuse": true, "allege": true, "criticize": true, "rate": true, "know": true,
	"call": true, "label": true, "deem": true, "view": true, "regard": true, "believe": true,
	"think": true, "estimate": true, "predict": true, "project": true, "say": true, "dub": true,
	"brand": true, "cite": true, "characterize": true, "portray": true, "question": true,
	"criticise": true, "rumor": true, "suspect": true, "confirm": true, "deny": true,
}

// sourceNouns are things that can be credited with content: "a new poll
// shows", "the video shows", "the report found".
var sourceNouns = map[string]bool{
	"poll": true, "polls": true, "survey": true, "surveys": true, "analysis": true, "report": true,
	"reports": true, "study": true, "studies": true, "video": true, "videos": true, "footage": true,
	"transcript": true, "data": true, "slide": true, "document": true, "documents": true, "memo": true,
	"ad": true, "ads": true, "statement": true, "letter": true, "website": true, "book": true,
	"article": true, "editorial": true, "records": true, "filing": true, "filings": true,
	"email": true, "emails": true, "tweet": true, "tweets": true, "lawsuit": true, "complaint": true,
	"ruling": true, "speech": true, "interview": true, "research": true, "evidence": true,
	"figures": true, "chart": true, "photo": true, "photos": true, "recording": true, "film": true,
	"documentary": true, "platform": true, "resolution": true, "petition": true, "verdict": true,
	"bill": true, "law": true, "proposal": true, "plan": true, "measure": true, "memoir": true,
	"column": true, "op-ed": true, "essay": true, "commercial": true, "spot": true, "message": true,
	"post": true, "posts": true, "account": true, "review": true, "audit": true, "investigation": true,
	"probe": true, "inquiry": true, "estimate": true, "estimates": true, "projections": true,
	"model": true, "index": true, "average": true, "tally": true, "count": true, "results": true,
}

// stanceCue reports whether a lemma is one of the stance verbs, which need
// a speaker that can hold a stance.
var stanceCue = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range stanceVerbs {
		m[v[0]] = true
	}
	return m
}()

// tagVerbs are the verbs of a speech tag that can follow a quotation as a
// sentence of its own ("“Why?” he asked.").
var tagVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"said", "says", "told", "tells", "asked", "asks", "added", "adds",
		"wrote", "writes", "explained", "continued", "recalled", "noted", "argued", "insisted",
		"replied", "responded", "declared", "joked", "quipped", "tweeted", "warned", "stressed",
		"remarked", "concluded", "exclaimed", "shouted", "answered", "observed", "cautioned",
		"conceded", "acknowledged", "admitted", "wondered", "yelled", "chanted", "cried",
		"demanded", "pleaded", "countered", "retorted", "snapped", "scoffed", "marveled", "mused"} {
		m[w] = true
	}
	return m
}()

// labelWords head a line with a colon without naming a speaker: "Source:
// NATO", "Correction: …", "Update: …".
var labelWords = map[string]bool{
	"source": true, "sources": true, "correction": true, "clarification": true, "latest": true, "update": true, "updated": true,
	"note": true, "editor": true, "editor's": true, "photo": true, "photos": true, "video": true,
	"watch": true, "read": true, "related": true, "credit": true, "caption": true, "image": true,
	"listen": true, "see": true, "also": true, "more": true, "disclosure": true, "warning": true,
	"breaking": true, "exclusive": true,
	"analysis": true, "opinion": true, "graphic": true, "map": true, "chart": true,
}

// lightVerbs carry an attribution only with a noun of speech as object
// (speechNouns): "made the remarks", "issued a statement".
var lightVerbs = map[string]string{
	"make": "make", "made": "make", "makes": "make", "making": "make",
	"give": "give", "gave": "give", "gives": "give", "giving": "give", "given": "give",
	"deliver": "deliver", "delivered": "deliver", "delivers": "deliver", "delivering": "deliver",
	"issue": "issue", "issued": "issue", "issues": "issue", "issuing": "issue",
	"voice": "voice", "voiced": "voice", "voices": "voice", "voicing": "voice",
	"lodge": "lodge", "lodged": "lodge", "lodges": "lodge",
	"send": "send", "sent": "send", "sends": "send",
	"share": "share", "shared": "share", "shares": "share",
	"have": "have", "has": "have", "had": "have",
}

var speechNouns = map[string]bool{
	"remark": true, "remarks": true, "comment": true, "comments": true, "statement": true,
	"statements": true, "speech": true, "speeches": true, "reference": true, "references": true,
	"claim": true, "claims": true, "argument": true, "arguments": true,
	"promise": true, "promises": true, "pledge": true, "threat": true, "threats": true,
	"condemnation": true, "apology": true, "warning": true, "warnings": true,
	"announcement": true, "request": true, "plea": true, "appeal": true, "address": true,
	"testimony": true, "message": true, "tweet": true, "tweets": true, "allegation": true,
	"allegations": true, "accusation": true, "accusations": true, "prediction": true,
	"assurance": true, "assurances": true, "concerns": true, "criticism": true, "objection": true,
	"objections": true, "endorsement": true, "rebuke": true, "response": true, "reply": true,
	"denial": true, "confession": true, "admission": true, "pitch": true, "position": true,
	"views": true, "opinion": true, "opinions": true, "thoughts": true, "vow": true, "demand": true,
	"demands": true, "proposal": true, "proposals": true, "recommendation": true, "suggestion": true,
	"joke": true, "jokes": true, "quip": true, "insult": true, "insults": true, "attack": true,
	"attacks": true, "defense": true, "rejoinder": true, "retort": true, "interview": true,
}

// weakCues need a clause or a quote after them to count as attribution:
// "he found the keys", "they called the meeting", "it showed growth" are
// not speech.
var weakCues = map[string]bool{
	"call": true, "find": true, "show": true, "learn": true, "point": true,
	"threaten": true, "demand": true, "dismiss": true, "reject": true, "defend": true,
	"post": true, "feel": true, "expect": true, "hope": true, "fear": true, "worry": true,
	"know": true, "add": true, "answer": true, "question": true, "maintain": true,
	"repeat": true, "charge": true, "praise": true, "blame": true, "criticize": true,
	"describe": true, "reveal": true, "disclose": true, "confirm": true, "acknowledge": true,
	"admit": true, "deny": true, "report": true, "announce": true, "agree": true,
	"estimate": true, "mention": true, "propose": true, "recommend": true, "signal": true,
	"ask": true, "promise": true, "pledge": true, "counter": true, "write": true,
	"urge": true, "advise": true, "inform": true, "comment": true, "remark": true, "think": true,
	"believe": true, "conclude": true, "observe": true, "indicate": true, "accuse": true,
	"suggest": true, "respond": true, "reply": true, "tout": true, "recall": true,
}

// objectCues take a plain noun object as their content: "Trump acknowledged
// the conversation", "Maduro denied the report". Others need a clause.
var objectCues = map[string]bool{
	"acknowledge": true, "admit": true, "deny": true, "confirm": true, "reveal": true,
	"disclose": true, "announce": true, "report": true, "criticize": true, "praise": true,
	"reject": true, "dismiss": true, "question": true, "describe": true, "accuse": true,
	"blame": true, "defend": true, "predict": true, "recount": true, "mention": true,
	"show": true, "suggest": true, "propose": true, "indicate": true, "demand": true,
	"recommend": true, "estimate": true, "promise": true, "pledge": true, "tout": true, "post": true,
}

// nounCues are nominal attributions: "Trump's declaration that …", "the
// claim by X that …".
var nounCues = map[string]string{
	"statement": "state", "declaration": "declare", "claim": "claim", "claims": "claim",
	"warning": "warn", "assertion": "assert", "announcement": "announce",
	"comment": "comment", "comments": "comment", "remarks": "remark", "remark": "remark",
	"allegation": "allege", "allegations": "allege", "accusation": "accuse", "accusations": "accuse",
	"insistence": "insist", "admission": "admit", "denial": "deny", "suggestion": "suggest",
	"argument": "argue", "promise": "promise", "pledge": "pledge", "threat": "threaten",
	"belief": "believe", "view": "view", "position": "position", "assessment": "assess",
	"testimony": "testify", "report": "report", "reports": "report", "tweet": "tweet",
	"prediction": "predict", "contention": "contend", "acknowledgment": "acknowledge",
	"acknowledgement": "acknowledge", "confirmation": "confirm", "revelation": "reveal",
	"decision": "decide", "plan": "plan", "plans": "plan", "proposal": "propose", "proposals": "propose",
	"call": "call", "calls": "call", "criticism": "criticize", "criticisms": "criticize",
	"attack": "attack", "attacks": "attack", "endorsement": "endorse", "opposition": "oppose",
	"vow": "vow", "refusal": "refuse", "request": "request", "demand": "demand", "demands": "demand",
	"warnings": "warn", "explanation": "explain", "response": "respond", "description": "describe",
	"characterization": "characterize", "charge": "charge", "charges": "charge", "views": "view",
	"stance": "stance", "promises": "promise", "pledges": "pledge", "threats": "threaten",
	"conclusion": "conclude", "finding": "find", "findings": "find", "recommendation": "recommend",
	"insinuation": "insinuate", "statements": "state", "tweets": "tweet", "message": "say",
	"speech": "speak", "rhetoric": "say", "concerns": "worry", "questions": "ask", "complaint": "complain",
	"complaints": "complain", "praise": "praise", "support": "support", "arguments": "argue",
}

// nounLinks are the words that join a nominal cue to its content besides
// "that" and a colon: "her decision to run", "his comments about Mexico",
// "their support for the bill".
var nounLinks = map[string]map[string]bool{
	"decide": {"to": true}, "plan": {"to": true, "for": true}, "propose": {"to": true, "for": true},
	"call": {"for": true}, "criticize": {"of": true}, "attack": {"on": true}, "endorse": {"of": true},
	"oppose": {"to": true}, "vow": {"to": true}, "refuse": {"to": true}, "request": {"for": true},
	"demand": {"for": true}, "warn": {"about": true, "of": true, "against": true}, "comment": {"about": true, "on": true},
	"remark": {"about": true, "on": true}, "view": {"on": true}, "stance": {"on": true},
	"position": {"on": true}, "promise": {"to": true}, "pledge": {"to": true}, "threaten": {"to": true},
	"describe": {"of": true}, "characterize": {"of": true}, "support": {"for": true}, "praise": {"for": true},
	"worry": {"about": true}, "ask": {"about": true}, "complain": {"about": true}, "claim": {"about": true},
	"allege": {"of": true}, "accuse": {"of": true}, "tweet": {"about": true}, "speak": {"about": true, "on": true},
	"argue": {"for": true, "against": true}, "say": {"about": true}, "assess": {"of": true},
}

// hedges mark a claim the source does not fully assert.
var hedges = map[string]bool{
	"may": true, "might": true, "could": true, "reportedly": true, "allegedly": true,
	"apparently": true, "possibly": true, "perhaps": true, "likely": true, "unlikely": true,
	"probably": true, "seemingly": true, "supposedly": true, "purportedly": true,
	"seems": true, "seem": true, "seemed": true, "appears": true, "appeared": true,
	"suggest": true, "suggests": true, "suggested": true, "presumably": true,
	"potentially": true, "rumored": true, "rumoured": true, "unconfirmed": true,
	"believed": true, "thought": true, "possible": true, "maybe": true,
}

// negations flip a claim's polarity.
var negations = map[string]bool{
	"not": true, "n't": true, "never": true, "no": true, "none": true, "nobody": true,
	"nothing": true, "neither": true, "nor": true, "cannot": true, "without": true,
	"refused": true, "refuses": true, "denied": true, "denies": true, "declined": true,
	"declines": true, "failed": true, "fails": true, "nowhere": true, "n’t": true,
}

// titleWords are offices and roles that stand before a name.
var titleWords = map[string]bool{
	"president": true, "vice": true, "minister": true, "prime": true, "secretary": true,
	"senator": true, "sen.": true, "sen": true, "representative": true, "rep.": true, "rep": true,
	"governor": true, "gov.": true, "mayor": true, "leader": true, "chancellor": true,
	"ambassador": true, "general": true, "gen.": true, "admiral": true, "colonel": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "chief": true,
	"director": true, "chairman": true, "chairwoman": true, "chair": true, "ceo": true,
	"king": true, "queen": true, "prince": true, "princess": true, "pope": true,
	"judge": true, "justice": true, "attorney": true, "commissioner": true, "officer": true,
	"official": true, "adviser": true, "advisor": true, "counselor": true, "envoy": true,
	"candidate": true, "nominee": true, "speaker": true, "congressman": true,
	"congresswoman": true, "councilman": true, "councilwoman": true, "sheriff": true,
	"inspector": true, "detective": true, "sergeant": true, "lieutenant": true, "captain": true,
	"coach": true, "founder": true, "executive": true, "head": true, "dr.": true, "dr": true,
	"mr.": true, "mrs.": true, "ms.": true, "mr": true, "mrs": true, "ms": true, "professor": true,
	"prof.": true, "economist": true, "analyst": true, "lawyer": true, "rev.": true,
	"reverend": true, "bishop": true, "cardinal": true, "archbishop": true, "dictator": true,
	"strongman": true, "premier": true, "emir": true, "sheikh": true, "ayatollah": true,
	"counterpart": true, "deputy": true, "assistant": true, "press": true, "member": true,
	"chairperson": true, "manager": true, "owner": true, "editor": true, "correspondent": true,
	"reporter": true, "columnist": true, "activist": true, "lawmaker": true, "legislator": true,
	"superintendent": true, "treasurer": true, "auditor": true, "marshal": true, "rabbi": true,
	"imam": true, "father": true, "sister": true, "brother": true, "pastor": true, "lord": true,
}

// genderWords in a title or role tell a person's gender, for pronouns.
var genderWords = map[string]byte{
	"mr": 'm', "sir": 'm', "king": 'm', "prince": 'm', "father": 'm', "brother": 'm',
	"congressman": 'm', "spokesman": 'm', "chairman": 'm', "councilman": 'm', "businessman": 'm',
	"husband": 'm', "son": 'm', "uncle": 'm', "grandfather": 'm', "lord": 'm', "duke": 'm',
	"mrs": 'f', "ms": 'f', "miss": 'f', "madam": 'f', "queen": 'f', "princess": 'f', "sister": 'f',
	"mother": 'f', "congresswoman": 'f', "spokeswoman": 'f', "chairwoman": 'f', "councilwoman": 'f',
	"businesswoman": 'f', "wife": 'f', "daughter": 'f', "aunt": 'f', "grandmother": 'f',
	"lady": 'f', "dame": 'f', "duchess": 'f', "widow": 'f',
}

// adjCues are stances stated with "be" and an adjective: "has been critical
// of", "is determined to", "was convinced that". adjLinks lists the word
// each needs after it.
var adjCues = map[string]string{
	"critical": "criticize", "supportive": "support", "skeptical": "doubt", "sceptical": "doubt",
	"determined": "intend", "opposed": "oppose", "confident": "believe", "convinced": "believe",
	"sure": "believe", "aware": "know", "certain": "believe", "adamant": "insist",
	"hopeful": "hope", "worried": "worry", "concerned": "worry", "afraid": "fear",
	"optimistic": "hope", "pessimistic": "doubt", "eager": "want", "reluctant": "hesitate",
	"willing": "want", "unwilling": "refuse", "keen": "want", "intent": "intend",
	"dismissive": "dismiss", "wary": "doubt", "fearful": "fear", "proud": "boast",
}

var adjLinks = map[string]map[string]bool{
	"criticize": {"of": true}, "support": {"of": true}, "doubt": {"of": true, "about": true, "that": true},
	"intend": {"to": true, "on": true}, "oppose": {"to": true}, "believe": {"that": true, "of": true, "about": true},
	"know": {"that": true, "of": true}, "insist": {"that": true, "about": true}, "hope": {"that": true, "about": true},
	"worry": {"that": true, "about": true}, "fear": {"that": true, "of": true}, "want": {"to": true},
	"hesitate": {"to": true}, "refuse": {"to": true}, "dismiss": {"of": true}, "boast": {"of": true, "that": true},
}

// temporalRole marks a title that is no longer or not yet held.
var temporalRole = map[string]bool{
	"former": true, "ex": true, "ex-": true, "then": true, "then-": true, "acting": true,
	"late": true, "outgoing": true, "incoming": true, "interim": true, "future": true,
	"onetime": true, "one-time": true, "erstwhile": true, "president-elect": true, "elect": true,
}

// groupSpeakers are common nouns that can say things: "officials said",
// "critics argue", "a White House spokesman said".
var groupSpeakers = map[string]bool{
	"officials": true, "official": true, "critics": true, "analysts": true, "analyst": true,
	"observers": true, "experts": true, "expert": true, "sources": true, "source": true,
	"witnesses": true, "witness": true, "police": true, "authorities": true, "residents": true,
	"aides": true, "aide": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"supporters": true, "opponents": true, "lawmakers": true, "democrats": true,
	"republicans": true, "investigators": true, "prosecutors": true, "economists": true,
	"researchers": true, "scientists": true, "diplomats": true, "leaders": true,
	"people": true, "voters": true, "activists": true, "protesters": true, "doctors": true,
	"report": true, "statement": true, "study": true, "poll": true, "survey": true,
	"government": true, "administration": true, "ministry": true, "campaign": true,
	"agency": true, "department": true, "company": true, "military": true, "army": true,
	"group": true, "committee": true, "court": true, "party": true, "office": true,
	"advocates": true, "commentators": true, "pundits": true, "insiders": true,
	"spokespeople": true, "representatives": true, "organizers": true, "organisers": true,
	"officers": true, "staff": true, "senators": true, "members": true, "advisers": true,
	"advisors": true, "allies": true, "rivals": true, "survivors": true, "families": true,
	"family": true, "teachers": true, "students": true, "workers": true, "employees": true,
	"defenders": true, "regime": true, "opposition": true, "newspaper": true, "paper": true,
	"bloc": true, "alliance": true, "coalition": true, "union": true, "council": true,
}

// orgWords make a capitalised name an organisation.
var orgWords = map[string]bool{
	"times": true, "post": true, "house": true, "ministry": true, "department": true,
	"party": true, "council": true, "agency": true, "army": true, "court": true,
	"university": true, "inc": true, "inc.": true, "corp": true, "corp.": true, "news": true,
	"reuters": true, "press": true, "congress": true, "senate": true, "pentagon": true,
	"government": true, "administration": true, "commission": true, "committee": true,
	"bank": true, "fund": true, "union": true, "association": true, "institute": true,
	"foundation": true, "office": true, "bureau": true, "service": true, "police": true,
	"navy": true, "force": true, "forces": true, "guard": true, "company": true, "group": true,
	"network": true, "journal": true, "tribune": true, "herald": true, "guardian": true,
	"telegraph": true, "cnn": true, "bbc": true, "nbc": true, "cbs": true, "abc": true,
	"fox": true, "msnbc": true, "fbi": true, "cia": true, "nsa": true, "un": true, "nato": true,
	"eu": true, "who": true, "imf": true, "opec": true, "gop": true, "campaign": true,
	"kremlin": true, "parliament": true, "assembly": true, "cabinet": true, "regime": true,
	"organization": true, "organisation": true, "coalition": true, "alliance": true,
	"federation": true, "authority": true, "board": true, "club": true, "team": true,
	"ap": true, "afp": true, "nyt": true, "media": true, "magazine": true, "daily": true,
	"school": true, "college": true, "hospital": true, "church": true, "airlines": true,
	"motors": true, "systems": true, "technologies": true, "group's": true, "llc": true,
}

// places is a compact gazetteer: names here are places (or the
// governments metonymically speaking for them), never people.
var places = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range []string{
		"afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria",
		"azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia",
		"brazil", "britain", "bulgaria", "burma", "cambodia", "cameroon", "canada", "chile",
		"china", "colombia", "congo", "croatia", "cuba", "cyprus", "czech republic", "denmark",
		"ecuador", "egypt", "england", "eritrea", "estonia", "ethiopia", "europe", "finland",
		"france", "georgia", "germany", "ghana", "greece", "guatemala", "haiti", "honduras",
		"hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy",
		"jamaica", "japan", "jordan", "kazakhstan", "kenya", "korea", "north korea", "south korea",
		"kosovo", "kuwait", "lebanon", "libya", "lithuania", "latvia", "malaysia", "mali",
		"mexico", "moldova", "morocco", "myanmar", "nepal", "netherlands", "new zealand",
		"nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palestine", "panama",
		"paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
		"rwanda", "saudi arabia", "scotland", "senegal", "serbia", "singapore", "slovakia",
		"slovenia", "somalia", "south africa", "spain", "sri lanka", "sudan", "south sudan",
		"sweden", "switzerland", "syria", "taiwan", "tanzania", "thailand", "tunisia", "turkey",
		"uganda", "ukraine", "united kingdom", "united states", "united arab emirates",
		"uruguay", "uzbekistan", "venezuela", "vietnam", "wales", "yemen", "zambia", "zimbabwe",
		"us", "u.s.", "usa", "u.s.a.", "uk", "u.k.", "america", "uae", "gaza", "west bank",
		"crimea", "donbas", "kashmir", "tibet", "hong kong", "caribbean", "africa", "asia",
		"latin america", "south america", "north america", "middle east", "gulf", "pacific",
		"atlantic", "mediterranean", "arctic", "antarctica", "balkans", "caucasus", "sahel",
		"washington", "caracas", "bogota", "bogotá", "moscow", "beijing", "london", "paris",
		"berlin", "tokyo", "kyiv", "kiev", "tehran", "baghdad", "damascus", "jerusalem",
		"tel aviv", "cairo", "ankara", "istanbul", "brussels", "rome", "madrid", "lisbon",
		"havana", "mexico city", "ottawa", "toronto", "new york", "los angeles", "chicago",
		"houston", "miami", "boston", "san francisco", "seattle", "atlanta", "dallas",
		"philadelphia", "detroit", "denver", "phoenix", "new delhi", "delhi", "mumbai",
		"islamabad", "kabul", "riyadh", "doha", "dubai", "abu dhabi", "seoul", "pyongyang",
		"taipei", "manila", "jakarta", "bangkok", "hanoi", "canberra", "sydney", "melbourne",
		"nairobi", "lagos", "johannesburg", "cape town", "buenos aires", "brasilia", "lima",
		"santiago", "quito", "la paz", "managua", "panama city", "san juan", "puerto rico",
		"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
		"delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
		"kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
		"mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
		"new jersey", "new mexico", "north carolina", "north dakota", "ohio", "oklahoma",
		"oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee",
		"texas", "utah", "vermont", "virginia", "west virginia", "wisconsin", "wyoming",
		"manhattan", "brooklyn", "queens", "bronx", "hollywood", "silicon valley", "wall street",
		"capitol hill", "ground zero", "westminster", "downing street",
	} {
		m[p] = true
	}
	return m
}()
