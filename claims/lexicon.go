package claims

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/pelletier/go-toml/v2"
)

// The open lexicons ship in the binary as data files in lexicon/, one record
// per word carrying all its classes (see the header of lexicon/verbs.toml).
// They are read once, at init, through loadLexicon; the maps below are views
// over those records, one per question the extractor asks, so a lookup in
// the hot path stays one map access. The closed word classes (pronouns,
// forms of "be", negators, months …) are Go in closed.go.

//go:embed lexicon/*.toml
var lexiconFiles embed.FS

// lexeme is one record of a lexicon: a word (the key it is filed under) and
// all that is known about it.
type lexeme struct {
	Forms  []string `toml:"forms,omitempty"`  // other written forms: inflections, spellings
	Lemma  string   `toml:"lemma,omitempty"`  // the verb a cue noun or stance adjective stands for
	Is     []string `toml:"is,omitempty"`     // classes the word belongs to
	Then   []string `toml:"then,omitempty"`   // words that complete or link it
	Tags   []string `toml:"tags,omitempty"`   // forms that make a speech tag after a quotation
	Gender string   `toml:"gender,omitempty"` // "m" or "f", told by a title or role
	State  string   `toml:"state,omitempty"`  // a polar state and the side of it the word is on: "end+", "end-"
	Stance string   `toml:"stance,omitempty"` // a stance concept and its side: "support+", "support-"
	Target string   `toml:"target,omitempty"` // where a stance word's target stands: "before" or "after"
	Family string   `toml:"family,omitempty"` // the act a cue verb reports, shared by its near-synonyms
	Unit   string   `toml:"unit,omitempty"`   // the key a unit's spelling counts under ("pct" → "%")
	Value  float64  `toml:"value,omitempty"`  // what a number word counts ("twelve" 12); a fraction's denominator ("thirds" 3); an ordinal's rank ("seventh" 7)
	// Roles maps a preposition to the role of the act its phrase fills
	// ("of" → "cause" after "died").
	Roles  map[string]string `toml:"roles,omitempty"`
	Status string            `toml:"status,omitempty"` // the status a word gives a title: "former", "acting", "elect", or "then" (as it was at the time)
	// Qualifier is the canonical qualifier a phrase before a number means
	// ("no fewer than" → "at least"; "exact" for "exactly").
	Qualifier string `toml:"qualifier,omitempty"`
}

// lexiconClasses are the classes each lexicon file may use; a class outside
// its file's list is a typo the loader reports.
var lexiconClasses = map[string][]string{
	"verbs.toml": {"speech", "stance", "weak", "object", "intent", "intent-only", "clause-only",
		"as", "quote-only", "agentless", "need-particle", "light", "credit"},
	"words.toml": {"title", "temporal-role", "group", "person", "org", "source", "speech",
		"cue", "stance-adjective", "not-speaker", "label", "org-head", "place-head", "place-opener", "descriptor",
		"office", "office-modifier", "credit-act", "neg-raising", "dispute", "light-act", "hedge-word",
		"hedge-to", "caution", "status", "vague-speaker", "body-role", "length-unit", "span-unit", "stance-verb",
		"number", "tens", "scale", "fraction", "vague-amount", "ordinal", "measure-unit", "tail-unit",
		"id-word", "irregular-plural", "not-plural", "age-word", "currency", "currency-word", "day-part"},
	"places.toml": {"place"},
	"given.toml":  {"given-name"},
	"acts.toml":   {"manner", "not-arg", "event", "coarse", "disclose", "unknown", "question", "asked", "harm", "feeling", "act-noun", "noun", "occur", "travel"},
}

// argRoles are the roles a preposition may give an act's argument.
var argRoles = []string{"cause", "place"}

// loadLexicon reads one lexicon file: a [words] table of records keyed by
// the word. It returns an error, never panics, for a malformed file: an
// unknown field or class, a key or form not in lower case, a form listed
// twice, a tag form that is not one of the word's forms.
func loadLexicon(name string, data []byte) (map[string]lexeme, error) {
	var doc struct {
		Words map[string]lexeme `toml:"words"`
	}
	d := toml.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&doc); err != nil {
		var sm *toml.StrictMissingError
		if errors.As(err, &sm) && len(sm.Errors) > 0 {
			return nil, fmt.Errorf("%s: unknown field %s (expected forms, lemma, is, then, tags, gender, state, stance, target, family, unit, value, roles, status, qualifier)", name, strings.Join(sm.Errors[0].Key(), "."))
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(doc.Words) == 0 {
		return nil, fmt.Errorf("%s: no [words] records", name)
	}
	classes, ok := lexiconClasses[name]
	if !ok {
		return nil, fmt.Errorf("%s: not a known lexicon file", name)
	}
	for w, r := range doc.Words {
		if err := r.check(w, classes); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return doc.Words, nil
}

// check reports what is wrong with the record filed under word, given the
// classes its file allows.
func (r lexeme) check(word string, classes []string) error {
	if word == "" || word != strings.ToLower(word) {
		return fmt.Errorf("%q: a word is written in lower case", word)
	}
	forms := map[string]bool{word: true}
	for _, f := range r.Forms {
		if f == "" || f != strings.ToLower(f) || forms[f] {
			return fmt.Errorf("%s: form %q is empty, not lower case or listed twice", word, f)
		}
		forms[f] = true
	}
	for _, c := range r.Is {
		if !slices.Contains(classes, c) {
			return fmt.Errorf("%s: unknown class %q (expected one of %s)", word, c, strings.Join(classes, ", "))
		}
	}
	for _, f := range r.Tags {
		if !forms[f] {
			return fmt.Errorf("%s: %q is not one of its forms", word, f)
		}
	}
	if r.Gender != "" && r.Gender != "m" && r.Gender != "f" {
		return fmt.Errorf("%s: gender %q (expected m or f)", word, r.Gender)
	}
	for _, v := range []string{r.State, r.Stance} {
		if v != "" && (len(v) < 2 || !strings.HasSuffix(v, "+") && !strings.HasSuffix(v, "-")) {
			return fmt.Errorf("%s: state or stance %q (expected a concept and + or -)", word, v)
		}
	}
	for p, role := range r.Roles {
		if p == "" || p != strings.ToLower(p) || !slices.Contains(argRoles, role) {
			return fmt.Errorf("%s: role %q = %q (expected a lower-case preposition and one of %s)", word, p, role, strings.Join(argRoles, ", "))
		}
	}
	switch r.Status {
	case "", "former", "acting", "elect", "then":
	default:
		return fmt.Errorf("%s: status %q (expected former, acting, elect or then)", word, r.Status)
	}
	switch r.Qualifier {
	case "", "exact", "about", "at least", "at most", "more than", "less than":
	default:
		return fmt.Errorf("%s: qualifier %q (expected exact, about, at least, at most, more than or less than)", word, r.Qualifier)
	}
	if (r.is("currency") || r.is("currency-word")) && r.Unit == "" {
		return fmt.Errorf("%s: a currency has a unit, its code", word)
	}
	if (r.Stance == "") != (r.Target == "") || r.Target != "" && r.Target != "before" && r.Target != "after" {
		return fmt.Errorf("%s: a stance word has a target, before or after (got stance %q, target %q)", word, r.Stance, r.Target)
	}
	return nil
}

// is reports whether the record belongs to class c.
func (r lexeme) is(c string) bool { return slices.Contains(r.Is, c) }

// mustLexicon loads an embedded lexicon. TestLexicons loads every file, so a
// malformed one fails the tests before it can reach a binary.
func mustLexicon(name string) map[string]lexeme {
	data, err := lexiconFiles.ReadFile("lexicon/" + name)
	if err == nil {
		var m map[string]lexeme
		if m, err = loadLexicon(name, data); err == nil {
			return m
		}
	}
	panic("claims: embedded lexicon: " + err.Error())
}

// Views over the records, built once by buildLexicons.
var (
	// cueLemmas maps every form of a speech or stance verb to its lemma.
	cueLemmas = map[string]string{}
	// stanceCue holds the lemmas of the stance verbs.
	stanceCue                                                      = map[string]bool{}
	weakCues, objectCues, intentCues, intentOnly, clauseOnly       = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	asCues, quoteOnlyCues, agentless, needParticle, creditLemmas   = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	cueParticles                                                   = map[string]map[string]bool{} // lemma → particles
	lightVerbs                                                     = map[string]string{}          // form → lemma
	tagVerbs                                                       = map[string]bool{}
	titleWords, temporalRole, groupSpeakers, personNouns, orgWords = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	sourceNouns, speechNouns, notSpeakers, labelWords, places      = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	genderWords                                                    = map[string]byte{}
	orgHeads, placeHeads, placeOpeners, descriptors                = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	// givenNames maps a given name or a short form of one to the full
	// names it stands for (lexicon/given.toml).
	givenNames          = map[string][]string{}
	roleStatuses        = map[string]string{}                                        // word → the status it gives a title
	nounCues, adjCues   = map[string]string{}, map[string]string{}                   // word → lemma
	nounLinks, adjLinks = map[string]map[string]bool{}, map[string]map[string]bool{} // lemma → linking words
)

func init() { buildLexicons() }

// verbClass and wordClass map a class of verbs.toml or words.toml to its view.
var (
	verbClass = map[string]map[string]bool{"stance": stanceCue, "weak": weakCues, "object": objectCues,
		"intent": intentCues, "intent-only": intentOnly, "clause-only": clauseOnly, "as": asCues,
		"quote-only": quoteOnlyCues, "agentless": agentless, "need-particle": needParticle, "credit": creditLemmas}
	wordClass = map[string]map[string]bool{"title": titleWords, "temporal-role": temporalRole,
		"group": groupSpeakers, "person": personNouns, "org": orgWords, "source": sourceNouns,
		"speech": speechNouns, "not-speaker": notSpeakers, "label": labelWords,
		"office": offices, "office-modifier": officeModifiers, "credit-act": creditActs,
		"neg-raising": negRaising, "dispute": disputeWords, "light-act": lightActs,
		"hedge-word": hedgeWords, "hedge-to": hedgeTo, "caution": cautionHedges, "status": statusWords, "vague-speaker": vagueSpeakers,
		"body-role": bodyRoles, "day-part": dayParts, "length-unit": lengthUnits, "span-unit": spanUnits, "stance-verb": stanceVerbs,
		"age-word": ageWords, "org-head": orgHeads, "place-head": placeHeads, "place-opener": placeOpeners,
		"descriptor": descriptors}
)

// buildLexicons fills the views from the embedded records and the closed
// classes.
func buildLexicons() {
	for lemma, r := range mustLexicon("verbs.toml") {
		forms := append([]string{lemma}, r.Forms...)
		if r.is("speech") || r.is("stance") {
			for _, f := range forms {
				cueLemmas[f] = lemma
			}
		}
		if r.is("light") {
			for _, f := range forms {
				lightVerbs[f] = lemma
			}
		}
		for _, c := range r.Is {
			if m := verbClass[c]; m != nil {
				m[lemma] = true
			}
		}
		if len(r.Then) > 0 {
			cueParticles[lemma] = set(r.Then)
		}
		if r.Family != "" {
			cueFamilies[lemma] = r.Family
		}
		addAll(tagVerbs, r.Tags)
	}
	for w, r := range mustLexicon("words.toml") {
		for _, c := range r.Is {
			if m := wordClass[c]; m != nil {
				m[w] = true
			}
		}
		if r.Gender != "" {
			genderWords[w] = r.Gender[0]
		}
		if r.Status != "" {
			roleStatuses[w] = r.Status
		}
		addNumberWord(w, r)
		addFacetWord(w, r)
		for _, c := range r.Is {
			if m := numValued[c]; m != nil {
				m[w] = r.Value
			}
			if m := numClass[c]; m != nil {
				m[w] = true
			}
		}
		// Links belong to the lemma: every cue noun (stance adjective) of a
		// lemma shares them, which TestLexicons checks.
		if r.is("cue") {
			nounCues[w] = r.Lemma
			if len(r.Then) > 0 {
				nounLinks[r.Lemma] = set(r.Then)
			}
		}
		if r.is("stance-adjective") {
			adjCues[w] = r.Lemma
			if len(r.Then) > 0 {
				adjLinks[r.Lemma] = set(r.Then)
			}
		}
	}
	for w := range mustLexicon("places.toml") {
		places[w] = true
	}
	given := mustLexicon("given.toml")
	for _, w := range slices.Sorted(maps.Keys(given)) {
		for _, f := range append([]string{w}, given[w].Forms...) {
			givenNames[f] = append(givenNames[f], w)
		}
	}
	buildActs(mustLexicon("acts.toml"))
	// A weekday or a part of the day before a verb is a time, not a
	// speaker ("Monday said" is a tagger slip).
	for _, names := range weekdayNames {
		notSpeakers[names[0]] = true
	}
	for w := range dayParts {
		notSpeakers[w] = true
	}
	numStartWords = startWords()
}

func set(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	addAll(m, ws)
	return m
}

func addAll(m map[string]bool, ws []string) {
	for _, w := range ws {
		m[w] = true
	}
}

// SameGivenName reports whether two given names (folded) can name one
// bearer by the lexicon of short forms: one is a short form of the other
// ("Mo" / "Maurice", "Bill" / "William") or both are forms of one name
// ("Bob" / "Rob").
func SameGivenName(a, b string) bool {
	if a == b {
		return true
	}
	for _, x := range givenNames[a] {
		if slices.Contains(givenNames[b], x) {
			return true
		}
	}
	return false
}

// IsStanceCue reports whether a cue lemma is a stance, intention or
// evaluation verb ("attack", "back", "want") rather than a verb of speech:
// its subject acts as well as speaks, so it is a participant of what the
// claim reports, not only its source.
func IsStanceCue(lemma string) bool { return stanceCue[lemma] }

// ParseCueRecords reads extra cue verbs written as lexicon records, the
// schema of lexicon/verbs.toml: a [words] table of records keyed by lemma,
// as a configuration's [cues] gives them ("opine = {forms = ["opined",
// "opines"], is = ["speech"]}"). It returns each lemma's forms. The records
// are checked by the lexicon's own loader; a configured cue is a verb of
// speech, so a record may carry forms and is = ["speech"], and another
// property of the schema is an error naming it rather than a setting
// silently ignored.
func ParseCueRecords(data []byte) (map[string][]string, error) {
	recs, err := loadLexicon("verbs.toml", data)
	if err != nil {
		msg := strings.TrimPrefix(err.Error(), "verbs.toml: ")
		return nil, errors.New(strings.Replace(msg, "unknown field words.", "unknown field ", 1))
	}
	out := make(map[string][]string, len(recs))
	for _, lemma := range slices.Sorted(maps.Keys(recs)) {
		r := recs[lemma]
		if len(r.Is) > 0 && !slices.Equal(r.Is, []string{"speech"}) {
			return nil, fmt.Errorf("%s: is = %q: a configured cue is a verb of speech (expected is = [\"speech\"] or no is)", lemma, r.Is)
		}
		rest := r
		rest.Forms, rest.Is = nil, nil
		if !reflect.DeepEqual(rest, lexeme{}) {
			return nil, fmt.Errorf("%s: only forms and is are read from a configuration (the other fields of the lexicon's records are not)", lemma)
		}
		out[lemma] = r.Forms
	}
	return out, nil
}
