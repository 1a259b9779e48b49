package claims

import (
	"regexp"
	"strings"
)

// Options are a newsroom's additions to the shipped lexicons, from its
// configuration file: names its sources use for the same person, verbs its
// beat uses to attribute speech, and lines its pages repeat that are not
// news. The zero value changes nothing.
//
// They live apart from the extractor so that extraction itself stays a pure
// function of the text: ExtractWith consults them at two points only (the
// cue lookup and the final naming of speakers and entities).
type Options struct {
	// Aliases maps a name as written ("POTUS", "the president") to the
	// canonical name to report ("Donald Trump"). Keys match mentions and
	// canonical names case- and accent-insensitively.
	Aliases map[string]string
	// Cues maps an extra attribution verb's lemma to its inflected forms
	// ("opine" → "opined", "opines"); the lemma itself counts as a form.
	// These verbs attribute only with a clause or a quote after them.
	Cues map[string][]string
	// Boilerplate lines: a line of the article matching any pattern is
	// skipped like navigation ("Sponsored content", "Listen to this story").
	Boilerplate []*regexp.Regexp

	aliases map[string]string // folded key → canonical name
	cues    map[string]string // lower-cased form → lemma
}

// compile indexes the user's maps once per options value; it is cheap and
// idempotent, so ExtractWith may call it for every article.
func (o *Options) compile() {
	if o.aliases == nil && len(o.Aliases) > 0 {
		o.aliases = make(map[string]string, len(o.Aliases))
		for k, v := range o.Aliases {
			o.aliases[aliasKey(k)] = v
		}
	}
	if o.cues == nil && len(o.Cues) > 0 {
		o.cues = map[string]string{}
		for lemma, forms := range o.Cues {
			l := strings.ToLower(lemma)
			o.cues[l] = l
			for _, f := range forms {
				o.cues[strings.ToLower(f)] = l
			}
		}
	}
}

// Compile prepares o for concurrent use by several ExtractWith calls.
func (o *Options) Compile() { o.compile() }

// ExtractWith is Extract with the user's options applied. o may be nil.
// Call Compile first when several goroutines share o.
func ExtractWith(a *Article, o *Options) []Claim {
	if o == nil {
		return Extract(a)
	}
	o.compile()
	cs := extract(a, o)
	if len(o.aliases) > 0 {
		for i := range cs {
			o.alias(&cs[i])
		}
	}
	return cs
}

// cueAt is cueAt with the user's extra verbs: the shipped lexicon decides
// first, so a configuration can add cues but never silence one.
func (x *extractor) cueAt(toks []token, i int) (string, int) {
	if l, n := cueAt(toks, i); l != "" || x.opt == nil || len(x.opt.cues) == 0 {
		return l, n
	}
	t := toks[i]
	if t.inQuote || !isVerb(t) {
		return "", 0
	}
	if l, ok := x.opt.cues[t.lower]; ok {
		return l, 1
	}
	return "", 0
}

// aliasKey folds a name for alias lookup: "The President" and "president"
// are the same key, as are "Nicolás" and "Nicolas".
func aliasKey(s string) string {
	k := strings.Join(strings.Fields(Fold(s)), " ")
	return strings.TrimPrefix(k, "the ")
}

// canon returns the canonical name for a mention or name, if aliased.
func (o *Options) canon(names ...string) (string, bool) {
	for _, n := range names {
		if n == "" {
			continue
		}
		if c, ok := o.aliases[aliasKey(n)]; ok {
			return c, true
		}
	}
	return "", false
}

// alias renames a claim's speaker, agent and entities by the user's
// aliases. Spans and mention texts are untouched: they still point at what
// the article wrote.
func (o *Options) alias(c *Claim) {
	if c.Speaker != nil {
		if n, ok := o.canon(c.Speaker.Name, c.Speaker.Text); ok {
			sp := *c.Speaker // Speaker values may be shared between claims
			sp.Name = n
			c.Speaker = &sp
		}
	}
	if n, ok := o.canon(c.Agent); ok {
		c.Agent = n
	}
	readSpeaker(c) // the readings of the names as renamed
	if len(c.Entities) > 0 {
		es := make([]Entity, len(c.Entities))
		copy(es, c.Entities)
		for i := range es {
			if n, ok := o.canon(es[i].Name, es[i].Text); ok {
				es[i].Name = n
				if t := o.typeOf(n, c.Entities); t != "" {
					es[i].Type = t
				}
			}
		}
		c.Entities = es
	}
}

// typeOf is the type the claim gives the canonical name when it also names
// it in full; otherwise the alias keeps its own type ("POTUS" may have been
// read as an organisation, and a configuration cannot say better).
func (o *Options) typeOf(name string, es []Entity) string {
	for _, e := range es {
		if e.Name == name {
			return e.Type
		}
	}
	return ""
}

// SkipBoilerplate marks the lines of a matching a boilerplate pattern as
// skipped, so they yield no claims, and recounts the body's words. It
// returns ErrNoText when nothing but boilerplate is left.
func (o *Options) SkipBoilerplate(a *Article) error {
	if o == nil || len(o.Boilerplate) == 0 {
		return nil
	}
	v := view(a.Text, newSpanSet(a.Skip))
	// New regions are added after the loop: inSkip needs Skip sorted.
	var more []Span
	for _, p := range a.paragraphs() {
		s := trimSpan(v, p)
		if s.Len() == 0 || a.inSkip(s.Start) {
			continue
		}
		t := collapseSpaces(strings.TrimSpace(s.In(v)))
		for _, re := range o.Boilerplate {
			if re.MatchString(t) {
				more = append(more, s)
				a.Words -= countWords(t)
				break
			}
		}
	}
	a.Skip = newSpanSet(append(a.Skip, more...))
	if a.Words <= 0 {
		a.Words = 0
		return ErrNoText
	}
	return nil
}
