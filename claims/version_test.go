package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// fingerprints are the extraction fingerprints recorded for each Version:
// a hash of the JSON of the claims Extract makes from every sample
// article and the command's test stories. A change to extraction changes
// the fingerprint; the test then fails until Version is bumped and the
// new fingerprint recorded here under it (old entries stay: they say what
// each version extracted).
var fingerprints = map[string]string{
	"2026-12-07.1": "599f4716cf6e27fe4420148e5633650ac4b8046b47e32f333bca722c90190729",
	"2026-12-07.2": "1e395782c01c8eec3281e4a4f4efc010bf521c3cfea65572a3233ba9a7adc0f2", // numbers carry their act; "$200MM", "over eight years"
	"2026-12-07.3": "ba83f2b092a4cf27ca2ddef92c77b16dda6f8d8e6d82c763ea98db561b44800f", // numbers, times and titles carry their readings (Before, After, Prep, Leading, Listed, Kinds; Relative, Subordinate; Office, Status)
}

func TestVersionFingerprint(t *testing.T) {
	// The sample and the dev-story articles the command's tests keep
	// (with their credit): news text of several kinds.
	paths, err := filepath.Glob("../samples/*/*.txt")
	more, err2 := filepath.Glob("../cmd/claimdiff/testdata/stories/*/*.txt")
	if err != nil || err2 != nil || len(paths) == 0 || len(more) == 0 {
		t.Fatalf("no samples found: %v %v", err, err2)
	}
	paths = append(paths, more...)
	h := sha256.New()
	for _, p := range paths { // Glob sorts
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := NewArticle(filepath.Base(p), p, data)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(Extract(a))
		if err != nil {
			t.Fatal(err)
		}
		h.Write([]byte(p + "\n"))
		h.Write(b)
		h.Write([]byte("\n"))
	}
	got := hex.EncodeToString(h.Sum(nil))
	want, ok := fingerprints[Version]
	switch {
	case !ok:
		t.Fatalf("claims.Version %q has no fingerprint: record %q for it in fingerprints", Version, got)
	case got != want:
		for v, f := range fingerprints {
			if f == got && v != Version {
				t.Fatalf("extraction is what version %q made, but claims.Version is %q", v, Version)
			}
		}
		t.Fatalf("extraction changed (fingerprint %s, recorded for %q: %s): bump claims.Version and record the new fingerprint under it", got, Version, want)
	}
}
