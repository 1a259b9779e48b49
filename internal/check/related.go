package check

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// RelatedOptions decide when two articles tell the same story.
type RelatedOptions struct {
	Threshold  float64 // least similarity, 0..1
	WindowDays int     // most days between two known publication dates; 0: any
}

// nameWeight makes a shared person, place or organisation count as much as
// several shared words: two stories about a flood share "water" and
// "rescue", two stories about the same flood share "Ana Lima" and "Valle".
const nameWeight = 3

// terms is what an article is about: the stems of its claims' content
// words and the names they mention, each with a weight.
func terms(cs []claims.Claim) map[string]float64 {
	ts := map[string]float64{}
	for i := range cs {
		c := &cs[i]
		for _, w := range claims.ContentWords(c.Text) {
			ts["w:"+w] = 1
		}
		if c.Speaker != nil && c.Speaker.Name != "" {
			ts["n:"+claims.Fold(c.Speaker.Name)] = nameWeight
		}
		for _, e := range c.Entities {
			if e.Name != "" {
				ts["n:"+claims.Fold(e.Name)] = nameWeight
			}
		}
	}
	return ts
}

// Similarity is the similarity of two articles' terms (see
// compare.ArticleSimilarity), rarity taken among all the articles of the
// run, 0..1.
type Similarity struct {
	index map[string]int
	sim   *compare.ArticleSimilarity
}

// NewSimilarity indexes articles by id; perArticle[i] are articles[i]'s
// claims.
func NewSimilarity(articles []*claims.Article, perArticle [][]claims.Claim) *Similarity {
	s := &Similarity{index: map[string]int{}}
	ts := make([]map[string]float64, len(articles))
	for i, a := range articles {
		s.index[a.ID] = i
		ts[i] = terms(perArticle[i])
	}
	// Every term counts, even one only this article has: an article
	// mostly about other things is less related.
	s.sim = compare.NewArticleSimilarity(ts, 1)
	return s
}

// Score is the similarity of articles a and b, to the three decimals
// Describe shows, so the threshold decides on the score the user reads.
func (s *Similarity) Score(a, b string) float64 {
	i, ok := s.index[a]
	j, ok2 := s.index[b]
	if !ok || !ok2 {
		return 0
	}
	return math.Round(s.sim.Score(i, j)*1000) / 1000
}

// WithinWindow reports whether two publication dates (YYYY-MM-DD) are at
// most days apart. An unknown date, or days 0, never excludes.
func WithinWindow(a, b string, days int) bool {
	if days <= 0 || a == "" || b == "" {
		return true
	}
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return true
	}
	d := ta.Sub(tb)
	if d < 0 {
		d = -d
	}
	return d <= time.Duration(days)*24*time.Hour
}

// Match is a reference article picked for a new one.
type Match struct {
	Ref   string
	Score float64
}

// Story is a group of new articles about the same event with the
// reference articles related to any of them. Ids are sorted.
type Story struct {
	New  []string
	Refs []string
}

// Plan is what check compares: per new article its related references
// (best first), and the stories to compare one by one.
type Plan struct {
	Related map[string][]Match
	Stories []Story
}

// PlanStories picks the related references of each new article and groups
// new articles into stories: two new articles are in one story when they
// are related to each other or share a reference. Each story is compared
// on its own, so two unrelated new articles in one run never produce
// findings against each other.
func PlanStories(news, refs []*claims.Article, sim *Similarity, opt RelatedOptions) Plan {
	p := Plan{Related: map[string][]Match{}}
	related := func(a, b *claims.Article) (float64, bool) {
		s := sim.Score(a.ID, b.ID)
		return s, s >= opt.Threshold && WithinWindow(a.Published, b.Published, opt.WindowDays)
	}
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if parent[x] == x {
			return x
		}
		parent[x] = find(parent[x])
		return parent[x]
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if ra < rb { // the smaller id is the root: the grouping is order-free
			parent[rb] = ra
		} else {
			parent[ra] = rb
		}
	}
	for _, a := range news {
		parent[a.ID] = a.ID
	}
	for _, r := range refs {
		parent[r.ID] = r.ID
	}
	for _, a := range news {
		var ms []Match
		for _, r := range refs {
			if s, ok := related(a, r); ok {
				ms = append(ms, Match{Ref: r.ID, Score: s})
				union(a.ID, r.ID)
			}
		}
		sort.Slice(ms, func(i, j int) bool {
			if ms[i].Score != ms[j].Score {
				return ms[i].Score > ms[j].Score
			}
			return ms[i].Ref < ms[j].Ref
		})
		p.Related[a.ID] = ms
		for _, b := range news {
			if a.ID < b.ID {
				if _, ok := related(a, b); ok {
					union(a.ID, b.ID)
				}
			}
		}
	}
	isNew := map[string]bool{}
	for _, a := range news {
		isNew[a.ID] = true
	}
	by := map[string]*Story{}
	var roots []string
	add := func(id string, asNew bool) {
		root := find(id)
		st := by[root]
		if st == nil {
			st = &Story{}
			by[root] = st
			roots = append(roots, root)
		}
		if asNew {
			st.New = append(st.New, id)
		} else {
			st.Refs = append(st.Refs, id)
		}
	}
	for _, a := range news {
		add(a.ID, true)
	}
	for _, r := range refs {
		if st := by[find(r.ID)]; st != nil {
			add(r.ID, false) // a reference no new article picked stays out
		}
	}
	for _, root := range roots {
		st := by[root]
		sort.Strings(st.New)
		sort.Strings(st.Refs)
		p.Stories = append(p.Stories, *st)
	}
	sort.Slice(p.Stories, func(i, j int) bool { return p.Stories[i].New[0] < p.Stories[j].New[0] })
	return p
}

// Describe says in one line per new article which references were picked,
// for standard error: "new-a: related archive-b (0.41), archive-c (0.22)".
func (p Plan) Describe(news []*claims.Article) []string {
	var out []string
	ids := make([]string, 0, len(news))
	for _, a := range news {
		ids = append(ids, a.ID)
	}
	sort.Strings(ids)
	for _, id := range ids {
		ms := p.Related[id]
		if len(ms) == 0 {
			out = append(out, id+": no related reference article")
			continue
		}
		parts := make([]string, len(ms))
		for i, m := range ms {
			parts[i] = m.Ref + " (" + strings.TrimRight(strings.TrimRight(formatScore(m.Score), "0"), ".") + ")"
		}
		out = append(out, id+": related "+strings.Join(parts, ", "))
	}
	return out
}

func formatScore(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
