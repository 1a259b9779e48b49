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

func TestTableSorted(t *testing.T) {
	// find depends on the table's order; a hand edit would break it.
	lines := strings.Split(strings.TrimSuffix(table, "\n"), "\n")
	for i := 1; i < len(lines); i++ {
		if lines[i-1] >= lines[i] {
			t.Fatalf("table not sorted at line %d: %q >= %q", i, lines[i-1], lines[i])
		}
	}
	// Every line is found by its own key.
	for i := 0; i < len(lines); i += 97 {
		key := lines[i][:strings.IndexByte(lines[i], ' ')]
		if find(key) != lines[i] {
			t.Fatalf("find(%q) = %q, want %q", key, find(key), lines[i])
		}
	}
}

func BenchmarkSame(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Same("earthquak", "quak")
	}
}
