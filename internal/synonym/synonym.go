package synonym

import (
	"strconv"
	"strings"
	"sync"
)

// Sets returns the synset numbers of stem (as claims.Stem makes it), in
// increasing order, or nil when it shares none with another stem.
//
// The table is one sorted string, searched in place: no map is built at
// start-up, which matters for a command that runs once per CI step.
//
// Lookups are remembered: the slot passes ask of the same few hundred
// stems for every pair of figures, and a search of the table and a parse
// per question was half of a story's comparison. The slice returned is
// shared and must not be changed.
func Sets(stem string) []uint32 { return memo(&setsMemo, table, stem) }

// relatedSets is Sets of the related table (see Related).
func relatedSets(stem string) []uint32 { return memo(&relatedMemo, related, stem) }

var setsMemo, relatedMemo sync.Map // stem → []uint32

// memo looks stem up in tab once and remembers the answer in m.
func memo(m *sync.Map, tab, stem string) []uint32 {
	if v, ok := m.Load(stem); ok {
		return v.([]uint32)
	}
	v := ids(findIn(tab, stem))
	m.Store(stem, v)
	return v
}

// ids parses the synset numbers of a table line.
func ids(line string) []uint32 {
	sp := strings.IndexByte(line, ' ')
	if sp < 0 {
		return nil
	}
	fields := strings.Split(line[sp+1:], ",")
	out := make([]uint32, 0, len(fields))
	for _, f := range fields {
		n, err := strconv.ParseUint(f, 10, 32)
		if err == nil {
			out = append(out, uint32(n))
		}
	}
	return out
}

// Same reports whether two different stems share a synset.
func Same(a, b string) bool {
	if a == b {
		return false
	}
	return meet(Sets(a), Sets(b))
}

// findIn returns stem's line of a table without its newline, or "".
func findIn(table, stem string) string {
	if stem == "" || strings.ContainsAny(stem, " \n") {
		return ""
	}
	lo, hi := 0, len(table) // search line starts in [lo, hi)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(table[:mid], '\n') + 1
		end := start + strings.IndexByte(table[start:], '\n')
		key := table[start:end]
		if sp := strings.IndexByte(key, ' '); sp >= 0 {
			key = key[:sp]
		}
		switch {
		case key == stem:
			return table[start:end]
		case key < stem:
			lo = end + 1
		default:
			hi = start
		}
	}
	return ""
}

// Related reports whether two different stems name one event in
// different words: they share a synset, or one step along WordNet's
// derivation, cause or verb-hypernym pointers from their senses meets
// ("killed", "died", "death", "murder"; see gen.go). It is looser than
// Same and meant for telling whether two figures or times are of one
// act, not for weighing shared wording.
func Related(a, b string) bool {
	if a == b {
		return false
	}
	return meet(relatedSets(a), relatedSets(b))
}

// meet reports whether two increasing lists share a number.
func meet(x, y []uint32) bool {
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] == y[j]:
			return true
		case x[i] < y[j]:
			i++
		default:
			j++
		}
	}
	return false
}
