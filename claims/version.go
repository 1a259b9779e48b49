package claims

// Version names this package's extraction: the claims Extract makes from
// a text. An archive stores it with each article's claims and extracts
// again the claims of articles stored under another version.
//
// Bump it by hand in any change that changes what Extract returns for
// some text (TestVersionFingerprint fails until you do, and tells you the
// new fingerprint to record); a change that leaves every claim as it was
// keeps it, so a rebuild does not re-extract a whole archive.
const Version = "2026-12-08.54"
