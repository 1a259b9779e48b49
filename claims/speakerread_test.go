package claims

import (
	"maps"
	"slices"
	"testing"
)

// A speaker is definite when it names someone who can be told apart
// (not "a resident", "officials" or a cut initial), joint when it joins
// several with "and"; a content is a clause when it has a verb or is
// long; an agent is named when its first capitalised word is a name.
func TestReadSpeaker(t *testing.T) {
	speakers := []struct {
		name, text      string
		definite, joint bool
	}{
		{"Owen Harker", "Owen Harker", true, false},
		{"resident", "a resident", false, false},
		{"officials", "officials", false, false},
		{"officials at the Health Ministry", "officials at the Health Ministry", true, false},
		{"lawmakers", "lawmakers", false, false},
		{"A", "A", false, false},
		{"Pruitt and Galloway", "Pruitt and Galloway", true, true},
	}
	for _, tc := range speakers {
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
		{"a flare from the drifting barge", false},
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
	}{{"Maduro", true}, {"vaccine manufacturers", false}, {"The New York Times", true}, {"former Acme Corp second-in-command", false}, {"Acme Corp engineer", false}} {
		c := Claim{Agent: tc.agent}
		readSpeaker(&c)
		if c.AgentNamed != tc.named {
			t.Errorf("agent %q: named %v, want %v", tc.agent, c.AgentNamed, tc.named)
		}
	}
}

func TestSpeakerKey(t *testing.T) {
	// A descriptive speaker is keyed by its head and the body its modifier
	// names, so "a spokesman for the Pentagon" is neither the Pentagon
	// nor every spokesman.
	keys := map[string]string{
		"Nicolás Maduro":                    "maduro",
		"Pentagon":                          "pentagon",
		"spokesman for the Pentagon":        "spokesman pentagon",
		"Pentagon spokesman":                "spokesman",
		"head of the agency":                "head agency",
		"Officials at the State Department": "officials department",
		"lawyer for Smith":                  "lawyer smith",
		"people familiar with the talks":    "people talks",
		"county sheriff's office":           "office",
	}
	for _, name := range slices.Sorted(maps.Keys(keys)) {
		s := Speaker{Name: name, Text: name}
		ReadSpeaker(&s)
		if s.Key != keys[name] {
			t.Errorf("Key of %q = %q, want %q", name, s.Key, keys[name])
		}
	}
}

func TestSpeakerNameReadings(t *testing.T) {
	for _, tc := range []struct {
		name, text, role string
		telling          []string
		initials         string
		forBody          bool
	}{
		// A descriptive name tells by its modifier; titles and short
		// words tell nothing.
		{"Officials at the Red Cross", "Officials at the Red Cross", "", []string{"red", "cross"}, "orc", false},
		{"Owen Harker", "KTV Harbourline Group prexy Owen Harker", "", []string{"owen", "harker", "ktv", "harbourline", "group", "prexy"}, "oh", false},
		{"Roberto Salas", "Interior Minister Roberto Salas", "", []string{"roberto", "salas"}, "rs", true},
		{"Lakeland Traffic Police", "the Lakeland Traffic Police", "", []string{"lakeland", "traffic", "police"}, "ltp", false},
		{"Ross Tennant", "police inspector Ross Tennant", "", []string{"ross", "tennant", "police", "inspector"}, "rt", true},
		{"Maduro", "Maduro", "", []string{"maduro"}, "", false},
	} {
		s := Speaker{Name: tc.name, Text: tc.text, Role: tc.role}
		ReadSpeaker(&s)
		if !slices.Equal(s.Telling, tc.telling) || s.Initials != tc.initials || s.ForBody != tc.forBody {
			t.Errorf("%q / %q: telling %q initials %q for body %v, want %q %q %v", tc.name, tc.text, s.Telling, s.Initials, s.ForBody, tc.telling, tc.initials, tc.forBody)
		}
	}
}
