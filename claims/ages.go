package claims

// AgeUnit is the unit of a figure that is someone's age: "83-year-old",
// and the ages read by readAges ("Comeaux, 49,", "died aged 95").
const AgeUnit = "year-old"

// readAges marks the figures of a claim that give a person's age and
// says whose: a bare number in apposition to a person's name ("Arcade
// Joseph Comeaux Jr., 49, is serving", "Smith (49)"), or after an age
// word ("died aged 95", "at the age of 95"), whose person is the nearest
// one named before it in the clause. An age is a fact about the person,
// not about the act of the clause it is written in: "Comeaux, 49, took
// the weapons" and "Comeaux, 49, escaped" state one age.
func readAges(toks []token, from, to int, ms []mention, cl *Claim) {
	for i := range cl.Numbers {
		n := &cl.Numbers[i]
		if n.Unit != "" && n.Unit != AgeUnit || n.Qualifier != "" || n.Value < 1 || n.Value > 120 || n.Value != float64(int(n.Value)) {
			continue
		}
		first, last := -1, -1
		for k := from; k < to; k++ {
			if toks[k].start == n.Span.Start {
				first = k
			}
			if toks[k].end == n.Span.End {
				last = k
			}
		}
		if first < 0 || last < first {
			continue
		}
		if of, ok := appositiveAge(toks, from, to, first, last, ms, n.Unit == AgeUnit); ok {
			n.Unit, n.Of = AgeUnit, of
			continue
		}
		if n.Unit == AgeUnit {
			n.Of = agedName(toks, to, last, ms)
			continue
		}
		if n.Unit == "" && afterAgeWord(toks, from, first) {
			n.Unit = AgeUnit
			n.Of = personBefore(toks, ms, from, first)
			if n.Of == "" {
				n.Of = personAfter(toks, to, last, ms)
			}
			continue
		}
		if n.Unit == "" && pronounIsAge(toks, from, to, first, last) {
			// Whose is left unsaid: a pronoun names no one (see
			// Number.Of).
			n.Unit = AgeUnit
		}
	}
}

// pronounIsAge reads "He was 95" and "she is 49": a person's pronoun, a
// form of "be" and a bare number that ends the clause or its first part
// ("He was 95 and lived in Santa Rosa"). A thing's ("it was 95") is a
// reading, a score or a toll.
func pronounIsAge(toks []token, from, to, first, last int) bool {
	if first != last || first-2 < from {
		return false
	}
	switch toks[first-2].lower {
	case "he", "she":
	default:
		return false
	}
	switch toks[first-1].lower {
	case "was", "is":
	default:
		return false
	}
	if last+1 >= to {
		return true
	}
	switch toks[last+1].lower {
	case ".", ",", ";", "and", "when":
		return true
	}
	return false
}

// personAfter reads the person an age word's figure is of when the name
// follows it: "the death, at age 95, of Mark Felt".
func personAfter(toks []token, to, last int, ms []mention) string {
	k := last + 1
	if k < to && toks[k].text == "," {
		k++
	}
	if k >= to || toks[k].lower != "of" {
		return ""
	}
	for _, m := range ms {
		if m.from == k+1 && m.typ == "person" {
			return m.canon
		}
	}
	return ""
}

// appositiveAge reads "Name, 49," and "Name (49)": a name right before, and the apposition closed right after. A "49-year-old"
// in "Name, a 49-year-old …" is that person's too.
func appositiveAge(toks []token, from, to, first, last int, ms []mention, yearOld bool) (string, bool) {
	k, described := first-1, false
	if k > from && (toks[k].lower == "a" || toks[k].lower == "an") && k-1 > from && toks[k-1].text == "," {
		if !yearOld {
			return "", false // "Comeaux, a 6-foot, 200-pound man"
		}
		k, described = k-1, true
	}
	if k <= from {
		return "", false
	}
	open := toks[k].text
	if open != "," && open != "(" {
		return "", false
	}
	closed := last+1 >= to
	if !closed {
		switch toks[last+1].text {
		case ",", ")", ".", ";", ":":
			closed = true
		}
		// "Name, a 49-year-old convicted rapist, …" is closed later.
		closed = closed || described
	}
	if !closed {
		return "", false
	}
	// A bare number in apposition is itself a sign of a person: a name
	// the article never types ("Comeaux, 49,") counts unless it is a
	// place or an organisation.
	for _, m := range ms {
		if m.to == k && m.typ != "place" && m.typ != "organization" {
			return m.canon, true
		}
	}
	return "", false
}

// afterAgeWord reports whether an age word stands right before token
// first: "aged 95", "age 95", "the age of 95".
func afterAgeWord(toks []token, from, first int) bool {
	k := first - 1
	if k > from && toks[k].lower == "of" {
		k--
	}
	return k >= from && ageWords[toks[k].lower]
}

// personBefore is the canonical name of the last person named in the
// clause before token k, or "". A name closed off by a comma before the
// age is inside a relative clause or an apposition on the subject ("Mark
// Felt, the source who helped bring down President Richard Nixon, has
// died at age 95"): the age is then the clause's first person's.
func personBefore(toks []token, ms []mention, from, k int) string {
	first, who, end := "", "", 0
	for _, m := range ms {
		if m.typ == "person" && m.from >= from && m.to <= k {
			if first == "" {
				first = m.canon
			}
			who, end = m.canon, m.to
		}
	}
	for j := end; who != "" && j < k; j++ {
		if toks[j].text == "," {
			return first
		}
	}
	return who
}

// agedName reads the person an "N-year-old" stands before: the name right
// after it ("15-year-old Alexandros Grigoropoulos"), or after one noun
// for a person, with or without a comma ("a 15-year-old boy, Alexandros
// Grigoropoulos", "her 20-year-old daughter Kathryn Jenkin"). The age is
// that person's; "" when no name follows so.
func agedName(toks []token, to, last int, ms []mention) string {
	k := last + 1
	if k < to && (personNouns[toks[k].lower] || titleWords[toks[k].lower]) {
		k++
		if k < to && toks[k].text == "," {
			k++
		}
	}
	for _, m := range ms {
		if m.from == k && m.from < to && m.typ != "place" && m.typ != "organization" {
			return m.canon
		}
	}
	return ""
}
