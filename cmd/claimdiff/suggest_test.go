package main

import "testing"

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{
		{"", "", 0}, {"", "abc", 3}, {"abc", "", 3}, {"compare", "compare", 0},
		{"compair", "compare", 2}, {"comapre", "compare", 1}, {"formt", "format", 1},
		{"chek", "check", 1}, {"diff", "help", 4}, {"ca", "abc", 3},
	} {
		if got := editDistance(c.a, c.b); got != c.d {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
}

func TestClosest(t *testing.T) {
	for _, c := range []struct{ typed, want string }{
		{"compair", "compare"}, {"COMPARE", "compare"}, {"claim", "claims"}, {"cofig", "config"},
		{"verison", "version"}, {"hlep", "help"},
		{"diff", ""}, {"x", ""}, {"zz", ""},
	} {
		if got := closest(c.typed, commands); got != c.want {
			t.Errorf("closest(%q) = %q, want %q", c.typed, got, c.want)
		}
	}
	// Two candidates equally near: no guess.
	if got := closest("abd", []string{"abc", "abe"}); got != "" {
		t.Errorf("tie guessed %q", got)
	}
}
