package synonym

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestSame(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"earthquake", "quake", true},
		{"slain", "murder", true}, // irregular form through WordNet's exceptions
		{"arrest", "apprehend", true},
		{"begin", "start", true},
		{"big", "large", true},
		{"kill", "host", false},
		{"earthquake", "election", false},
		{"kill", "kill", false}, // the same stem is not a synonym
		{"", "kill", false},
		{"xyzzy", "kill", false},
	} {
		a, b := claims.Stem(tc.a), claims.Stem(tc.b)
		if got := Same(a, b); got != tc.want {
			t.Errorf("Same(%q, %q) = %v, want %v (sets %v, %v)", a, b, got, tc.want, Sets(a), Sets(b))
		}
	}
}

func TestRelated(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"killed", "died", true},   // kill causes die
		{"murdered", "died", true}, // murder is a kind of killing, which causes dying
		{"perished", "killed", true},
		{"evacuation", "evacuated", true}, // derivation, where the stems differ
		{"injured", "wounded", true},
		{"stole", "robbed", true},
		{"marched", "died", false},
		{"arrested", "died", false},
		{"killed", "killed", false}, // the same stem is not a relative
		{"xyzzy", "died", false},
	} {
		a, b := claims.Stem(tc.a), claims.Stem(tc.b)
		if got := Related(a, b); got != tc.want {
			t.Errorf("Related(%q, %q) = %v, want %v", a, b, got, tc.want)
		}
	}
}

func TestTablesSorted(t *testing.T) {
	for name, tab := range map[string]string{"table": table, "related": related} {
		// findIn depends on the table's order; a hand edit would break it.
		lines := strings.Split(strings.TrimSuffix(tab, "\n"), "\n")
		for i := 1; i < len(lines); i++ {
			if lines[i-1] >= lines[i] {
				t.Fatalf("%s not sorted at line %d: %q >= %q", name, i, lines[i-1], lines[i])
			}
		}
		// Every line is found by its own key.
		for i := 0; i < len(lines); i += 97 {
			key := lines[i][:strings.IndexByte(lines[i], ' ')]
			if findIn(tab, key) != lines[i] {
				t.Fatalf("%s: findIn(%q) = %q, want %q", name, key, findIn(tab, key), lines[i])
			}
		}
	}
}

func BenchmarkSame(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Same("earthquak", "quak")
	}
}
