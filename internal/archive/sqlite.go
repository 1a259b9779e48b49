package archive

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

// sqliteMigrations are the SQLite schema's steps. The full-text index
// keeps no copy of the text (external content, kept in step by triggers)
// and tokenizes without stemming, as PostgreSQL's 'simple' configuration
// does; fts5vocab exposes its document frequencies to Terms.
var sqliteMigrations = []migration{{
	version: 1,
	name:    "articles with claims and a full-text index",
	stmts: []string{
		`CREATE TABLE claimdiff_articles (
			id INTEGER PRIMARY KEY,
			hash TEXT NOT NULL UNIQUE,
			name TEXT NOT NULL,
			path TEXT NOT NULL,
			url TEXT NOT NULL,
			title TEXT NOT NULL,
			outlet TEXT NOT NULL,
			published TEXT NOT NULL,
			text TEXT NOT NULL,
			skip TEXT NOT NULL,
			words INTEGER NOT NULL,
			extracted INTEGER NOT NULL,
			extractor TEXT NOT NULL,
			claims TEXT NOT NULL,
			nclaims INTEGER NOT NULL
		)`,
		`CREATE INDEX claimdiff_articles_published ON claimdiff_articles(published)`,
		`CREATE VIRTUAL TABLE claimdiff_fts USING fts5(title, text,
			content='claimdiff_articles', content_rowid='id',
			tokenize='unicode61 remove_diacritics 2')`,
		`CREATE VIRTUAL TABLE claimdiff_vocab USING fts5vocab(claimdiff_fts, 'row')`,
		`CREATE TRIGGER claimdiff_articles_ai AFTER INSERT ON claimdiff_articles BEGIN
			INSERT INTO claimdiff_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
		END`,
		`CREATE TRIGGER claimdiff_articles_ad AFTER DELETE ON claimdiff_articles BEGIN
			INSERT INTO claimdiff_fts(claimdiff_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
		END`,
	},
}, {
	// fts5vocab counts a word's articles by reading its whole posting
	// list: DocFreq over a new article's few hundred words cost 0.13 s
	// in 10^5 articles, growing with the archive. claimdiff_terms keeps
	// the counts, as on PostgreSQL, kept in step by Add and Remove
	// (indexWords). Its first counts come from the index's own
	// vocabulary, which folds fewer letters than claims.Fold ("ø", "ß"
	// stay): those few words count from the articles added since.
	version: 2,
	name:    "document frequencies kept in a table",
	stmts: []string{
		`CREATE TABLE claimdiff_terms (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID`,
		`INSERT INTO claimdiff_terms(term, docs) SELECT term, doc FROM claimdiff_vocab`,
	},
}}

type sqliteStore struct {
	db   *sql.DB
	path string
}

// openSQLite opens (or with create, makes) the archive file at path. The
// connection uses WAL, so a check reads while an add writes, and waits
// up to a busy timeout for another writer instead of failing at once;
// write transactions start IMMEDIATE, so two writers queue rather than
// deadlock on upgrading a read lock.
func openSQLite(ctx context.Context, path string, create bool) (Store, error) {
	if strings.ContainsAny(path, "?#") {
		return nil, &Error{path, errors.New("archive file names cannot contain ? or # (expected a plain file name)")}
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if !create {
			return nil, &Error{path, ErrNoArchive}
		}
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, &Error{path, fmt.Errorf("cannot make its directory: %w", unwrapPath(err))}
			}
		}
	case err != nil:
		return nil, &Error{path, unwrapPath(err)}
	case fi.IsDir():
		return nil, &Error{path, errors.New("is a directory (expected an archive file)")}
	}
	dsn := path + "?_pragma=busy_timeout(30000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, &Error{path, err}
	}
	// One connection: the command does one thing at a time, and every
	// pragma above then holds for all of it.
	db.SetMaxOpenConns(1)
	s := &sqliteStore{db: db, path: path}
	if err := s.migrate(ctx, create); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// notDB reports whether err is SQLite saying the file is not a database.
func notDB(err error) bool {
	return err != nil && (strings.Contains(err.Error(), "file is not a database") || strings.Contains(err.Error(), "SQLITE_NOTADB"))
}

func (s *sqliteStore) migrate(ctx context.Context, create bool) error {
	rows, err := s.db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table'`)
	if err != nil {
		if notDB(err) {
			return &Error{s.path, ErrNotArchive}
		}
		return &Error{s.path, err}
	}
	var tables []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return &Error{s.path, err}
		}
		tables = append(tables, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return &Error{s.path, err}
	}
	hasMig := false
	for _, t := range tables {
		hasMig = hasMig || t == "claimdiff_migrations"
	}
	if !hasMig && (len(tables) > 0 || !create) {
		return &Error{s.path, ErrNotArchive}
	}
	have, err := s.version(ctx, s.db)
	if err != nil {
		return err
	}
	if err := checkVersion(s.path, have); err != nil {
		return err
	}
	if have == SchemaVersion {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return &Error{s.path, err}
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS claimdiff_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL,
		applied TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)`); err != nil {
		return &Error{s.path, err}
	}
	// Another process may have migrated since the first look.
	if have, err = s.version(ctx, tx); err != nil {
		return err
	}
	err = applyMigrations(s.path, have, sqliteMigrations,
		func(st string) error { _, err := tx.ExecContext(ctx, st); return err },
		nil,
		func(m migration) error {
			if _, err := tx.ExecContext(ctx, `INSERT INTO claimdiff_migrations(version, name) VALUES (?, ?)`, m.version, m.name); err != nil {
				return &Error{s.path, err}
			}
			return nil
		})
	if err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return &Error{s.path, err}
	}
	return nil
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (s *sqliteStore) version(ctx context.Context, q querier) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM claimdiff_migrations`).Scan(&v)
	if err != nil && strings.Contains(err.Error(), "no such table") {
		return 0, nil
	}
	if err != nil {
		return 0, &Error{s.path, err}
	}
	return v, nil
}

func (s *sqliteStore) Name() string { return s.path }
func (s *sqliteStore) Close() error { return s.db.Close() }

func (s *sqliteStore) wrap(err error) error {
	if err == nil {
		return nil
	}
	var ae *Error
	if errors.As(err, &ae) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return &Error{s.path, err}
}

func (s *sqliteStore) Add(ctx context.Context, e *Entry) (int64, bool, error) {
	st, err := encode(e)
	if err != nil {
		return 0, false, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, false, s.wrap(err)
	}
	defer tx.Rollback()
	var id int64
	switch err := tx.QueryRowContext(ctx, `SELECT id FROM claimdiff_articles WHERE hash = ?`, st.hash).Scan(&id); {
	case err == nil:
		return id, false, nil
	case !errors.Is(err, sql.ErrNoRows):
		return 0, false, s.wrap(err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO claimdiff_articles
		(hash, name, path, url, title, outlet, published, text, skip, words, extracted, extractor, claims, nclaims)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		st.hash, st.name, st.path, st.url, st.title, st.outlet, st.published, st.text, st.skip,
		st.words, st.extracted, st.extractor, st.claims, st.nclaims)
	if err != nil {
		return 0, false, s.wrap(err)
	}
	if id, err = res.LastInsertId(); err != nil {
		return 0, false, s.wrap(err)
	}
	if err := countWords(ctx, tx, st.title, st.text, +1); err != nil {
		return 0, false, s.wrap(err)
	}
	if err := tx.Commit(); err != nil {
		return 0, false, s.wrap(err)
	}
	e.ID, e.Hash = id, st.hash
	return id, true, nil
}

func (s *sqliteStore) Lookup(ctx context.Context, hash string) (int64, bool, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT id FROM claimdiff_articles WHERE hash = ?`, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, s.wrap(err)
}

const entryColumns = `id, name, path, url, title, outlet, published, text, skip, words, extracted, hash, extractor, claims, nclaims`

type scanner interface{ Scan(dest ...any) error }

// entryRows is what both drivers' result sets offer: database/sql's
// *Rows and pgx's Rows.
type entryRows interface {
	scanner
	Next() bool
	Err() error
}

// listQuery lists the archive's articles, oldest first; readSummaries
// reads its rows on either store.
const listQuery = `SELECT id, name, path, title, outlet, published, words, nclaims, extractor
	FROM claimdiff_articles ORDER BY id`

func readSummaries(rows entryRows) ([]Summary, error) {
	var out []Summary
	for rows.Next() {
		var m Summary
		if err := rows.Scan(&m.ID, &m.Name, &m.Path, &m.Title, &m.Outlet, &m.Published, &m.Words, &m.Claims, &m.Extractor); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// readHits reads the rows of a search, (id, score), on either store.
func readHits(rows entryRows) ([]Hit, error) {
	var out []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.ID, &h.Score); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// foldTerms folds words as both indexes fold them: folded maps each
// folded word to the words asked that fold to it, list holds each folded
// word once, in the order asked.
func foldTerms(terms []string) (folded map[string][]string, list []string) {
	folded = map[string][]string{}
	for _, t := range terms {
		f := claims.Fold(t)
		if folded[f] == nil {
			list = append(list, f)
		}
		folded[f] = append(folded[f], t)
	}
	return folded, list
}

// readDocFreq reads (term, docs) rows of the terms table into counts for
// the words as asked.
func readDocFreq(rows entryRows, folded map[string][]string) (map[string]int, error) {
	df := map[string]int{}
	for rows.Next() {
		var f string
		var d int
		if err := rows.Scan(&f, &d); err != nil {
			return nil, err
		}
		for _, t := range folded[f] {
			df[t] = d
		}
	}
	return df, rows.Err()
}

// readEntries reads the rows of a SELECT of entryColumns and returns the
// entries in the order of ids (an id with no row is left out).
func readEntries(rows entryRows, ids []int64) ([]*Entry, error) {
	got := map[int64]*Entry{}
	for rows.Next() {
		id, st, err := scanEntry(rows)
		if err != nil {
			return nil, err
		}
		e, err := decode(id, st)
		if err != nil {
			return nil, err
		}
		got[id] = e
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return inOrder(ids, got), nil
}

func scanEntry(r scanner) (int64, stored, error) {
	var id int64
	var st stored
	err := r.Scan(&id, &st.name, &st.path, &st.url, &st.title, &st.outlet, &st.published, &st.text,
		&st.skip, &st.words, &st.extracted, &st.hash, &st.extractor, &st.claims, &st.nclaims)
	return id, st, err
}

func (s *sqliteStore) Get(ctx context.Context, ids []int64) ([]*Entry, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list, _ := json.Marshal(ids)
	rows, err := s.db.QueryContext(ctx, `SELECT `+entryColumns+` FROM claimdiff_articles
		WHERE id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	es, err := readEntries(rows, ids)
	if err != nil {
		return nil, s.wrap(err)
	}
	return es, nil
}

// inOrder returns the entries found in the order ids asks for.
func inOrder(ids []int64, got map[int64]*Entry) []*Entry {
	out := make([]*Entry, 0, len(got))
	for _, id := range ids {
		if e := got[id]; e != nil {
			out = append(out, e)
			delete(got, id)
		}
	}
	return out
}

func (s *sqliteStore) UpdateClaims(ctx context.Context, id int64, extractor string, cs []claims.Claim) error {
	cj, err := claimsJSON(cs)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `UPDATE claimdiff_articles SET extractor = ?, claims = ?, nclaims = ? WHERE id = ?`,
		extractor, cj, len(cs), id)
	return s.wrap(err)
}

// countWords adds delta to the document frequency of each word of an
// article, in the caller's transaction.
func countWords(ctx context.Context, tx *sql.Tx, title, text string, delta int) error {
	words, err := json.Marshal(indexWords(title, text))
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO claimdiff_terms(term, docs)
		SELECT value, ? FROM json_each(?) WHERE true
		ON CONFLICT(term) DO UPDATE SET docs = docs + excluded.docs`, delta, string(words))
	return err
}

func (s *sqliteStore) Remove(ctx context.Context, id int64) (bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, s.wrap(err)
	}
	defer tx.Rollback()
	var title, text string
	switch err := tx.QueryRowContext(ctx, `SELECT title, text FROM claimdiff_articles WHERE id = ?`, id).Scan(&title, &text); {
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	case err != nil:
		return false, s.wrap(err)
	}
	if err := countWords(ctx, tx, title, text, -1); err != nil {
		return false, s.wrap(err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM claimdiff_articles WHERE id = ?`, id); err != nil {
		return false, s.wrap(err)
	}
	return true, s.wrap(tx.Commit())
}

func (s *sqliteStore) List(ctx context.Context) ([]Summary, error) {
	rows, err := s.db.QueryContext(ctx, listQuery)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out, err := readSummaries(rows)
	return out, s.wrap(err)
}

func (s *sqliteStore) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Extractors: map[string]int{}}
	var err error
	if st.Schema, err = s.version(ctx, s.db); err != nil {
		return st, err
	}
	err = s.db.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(SUM(nclaims), 0), COUNT(DISTINCT NULLIF(outlet, '')),
		COALESCE(MIN(NULLIF(published, '')), ''), COALESCE(MAX(NULLIF(published, '')), ''),
		COALESCE(SUM(published = ''), 0) FROM claimdiff_articles`).
		Scan(&st.Articles, &st.Claims, &st.Outlets, &st.First, &st.Last, &st.Undated)
	if err != nil {
		return st, s.wrap(err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT extractor, COUNT(*) FROM claimdiff_articles GROUP BY extractor`)
	if err != nil {
		return st, s.wrap(err)
	}
	for rows.Next() {
		var x string
		var n int
		if err := rows.Scan(&x, &n); err != nil {
			rows.Close()
			return st, s.wrap(err)
		}
		st.Extractors[x] = n
	}
	rows.Close()
	var pages, size int64
	if err := s.db.QueryRowContext(ctx, `PRAGMA page_count`).Scan(&pages); err != nil {
		return st, s.wrap(err)
	}
	if err := s.db.QueryRowContext(ctx, `PRAGMA page_size`).Scan(&size); err != nil {
		return st, s.wrap(err)
	}
	st.Bytes = pages * size
	return st, nil
}

// ftsTerm is a word as a query gives it to FTS5: lower case, diacritics
// left for FTS5's tokenizer to remove as it did when indexing (it folds
// fewer letters than claims.Fold: "søren" stays "søren" in the index).
func ftsTerm(t string) string { return strings.ToLower(t) }

// DocFreq reads claimdiff_terms for terms folded as indexWords folds
// them: one index lookup per word, whatever the archive's size.
func (s *sqliteStore) DocFreq(ctx context.Context, terms []string) (map[string]int, int, error) {
	db, wrap := s.db, s.wrap
	var n int
	if err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM claimdiff_articles`).Scan(&n); err != nil {
		return nil, 0, wrap(err)
	}
	folded, list := foldTerms(terms)
	js, _ := json.Marshal(list)
	rows, err := db.QueryContext(ctx, `SELECT term, docs FROM claimdiff_terms
		WHERE term IN (SELECT value FROM json_each(?)) AND docs > 0`, string(js))
	if err != nil {
		return nil, 0, wrap(err)
	}
	defer rows.Close()
	df, err := readDocFreq(rows, folded)
	return df, n, wrap(err)
}

// ftsQuery is an FTS5 query for any of terms, each folded and quoted as
// a phrase, or "" when none is left.
func ftsQuery(terms []string) string {
	var parts []string
	seen := map[string]bool{}
	for _, t := range terms {
		f := ftsTerm(t)
		if f == "" || seen[f] {
			continue
		}
		seen[f] = true
		parts = append(parts, `"`+strings.ReplaceAll(f, `"`, `""`)+`"`)
	}
	return strings.Join(parts, " OR ")
}

func (s *sqliteStore) Search(ctx context.Context, q Query) ([]Hit, error) {
	match := ftsQuery(q.Terms)
	if match == "" || q.Limit <= 0 {
		return nil, nil
	}
	lo, hi, bounded := window(q.Published, q.WindowDays)
	excl, _ := json.Marshal(append([]string{}, q.Exclude...))
	args := []any{match, bounded, lo, hi, string(excl)}
	// The gate is tested on the index's row before the article row is
	// joined and before bm25 is computed (the unary + keeps SQLite from
	// offering it to FTS5 as a rowid constraint, which would run the
	// whole query once per gated row): those two cost per matched
	// article, the merge of the words' postings very little.
	gate := ""
	if g := ftsQuery(q.Gate); g != "" {
		gate = `AND +claimdiff_fts.rowid IN (SELECT rowid FROM claimdiff_fts WHERE claimdiff_fts MATCH ?)`
		args = append(args, g)
	}
	args = append(args, q.Limit)
	// The title counts twice a word of the body, as PostgreSQL's weight A.
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, -bm25(claimdiff_fts, 2.0, 1.0) AS score
		FROM claimdiff_fts JOIN claimdiff_articles a ON a.id = claimdiff_fts.rowid
		WHERE claimdiff_fts MATCH ?
		AND (? = 0 OR a.published = '' OR a.published BETWEEN ? AND ?)
		AND a.hash NOT IN (SELECT value FROM json_each(?))
		`+gate+`
		ORDER BY score DESC, a.id LIMIT ?`, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out, err := readHits(rows)
	return out, s.wrap(err)
}
