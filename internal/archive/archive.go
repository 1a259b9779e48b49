package archive

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/jackc/pgx/v5"
)

// SchemaVersion is the newest schema this package knows: the number of
// migrations it can apply.
const SchemaVersion = 2

// Entry is one archived article: the article as loaded (Skip as the loader
// set it, before any configured boilerplate) and its claims as extracted
// by Extractor.
type Entry struct {
	ID        int64 // the archive's id, assigned by Add
	Article   *claims.Article
	Hash      string // Hash(Article.Text)
	Extractor string
	Claims    []claims.Claim
}

// Summary is what list shows of an article, without its text or claims.
type Summary struct {
	ID        int64
	Name      string // the source id it was added under ("bbc")
	Path      string
	Title     string
	Outlet    string
	Published string
	Words     int
	Claims    int
	Extractor string
}

// Stats describes a whole archive.
type Stats struct {
	Schema     int
	Articles   int
	Claims     int
	Outlets    int
	First      string // earliest known publication date, or ""
	Last       string // latest known publication date, or ""
	Undated    int
	Extractors map[string]int // articles per extractor version
	Bytes      int64          // storage used, as the engine counts it
}

// Query asks for candidate references.
type Query struct {
	Terms []string // from Terms: lower-cased words, best first
	// Gate, when set, is the few rarest of Terms (from Gate): only
	// articles with at least one of them are ranked, so a search scores a
	// bounded number of articles however large the archive. Ranking still
	// reads every word of Terms.
	Gate       []string
	Published  string   // the new article's date (YYYY-MM-DD), "" unknown
	WindowDays int      // with Published: only articles at most this many days apart, or undated; 0: any date
	Exclude    []string // hashes never returned (the new articles themselves)
	Limit      int
	// DocFreq and Articles, when DocFreq is set, are the archive's
	// document frequencies of Terms and its number of articles, as
	// DocFreq returned them: PostgreSQL weighs each word by its rarity
	// with them (SQLite's BM25 reads its own). Unset, PostgreSQL asks
	// DocFreq itself.
	DocFreq  map[string]int
	Articles int
}

// Hit is one candidate, best first.
type Hit struct {
	ID    int64
	Score float64 // the engine's relevance, larger is better
}

// Store is an archive. Implementations are safe for use by one goroutine;
// several processes may share one archive.
type Store interface {
	// Add stores e in one transaction and returns its id. When an article
	// with the same text is archived already, nothing changes and Add
	// returns that article's id and false.
	Add(ctx context.Context, e *Entry) (id int64, added bool, err error)
	// Lookup returns the id of the article whose text has this hash.
	Lookup(ctx context.Context, hash string) (id int64, ok bool, err error)
	// Get returns the entries with these ids, in the order asked; an id
	// not in the archive is skipped.
	Get(ctx context.Context, ids []int64) ([]*Entry, error)
	// UpdateClaims replaces an article's claims with ones extracted by a
	// newer extractor.
	UpdateClaims(ctx context.Context, id int64, extractor string, cs []claims.Claim) error
	// Remove deletes an article; false when there was none with this id.
	Remove(ctx context.Context, id int64) (bool, error)
	// List returns every article, by id.
	List(ctx context.Context) ([]Summary, error)
	Stats(ctx context.Context) (Stats, error)
	// DocFreq returns, for each term, the number of archived articles
	// containing it, and the number of articles.
	DocFreq(ctx context.Context, terms []string) (map[string]int, int, error)
	// Search returns candidates for q, best first, at most q.Limit.
	Search(ctx context.Context, q Query) ([]Hit, error)
	// Name is how messages name the archive (a file, or a DSN without
	// its password).
	Name() string
	Close() error
}

// Error is an archive that cannot be used: not an archive, a newer
// schema, an unreachable server. Its message names the archive and says
// what was expected.
type Error struct {
	Archive string
	Err     error
}

func (e *Error) Error() string { return e.Archive + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Errors wrapped in *Error.
var (
	ErrNotArchive = errors.New("not a claimdiff archive (expected a file made by claimdiff archive add)")
	ErrNoArchive  = errors.New("no such archive (expected one made by claimdiff archive add)")
	ErrNewer      = errors.New("archive schema is newer than this claimdiff knows (upgrade claimdiff)")
)

// worded is err in other words: a message that fits the store, which
// errors.Is still matches to err.
type worded struct {
	msg string
	err error
}

func (w worded) Error() string { return w.msg }
func (w worded) Unwrap() error { return w.err }

// IsPostgres reports whether target names a PostgreSQL database.
func IsPostgres(target string) bool {
	return strings.HasPrefix(target, "postgres://") || strings.HasPrefix(target, "postgresql://")
}

// Open opens the archive target names: a postgres:// URL or an SQLite
// file. With create, a missing archive is made (and a missing schema
// migrated); without, only an existing archive opens. An archive is
// always migrated to SchemaVersion when older.
func Open(ctx context.Context, target string, create bool) (Store, error) {
	if IsPostgres(target) {
		return openPostgres(ctx, target, create)
	}
	return openSQLite(ctx, target, create)
}

// Hash is the content hash of an article's text: two adds of the same
// bytes are one article.
func Hash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// Stale reports whether e's claims were extracted by another extractor
// than the current one.
func (e *Entry) Stale(extractor string) bool { return e.Extractor != extractor }

// migration is one schema step; stmts run in order in one transaction.
type migration struct {
	version int
	name    string
	stmts   []string
	// pgAfter, on PostgreSQL, runs after stmts in the same transaction:
	// work SQL alone cannot do (folding text in Go).
	pgAfter func(ctx context.Context, tx pgx.Tx) error
}

// applyMigrations runs, in order, each migration of ms after schema
// version have: its statements through exec, then after (PostgreSQL's
// work in Go), then record notes it as applied. Both stores migrate
// through it in one transaction of their own; name labels the errors.
func applyMigrations(name string, have int, ms []migration, exec func(stmt string) error, after func(m migration) error, record func(m migration) error) error {
	if err := checkVersion(name, have); err != nil {
		return err
	}
	for _, m := range ms {
		if m.version <= have {
			continue
		}
		for _, st := range m.stmts {
			if err := exec(st); err != nil {
				return &Error{name, fmt.Errorf("migrating to schema %d: %w", m.version, err)}
			}
		}
		if after != nil {
			if err := after(m); err != nil {
				return &Error{name, fmt.Errorf("migrating to schema %d: %w", m.version, err)}
			}
		}
		if err := record(m); err != nil {
			return err
		}
	}
	return nil
}

// checkVersion refuses a schema newer than this package knows.
func checkVersion(name string, have int) error {
	if have > SchemaVersion {
		return &Error{name, fmt.Errorf("%w: schema version %d, this claimdiff knows up to %d", ErrNewer, have, SchemaVersion)}
	}
	return nil
}

// stored is an Entry's columns as both stores write them.
type stored struct {
	name, path, url, title, outlet, published, text string
	skip                                            string // JSON of the loader's Skip spans
	words                                           int
	extracted                                       bool
	hash, extractor                                 string
	claims                                          string // JSON of []claims.Claim
	nclaims                                         int
}

func encode(e *Entry) (stored, error) {
	a := e.Article
	skip, err := json.Marshal(a.Skip)
	if err != nil {
		return stored{}, err
	}
	cs := e.Claims
	if cs == nil {
		cs = []claims.Claim{}
	}
	cj, err := json.Marshal(cs)
	if err != nil {
		return stored{}, err
	}
	url := ""
	if strings.HasPrefix(a.Path, "http://") || strings.HasPrefix(a.Path, "https://") {
		url = a.Path
	}
	h := e.Hash
	if h == "" {
		h = Hash(a.Text)
	}
	return stored{
		name: a.ID, path: a.Path, url: url, title: a.Title, outlet: a.Outlet, published: a.Published,
		text: a.Text, skip: string(skip), words: a.Words, extracted: a.Extracted,
		hash: h, extractor: e.Extractor, claims: string(cj), nclaims: len(e.Claims),
	}, nil
}

func decode(id int64, s stored) (*Entry, error) {
	a := &claims.Article{
		ID: s.name, Path: s.path, Title: s.title, Outlet: s.outlet, Published: s.published,
		Text: s.text, Words: s.words, Extracted: s.extracted,
	}
	if err := json.Unmarshal([]byte(s.skip), &a.Skip); err != nil {
		return nil, fmt.Errorf("article %d: skip: %w", id, err)
	}
	var cs []claims.Claim
	if err := json.Unmarshal([]byte(s.claims), &cs); err != nil {
		return nil, fmt.Errorf("article %d: claims: %w", id, err)
	}
	return &Entry{ID: id, Article: a, Hash: s.hash, Extractor: s.extractor, Claims: cs}, nil
}

func claimsJSON(cs []claims.Claim) (string, error) {
	if cs == nil {
		cs = []claims.Claim{}
	}
	b, err := json.Marshal(cs)
	return string(b), err
}
