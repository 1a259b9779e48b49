package claims

import (
	"strings"
	"testing"
)

// extractText extracts the claims of one invented text.
func extractText(t *testing.T, text string) []Claim {
	t.Helper()
	a, err := NewArticle("t", "t.txt", []byte(text))
	if err != nil {
		t.Fatalf("NewArticle: %v", err)
	}
	return Extract(a)
}

// claimWith is the claim whose Text holds sub, or nil.
func claimWith(cs []Claim, sub string) *Claim {
	for i := range cs {
		if strings.Contains(cs[i].Text, sub) {
			return &cs[i]
		}
	}
	return nil
}

// A concessive or temporal opening clause and the main clause after its
// comma are two claims: the main clause's cue ("denied") and negation
// ("never") say nothing of what the opening clause asserts.
func TestConcessiveOpeningSplits(t *testing.T) {
	for _, tc := range []struct {
		text       string
		opening    string // a claim's text holds this, and not main
		main       string
		mainCue    string
		openingNeg bool
	}{
		{"While some - including the mayor and his aides - speculated that Jones was the source who leaked the memo, he steadfastly denied the accusations until finally coming forward in May.",
			"speculated that Jones was the source", "denied the accusations", "deny", false},
		{"Although the council approved the budget, the mayor vetoed it on Friday.",
			"the council approved the budget", "the mayor vetoed it", "veto", false},
		{"Though she had not been charged, the officer resigned.",
			"she had not been charged", "the officer resigned", "", true},
		{"While the plant was a hero to many in town, Mr Smith was no friend of the workers.",
			"the plant was a hero", "Mr Smith was no friend", "", false},
	} {
		cs := extractText(t, tc.text)
		open, main := claimWith(cs, tc.opening), claimWith(cs, tc.main)
		if open == nil || main == nil || open == main {
			t.Errorf("%q: want separate claims holding %q and %q; got:\n%s", tc.text, tc.opening, tc.main, claimTexts(cs))
			continue
		}
		if strings.Contains(open.Text, tc.main) {
			t.Errorf("%q: opening claim %q holds the main clause", tc.text, open.Text)
		}
		if open.Cue != nil && open.Cue.Lemma == tc.mainCue {
			t.Errorf("%q: opening claim %q has the main clause's cue %q", tc.text, open.Text, tc.mainCue)
		}
		if open.Negated != tc.openingNeg {
			t.Errorf("%q: opening claim %q Negated = %v, want %v", tc.text, open.Text, open.Negated, tc.openingNeg)
		}
		if tc.mainCue != "" && (main.Cue == nil || main.Cue.Lemma != tc.mainCue) {
			t.Errorf("%q: main claim %q cue = %+v, want %q", tc.text, main.Text, main.Cue, tc.mainCue)
		}
		if !tc.openingNeg && main.Negated != strings.Contains(tc.main, "no ") {
			t.Errorf("%q: main claim %q Negated = %v", tc.text, main.Text, main.Negated)
		}
	}
	// An opening without a verb of its own ("While in office,") is no
	// clause: the sentence stays one claim.
	cs := extractText(t, "While in office, he never spoke to reporters.")
	if c := claimWith(cs, "in office, he never spoke"); c == nil {
		t.Errorf("verbless opening was cut; got:\n%s", claimTexts(cs))
	}
}

func claimTexts(cs []Claim) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString("  " + c.Text + "\n")
	}
	return b.String()
}

// "Who" stands for a person: the organisation in the antecedent's title is
// the person's employer, not the one who revealed or said.
func TestWhoAntecedentIsThePerson(t *testing.T) {
	for _, tc := range []struct {
		text, sub, speaker string
		named              bool
	}{
		{"Jo Doe, the former Acme Corp second-in-command who revealed himself as the whistleblower years later, has died.",
			"revealed himself", "Jo Doe", true},
		{"The former Acme Corp deputy who revealed herself as the source has died.",
			"revealed herself", "former Acme Corp deputy", false},
		{"An Acme Corp engineer who said the brakes were faulty was fired.",
			"said the brakes", "Acme Corp engineer", false},
	} {
		cs := extractText(t, tc.text)
		c := claimWith(cs, tc.sub)
		if c == nil || c.Speaker == nil {
			t.Errorf("%q: no claim with a speaker holding %q; got:\n%s", tc.text, tc.sub, claimTexts(cs))
			continue
		}
		if c.Speaker.Name != tc.speaker {
			t.Errorf("%q: speaker %q, want %q", tc.text, c.Speaker.Name, tc.speaker)
		}
		if c.Agent != "" && c.AgentNamed != tc.named {
			t.Errorf("%q: agent %q named %v, want %v", tc.text, c.Agent, c.AgentNamed, tc.named)
		}
	}
}

// A gerund cue that is the means of an infinitival or hypothetical act
// ("sure to profit by revealing", "would gain nothing by telling") reveals
// nothing; one under a verb that happened ("responded by saying") does.
func TestUnrealisedMeansIsNoCue(t *testing.T) {
	for _, tc := range []struct {
		text, gerund string // the gerund's cue lemma
		cue          bool   // whether it is read as a cue
	}{
		{"After all, the reporter was sure to profit by revealing the secret after the source died.", "reveal", false},
		{"The senator would gain nothing by revealing the plan.", "reveal", false},
		{"The reporter hoped to earn money by telling the story.", "tell", false},
		{"The reporter profited by revealing the secret.", "reveal", true},
	} {
		cs := extractText(t, tc.text)
		got := false
		for _, c := range cs {
			if c.Cue != nil && c.Cue.Lemma == tc.gerund {
				got = true
			}
		}
		if got != tc.cue {
			t.Errorf("%q: cue %q read %v, want %v; claims:\n%s", tc.text, tc.gerund, got, tc.cue, claimTexts(cs))
		}
	}
}
