package report

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// The fixture is built by hand, not by running extraction, so that changes
// to claims or compare never churn the report goldens. Its text is hostile
// on purpose: table pipes, a script tag, straight and curly quotes, a
// newline inside a sentence, terminal escapes and a bidi override, Arabic,
// emoji, Markdown and GitHub-math metacharacters, an @mention, a long URL
// and a 2,000-character sentence.

// builder assembles an article from sentences and remembers their spans.
type builder struct {
	text  strings.Builder
	spans []claims.Span
}

func (b *builder) add(sep, s string) claims.Span {
	b.text.WriteString(sep)
	start := b.text.Len()
	b.text.WriteString(s)
	sp := claims.Span{Start: start, End: b.text.Len()}
	b.spans = append(b.spans, sp)
	return sp
}

// sub is the span of the first occurrence of part inside the sentence at sp.
func sub(text string, sp claims.Span, part string) claims.Span {
	i := strings.Index(text[sp.Start:sp.End], part)
	if i < 0 {
		panic(fmt.Sprintf("fixture: %q not in %q", part, text[sp.Start:sp.End]))
	}
	return claims.Span{Start: sp.Start + i, End: sp.Start + i + len(part)}
}

// longSentence is about 2,000 bytes of one sentence, no full stop inside.
func longSentence(verb string) string {
	var b strings.Builder
	b.WriteString("The river, which had been rising since the weekend")
	for i := 0; b.Len() < 1950; i++ {
		fmt.Fprintf(&b, ", past marker %d and the old mill at bend %d", i, i+1)
	}
	b.WriteString(", " + verb + " above the flood wall on Tuesday night.")
	return b.String()
}

func fixture() *compare.Result {
	// bbc: plain text, spans into the file's own bytes.
	var bbc builder
	bbc.text.WriteString("Floods hit the valley\n\n")
	b1 := bbc.add("", `The minister said: “We’ll see what happens | next.”`)
	b2 := bbc.add(" ", "Officials said at least 83 people\ndied in the flooding on Tuesday.")
	b3 := bbc.add(" ", `A banner read <script>alert(1)</script> & "stay 'calm'", witnesses said.`)
	b4 := bbc.add("\n\n", "قال الرئيس إن الوضع مستقر 🌊🙂 في المدينة.")
	b5 := bbc.add(" ", longSentence("rose"))
	b6 := bbc.add(" ", "The death toll was 83, police said.")
	b7 := bbc.add(" ", "Later, police put the death toll at 38.")
	b8 := bbc.add(" ", "An engineer typed \x1b[2J into the log and \u202Eevil\u202C text.")
	bbcText := bbc.text.String()

	// cnn: the hostile Markdown lives here.
	var cnn builder
	c1 := cnn.add("", `“I can’t say what happens next,” the minister said.`)
	c2 := cnn.add(" ", "At least 83 people died, officials said.")
	c3 := cnn.add(" ", "Rain is expected to continue.")
	c4 := cnn.add(" ", "Aid *bold* _under_ `code` [link](http://x) cost $5 and $10 # ~gone~ back\\slash > quote, @floodwatch https://example.org/live/floods/valley-2025-11-30/updates?source=newsletter&utm_campaign=floods-live-coverage-valley-region-every-hour.")
	c5 := cnn.add(" ", longSentence("fell"))
	cnnText := cnn.text.String()

	// alj: extracted from HTML, so its text is carried in the JSON.
	var alj builder
	a1 := alj.add("", "At least 83 people were killed, officials said.")
	a2 := alj.add(" ", "قال المتحدث إن 83 شخصا لقوا حتفهم.")
	a3 := alj.add(" ", "Volunteers 🙌 handed out water ‘all night’.")
	aljText := alj.text.String()

	articles := []*claims.Article{
		{ID: "bbc", Path: "samples/floods/bbc.txt", Title: "Floods hit the valley", Outlet: "BBC",
			Published: "2025-11-30", Text: bbcText, Skip: []claims.Span{{Start: 0, End: 21}}, Words: 420},
		{ID: "cnn", Path: "samples/floods/cnn.md", Title: `Floods | "Valley" <b>live</b>`, Outlet: "CNN",
			Published: "2025-11-30", Text: cnnText, Words: 380},
		{ID: "alj", Path: "https://example.org/news/floods.html", Title: "فيضانات في الوادي", Outlet: "Al Jazeera",
			Published: "", Text: aljText, Extracted: true, Words: 60},
	}

	minister := &claims.Speaker{Name: "Amal Haddad", Text: "The minister", Span: sub(bbcText, b1, "The minister"), Role: "minister"}
	cl := []claims.Claim{
		{ID: "bbc#1", Source: "bbc", Kind: claims.Quote, Sentence: b1, Text: "We’ll see what happens | next.",
			TextSpan: sub(bbcText, b1, "We’ll see what happens | next."), Speaker: minister,
			Cue:     &claims.Cue{Lemma: "say", Text: "said", Span: sub(bbcText, b1, "said")},
			Content: &claims.Part{Text: "We’ll see what happens | next.", Span: sub(bbcText, b1, "We’ll see what happens | next.")},
			Hedged:  true},
		{ID: "bbc#2", Source: "bbc", Kind: claims.Reported, Sentence: b2, Text: "at least 83 people\ndied in the flooding on Tuesday",
			TextSpan: sub(bbcText, b2, "at least 83 people\ndied in the flooding on Tuesday"),
			Speaker:  &claims.Speaker{Name: "officials", Text: "Officials", Span: sub(bbcText, b2, "Officials")},
			Cue:      &claims.Cue{Lemma: "say", Text: "said", Span: sub(bbcText, b2, "said")},
			Time:     []claims.Time{{Text: "on Tuesday", Value: "2025-11-25", Span: sub(bbcText, b2, "on Tuesday")}},
			Numbers:  []claims.Number{{Text: "at least 83 people", Value: 83, Qualifier: "at least", Unit: "people", Span: sub(bbcText, b2, "at least 83 people")}}},
		{ID: "bbc#3", Source: "bbc", Kind: claims.Reported, Sentence: b3, Text: `A banner read <script>alert(1)</script> & "stay 'calm'"`,
			TextSpan: sub(bbcText, b3, `A banner read <script>alert(1)</script> & "stay 'calm'"`),
			Speaker:  &claims.Speaker{Name: "witnesses", Text: "witnesses", Span: sub(bbcText, b3, "witnesses")},
			Cue:      &claims.Cue{Lemma: "say", Text: "said", Span: sub(bbcText, b3, "said")}},
		{ID: "bbc#4", Source: "bbc", Kind: claims.Reported, Sentence: b4, Text: "الوضع مستقر 🌊🙂 في المدينة",
			TextSpan: sub(bbcText, b4, "الوضع مستقر 🌊🙂 في المدينة"),
			Speaker:  &claims.Speaker{Name: "الرئيس", Text: "الرئيس", Span: sub(bbcText, b4, "الرئيس"), Role: "president"},
			Cue:      &claims.Cue{Lemma: "قال", Text: "قال", Span: sub(bbcText, b4, "قال")},
			Entities: []claims.Entity{{Name: "المدينة", Type: "place", Text: "المدينة", Span: sub(bbcText, b4, "المدينة")}}},
		{ID: "bbc#5", Source: "bbc", Kind: claims.Statement, Sentence: b5, Text: bbcText[b5.Start:b5.End], TextSpan: b5,
			Time: []claims.Time{{Text: "since the weekend", Span: sub(bbcText, b5, "since the weekend")}}},
		{ID: "bbc#6", Source: "bbc", Kind: claims.Reported, Sentence: b6, Text: "The death toll was 83",
			TextSpan: sub(bbcText, b6, "The death toll was 83"),
			Speaker:  &claims.Speaker{Name: "police", Text: "police", Span: sub(bbcText, b6, "police")},
			Numbers:  []claims.Number{{Text: "83", Value: 83, Span: sub(bbcText, b6, "83")}}},
		{ID: "bbc#7", Source: "bbc", Kind: claims.Statement, Sentence: b7, Text: "police put the death toll at 38",
			TextSpan: sub(bbcText, b7, "police put the death toll at 38"),
			Entities: []claims.Entity{{Name: "police", Type: "organization", Text: "police", Span: sub(bbcText, b7, "police")}},
			Numbers:  []claims.Number{{Text: "38", Value: 38, Span: sub(bbcText, b7, "38")}}},
		{ID: "bbc#8", Source: "bbc", Kind: claims.Statement, Sentence: b8, Text: bbcText[b8.Start:b8.End], TextSpan: b8, Negated: true},

		{ID: "cnn#1", Source: "cnn", Kind: claims.Quote, Sentence: c1, Text: "I can’t say what happens next,",
			TextSpan: sub(cnnText, c1, "I can’t say what happens next,"),
			Speaker:  &claims.Speaker{Name: "Amal Haddad", Text: "the minister", Span: sub(cnnText, c1, "the minister"), Role: "minister"},
			Cue:      &claims.Cue{Lemma: "say", Text: "said", Span: sub(cnnText, c1, "said")},
			Content:  &claims.Part{Text: "I can’t say what happens next,", Span: sub(cnnText, c1, "I can’t say what happens next,")},
			Negated:  true},
		{ID: "cnn#2", Source: "cnn", Kind: claims.Reported, Sentence: c2, Text: "At least 83 people died",
			TextSpan: sub(cnnText, c2, "At least 83 people died"),
			Speaker:  &claims.Speaker{Name: "officials", Text: "officials", Span: sub(cnnText, c2, "officials")},
			Numbers:  []claims.Number{{Text: "At least 83 people", Value: 83, Qualifier: "at least", Unit: "people", Span: sub(cnnText, c2, "At least 83 people")}}},
		// A narrator's statement: no speaker, no cue, no content.
		{ID: "cnn#3", Source: "cnn", Kind: claims.Statement, Sentence: c3, Text: "Rain is expected to continue.", TextSpan: c3, Hedged: true},
		{ID: "cnn#4", Source: "cnn", Kind: claims.Statement, Sentence: c4, Text: cnnText[c4.Start:c4.End], TextSpan: c4,
			Numbers: []claims.Number{
				{Text: "$5", Value: 5, Unit: "USD", Span: sub(cnnText, c4, "$5")},
				{Text: "$10", Value: 10, Unit: "USD", Span: sub(cnnText, c4, "$10")},
			}},
		{ID: "cnn#5", Source: "cnn", Kind: claims.Statement, Sentence: c5, Text: cnnText[c5.Start:c5.End], TextSpan: c5},

		{ID: "alj#1", Source: "alj", Kind: claims.Reported, Sentence: a1, Text: "At least 83 people were killed",
			TextSpan: sub(aljText, a1, "At least 83 people were killed"),
			Speaker:  &claims.Speaker{Name: "officials", Text: "officials", Span: sub(aljText, a1, "officials")},
			Numbers:  []claims.Number{{Text: "At least 83 people", Value: 83, Qualifier: "at least", Unit: "people", Span: sub(aljText, a1, "At least 83 people")}}},
		{ID: "alj#2", Source: "alj", Kind: claims.Reported, Sentence: a2, Text: "83 شخصا لقوا حتفهم",
			TextSpan: sub(aljText, a2, "83 شخصا لقوا حتفهم"),
			Speaker:  &claims.Speaker{Name: "المتحدث", Text: "المتحدث", Span: sub(aljText, a2, "المتحدث"), Role: "spokesman"},
			Numbers:  []claims.Number{{Text: "83", Value: 83, Span: sub(aljText, a2, "83")}}},
		{ID: "alj#3", Source: "alj", Kind: claims.Statement, Sentence: a3, Text: aljText[a3.Start:a3.End], TextSpan: a3,
			Time: []claims.Time{{Text: "all night", Span: sub(aljText, a3, "all night")}}},
	}

	long1, long2 := bbcText[b5.Start:b5.End], cnnText[c5.Start:c5.End]
	cut := strings.LastIndex(long1, "rose")
	findings := []compare.Finding{
		{ID: "F1", Kind: compare.Discrepancy, Facets: []compare.Facet{compare.FacetQuote, compare.FacetNegation},
			Severity: compare.High, Claims: []string{"bbc#1", "cnn#1"}, Score: 0.8125,
			Summary: "The minister's comment | <script>alert(1)</script> is quoted differently",
			Values: []compare.Value{
				{Source: "bbc", Claim: "bbc#1", Text: "We’ll see what happens | next."},
				{Source: "cnn", Claim: "cnn#1", Text: "I can’t say what happens next,"},
			},
			Diff: []compare.DiffOp{
				{Op: "delete", Text: "We’ll see"}, {Op: "insert", Text: "I can’t say"},
				{Op: "equal", Text: " what happens "}, {Op: "delete", Text: "| next."}, {Op: "insert", Text: "next,"},
			}},
		// A source contradicting itself: two claims of bbc, no other source.
		{ID: "F2", Kind: compare.Discrepancy, Facets: []compare.Facet{compare.FacetNumber},
			Severity: compare.Medium, Claims: []string{"bbc#6", "bbc#7"}, Score: 2.0 / 3, Review: true,
			Summary: "bbc gives the death toll as 83 and as 38",
			Values: []compare.Value{
				{Source: "bbc", Claim: "bbc#6", Text: "83"},
				{Source: "bbc", Claim: "bbc#7", Text: "38"},
			},
			Diff: []compare.DiffOp{{Op: "delete", Text: "83"}, {Op: "insert", Text: "38"}}},
		{ID: "F3", Kind: compare.Discrepancy, Facets: []compare.Facet{compare.FacetContent},
			Severity: compare.Low, Claims: []string{"bbc#5", "cnn#5"}, Score: 0.5,
			Summary: "The river rose or fell",
			Values: []compare.Value{
				{Source: "bbc", Claim: "bbc#5", Text: long1},
				{Source: "cnn", Claim: "cnn#5", Text: long2},
			},
			Diff: []compare.DiffOp{
				{Op: "equal", Text: long1[:cut]}, {Op: "delete", Text: "rose"}, {Op: "insert", Text: "fell"},
				{Op: "equal", Text: long1[cut+len("rose"):]},
			}},
		{ID: "F4", Kind: compare.Agreement, Claims: []string{"bbc#2", "cnn#2", "alj#1", "alj#2"}, Score: 0.9234,
			Summary: "At least 83 people died",
			Values: []compare.Value{
				{Source: "bbc", Claim: "bbc#2", Text: "at least 83 people"},
				{Source: "cnn", Claim: "cnn#2", Text: "At least 83 people"},
				{Source: "alj", Claim: "alj#1", Text: "At least 83 people"},
				{Source: "alj", Claim: "alj#2", Text: "83"},
			}},
		{ID: "F5", Kind: compare.Agreement, Claims: []string{"bbc#1", "cnn#1"}, Score: 0.41, Review: true,
			Summary: "The minister spoke about what happens next"},
		{ID: "F6", Kind: compare.Unique, Claims: []string{"bbc#3"}, Score: 1,
			Summary: "Only bbc: a banner", Values: []compare.Value{{Source: "bbc", Claim: "bbc#3", Text: `A banner read <script>alert(1)</script> & "stay 'calm'"`}}},
		{ID: "F7", Kind: compare.Unique, Claims: []string{"bbc#4"}, Score: 1, Summary: "Only bbc: the president"},
		{ID: "F8", Kind: compare.Unique, Claims: []string{"bbc#8"}, Score: 1, Summary: "Only bbc: the log"},
		{ID: "F9", Kind: compare.Unique, Claims: []string{"cnn#3"}, Score: 1, Summary: "Only cnn: rain"},
		{ID: "F10", Kind: compare.Unique, Claims: []string{"cnn#4"}, Score: 1, Summary: "Only cnn: aid"},
		{ID: "F11", Kind: compare.Unique, Claims: []string{"alj#3"}, Score: 1, Summary: "Only alj: volunteers"},
	}
	return &compare.Result{
		Articles: articles,
		Claims:   cl,
		Findings: findings,
		Summary:  compare.Summary{Sources: 3, Claims: len(cl), Agreements: 2, Discrepancies: 3, Unique: 6},
	}
}

// synthetic is a bigger Result for benchmarks: n sources of m claims each,
// an agreement for every claim index and a discrepancy for every third.
func synthetic(n, m int) *compare.Result {
	r := &compare.Result{}
	for s := 0; s < n; s++ {
		id := fmt.Sprintf("src%d", s)
		var b builder
		for c := 0; c < m; c++ {
			sp := b.add(" ", fmt.Sprintf("Officials in district %d said on Monday that %d people were moved to shelters.", c, 10*c+s))
			r.Claims = append(r.Claims, claims.Claim{
				ID: fmt.Sprintf("%s#%d", id, c+1), Source: id, Kind: claims.Reported, Sentence: sp,
				Text:    fmt.Sprintf("%d people were moved to shelters", 10*c+s),
				Speaker: &claims.Speaker{Name: "officials", Text: "Officials", Span: claims.Span{Start: sp.Start, End: sp.Start + 9}},
				Numbers: []claims.Number{{Text: fmt.Sprint(10*c + s), Value: float64(10*c + s)}},
			})
		}
		r.Articles = append(r.Articles, &claims.Article{ID: id, Path: id + ".txt", Title: "Story " + id, Text: b.text.String(), Words: 14 * m})
	}
	for c := 0; c < m; c++ {
		f := compare.Finding{ID: fmt.Sprintf("F%d", c+1), Kind: compare.Agreement, Score: 0.9, Summary: "people moved to shelters"}
		if c%3 == 0 {
			f.Kind, f.Facets, f.Severity = compare.Discrepancy, []compare.Facet{compare.FacetNumber}, compare.High
			f.Diff = []compare.DiffOp{{Op: "delete", Text: fmt.Sprint(10 * c)}, {Op: "insert", Text: fmt.Sprint(10*c + 1)}, {Op: "equal", Text: " people"}}
		}
		for s := 0; s < n; s++ {
			id := fmt.Sprintf("src%d#%d", s, c+1)
			f.Claims = append(f.Claims, id)
			f.Values = append(f.Values, compare.Value{Source: fmt.Sprintf("src%d", s), Claim: id, Text: fmt.Sprint(10*c + s)})
		}
		r.Findings = append(r.Findings, f)
	}
	return r
}
