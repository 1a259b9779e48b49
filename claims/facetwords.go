package claims

import (
	"regexp"
	"strings"
)

// The words package compare asks about when it sets two claims' readings
// side by side: offices, polar states, stances, hedges, vague speakers,
// units. They are records in lexicon/words.toml (and a cue verb's family in
// lexicon/verbs.toml), read through the one loader; the closed classes
// among them are in closed.go. Each is exposed as one small question so
// compare holds no word list of its own.

// Views over the records, filled by buildLexicons through addFacetWord.
var (
	offices, officeModifiers, creditActs, negRaising  = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	disputeWords, lightActs, hedgeWords, hedgeTo      = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	vagueSpeakers, bodyRoles, lengthUnits, spanUnits  = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	stanceVerbs, ageWords, cautionHedges, statusWords = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	polarStates, stanceWords                          = map[string]string{}, map[string]string{} // word → "concept+" or "concept-"
	stanceTargets, cueFamilies, unitKeys              = map[string]string{}, map[string]string{}, map[string]string{}
	polarStems                                        = map[string]bool{}
)

// addFacetWord files the fields of one words.toml record that compare asks
// about (its classes are filed through wordClass).
func addFacetWord(w string, r lexeme) {
	if r.State != "" && strings.Contains(w, " ") {
		addStatePhrase(w, r.State)
	} else if r.State != "" {
		polarStates[w] = r.State
		polarStems[Stem(w)] = true
	}
	if r.Stance != "" {
		stanceWords[w], stanceTargets[w] = r.Stance, r.Target
	}
	if r.Unit != "" {
		unitKeys[w] = r.Unit
	}
}

// splitSign splits "end+" into "end" and true.
func splitSign(v string) (string, bool) { return v[:len(v)-1], v[len(v)-1] == '+' }

// IsOffice reports whether w is a title whose holder is a checkable fact
// ("president", "minister").
func IsOffice(w string) bool { return offices[w] }

// IsOfficeModifier reports whether w tells one office from another of the
// same head noun: a "foreign" minister is not the "prime" minister.
func IsOfficeModifier(w string) bool { return officeModifiers[w] }

// IsCreditAct reports whether a predicate lemma is an act of making
// something known whose agent is checkable ("reveal", "leak"); announcing
// is not, officials announce things routinely.
func IsCreditAct(lemma string) bool { return creditActs[lemma] }

// IsNegRaising reports whether w is a verb of opinion whose negation is
// read on the opinion: "I don't think it works".
func IsNegRaising(w string) bool { return negRaising[w] }

// IsDispute reports whether w says a claim is contested ("denied",
// "baseless").
func IsDispute(w string) bool { return disputeWords[w] }

// IsLightAct reports whether the stem w means little by itself ("get",
// "make"): two claims sharing it need not share an act.
func IsLightAct(w string) bool { return lightActs[w] }

// IsHedgeWord reports whether w marks what follows as not fully asserted
// ("may", "reportedly"); IsHedgeTo whether it does so as "<w> to" ("is
// believed to", "appears to").
func IsHedgeWord(w string) bool { return hedgeWords[w] }

// IsHedgeTo: see IsHedgeWord.
func IsHedgeTo(w string) bool { return hedgeTo[w] }

// IsVagueSpeaker reports whether a speaker's head word names no one in
// particular ("officials", "sources", a pronoun).
func IsVagueSpeaker(w string) bool { return vagueSpeakers[w] }

// IsBodyRole reports whether w is a role of someone who speaks for an
// organisation ("spokesman", "inspector").
func IsBodyRole(w string) bool { return bodyRoles[w] }

// IsLengthUnit reports whether a unit (lower case) measures a distance.
func IsLengthUnit(u string) bool { return lengthUnits[u] }

// IsPeopleUnit reports whether a unit (lower case) counts people: a noun
// of the lexicon's person or group classes ("residents", "women",
// "protesters"). Two counts of people in one event may count one set
// named two ways ("Sixty residents", "around 60 people").
func IsPeopleUnit(u string) bool { return personNouns[u] || groupSpeakers[u] }

// IsSpanUnit reports whether a unit (lower case) measures a stretch of
// time someone spent somewhere ("seasons", "years").
func IsSpanUnit(u string) bool { return spanUnits[u] }

// PolarState places w on one side of a state that can be reported either
// way: "ended" is ("end", true), "ongoing" ("end", false).
func PolarState(w string) (concept string, sign, ok bool) {
	v, ok := polarStates[w]
	if !ok {
		return "", false, false
	}
	concept, sign = splitSign(v)
	return concept, sign, true
}

// IsPolarStem reports whether stem is the stem of a polar state word.
func IsPolarStem(stem string) bool { return polarStems[stem] }

// StanceWord reads w as a position on a target: its concept ("support"),
// its side, and whether the target stands before it ("the law is
// unconstitutional") rather than after ("backed the plan").
func StanceWord(w string) (concept string, sign, before, ok bool) {
	v, ok := stanceWords[w]
	if !ok {
		return "", false, false, false
	}
	concept, sign = splitSign(v)
	return concept, sign, stanceTargets[w] == "before", true
}

// IsStanceVerb reports whether a stance word is a verb, not an adjective:
// "sales rose", "convicted him".
func IsStanceVerb(w string) bool { return stanceVerbs[w] }

// CueFamily is the act a cue lemma reports, shared with its near-synonyms
// ("tell" and "state" are "say"), or "".
func CueFamily(lemma string) string { return cueFamilies[lemma] }

// UnitKey maps a unit spelling (lower case) to the key of the units that
// count the same thing ("per cent" → "%", "ships" → "vessel").
func UnitKey(u string) (string, bool) {
	k, ok := unitKeys[u]
	return k, ok
}

// writtenDate finds a year or a month name or abbreviation.
var writtenDate = regexp.MustCompile(`(?i)\b((1[89]|20)\d\d|` + strings.Join(monthWords(), "|") + `)\b`)

// monthWords lists every month name and abbreviation of monthNames.
func monthWords() []string {
	var out []string
	for _, names := range monthNames {
		out = append(out, names...)
	}
	return out
}
