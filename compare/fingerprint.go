package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
)

// FingerprintVersion names the fingerprint recipe. A change to the recipe
// gets a new name, so an old baseline is never silently misread.
const FingerprintVersion = "claimdiff/v1"

// Fingerprint identifies a finding across runs, for baselines and SARIF
// partialFingerprints. It hashes what the finding is about, not where it
// sits: its kind, its facets and, per claim, the source id with the claim's
// words (case, accents, punctuation and spacing folded away). Finding ids
// ("F3"), claim numbers ("bbc#7"), byte offsets, scores and the order of
// paragraphs or arguments do not enter it, so re-wrapping an article,
// moving paragraphs or adding an unrelated one leaves it unchanged; a
// changed number, quote or speaker changes it.
func Fingerprint(r *Result, f *Finding) string {
	facets := make([]string, len(f.Facets))
	for i, fc := range f.Facets {
		facets[i] = string(fc)
	}
	sort.Strings(facets)
	pairs := make([]string, 0, len(f.Claims))
	for _, id := range f.Claims {
		src, text := "", id
		if c := r.Claim(id); c != nil {
			src, text = c.Source, c.Text
		} else if s, _, ok := strings.Cut(id, "#"); ok {
			src = s
		}
		pairs = append(pairs, src+"\x1f"+normWords(text))
	}
	sort.Strings(pairs)
	h := sha256.New()
	// Fields are separated by bytes that folded words never contain.
	h.Write([]byte(FingerprintVersion + "\x1e" + string(f.Kind) + "\x1e" + strings.Join(facets, ",") + "\x1e"))
	h.Write([]byte(strings.Join(pairs, "\x1e")))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// normWords keeps a text's words only: folded, separated by one space.
func normWords(s string) string {
	return strings.Join(strings.FieldsFunc(claims.Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}
