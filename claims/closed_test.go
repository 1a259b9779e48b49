package claims

import "testing"

func TestIsFrameWord(t *testing.T) {
	for _, w := range []string{"during", "amid", "between", "year", "times", "today"} {
		if !IsFrameWord(Stem(w)) {
			t.Errorf("%q is not a frame word", w)
		}
	}
	// Particles say what happened ("shot down", "broke out"); content
	// words are the fact.
	for _, w := range []string{"down", "out", "fire", "call", "windows"} {
		if IsFrameWord(Stem(w)) {
			t.Errorf("%q is a frame word", w)
		}
	}
}
