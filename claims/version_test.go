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
	"2026-12-07.8":  "3901c585ab5624fb582c57605644dbea735c70693c7da52282258e66c55bf0cc", // numbers carry their rounding (Round), claims their stances, speakers and contents what compare asks of them (Definite, Joint, Clause, AgentNamed)
	"2026-12-07.9":  "c3dcc14411e5d32812d42f8d6471c10f66e43fe6a7446922ded3236ed39a02cd", // a claim says whether it is a relative clause on a thing (Relative)
	"2026-12-07.10": "98737e189f0e30bc83422cefad568d5ffbc5a95e9a9961ec1075fe5c424aa48b", // speakers carry what tells them apart (Key, Telling, Initials, Words, ForBody)
	"2026-12-07.11": "8e14d03c440a2f637ca428047addcf76c72ad1b6bfb09f1a8d53c6e05f1a4a0d", // hedges carry the predicate they govern and what they are said of (Stem, Before); claims their content stems and agentless passives (Stems, Passive)
	"2026-12-07.12": "2bef4e951c7783e53d89ff7aba266db9b59921f9c3b6aaa4278915e2055c58a3", // negations carry the stems they deny (Negation.Stems), claims where their words stand (Polarity: Stems, Verbs, Sequel, Disputes)
	"2026-12-07.13": "d636487b7827644e2bc49941675bfe08420c3cea0e41f3871196e825c9a28f89", // a quote says whether its sentence gives it as all the speaker said (Sole)
	"2026-12-07.14": "048098661a40795fa2407bccc86e88cd71b5568b863a5e919d9f39a07e7bacfb", // Polarity.Verbs in order with repeats, no longer made unique
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
