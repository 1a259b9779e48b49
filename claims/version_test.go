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
	"2026-12-07.1":  "599f4716cf6e27fe4420148e5633650ac4b8046b47e32f333bca722c90190729",
	"2026-12-07.2":  "1e395782c01c8eec3281e4a4f4efc010bf521c3cfea65572a3233ba9a7adc0f2", // numbers carry their act; "$200MM", "over eight years"
	"2026-12-07.3":  "15f50d4332990756d23a06992ee26757f478ad0369351c049808cb99211e3706", // ages: "Comeaux, 49," and "aged 95" say whose
	"2026-12-07.4":  "3fe57f2a069425357c9fd28efde4d0ba968d557919ab1f9cf2eade225557d34c", // claims carry their states; "not … until" read to the end of the clause; caution hedges
	"2026-12-07.5":  "d5bd5d7c23e7745e18e651e83a290b3fe5f4a8efb66e60099205188784d70dee", // claims carry the arguments of their acts (cause, place, manner)
	"2026-12-07.6":  "d5cb143592bc62a58023a6efbec9f1b28eadaaf96d617eb50958b4d96503601c", // numbers, times and titles carry their readings (Before, After, Prep, Leading, Listed, Kinds; Relative, Subordinate; Office, Status)
	"2026-12-07.7":  "6a11393b65883faeab15f2cf03698751f26543965cc9cbff3182577b8e231993", // times say the act they date and whose it is (Time.Family, Time.Who)
	"2026-12-07.8":  "6a11393b65883faeab15f2cf03698751f26543965cc9cbff3182577b8e231993", // amounts with a hyphenated scale ("$2.6-million") and a glued currency word ("euro22 billion")
	"2026-12-07.9":  "7ce0510ac4c94442d694d2b971d9b47ee663f9313efd438f64bb78acb1535368", // a figure's own words besides amount and unit count into its act ("355 damaged shops")
	"2026-12-07.10": "6ba8e6a1e61faa5ab19169897242210c4d1be9b19f53aede3553d48110ae3344", // a figure's bracketed aside does not end its clause ("200 million euros ($265.3 million) of damage")
	"2026-12-07.11": "a78aeb95a0b8c3475d24b010e139d24759534eb79790e24bd0b5358148720e77", // a rate says its period (Number.Per); "$27. 5MM" is one decimal
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
