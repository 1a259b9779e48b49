package claims

import (
	"slices"
	"strings"
	"testing"
)

// loadAll loads every embedded lexicon file through the loader the binary
// uses, failing the test on the first malformed one.
func loadAll(t *testing.T) map[string]map[string]lexeme {
	t.Helper()
	ents, err := lexiconFiles.ReadDir("lexicon")
	if err != nil {
		t.Fatal(err)
	}
	all := map[string]map[string]lexeme{}
	for _, e := range ents {
		data, err := lexiconFiles.ReadFile("lexicon/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		m, err := loadLexicon(e.Name(), data)
		if err != nil {
			t.Fatalf("malformed lexicon: %v", err)
		}
		all[e.Name()] = m
	}
	for name := range lexiconClasses {
		if all[name] == nil {
			t.Errorf("lexicon %s is not embedded", name)
		}
	}
	return all
}

func TestLexicons(t *testing.T) {
	all := loadAll(t)
	verbs, words, places := all["verbs.toml"], all["words.toml"], all["places.toml"]

	// No written form is filed under two verbs: cueLemmas and lightVerbs
	// map a form to one lemma.
	owner := map[string]string{}
	for lemma, r := range verbs {
		for _, f := range append([]string{lemma}, r.Forms...) {
			if o, ok := owner[f]; ok {
				t.Errorf("verb form %q is listed under %q and %q", f, o, lemma)
			}
			owner[f] = lemma
		}
	}
	// A word is filed once: a place is not also a common word.
	for w := range places {
		if _, ok := words[w]; ok {
			t.Errorf("%q is in places.toml and words.toml", w)
		}
	}

	cue := func(r lexeme) bool { return r.is("speech") || r.is("stance") }
	for lemma, r := range verbs {
		// A verb either reports speech or takes a stance: stance verbs
		// need a speaker-like subject, speech verbs do not.
		if r.is("speech") && r.is("stance") {
			t.Errorf("verb %q is both speech and stance", lemma)
		}
		// A light verb is a cue only through its noun; as a cue itself it
		// would attribute "made a cake".
		if r.is("light") && cue(r) {
			t.Errorf("light verb %q is also a cue", lemma)
		}
		// The cue's conditions refine a cue; on another verb they are dead.
		for _, c := range []string{"weak", "object", "intent", "intent-only", "clause-only", "as", "quote-only", "agentless", "need-particle"} {
			if r.is(c) && !cue(r) {
				t.Errorf("verb %q is %s but neither speech nor stance", lemma, c)
			}
		}
		if r.is("need-particle") && len(r.Then) == 0 {
			t.Errorf("verb %q needs a particle and lists none", lemma)
		}
	}
	// A hedge does not negate: the claim's polarity and its modality are
	// separate readings.
	for n := range negators {
		if r, ok := words[n]; ok && (r.is("hedge-word") || r.is("hedge-to")) {
			t.Errorf("negator %q is listed as a hedge", n)
		}
	}

	links := map[string][]string{}
	for w, r := range words {
		nominal := r.is("cue") || r.is("stance-adjective")
		if nominal != (r.Lemma != "") || (!nominal && len(r.Then) > 0) {
			t.Errorf("word %q: a lemma and links belong to cue nouns and stance adjectives", w)
		}
		if r.is("cue") && r.is("stance-adjective") {
			t.Errorf("word %q is both a cue noun and a stance adjective", w)
		}
		// Links are looked up by lemma, so every word of a lemma lists
		// the same ones.
		if nominal {
			k := r.Lemma
			if r.is("stance-adjective") {
				k = "adj " + k
			}
			then := slices.Sorted(slices.Values(r.Then))
			if prev, ok := links[k]; ok && !slices.Equal(prev, then) {
				t.Errorf("word %q links %v, another word of %s links %v", w, then, k, prev)
			}
			links[k] = then
		}
		// What heads a time or a line label never speaks, so it cannot be
		// a title, a group or a person as well.
		if r.is("not-speaker") && (r.is("title") || r.is("group") || r.is("person")) {
			t.Errorf("word %q is a not-speaker and a speaker noun", w)
		}
		if r.is("temporal-role") && r.is("title") {
			t.Errorf("word %q is a title and a temporal role", w)
		}
		// A number word has one value: it counts (a cardinal, tens or a
		// scale word), divides (a fraction) or ranks (an ordinal), not
		// two of these; only those carry a value, and only "zero" counts
		// nothing. A fraction that is an ordinal too ("third") divides
		// by its rank: one value.
		valued := 0
		for _, c := range []string{"number", "tens", "scale", "fraction", "ordinal"} {
			if r.is(c) && (c != "ordinal" || !r.is("fraction")) {
				valued++
			}
		}
		if valued > 1 || (valued == 0) != (r.Value == 0 && w != "zero") {
			t.Errorf("word %q: %d valued number classes, value %v", w, valued, r.Value)
		}
		// A plural scale word says "many"; with a count of its own it
		// would be read as a value.
		if r.is("vague-amount") && valued > 0 {
			t.Errorf("word %q is a vague amount and has a value", w)
		}
		if r.is("ordinal") && (r.is("number") || r.is("tens") || r.is("scale")) {
			t.Errorf("word %q is an ordinal and a cardinal", w)
		}
		if r.is("irregular-plural") && r.is("not-plural") {
			t.Errorf("word %q is a plural and not a plural", w)
		}
	}
	// The number views hold the records of words.toml.
	if numSmall["twelve"] != 12 || numScale["million"] != 1e6 || numFraction["thirds"] != 3 || !numOrdinal["first"] || !numTailUnits["year-old"] {
		t.Error("the number views do not hold the lexicon's number words")
	}
	// A closed word is not given the same role again in the open
	// lexicon: a negator is no hedge or dispute word, a preposition of
	// time no number word.
	roles := map[string][]string{"negator": {"hedge-word", "hedge-to", "dispute", "neg-raising"},
		"time preposition": {"number", "tens", "scale", "fraction", "ordinal", "vague-amount", "tail-unit", "id-word"}}
	for role, closed := range map[string]map[string]bool{"negator": negators, "time preposition": timePreps} {
		for w := range closed {
			for _, c := range roles[role] {
				if words[w].is(c) {
					t.Errorf("%s %q is also %s in words.toml", role, w, c)
				}
			}
		}
	}
}

// TestLoadLexiconErrors: the loader reports a malformed file instead of
// panicking or reading it half.
func TestLoadLexiconErrors(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"verbs.toml", "[words]\nsay = {forms = [\"said\"], is = [\"speach\"]}\n", "unknown class"},
		{"verbs.toml", "[words]\nsay = {form = [\"said\"]}\n", "unknown field"},
		{"verbs.toml", "[words]\nsay = {forms = [\"said\", \"said\"]}\n", "listed twice"},
		{"verbs.toml", "[words]\nsay = {tags = [\"says\"]}\n", "not one of its forms"},
		{"verbs.toml", "[words]\nSay = {}\n", "lower case"},
		{"verbs.toml", "[words]\nsay = {}\nsay = {}\n", "say"},
		{"words.toml", "[words]\nmr = {gender = \"x\"}\n", "gender"},
		{"words.toml", "[words]\nnot = {is = [\"stance\"]}\n", "unknown class"},
		{"words.toml", "[words]\nformer = {status = \"past\"}\n", "status"},
		{"words.toml", "[words]\nabout = {qualifier = \"near\"}\n", "qualifier"},
		{"words.toml", "[words]\neuros = {is = [\"currency-word\"]}\n", "unit"},
		{"nouns.toml", "[words]\nx = {}\n", "not a known lexicon"},
		{"places.toml", "", "no [words]"},
		{"places.toml", "[words\n", "places.toml"},
		{"acts.toml", "[words]\ndie = {roles = {of = \"reason\"}}\n", "role"},
		{"acts.toml", "[words]\ndie = {roles = {Of = \"cause\"}}\n", "role"},
	} {
		if _, err := loadLexicon(tc.name, []byte(tc.data)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("loadLexicon(%s, %q) = %v, want an error with %q", tc.name, tc.data, err, tc.want)
		}
	}
}

// TestNumberVocabulary: the qualifier phrases and currencies read from the
// lexicon, longest phrase first under its first word.
func TestNumberVocabulary(t *testing.T) {
	qs := numQualifiers["more"]
	if len(qs) != 1 || qs[0].canon != "more than" {
		t.Errorf("more: %+v", qs)
	}
	if qs := numQualifiers["exactly"]; len(qs) != 1 || qs[0].canon != "" {
		t.Errorf("exactly: %+v", qs)
	}
	for _, qs := range numQualifiers {
		for i := 1; i < len(qs); i++ {
			if len(qs[i].words) > len(qs[i-1].words) {
				t.Errorf("%v before the longer %v", qs[i-1].words, qs[i].words)
			}
		}
	}
	if numCurrency["£"] != "GBP" || numCurrencyWord["euros"] != "EUR" || numCurrencyWord["pounds"] != "" {
		t.Errorf("currencies: %v %v", numCurrency, numCurrencyWord)
	}
}
