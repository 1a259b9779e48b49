package compare

import (
	"reflect"
	"testing"
)

// A group of three articles takes the claim of a fourth that resembles
// all of it, and that claim stays in its own group too; a claim that
// resembles one member only, or a group of two articles, gets nothing.
func TestFillGroups(t *testing.T) {
	fs := []feat{{art: 0}, {art: 1}, {art: 2}, {art: 3}, {art: 3}, {art: 4}, {art: 0}}
	groups := [][]int{{0, 1, 2}, {4, 5}}
	edges := []edge{
		{0, 1, 0.6, true}, {0, 2, 0.5, true}, {1, 2, 0.5, true},
		// claim 3 (article 3, in no group) resembles the whole group
		{0, 3, 0.4, true}, {1, 3, 0.35, true}, {2, 3, 0.3, false},
		// claim 4 (article 3, grouped with 5) resembles one member only
		{2, 4, 0.5, true}, {4, 5, 0.7, true},
		// claim 6 (article 0) resembles the pair {4, 5}, which is too small to fill
		{5, 6, 0.9, true}, {4, 6, 0.9, true},
	}
	got := fillGroups(fs, groups, edges)
	want := [][]int{{0, 1, 2, 3}, {4, 5}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("fillGroups = %v, want %v", got, want)
	}
}
