package compare

import "sync"

// readPolarity is readPolarityOf, remembered: a group of hundreds of
// copies of one claim checks every pair for differences, and reading a
// text's polarity (tokens, stems, negations) for each pair made 500 copies
// of one article take many minutes. A polarity depends only on its text
// and is only read, never changed, so one copy serves every pair. The
// cache is bounded and starts over when full.
func readPolarity(text string) polarity {
	polMu.Lock()
	p, ok := polCache[text]
	polMu.Unlock()
	if ok {
		return p
	}
	p = readPolarityOf(text)
	polMu.Lock()
	if len(polCache) >= maxPolCache {
		clear(polCache)
	}
	polCache[text] = p
	polMu.Unlock()
	return p
}

const maxPolCache = 4096

var (
	polMu    sync.Mutex
	polCache = map[string]polarity{}
)
