package claims

import "testing"

func TestReadSpeaker(t *testing.T) {
	for _, tc := range []struct {
		name, text      string
		definite, joint bool
	}{
		{"Paul Lee", "Paul Lee", true, false},
		{"resident", "a resident", false, false},
		{"officials", "officials", false, false},
		{"officials at the Health Ministry", "officials at the Health Ministry", true, false},
		{"lawmakers", "lawmakers", false, false},
		{"A", "A", false, false},
		{"Zadan and Meron", "Zadan and Meron", true, true},
	} {
		c := Claim{Speaker: &Speaker{Name: tc.name, Text: tc.text}}
		readSpeaker(&c)
		if c.Speaker.Definite != tc.definite || c.Speaker.Joint != tc.joint {
			t.Errorf("speaker %q: definite %v joint %v, want %v %v", tc.text, c.Speaker.Definite, c.Speaker.Joint, tc.definite, tc.joint)
		}
	}
	for _, tc := range []struct {
		content string
		clause  bool
	}{
		{"troops crossed the border", true},
		{"a distress call from the freighter", false},
		{"it wasn't true", true},
	} {
		c := Claim{Content: &Part{Text: tc.content}}
		readSpeaker(&c)
		if c.Content.Clause != tc.clause {
			t.Errorf("content %q: clause %v, want %v", tc.content, c.Content.Clause, tc.clause)
		}
	}
	for _, tc := range []struct {
		agent string
		named bool
	}{{"Maduro", true}, {"vaccine manufacturers", false}, {"The New York Times", true}} {
		c := Claim{Agent: tc.agent}
		readSpeaker(&c)
		if c.AgentNamed != tc.named {
			t.Errorf("agent %q: named %v, want %v", tc.agent, c.AgentNamed, tc.named)
		}
	}
}
