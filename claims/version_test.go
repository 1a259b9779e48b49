package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// fingerprints are the extraction fingerprints recorded for each Version:
// a hash of the JSON of the claims Extract makes from every sample
// article and the command's test stories. A change to extraction changes
// the fingerprint; the test then fails until Version is bumped and the
// new fingerprint recorded here under it (old entries stay: they say what
// each version extracted).
var fingerprints = map[string]string{
	"2026-12-07.1":  "599f4716cf6e27fe4420148e5633650ac4b8046b47e32f333bca722c90190729",
	"2026-12-07.2":  "1e395782c01c8eec3281e4a4f4efc010bf521c3cfea65572a3233ba9a7adc0f2", // numbers carry their act; "$200MM", "over eight years"
	"2026-12-07.3":  "15f50d4332990756d23a06992ee26757f478ad0369351c049808cb99211e3706", // ages: "Comeaux, 49," and "aged 95" say whose
	"2026-12-07.4":  "3fe57f2a069425357c9fd28efde4d0ba968d557919ab1f9cf2eade225557d34c", // claims carry their states; "not … until" read to the end of the clause; caution hedges
	"2026-12-07.5":  "d5bd5d7c23e7745e18e651e83a290b3fe5f4a8efb66e60099205188784d70dee", // claims carry the arguments of their acts (cause, place, manner)
	"2026-12-07.6":  "d5cb143592bc62a58023a6efbec9f1b28eadaaf96d617eb50958b4d96503601c", // numbers, times and titles carry their readings (Before, After, Prep, Leading, Listed, Kinds; Relative, Subordinate; Office, Status)
	"2026-12-07.7":  "6a11393b65883faeab15f2cf03698751f26543965cc9cbff3182577b8e231993", // times say the act they date and whose it is (Time.Family, Time.Who)
	"2026-12-07.8":  "3901c585ab5624fb582c57605644dbea735c70693c7da52282258e66c55bf0cc", // numbers carry their rounding (Round), claims their stances, speakers and contents what compare asks of them (Definite, Joint, Clause, AgentNamed)
	"2026-12-07.9":  "c3dcc14411e5d32812d42f8d6471c10f66e43fe6a7446922ded3236ed39a02cd", // a claim says whether it is a relative clause on a thing (Relative)
	"2026-12-07.10": "70ab203b6b6b03edfba24586329563954575d931b3aa9dc6d85f538f213492c9", // claims carry the questions they leave open (Open), the injuries someone had (Arg harm/injury) and a speaker's motive (Arg motive)
	"2026-12-07.11": "45d5dca11b4c78b7324ac3ab49c5c24f2b4fce1e822d7be623bea52e90a3b57a", // years that modify a noun; owning up and custody date acts; a fronted time dates its verb; "he" of a known man
	"2026-12-07.12": "0a711e214fc28dc42914a5878e03837c8644ab911e6d0a673e12611e44f8b02a", // amounts with a hyphenated scale and a glued currency word; a figure's own words count into its act; a bracketed aside does not end its clause; a rate says its period (Number.Per)
	"2026-12-07.13": "221e59a5f4e8eead3e26d556f5f6fabaf92824d56876eb3c73cfd31cfe3eb56f", // a noun naming an act's argument said to be unknown is an open question ("the cause of his death was not known")
	"2026-12-07.14": "221e59a5f4e8eead3e26d556f5f6fabaf92824d56876eb3c73cfd31cfe3eb56f", // a decimal spaced off by tokenising ("$2. 6 million") rounds at its last digit (Round); the fingerprint texts have none
	"2026-12-07.15": "2b258cad54bfddf86f9854a722a3fbc05ba74cc96103ea17d1a2771968f6b449", // speakers, hedges, negations and claims carry what compare asked of their text (Speaker Key/Telling/Initials/Words/ForBody, Hedge Stem/Before, Negation Stems, Claim Stems/Passive/Polarity/Sole)
	"2026-12-07.16": "5b060d1946f84e184b7f2b8c08688d6ef38483be7ba920773de3473cd1e9fe06", // claims carry every statement of a person's office (Claim.Roles: apposition, copula, "As …", possessive, titles)
	"2026-12-07.17": "24dfc38e7d4676aa6c387c28282583a722af4ea986796aa6297e0c2bd75af64c", // a sum of money says whose it is (Number.Owner)
	"2026-12-07.18": "124b286492366fb96b07dd07f605cff41c60a5e1a674d6b131236f6000cfa56f", // an "N-year-old" says whose age it is when a name follows it ("15-year-old Alexandros Grigoropoulos", "a 15-year-old boy, Alexandros Grigoropoulos,")
	"2026-12-07.19": "fdcf2cc8bf2321bee2644436cbb9fa7cfcfb2302153fd63aa62b105321099958", // escaping custody and raising the alarm date acts; a noun of an act ("the Nov. 30 escape") is dated
	"2026-12-07.20": "47aec02b43454698b5c4b25b5426d37e84dffce6194c80fba44967a0ed35126f", // a time before "when" and a clause (or in a cleft "it was not until") dates that clause's act; a secret kept until a time dates its disclosure; killing and a shooting are deaths of the one killed
	"2026-12-07.21": "47aec02b43454698b5c4b25b5426d37e84dffce6194c80fba44967a0ed35126f", // a second fronted time ("On Saturday 8 June 2013, at 8:39am police were called") and a time after a one-word place set off by commas date the act; the fingerprint texts have neither
	"2026-12-07.22": "27065aaa1e36776da221c25edf6a840e5933478a6e5fe0efcf2cfec7a5e7603d", // claims carry their content's stems, their agent's stems and the speaker keys of their sentence (Part.Stems, AgentStems, SentenceKeys)
	"2026-12-07.23": "9803806e06a82d53a5dec76a77f378180f84e57fe4abf64d0e9931f69734eab5", // a sentence's speaker keys are read only for claims credited to someone
	"2026-12-07.24": "95d9634202f7cccee7a329e2c03b2c804657e46f75ff990bd181e9164221abff", // a date written without a year keeps its month and day (Time.MonthDay)
	"2026-12-07.25": "92dbde23b20a7668faed2e5968e1e2ec9becaa73482b7a89391e54e3976afba4", // an initial after a lower-case word opens the name that follows ("of W. Mark Felt")
	"2026-12-07.26": "6e7f7f224bd3b9b9d462330721ea4b56470e435c45f7d7f2cfa2e3283bf05f83", // "No. 2" before a figure is a rank, not a negation
	"2026-12-07.27": "6e7f7f224bd3b9b9d462330721ea4b56470e435c45f7d7f2cfa2e3283bf05f83", // a range's hyphen may be spaced evenly ("$140 - 150MM"), as tokenised text writes it
	"2026-12-07.28": "00a6cfdc7666f7ee578a1916b77f053a765c699aab9b730e5992d19038dd60ee", // acts a time dates: seizing the guards (escape), hearings, raids, votes, meetings; "took place" and "was held" date their subject's act, a journey its purpose's, a time ending a claim its split-off "when" clause
	"2026-12-07.29": "00a6cfdc7666f7ee578a1916b77f053a765c699aab9b730e5992d19038dd60ee", // a compound's spaced hyphen ("a 10 - year deal", "15 - year - old") gives its unit; a deal's term in years has an owner, and a deal word naming no party refers back to the last named
	"2026-12-07.30": "c57a1adce92fd339c4f8719dce046687df03955e30d6fd513193b05ff82a19c4", // "2m euros" is two million; an age word's person skips a name closed off by a comma, or follows ("at age 95, of Mark Felt"); "He was 95" is an age; "No. 2" is no negator
	"2026-12-07.31": "5bc3ef9aac02c93bfaf654710239a8dbbbcb55e6a27b9e782150167b851243d4", // a clock with its minutes spaced off the colon ("8: 24am") is no count
	"2026-12-07.32": "cf1d2879ce06877340ae926b48774312077955eaae96f988cbd85be1b3064945", // claims that state nothing checkable are Empty (a cue alone, a time alone, a question naming no one, a verb alone, a credit line, a split-off stub)
	"2026-12-07.33": "cf1d2879ce06877340ae926b48774312077955eaae96f988cbd85be1b3064945", // a code's number spaced off it ("AK - 47", "F - 16") is no count; the fingerprint texts have none
	"2026-12-07.34": "5104779b1325a2c06d308c54ebe840366973ff397485e0c83bbd1f8b9a8f0fd4", // Number.Modifies (the noun a hyphenated count modifies) and Number.Proper (capitalised kinds); "one day" after a subject or modal is no count; a noun before a participle that modifies a later noun ("rocket propelled grenade launcher") is no unit
	"2026-12-07.35": "9ced72f3d10460619ff97cad0b865c2719302162acc528d6b0eb12175701b90d", // a time right by a verb or a noun of speech dates the saying (Time.Said); Time.Dates is the word a time dates; a page's time stamp or dateline is Empty
	"2026-12-07.36": "2dec4e99521e3195ac82cf40b91c16245076659129b12ec1f7c2886597d299ad", // a name ending in a place or institution head ("… City", "… Glacier", "… State", "… Center"), opened by "Mount"/"Lake"/…, or holding a descriptor ("Warship …") is a place, organisation or thing, not a person
	"2026-12-07.37": "c6c0b4a1a0c956db69b061b997d7498bfbe0e4cf23501a00aafc3699abf3191c", // a running or overall total ("so far", "to date", "a total of" and its list) is Number.Tally
	"2026-12-07.38": "0f5a24e8ac4ec24b59720c8c2f3ef369a31b694484955fd75de33c8f3b2b38bf", // a figure right after "all but" is Number.Except
	"2026-12-07.39": "eef00d99244a0dc6d0a65c267203e8843580bb60c99a8ed03c7ba7194a2a300c", // Number.Subject: who a figure's clause is about
	"2026-12-08.40": "7bbf9ab98ab22e77fb4ed1c85eabe3653eb43f63645052997a4f5e4ebd2287a8", // win-loss records read as figures (RecordUnit); the fingerprint also hashes fingerprintExtra
	"2026-12-08.41": "83dd20baa8d2e196416c25273289ef3d898055ef1eaed398e69256c22b6d620a", // a definite description ("the actor") as a figure's subject is the one earlier-named person the article called by its head noun; "X, who …, VERB" reads X; fingerprintExtra gains such a text
	"2026-12-08.42": "f2a366cf26b7ccafd75156c2e6d59da20a331c107e12d56577728347d4b509c0", // an organisation's name may begin with any script's capital ("the Østergaard Institute", "Électrique's"), not only A–Z; fingerprintExtra gains such a text
	"2026-12-08.43": "a3bd9b86eb258fffb99079753adf0e2bc6efc2d339e2d11d3238403c45e8f886", // merge of: a point the splitter took for a full stop or a "?" that belongs to the numeral after it keeps the sentence whole; a headline ending in a quoted phrase is a heading; a bound under a negation is the other bound ("never hit fewer than 20"); a sum in another currency alone in brackets after a sum is marked Converted
	"2026-12-08.46": "f65eab550257f72c62eabf1aad7398ec58872443375e1efd8645c4a3d04bb5c0", // a figure with a unit reads the verb whose object it is (Number.Verb), back across its object's phrases and a list's items
	"2026-12-08.47": "2a6eaa57878bf6bca6b8d11e6053794d1f35fec654ee1906b6e0f0b12ec28459", // "the seventh straight day" is a figure: a day's rank in a run (DayRankUnit), no count of days; other ordinals are not read
	"2026-12-08.48": "4c39c5ea90605736ad7ea7f23be135f8da3e313ab90a5ce7bc35d76cfea10eb7", // merge of .47 with: a bound is negated by any negator ("nobody scored more than": at most); a bracketed sum is Converted only after a sum, not after a count
	"2026-12-08.49": "41feb216837c57bd3121d42750b19045c59887fedd24f155cb6f19115defa5d9", // .48 and: "While/Although/Though X, Y" with a subject of its own after the comma is two claims; "who" after a title naming an organisation reads the person; a gerund cue under an infinitive or modal ("to profit by revealing") is no cue; an agent whose head is lowercase is no name
	"2026-12-08.50": "4e1c1b5b1cf1e8429e78b21c6dfbc71654355a4b05d713d8682c6bf4e94f0357", // .49 and: a figure after a time fronted in its sentence is dated by it (Number.When); a clause after "<months or years> after" is an earlier event (Number.Prior)
	"2026-12-08.51": "2c87f7cdffcbc6483a84e594df2855658761a413e9a4c054338e374dc0e177d3", // an open question after a typographic "n’t" ("haven’t revealed how") starts at the negation, as after "n't"; fingerprintExtra gains such a text
	"2026-12-08.52": "c165b0b46c9d62670f2f5a8b29933c89de1ab0391b599d3dce6ee7fe3bc839ff", // a posted/published stamp is read before page furniture skips it, and "Published at 12:45, Wednesday, …" parses; an update stamp dates nothing; a possessive time dates the act noun after it ("yesterday's hearing"); a time after "after hearing/seeing …" dates the act before (the one it prompted), also across a split
	"2026-12-08.53": "2e92d9cab73d9443df73dc80bc2cfc26db3b180932312197cc02873d26eaca76", // .52 and: a sum with its scale joined by hyphens ("a two-million-euro booty", "a 10 - million - dollar fine", "$2.6-million") is read, the scale a word (Round); fingerprintExtra gains such a text
	"2026-12-08.54": "1201ce762b3ddb62a8c0a0f4bd0d3c1450351892a749aa09aca56011c9e9d790", // .53 and: a time names its day counted from the article's writing (Time.Day, OnDay: "yesterday" -1, "this morning" 0, "two days ago" -2) without a publication date; "appear(ed) in/at … court", "due to appear via video link at … court" name the hearing; fingerprintExtra gains such a text
}

// fingerprintExtra are texts of our own hashed after the articles (see
// TestVersionFingerprint): readings no sample or test story exercises.
var fingerprintExtra = []string{
	"The coach was 162-139 in Portland. The team, slumping at 9-14, fired him. He has a record of 284-286 overall.",
	"Welsh actor Tom Reddan will host the gala. The actor, who also starred in two westerns and is a trained singer, has hosted it three times.",
	"Sam Poe, a former associate director at the Østergaard Institute, kept the secret. Électrique's chairman, John Roe, resigned on Monday.",
	"Mayor accused of ignoring flood warnings 'for three years'\n\nResidents say they wrote to the council a dozen times\n\nThe river burst its banks after a week of rain.",
	"Last year Okafor hit. 312, with 28 home runs. The club went 50 - 30 (. 625) under him, and the council agreed to borrow? 45m.",
	"Okafor has never hit fewer than 20 home runs in a season. The club did not pay more than $9 million for him.",
	"Nobody on the team scored more than 12 goals, and the club didnt sell more than 900 tickets.",
	"The club sold 900 tickets ($4,000) on Sunday, and the lenders agreed a €90 billion ($117 billion) loan.",
	"Police haven’t revealed how the two hikers died.",
	"Thieves fled with a two-million-euro ($2.6-million) haul, and the bank paid a 10 - million - dollar fine.",
	"John Doe appeared at Northfield Crown Court this morning. He was due to appear via video link at Southam Crown Court yesterday. No plea was entered at the hearing two days ago.",
}

func TestVersionFingerprint(t *testing.T) {
	// The sample and the dev-story articles the command's tests keep
	// (with their credit): news text of several kinds.
	paths, err := filepath.Glob("../samples/*/*.txt")
	more, err2 := filepath.Glob("../cmd/claimdiff/testdata/stories/*/*.txt")
	if err != nil || err2 != nil || len(paths) == 0 || len(more) == 0 {
		t.Fatalf("no samples found: %v %v", err, err2)
	}
	paths = append(paths, more...)
	h := sha256.New()
	for _, p := range paths { // Glob sorts
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := NewArticle(filepath.Base(p), p, data)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(Extract(a))
		if err != nil {
			t.Fatal(err)
		}
		h.Write([]byte(p + "\n"))
		h.Write(b)
		h.Write([]byte("\n"))
	}
	// Sentences of our own for readings the articles lack, so that a
	// change to them changes the fingerprint too.
	for i, text := range fingerprintExtra {
		a, err := NewArticle("extra", "extra", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(Extract(a))
		if err != nil {
			t.Fatal(err)
		}
		h.Write([]byte{byte(i)})
		h.Write(b)
	}
	got := hex.EncodeToString(h.Sum(nil))
	want, ok := fingerprints[Version]
	switch {
	case !ok:
		t.Fatalf("claims.Version %q has no fingerprint: record %q for it in fingerprints", Version, got)
	case got != want:
		for v, f := range fingerprints {
			if f == got && v != Version {
				t.Fatalf("extraction is what version %q made, but claims.Version is %q", v, Version)
			}
		}
		t.Fatalf("extraction changed (fingerprint %s, recorded for %q: %s): bump claims.Version and record the new fingerprint under it", got, Version, want)
	}
}
