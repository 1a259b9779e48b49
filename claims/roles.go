package claims

import (
	"sort"
	"strings"
)

// Titles as written: what a person's title, per mention, says of the
// office held and of its status, read once and carried on the Entity so
// package compare can compare offices without reading the title again.

// readRoles completes each person mention of c with the title written as
// one hyphenated word right before it, when the name finder took none
// ("President-elect", "Ex-Governor"), and with the office and status its
// title gives. text is the article's text as read.
func readRoles(c *Claim, text string) {
	for i := range c.Entities {
		e := &c.Entities[i]
		if e.Type != "person" {
			continue
		}
		if e.Role == "" {
			e.Role = hyphenTitle(text, e.Span.Start)
		}
		if e.Role == "" {
			continue
		}
		words := strings.FieldsFunc(Fold(e.Role), func(r rune) bool { return r == ' ' || r == '.' || r == '-' })
		e.Office, e.Status = officeOf(words), statusOf(words)
		if e.Office != "" {
			titleStatement(c, e, words, text)
		}
	}
	sort.SliceStable(c.Roles, func(i, j int) bool { return c.Roles[i].Span.Start < c.Roles[j].Span.Start })
}

// titleStatement adds to c's role statements the title written before
// the person mention e, whose folded words are words.
func titleStatement(c *Claim, e *Entity, words []string, text string) {
	r := Role{Who: e.Name, Text: e.Role, Office: e.Office, Status: e.Status, Form: "title"}
	r.Span = titleSpan(text, e.Role, e.Span.Start)
	var office []string
	for _, w := range words {
		if IsOffice(w) || IsOfficeModifier(w) {
			office = append(office, w)
		}
	}
	r.Head = office[len(office)-1]
	for _, w := range office[:len(office)-1] {
		if !IsOffice(w) {
			r.Modifiers = append(r.Modifiers, w)
		}
	}
	c.Roles = append(c.Roles, r)
}

// hyphenTitle is a title written as one hyphenated word right before byte
// at of text, one of whose parts is an office ("President-elect"), or "".
func hyphenTitle(text string, at int) string {
	if at > len(text) {
		return ""
	}
	end := at
	for end > 0 && text[end-1] == ' ' {
		end--
	}
	if end == at || end == 0 {
		return ""
	}
	start := strings.LastIndexAny(text[:end], " \n\t\"“(") + 1
	w := text[start:end]
	if !strings.Contains(w, "-") {
		return ""
	}
	for _, p := range strings.Split(Fold(w), "-") {
		if IsOffice(p) {
			return w
		}
	}
	return ""
}

// officeOf is the office a title's words name, without status ("former"),
// country ("US", "Venezuelan") or spelling: "Foreign Minister" → "foreign
// minister"; "" when no office word is there.
func officeOf(words []string) string {
	var parts []string
	head := false
	for _, w := range words {
		if IsOffice(w) || IsOfficeModifier(w) {
			parts = append(parts, w)
			head = head || IsOffice(w)
		}
	}
	if !head {
		return ""
	}
	return strings.Join(parts, " ")
}

// statusOf is the status a title's words give it (lexicon status): the
// last one written, but "then" (a title as it was at the time) over any.
func statusOf(words []string) string {
	status := ""
	for _, w := range words {
		switch s := roleStatuses[w]; s {
		case "":
		case "then":
			return s
		default:
			status = s
		}
	}
	return status
}

// IsTitleWord reports whether w (folded) is part of a title rather than a
// name: an office or what tells offices apart, "former" or "acting", or
// the ministry or department one heads.
func IsTitleWord(w string) bool {
	return IsOffice(w) || IsOfficeModifier(w) || w == "former" || w == "acting" || w == "ministry" || w == "department"
}

// titleSpan is where the title role is written right before byte at of
// text: the role's words with any run of white space between them (a
// title may be broken across lines), or an empty span when it is not
// there.
func titleSpan(text, role string, at int) Span {
	want := strings.Join(strings.Fields(role), " ")
	end := min(at, len(text))
	for end > 0 && strings.ContainsRune(" \t\r\n", rune(text[end-1])) {
		end--
	}
	for start := end - 1; start >= 0 && start >= end-len(role)-len(role)/2-2; start-- {
		if fieldsEqual(text[start:end], want) {
			return Span{start, end}
		}
	}
	return Span{}
}
