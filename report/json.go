package report

import (
	"bytes"
	"encoding/json"
	"math"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// Schema names the JSON contract in DESIGN.md. Fields may be added under
// this name; removing one or changing its meaning needs a new name.
const Schema = "claimdiff.report/v1"

// The structs below are the contract, kept apart from the Go domain types
// so that renaming a field in claims or compare cannot break a consumer.
// Every slice is made non-nil before encoding: consumers get [] not null.

type jsonReport struct {
	Schema   string        `json:"schema"`
	Sources  []jsonSource  `json:"sources"`
	Claims   []jsonClaim   `json:"claims"`
	Findings []jsonFinding `json:"findings"`
	Summary  jsonSummary   `json:"summary"`
}

type jsonSource struct {
	ID        string  `json:"id"`
	Path      string  `json:"path"`
	Title     string  `json:"title"`
	Outlet    string  `json:"outlet"`
	Published string  `json:"published"`
	Words     int     `json:"words"`
	Claims    int     `json:"claims"`
	Text      *string `json:"text,omitempty"` // only for extracted text: spans point into it
}

// jsonSpan is [start, end], byte offsets into the source text.
type jsonSpan [2]int

type jsonClaim struct {
	ID       string       `json:"id"`
	Source   string       `json:"source"`
	Kind     string       `json:"kind"`
	Sentence string       `json:"sentence"`
	Span     jsonSpan     `json:"span"`
	Text     string       `json:"text"`
	TextSpan jsonSpan     `json:"text_span"`
	Speaker  *jsonSpeaker `json:"speaker"` // null for the narrator
	Cue      *jsonCue     `json:"cue"`
	Content  *jsonPart    `json:"content"`
	Time     []jsonTime   `json:"time"`
	Entities []jsonEntity `json:"entities"`
	Numbers  []jsonNumber `json:"numbers"`
	Negated  bool         `json:"negated"`
	Hedged   bool         `json:"hedged"`
	// Relative: the claim is a relative clause on a thing ("which was
	// first revealed by …"), about what its antecedent is.
	Relative bool `json:"relative,omitempty"`
	// Empty: the claim states nothing another source could confirm or
	// contradict (a cue alone, a time stamp, a question naming no one);
	// compare leaves it out of findings.
	Empty bool `json:"empty,omitempty"`
	// The readings the negation and hedge facets decide on: each negating
	// or hedging word, and the words it applies to, as indexes among the
	// words of text (claims.Tokens).
	Negations []jsonNegation `json:"negations"`
	Hedges    []jsonHedge    `json:"hedges"`
	// Args is an addition to the contract: the arguments of the claim's
	// acts by role (cause, place, manner, event), absent when none.
	Args []jsonArg `json:"args,omitempty"`
	// States are the polar states the claim asserts (claims.State), absent
	// when none.
	States []jsonState `json:"states,omitempty"`
	// Stances is an addition to the contract: the positions the claim
	// takes (claims.Stance), the readings the content facet decides on;
	// absent when none.
	Stances []jsonStance `json:"stances,omitempty"`
	// Open are the questions about an act the claim says are not
	// answered (claims.Open), absent when none.
	Open []jsonOpen `json:"open,omitempty"`
	// Roles is an addition to the contract: the statements of a person's
	// office the claim makes (claims.Role), absent when none.
	Roles []jsonRole `json:"roles,omitempty"`
}

type jsonRole struct {
	Who       string   `json:"who"`
	Text      string   `json:"text"`
	Span      jsonSpan `json:"span"`
	Office    string   `json:"office"`
	Head      string   `json:"head"`
	Modifiers []string `json:"modifiers"`
	Org       string   `json:"org"`
	Status    string   `json:"status"`
	Form      string   `json:"form"`
	Time      string   `json:"time"`
}

type jsonOpen struct {
	Act     string   `json:"act"`
	Role    string   `json:"role"`
	Answers []string `json:"answers"`
	Who     []string `json:"who"`
	Of      []string `json:"of"`
	Text    string   `json:"text"`
	Span    jsonSpan `json:"span"`
}

type jsonState struct {
	Concept string   `json:"concept"`
	Holds   bool     `json:"holds"`
	Text    string   `json:"text"`
	Of      []string `json:"of"`
	Status  bool     `json:"status"`
	Modal   bool     `json:"modal"`
}

type jsonStance struct {
	Concept string   `json:"concept"` // "support", "legal", "rise"
	Holds   bool     `json:"holds"`   // the side taken, after negation
	At      int      `json:"at"`      // index of the stance word among the words of text
	Target  []string `json:"target"`  // stems of what the stance is about, nearest first
}

type jsonArg struct {
	Act  string   `json:"act"`
	Role string   `json:"role"`
	Text string   `json:"text"`
	Head string   `json:"head"`
	Span jsonSpan `json:"span"`
	Who  string   `json:"who,omitempty"`
}

type jsonSpeaker struct {
	Name string   `json:"name"`
	Text string   `json:"text"`
	Span jsonSpan `json:"span"`
	Role string   `json:"role"`
	// Additions: the mention names someone who can be told apart from
	// another (not "a resident", "officials", "they"); it joins several
	// speakers with "and".
	Definite bool `json:"definite"`
	Joint    bool `json:"joint"`
}

type jsonCue struct {
	Lemma string   `json:"lemma"`
	Text  string   `json:"text"`
	Span  jsonSpan `json:"span"`
}

type jsonPart struct {
	Text string   `json:"text"`
	Span jsonSpan `json:"span"`
	// Addition: the content reads as a statement, not the object of an
	// act ("responded to a distress call").
	Clause bool `json:"clause"`
}

type jsonTime struct {
	Text    string   `json:"text"`
	Value   *string  `json:"value"` // null when unresolved
	Span    jsonSpan `json:"span"`
	Weekday string   `json:"weekday,omitempty"` // "friday": the day of the week named or resolved
	// Addition: "12-06" for a date written without a year ("6 December"),
	// which value resolves only when the publication date is known.
	MonthDay string    `json:"month_day,omitempty"`
	Clock    string    `json:"clock,omitempty"`  // "20:49": a time of day
	Approx   bool      `json:"approx,omitempty"` // the time of day is hedged ("about 8.40pm")
	Scope    *jsonSpan `json:"scope,omitempty"`  // the clause the time dates
	Act      []string  `json:"act"`              // content-word stems of that clause: what it dates
	// Relative: said relative to the publication date ("Monday"), not
	// written out; Subordinate: dates a clause set inside the claim.
	Relative    bool `json:"relative"`
	Subordinate bool `json:"subordinate"`
	// Said: the time dates a saying ("police said Saturday"), not what
	// was said; Dates: the stem of the word the time dates.
	Said  bool   `json:"said,omitempty"`
	Dates string `json:"dates,omitempty"`
	// Day: the day a relative expression names, counted from the day the
	// article was written ("yesterday" -1, "this morning" 0), known even
	// when its date is not; nil when it names no such day.
	Day *int `json:"day,omitempty"`
}

type jsonNegation struct {
	Word   string `json:"word"`
	At     int    `json:"at"`
	Denies []int  `json:"denies"`
}

type jsonHedge struct {
	Word    string `json:"word"`
	At      int    `json:"at"`
	Governs int    `json:"governs"` // -1 when no content word follows
}

type jsonEntity struct {
	Name string   `json:"name"`
	Type string   `json:"type"`
	Text string   `json:"text"`
	Span jsonSpan `json:"span"`
	Role string   `json:"role"`
	// The office a person's role names and its status ("former", "acting",
	// "elect", "then"), "" when none.
	Office string `json:"office"`
	Status string `json:"status"`
}

type jsonNumber struct {
	Text      string  `json:"text"`
	Value     float64 `json:"value"`
	Qualifier string  `json:"qualifier"`
	// How far a figure written with a scale word may be from value: half
	// a unit of its last written digit ("1.2 million": 50000), else 0.
	Round float64   `json:"round"`
	Unit  string    `json:"unit"`
	Span  jsonSpan  `json:"span"`
	Scope *jsonSpan `json:"scope,omitempty"` // the clause the figure is stated in
	// What the figure measures and the words around it, as stems (see
	// claims.Number): the slots the number facet compares.
	Act     []string `json:"act"`
	Before  []string `json:"before"`
	After   []string `json:"after"`
	Kinds   []string `json:"kinds"`
	Prep    string   `json:"prep,omitempty"`  // "as" in "11 seasons as a player"
	Leading bool     `json:"leading"`         // counts the first or last few
	Listed  bool     `json:"listed"`          // joined to the figure before it by "and" or a comma
	Of      string   `json:"of,omitempty"`    // whose age the figure is
	Per     string   `json:"per,omitempty"`   // the period of a rate: "year" in "$21 million a year"
	Owner   string   `json:"owner,omitempty"` // whose offer or deal a sum is
	// Who the figure's clause is about: "he" in "He hosted it five times", read.
	Subject string `json:"subject,omitempty"`
	// The noun a hyphenated count modifies: "streak" in "an 11-game win streak".
	Modifies string `json:"modifies,omitempty"`
	// Kinds written with a capital: "yemeni" in "11 Yemeni pirates".
	Proper []string `json:"proper,omitempty"`
	// Tally: a running or overall total ("31 so far"); Except: what an
	// act leaves out of a whole ("all but eight games"); Converted: a sum
	// in brackets after a sum in another currency, the writer's
	// conversion ("110 billion euros ($143 billion)").
	Tally     bool `json:"tally,omitempty"`
	Except    bool `json:"except,omitempty"`
	Converted bool `json:"converted,omitempty"`
	// Verb: the stem of the verb the figure is the object of ("attack" in
	// "attacked a building and two banks"); When: the date of a time fronted
	// in the figure's sentence that dates it ("In May, … £910,000"); Prior:
	// the figure's clause follows "<months or years> after", an earlier
	// event's figure.
	Verb  string `json:"verb,omitempty"`
	When  string `json:"when,omitempty"`
	Prior bool   `json:"prior,omitempty"`
}

type jsonFinding struct {
	ID       string     `json:"id"`
	Kind     string     `json:"kind"`
	Facets   []string   `json:"facets"`
	Severity string     `json:"severity"`
	Claims   []string   `json:"claims"`
	Score    float64    `json:"score"`
	Review   bool       `json:"review"`
	Summary  string     `json:"summary"`
	Values   jsonValues `json:"values"`
	Diff     []jsonDiff `json:"diff"`
}

// jsonValues maps a source id (or, for a source that contradicts itself, a
// claim id) to what that source says. encoding/json writes map keys sorted,
// which keeps the bytes deterministic.
type jsonValues map[string]string

type jsonDiff struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

type jsonSummary struct {
	Sources       int `json:"sources"`
	Claims        int `json:"claims"`
	Agreements    int `json:"agreements"`
	Discrepancies int `json:"discrepancies"`
	Unique        int `json:"unique"`
}

// writeJSON writes the claimdiff.report/v1 object.
//
// HTML escaping is off: the report is data, and a fact-checker grepping it
// for "AT&T" or reading a quote with "<" should find the bytes of the
// article, not \u0026. That is safe because JSON is never interpreted as
// markup: "<script>" inside a JSON string is inert in a .json file or an
// application/json response, and a page that inlines the report must escape
// it for its own context (html/template does so for <script> blocks).
func writeJSON(buf *bytes.Buffer, v *view, _ Options) error {
	var tmp bytes.Buffer
	enc := json.NewEncoder(&tmp)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(buildJSON(v)); err != nil {
		return err
	}
	buf.Write(inlineNumbers(tmp.Bytes()))
	return nil
}

// inlineNumbers puts each array of numbers — the [start, end] spans — on
// one line, as DESIGN.md shows them; the encoder's indentation would give
// every offset a line of its own and quadruple the length of the report.
// Only structural whitespace changes: string contents are copied as they are.
func inlineNumbers(b []byte) []byte {
	out := make([]byte, 0, len(b))
	inString, escaped := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '[':
			if end := numberArray(b, i); end > 0 {
				out = append(out, '[')
				for j, f := range bytes.Split(b[i+1:end], []byte{','}) {
					if j > 0 {
						out = append(out, ',', ' ')
					}
					out = append(out, bytes.TrimSpace(f)...)
				}
				out = append(out, ']')
				i = end
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// numberArray returns the index of the "]" closing the array that opens at
// b[open], if the array holds only numbers; otherwise 0.
func numberArray(b []byte, open int) int {
	digits := false
	for i := open + 1; i < len(b); i++ {
		switch c := b[i]; {
		case c == ']':
			if digits {
				return i
			}
			return 0
		case c >= '0' && c <= '9':
			digits = true
		case c == ' ' || c == '\n' || c == ',' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E':
		default:
			return 0
		}
	}
	return 0
}

func buildJSON(v *view) jsonReport {
	rep := jsonReport{
		Schema:   Schema,
		Sources:  []jsonSource{},
		Claims:   make([]jsonClaim, 0, len(v.r.Claims)),
		Findings: make([]jsonFinding, 0, len(v.r.Findings)),
	}
	for _, a := range v.articleList() {
		s := jsonSource{
			ID: a.ID, Path: a.Path, Title: a.Title, Outlet: a.Outlet,
			Published: a.Published, Words: a.Words, Claims: v.perSource[a.ID],
		}
		if a.Extracted {
			text := a.Text
			s.Text = &text
		}
		rep.Sources = append(rep.Sources, s)
	}
	for i := range v.r.Claims {
		rep.Claims = append(rep.Claims, jsonClaimOf(v, &v.r.Claims[i]))
	}
	for i := range v.r.Findings {
		rep.Findings = append(rep.Findings, jsonFindingOf(&v.r.Findings[i]))
	}
	s := v.summary()
	rep.Summary = jsonSummary{
		Sources: s.Sources, Claims: s.Claims, Agreements: s.Agreements,
		Discrepancies: s.Discrepancies, Unique: s.Unique,
	}
	return rep
}

func span(s claims.Span) jsonSpan { return jsonSpan{s.Start, s.End} }

func jsonClaimOf(v *view, c *claims.Claim) jsonClaim {
	j := jsonClaim{
		ID: c.ID, Source: c.Source, Kind: string(c.Kind),
		Sentence: v.sentence(c), Span: span(c.Sentence),
		Text: c.Text, TextSpan: span(c.TextSpan),
		Time:     make([]jsonTime, 0, len(c.Time)),
		Entities: make([]jsonEntity, 0, len(c.Entities)),
		Numbers:  make([]jsonNumber, 0, len(c.Numbers)),
		Negated:  c.Negated, Hedged: c.Hedged, Relative: c.Relative, Empty: c.Empty,
		Negations: make([]jsonNegation, 0, len(c.Negations)),
		Hedges:    make([]jsonHedge, 0, len(c.Hedges)),
	}
	for _, n := range c.Negations {
		j.Negations = append(j.Negations, jsonNegation{Word: n.Word, At: n.At, Denies: list(n.Denies)})
	}
	for _, h := range c.Hedges {
		j.Hedges = append(j.Hedges, jsonHedge{Word: h.Word, At: h.At, Governs: h.Governs})
	}
	for _, st := range c.States {
		j.States = append(j.States, jsonState{Concept: st.Concept, Holds: st.Holds, Text: st.Text, Of: list(st.Of), Status: st.Status, Modal: st.Modal})
	}
	for _, st := range c.Stances {
		tg := make([]string, 0, len(st.Target))
		for _, t := range st.Target {
			tg = append(tg, t.Stem)
		}
		j.Stances = append(j.Stances, jsonStance{Concept: st.Concept, Holds: st.Holds, At: st.At, Target: tg})
	}
	if p := c.Speaker; p != nil {
		j.Speaker = &jsonSpeaker{Name: p.Name, Text: p.Text, Span: span(p.Span), Role: p.Role, Definite: p.Definite, Joint: p.Joint}
	}
	if p := c.Cue; p != nil {
		j.Cue = &jsonCue{Lemma: p.Lemma, Text: p.Text, Span: span(p.Span)}
	}
	if p := c.Content; p != nil {
		j.Content = &jsonPart{Text: p.Text, Span: span(p.Span), Clause: p.Clause}
	}
	for _, t := range c.Time {
		jt := jsonTime{Text: t.Text, Span: span(t.Span), Weekday: t.Weekday, MonthDay: t.MonthDay, Clock: t.Clock, Approx: t.Approx, Scope: optSpan(t.Scope),
			Act: list(t.Act), Relative: t.Relative, Subordinate: t.Subordinate, Said: t.Said, Dates: t.Dates}
		if t.OnDay {
			d := t.Day
			jt.Day = &d
		}
		if t.Value != "" {
			value := t.Value
			jt.Value = &value
		}
		j.Time = append(j.Time, jt)
	}
	for _, e := range c.Entities {
		j.Entities = append(j.Entities, jsonEntity{Name: e.Name, Type: e.Type, Text: e.Text, Span: span(e.Span), Role: e.Role, Office: e.Office, Status: e.Status})
	}
	for _, n := range c.Numbers {
		value := n.Value
		if math.IsNaN(value) || math.IsInf(value, 0) { // not representable in JSON
			value = 0
		}
		j.Numbers = append(j.Numbers, jsonNumber{Text: n.Text, Value: value, Qualifier: n.Qualifier, Round: n.Round, Unit: n.Unit, Span: span(n.Span), Scope: optSpan(n.Scope),
			Act: list(n.Act), Before: list(n.Before), After: list(n.After), Kinds: list(n.Kinds), Prep: n.Prep, Leading: n.Leading, Listed: n.Listed, Of: n.Of, Per: n.Per, Owner: n.Owner, Subject: n.Subject, Modifies: n.Modifies, Proper: n.Proper, Tally: n.Tally, Except: n.Except, Converted: n.Converted, Verb: n.Verb, When: n.When, Prior: n.Prior})
	}
	for _, o := range c.Open {
		j.Open = append(j.Open, jsonOpen{Act: o.Act, Role: o.Role, Answers: list(o.Answers), Who: list(o.Who), Of: list(o.Of), Text: o.Text, Span: span(o.Span)})
	}
	for _, a := range c.Args {
		j.Args = append(j.Args, jsonArg{Act: a.Act, Role: a.Role, Text: a.Text, Head: a.Head, Span: span(a.Span), Who: a.Who})
	}
	for _, r := range c.Roles {
		j.Roles = append(j.Roles, jsonRole{Who: r.Who, Text: r.Text, Span: span(r.Span), Office: r.Office, Head: r.Head, Modifiers: list(r.Modifiers),
			Org: r.Org, Status: r.Status, Form: r.Form, Time: r.Time})
	}
	return j
}

// list is a list field of the report: [], never null.
func list[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// optSpan is a span for a field that may be absent: nil when empty.
func optSpan(s claims.Span) *jsonSpan {
	if s.Len() == 0 {
		return nil
	}
	v := span(s)
	return &v
}

func jsonFindingOf(f *compare.Finding) jsonFinding {
	j := jsonFinding{
		ID: f.ID, Kind: string(f.Kind), Severity: string(f.Severity),
		Facets:  make([]string, 0, len(f.Facets)),
		Claims:  append(make([]string, 0, len(f.Claims)), f.Claims...),
		Score:   round3(f.Score),
		Review:  f.Review,
		Summary: f.Summary,
		Values:  jsonValues{},
		Diff:    make([]jsonDiff, 0, len(f.Diff)),
	}
	for _, x := range f.Facets {
		j.Facets = append(j.Facets, string(x))
	}
	// A source with two values in one finding contradicts itself: keying
	// by source id would keep only one of them, so its values are keyed by
	// claim id instead. Other sources stay keyed by source id.
	count := map[string]int{}
	for _, val := range f.Values {
		count[val.Source]++
	}
	for _, val := range f.Values {
		key := val.Source
		if count[val.Source] > 1 {
			key = val.Claim
		}
		if _, taken := j.Values[key]; !taken { // the first value of a key wins, deterministically
			j.Values[key] = val.Text
		}
	}
	for _, d := range f.Diff {
		j.Diff = append(j.Diff, jsonDiff{Op: d.Op, Text: d.Text})
	}
	return j
}
