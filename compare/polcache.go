package compare

import (
	"sync"

	"github.com/claimdiff/claimdiff/claims"
)

// Gathering a claim's polarity and hedges from its fields builds a few
// maps. A group of hundreds of
// copies of one claim checks every pair for differences, and gathering
// both again for each pair made 500 copies of one article take many
// minutes. Each reading depends only on its
// text and is only read afterwards, never changed, so one serves every
// pair. The caches are bounded and start over when full.

// The polarity and hedge readings take a claim but are keyed by its text:
// what they read of the claim (its text, Negations and Hedges) is a
// function of the text alone.

func readPolarity(c *claims.Claim) polarity {
	return polCache.get(c.Text, func(string) polarity { return readPolarityOf(c) })
}

type hedges struct {
	scope, agent     map[string]bool
	hedged, cautious bool
}

func hedging(c *claims.Claim) (scope, agent map[string]bool, hedged, cautious bool) {
	h := hedgeCache.get(c.Text, func(string) hedges {
		s, a, h, k := hedgingOf(c)
		return hedges{s, a, h, k}
	})
	return h.scope, h.agent, h.hedged, h.cautious
}

var (
	polCache   = &memo[polarity]{}
	hedgeCache = &memo[hedges]{}
)

// memo remembers the values of a function of a text.
type memo[T any] struct {
	mu sync.Mutex
	m  map[string]T
}

const maxMemo = 4096

func (c *memo[T]) get(text string, f func(string) T) T {
	c.mu.Lock()
	v, ok := c.m[text]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = f(text)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxMemo {
		c.m = make(map[string]T)
	}
	c.m[text] = v
	c.mu.Unlock()
	return v
}
