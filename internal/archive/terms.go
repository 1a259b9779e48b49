package archive

import (
	"cmp"
	"context"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
)

// MaxTerms is the most words a retrieval query holds: enough for the
// names and the telling words of a story, few enough that the index reads
// short posting lists only.
const MaxTerms = 40

// commonShare is the share of the archive a word may occur in and still
// be asked for: a word in more than a quarter of all articles tells no
// story apart, and reading its posting list costs the most. Small archives
// keep every word (minCommon), so a handful of articles about one story
// still find each other.
const (
	commonShare = 4
	minCommon   = 200
	minTerms    = 4 // fewer rare words than this: the least common ones
)

// tokens splits s into the words the full-text indexes see: lower-cased
// runs of letters and digits.
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// indexWords are the distinct words of an article as both stores count
// their document frequencies and as PostgreSQL indexes them: the tokens
// of its title and text, folded (claims.Fold: lower case, no
// diacritics), sorted. DocFreq and PostgreSQL's Search fold the words
// they are asked for alike, so "Pérez" and "Perez" are one word on
// either store.
func indexWords(title, text string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range []string{title, text} {
		for _, t := range tokens(s) {
			f := claims.Fold(t)
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	slices.Sort(out)
	return out
}

// keep is whether a token can tell a story apart at all: not a stopword,
// not a lone letter or two-digit number.
func keep(t string) bool {
	return len([]rune(t)) >= 3 && !claims.IsStopword(claims.Fold(t))
}

// Candidates returns the words of a new article a search should ask for,
// names first, then its other words, each once, in the order they first
// occur: the names of its speakers and entities, then the words of its
// claims (the body, without headings and navigation). The first names of
// them come from names.
func Candidates(cs []claims.Claim) (words []string, names int) {
	var ns, ws []string
	seen := map[string]bool{}
	add := func(list *[]string, s string) {
		for _, t := range tokens(s) {
			if keep(t) && !seen[t] {
				seen[t] = true
				*list = append(*list, t)
			}
		}
	}
	for i := range cs {
		c := &cs[i]
		if c.Speaker != nil {
			add(&ns, c.Speaker.Name)
		}
		for _, e := range c.Entities {
			add(&ns, e.Name)
		}
	}
	for i := range cs {
		add(&ws, cs[i].Text)
	}
	return append(ns, ws...), len(ns)
}

// Terms picks the query for a new article from its candidate words and
// their document frequencies among n articles: the names found in the
// archive, then the rarest other words, at most MaxTerms, leaving out
// words too common to tell stories apart and words no article has.
func Terms(cands []string, nameCount int, df map[string]int, n int) []string {
	limit := max(n/commonShare, minCommon)
	type tf struct {
		t      string
		df     int
		isName bool
		order  int
	}
	var ts, common []tf
	for i, t := range cands {
		d := df[t]
		switch {
		case d == 0:
		case d > limit:
			common = append(common, tf{t, d, false, i})
		default:
			ts = append(ts, tf{t, d, i < nameCount, i})
		}
	}
	// An archive mostly about the new article's story has every word in
	// many articles: then its least common words still ask for it.
	if len(ts) < minTerms {
		sort.SliceStable(common, func(i, j int) bool {
			if common[i].df != common[j].df {
				return common[i].df < common[j].df
			}
			return common[i].t < common[j].t
		})
		ts = append(ts, common[:min(len(common), minTerms-len(ts))]...)
	}
	sort.SliceStable(ts, func(i, j int) bool {
		if ts[i].isName != ts[j].isName {
			return ts[i].isName
		}
		if ts[i].df != ts[j].df {
			return ts[i].df < ts[j].df
		}
		return ts[i].t < ts[j].t
	})
	var out []string
	for _, t := range ts {
		if len(out) == MaxTerms {
			break
		}
		out = append(out, t.t)
	}
	return out
}

// gatePerRef is how many postings of the rarest query words a search
// reads per reference asked for (Gate): ranking every article that has
// any query word costs time in proportion to the archive (in 10^5
// articles of one story's coverage and others, 40 words matched 38,000
// articles), while the best-ranked articles have the rarest words too.
// On that archive a gate of 1,000 postings for 20 references already
// ranked the same top 20 as no gate at all; twice that is the margin.
const gatePerRef = 100

// Gate returns the rarest terms whose document frequencies add up to at
// most budget (always the rarest one), or nil when that is every term and
// the gate would keep every article the terms match anyway.
func Gate(terms []string, df map[string]int, budget int) []string {
	byDF := slices.Clone(terms)
	slices.SortStableFunc(byDF, func(a, b string) int { return cmp.Compare(df[a], df[b]) })
	sum := 0
	for i, t := range byDF {
		sum += df[t]
		if sum > budget && i > 0 {
			g := byDF[:i]
			slices.Sort(g)
			return g
		}
	}
	return nil
}

// Options bound a retrieval.
type Options struct {
	WindowDays int // 0: any date
	Limit      int // most candidates per new article
}

// Retrieve finds the candidate references of one new article: the
// archive's document frequencies choose the words (Terms), the index
// ranks the articles that have them.
func Retrieve(ctx context.Context, s Store, a *claims.Article, cs []claims.Claim, exclude []string, opt Options) ([]Hit, error) {
	cands, nameCount := Candidates(cs)
	if len(cands) == 0 || opt.Limit <= 0 {
		return nil, nil
	}
	df, n, err := s.DocFreq(ctx, cands)
	if err != nil {
		return nil, err
	}
	terms := Terms(cands, nameCount, df, n)
	if len(terms) == 0 {
		return nil, nil
	}
	return s.Search(ctx, Query{
		Terms: terms, Gate: Gate(terms, df, gatePerRef*opt.Limit),
		Published: a.Published, WindowDays: opt.WindowDays,
		Exclude: exclude, Limit: opt.Limit,
		DocFreq: df, Articles: n,
	})
}

// window returns the dates an article published on date may be compared
// with, as YYYY-MM-DD strings, or ok false for no bound.
func window(date string, days int) (lo, hi string, ok bool) {
	if days <= 0 || date == "" {
		return "", "", false
	}
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return "", "", false
	}
	return t.AddDate(0, 0, -days).Format("2006-01-02"), t.AddDate(0, 0, days).Format("2006-01-02"), true
}

// idf is the weight of a word found in df of n articles: BM25's inverse
// document frequency, as SQLite's FTS5 computes it for its ranking
// (log((n-df+0.5)/(df+0.5)), never below a millionth), so a rare name
// counts for far more than a word every other article has.
func idf(df, n int) float64 {
	w := math.Log((float64(n) - float64(df) + 0.5) / (float64(df) + 0.5))
	return max(w, 1e-6)
}
