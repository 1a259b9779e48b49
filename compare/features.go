package compare

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// feat is what alignment looks at in one claim.
type feat struct {
	c         *claims.Claim
	art       int     // index of the article
	words     vec     // content-word stems of the claim, idf-weighted
	ctx       vec     // stems of the whole sentence, idf-weighted
	syn       []synw  // WordNet synsets of words
	norm      float64 // Euclidean norm of words
	ctxNorm   float64
	ents      map[string]string // entity key → type
	people    names             // people the claim names, but its speaker
	locales   names             // the named locales it names (see locales)
	speaker   string            // speaker key ("" when none)
	spkType   string
	agent     string
	cueFam    string
	sentKey   int    // index of the sentence among all sentences
	story     int    // the article's story (see stories)
	artClaims int    // how many claims the article has
	lead      bool   // the claim is in the article's first leadSentences sentences
	orig      int    // the claim this one is an identical copy of (see copies.go), else its own index
	published string // the article's publication date ("" when unknown)
	// storyPub is the latest publication date of the articles of the
	// claim's story ("" when none is known): when the news its articles
	// report happened, for an article that gives no date of its own.
	storyPub string
	// named holds the stems of the words that name the claim's entities
	// and its agent: what it is about, not what it says of them (see
	// evidence).
	named map[string]bool
	// topic is the story's topic stems, shared by every feat of a run
	// (see topicStems).
	topic map[string]bool
	// uses is, in a run of two articles, how many sentences of the
	// claim's article use each stem (see stemUses); nil otherwise.
	uses map[string]int
	// host is the claim of the same sentence whose text holds this
	// claim's text (a relative or subordinate clause read out of a longer
	// claim), plus one; 0 when none, so a feat built without hosts has
	// none: see fragments.go.
	host int
	// acts[k] is what the claim's k-th figure measures
	// (claims.Number.Act), rarity-weighted; nil for a figure without a
	// unit or an act.
	acts []vec
	// dates is the claim's times with a date written without a year
	// resolved against the article's story (see yearless.go), or nil when
	// none is: the date slot reads these.
	dates []claims.Time
	// tally[k] is whether the claim's k-th figure is a running or overall
	// total (see markTallies); nil when none is.
	tally []bool
	// ageOf[k] is the person the story ties the claim's k-th figure to,
	// an age of no named person (see markAgeOwners); nil when none is.
	ageOf []string
}

// nameKey folds a name to its surname, so "Donald Trump" and "Trump"
// meet across articles.
func nameKey(name string) string {
	f := claims.Fold(strings.TrimSpace(name))
	f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "'")
	if i := strings.LastIndexByte(f, ' '); i >= 0 {
		return f[i+1:]
	}
	return f
}

// mayBeOne reports whether two people an act is told of may be one: one
// of them unnamed ("his grandfather", a time whose act names no one), or
// one surname (nameKey).
func mayBeOne(x, y string) bool {
	return x == "" || y == "" || nameKey(x) == nameKey(y)
}

// build computes features for all claims; idf is over sentences so a
// sentence split into many claims does not count its words many times.
func build(r *Result) []feat {
	artIndex := map[string]int{}
	for i, a := range r.Articles {
		artIndex[a.ID] = i
	}
	type sentID struct {
		art        int
		start, end int
	}
	sents := map[sentID]int{}
	df := map[string]int{}
	fs := make([]feat, len(r.Claims))
	sentWords := map[int][]string{}
	for i := range r.Claims {
		c := &r.Claims[i]
		ai := artIndex[c.Source]
		sid := sentID{ai, c.Sentence.Start, c.Sentence.End}
		k, ok := sents[sid]
		if !ok {
			k = len(sents)
			sents[sid] = k
			ws := claims.ContentWords(c.Sentence.In(r.Articles[ai].Text))
			sentWords[k] = ws
			seen := map[string]bool{}
			for _, w := range ws {
				if !seen[w] {
					seen[w] = true
					df[w]++
				}
			}
		}
		fs[i] = feat{c: c, art: ai, sentKey: k, published: r.Articles[ai].Published}
	}
	// The rank of each sentence in its article: headline and lead come
	// first, and they are where every outlet states the event.
	starts := map[int][]int{}
	for sid := range sents {
		starts[sid.art] = append(starts[sid.art], sid.start)
	}
	for _, ss := range starts {
		sort.Ints(ss)
	}
	for i := range fs {
		ss := starts[fs[i].art]
		rank := sort.SearchInts(ss, fs[i].c.Sentence.Start)
		fs[i].lead = rank < leadSentences
	}
	hosts(fs)
	artClaims := make([]int, len(r.Articles))
	for i := range fs {
		artClaims[fs[i].art]++
	}
	for i := range fs {
		fs[i].artClaims = artClaims[fs[i].art]
	}
	arts := make([][][]string, len(r.Articles))
	for sid, k := range sents {
		arts[sid.art] = append(arts[sid.art], sentWords[k])
	}
	uses := stemUses(arts)
	topic := topicStems(uses)
	n := float64(len(sents))
	idf := func(w string) float64 {
		// With a handful of sentences, rarity says nothing: every word that
		// two short texts share is evidence.
		if n < 10 {
			return 1
		}
		return math.Log(1 + n/float64(1+df[w]))
	}
	for i := range fs {
		f := &fs[i]
		c := f.c
		words := map[string]float64{}
		for _, w := range claims.ContentWords(c.Text) {
			words[w] = idf(w)
		}
		// A hedge says how sure a source is, not what happened: "is
		// believed to be for eight years" and "believing he had no
		// interest" share no fact.
		for _, h := range c.Hedges {
			delete(words, claims.Stem(h.Word))
		}
		// The agent is part of what a clause asserts even when the clause
		// does not repeat it ("…, and threatened strikes").
		if c.Agent != "" {
			if k := nameKey(c.Agent); k != "" && !claims.IsStopword(k) {
				if st := claims.Stem(k); words[st] == 0 {
					words[st] = idf(st) * 0.5
				}
			}
		}
		ctx := map[string]float64{}
		for _, w := range sentWords[f.sentKey] {
			ctx[w] = idf(w)
		}
		f.words, f.ctx = newVec(words), newVec(ctx)
		f.syn = synsets(f.words)
		f.norm = f.words.norm()
		f.ctxNorm = f.ctx.norm()
		f.people = people(c)
		f.locales = locales(c)
		f.ents = map[string]string{}
		for _, e := range c.Entities {
			f.ents[nameKey(e.Name)] = e.Type
		}
		if c.Speaker != nil {
			f.speaker = c.Speaker.Key
			f.spkType = speakerType(c)
		}
		f.agent = nameKey(c.Agent)
		f.topic = topic
		if uses != nil {
			f.uses = uses[f.art].in
		}
		f.named = map[string]bool{}
		for _, e := range c.Entities {
			for _, w := range claims.ContentWords(e.Text) {
				f.named[w] = true
			}
		}
		for _, w := range c.AgentStems {
			f.named[w] = true
		}
		f.acts = make([]vec, len(c.Numbers))
		for k, n := range c.Numbers {
			if n.Unit != "" && len(n.Act) > 0 {
				m := map[string]float64{}
				for _, w := range n.Act {
					m[w] = idf(w)
				}
				f.acts[k] = newVec(m)
			}
		}
		if c.Cue != nil {
			f.cueFam = claims.CueFamily(c.Cue.Lemma)
			if f.cueFam == "" {
				f.cueFam = c.Cue.Lemma
			}
		}
	}
	markTallies(fs)
	return fs
}

// stemUse is how an article keeps coming back to its words: how many of
// its sentences use each stem (in), of how many (n).
type stemUse struct {
	n  int
	in map[string]int
}

// stemUses returns, in a run of two articles, each article's stemUse;
// nil otherwise. Two rules read it, each only between two articles,
// where nothing but the two sources vouches for a pair: topicStems (a
// word both use all along is the story's topic) and actsMeetOwn
// (twoslot.go: a word one uses twice ties no two figures alone).
func stemUses(arts [][][]string) []stemUse {
	if len(arts) != 2 {
		return nil
	}
	uses := make([]stemUse, len(arts))
	for a, ss := range arts {
		uses[a] = stemUse{n: len(ss), in: map[string]int{}}
		for _, ws := range ss {
			seen := map[string]bool{}
			for _, w := range ws {
				if !seen[w] {
					seen[w] = true
					uses[a].in[w]++
				}
			}
		}
	}
	return uses
}

// topicStems returns the stems each article of uses (see stemUses) uses
// in at least topicShare of its sentences (and in two or more): what the
// story is about ("call" and "phone" in every paragraph of two reports of
// a phone call), which any two of its claims may share without stating
// one fact ("the phone call underscores the complexity of relations" /
// "confirmed that he had a phone call"). idf discounts such words, but
// only by their rarity among all sentences, and between two articles
// every shared word still counts as evidence (see evidence). Between
// many articles (uses nil) idf already discounts the story's words and a
// third source vouches for a pair: no topic.
func topicStems(uses []stemUse) map[string]bool {
	topic := map[string]bool{}
	if len(uses) == 0 {
		return topic
	}
	// With a handful of sentences, a word in two of them is chance.
	for _, u := range uses {
		if u.n < topicSentences {
			return topic
		}
	}
	for w := range uses[0].in {
		in := true
		for _, u := range uses {
			m := u.in[w]
			if m < 2 || float64(m) < topicShare*float64(u.n) {
				in = false
				break
			}
		}
		if in {
			topic[w] = true
		}
	}
	return topic
}

// topicShare, topicSentences: see topicStems. On 64 article pairs of the
// dev stories 0.15 dropped 38 of 335 agreements, none expected, and raised
// the labelled precision of a fixed sample of them 0.414 -> 0.451.
const (
	topicShare     = 0.15
	topicSentences = 5
)

// markTallies sets feat.tally: a figure is a total when its clause says
// so (claims.Number.Tally), or when another source gives its value for
// what it measures as a total ("the coast guard confiscated … 20 magazines"
// is the "20 magazines" other outlets say were seized "so far").
func markTallies(fs []feat) {
	type at struct{ i, k int }
	var totals []at
	for i := range fs {
		for k, n := range fs[i].c.Numbers {
			if n.Tally && fs[i].acts[k] != nil {
				totals = append(totals, at{i, k})
			}
		}
	}
	if len(totals) == 0 {
		return
	}
	for i := range fs {
		for k, n := range fs[i].c.Numbers {
			tally := n.Tally
			for _, t := range totals {
				if tally {
					break
				}
				x := &fs[t.i]
				tally = x.art != fs[i].art && fs[i].acts[k] != nil && sameUnit(x.c.Numbers[t.k], n) &&
					sameValue(x.c.Numbers[t.k], n) && sameMeasure(x, t.k, &fs[i], k)
			}
			if tally {
				if fs[i].tally == nil {
					fs[i].tally = make([]bool, len(fs[i].c.Numbers))
				}
				fs[i].tally[k] = true
			}
		}
		// The items listed after a total are of it ("20 magazines and
		// 400 cartridges").
		if fs[i].tally != nil {
			ns := fs[i].c.Numbers
			order := make([]int, len(ns))
			for k := range order {
				order[k] = k
			}
			sort.SliceStable(order, func(x, y int) bool { return ns[order[x]].Span.Start < ns[order[y]].Span.Start })
			for x := 1; x < len(order); x++ {
				if fs[i].tally[order[x-1]] && ns[order[x]].Listed {
					fs[i].tally[order[x]] = true
				}
			}
		}
	}
}

// tallied reports whether f's k-th figure is a total (see markTallies).
func (f *feat) tallied(k int) bool {
	return k < len(f.tally) && f.tally[k]
}

// names is a sorted set of name keys.
type names []string

func (n names) has(k string) bool {
	i := sort.SearchStrings(n, k)
	return i < len(n) && n[i] == k
}

// apart reports whether n and o both name someone (or somewhere) and
// none in common: what otherPeople and otherLocales ask of two claims.
func (n names) apart(o names) bool {
	if len(n) == 0 || len(o) == 0 {
		return false
	}
	for _, k := range n {
		if o.has(k) {
			return false
		}
	}
	return true
}

// people lists the people a claim names other than its speaker: the
// participants of what it reports.
func people(c *claims.Claim) names {
	var out names
	for _, e := range c.Entities {
		if e.Type != "person" {
			continue
		}
		if c.Speaker != nil && e.Span.Start < c.Speaker.Span.End && c.Speaker.Span.Start < e.Span.End {
			continue
		}
		if k := nameKey(e.Name); k != "" && !out.has(k) {
			out = append(out, k)
			sort.Strings(out)
		}
	}
	return out
}

// locales lists the places a claim names by a name of two words or more
// ("Ferrin Glacier", "Bay City"): a locale where what it reports
// happened. A one-word place ("Greece", "Athens") is as often the
// country or city a story is set in as where one act took place.
func locales(c *claims.Claim) names {
	var out names
	for _, e := range c.Entities {
		if e.Type != "place" || len(strings.Fields(e.Name)) < 2 {
			continue
		}
		// The whole name: its last word is often the kind of place
		// ("… Glacier", "… City") many share.
		if k := claims.Fold(e.Name); !out.has(k) {
			out = append(out, k)
			sort.Strings(out)
		}
	}
	return out
}

func speakerType(c *claims.Claim) string {
	for _, e := range c.Entities {
		if e.Span.Start >= c.Speaker.Span.Start && e.Span.End <= c.Speaker.Span.End {
			return e.Type
		}
	}
	switch strings.ToLower(c.Speaker.Text) {
	case "he", "she", "i":
		return "person"
	}
	return "group"
}

// shareAny reports whether a and b have an element in common: two
// clauses share an act word, two speakers a telling word, two claims a
// discrepancy. The lists are a claim's few words, so a scan beats a set.
func shareAny[T comparable](a, b []T) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// storyPublished sets each feat's storyPub from its story's articles.
func storyPublished(r *Result, fs []feat) {
	latest := map[int]string{}
	for i := range fs {
		if p := r.Articles[fs[i].art].Published; p > latest[fs[i].story] {
			latest[fs[i].story] = p
		}
	}
	for i := range fs {
		fs[i].storyPub = latest[fs[i].story]
	}
}
