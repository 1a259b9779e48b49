package main

import (
	"flag"
	"slices"
	"strings"
)

// commands are the words dispatch knows, in the order the manual lists them.
var commands = []string{"compare", "claims", "check", "config", "version", "help"}

// closest returns the candidate nearest to s in edit distance, if it is
// near enough to be a slip of the keyboard (at most a third of the
// candidate's length, at least one edit) and no other candidate is as near;
// otherwise "". Words of one or two letters are never guessed at: every
// short word is near something.
func closest(s string, candidates []string) string {
	if len(s) < 3 {
		return ""
	}
	best, bestD, tie := "", 1<<30, false
	for _, c := range candidates {
		if len(c) < 3 {
			continue
		}
		d := editDistance(strings.ToLower(s), c)
		switch {
		case d < bestD:
			best, bestD, tie = c, d, false
		case d == bestD:
			tie = true
		}
	}
	if tie || best == "" || bestD > max(1, len(best)/3) {
		return ""
	}
	return best
}

// editDistance is the optimal string alignment distance between a and b,
// in bytes: insertions, deletions, substitutions and swaps of two
// neighbours ("comapre") each cost one. Commands and flags are ASCII.
func editDistance(a, b string) int {
	// Three rows suffice: a swap looks two rows back.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// flagNames lists the long names a flag set defines, sorted.
func flagNames(fs *flag.FlagSet) []string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	slices.Sort(names)
	return names
}

// replaceFlag returns args with the misspelt flag (as typed: "--formt",
// "-formt=json") spelt as want, for a try: line the user can paste.
func replaceFlag(args []string, typed, want string) []string {
	out := slices.Clone(args)
	for i, a := range out {
		if a == "--" {
			break
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && name == typed {
			out[i] = flagName(want)
			if hasVal {
				out[i] += "=" + val
			}
			break
		}
	}
	return out
}
