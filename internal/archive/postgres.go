package archive

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/jackc/pgx/v5"
)

// pgMigrations are the PostgreSQL schema's steps: the same tables and
// columns as SQLite's, with a stored tsvector under a GIN index for the
// full-text search ('simple': lower-cased, unstemmed, as SQLite's
// unicode61; since schema 2 made by Add from folded words), and claimdiff_terms, the document frequency of every word,
// kept in step by Add and Remove in their transactions (SQLite reads the
// same from fts5vocab). Only the first 200,000 bytes of a text are
// indexed: a tsvector holds at most 1 MB.
var pgMigrations = []migration{{
	version: 1,
	name:    "articles with claims and a full-text index",
	stmts: []string{
		`CREATE TABLE claimdiff_articles (
			id BIGSERIAL PRIMARY KEY,
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
			extracted BOOLEAN NOT NULL,
			extractor TEXT NOT NULL,
			claims TEXT NOT NULL,
			nclaims INTEGER NOT NULL,
			tsv tsvector GENERATED ALWAYS AS (
				setweight(to_tsvector('simple', title), 'A') ||
				to_tsvector('simple', left(text, 200000))) STORED
		)`,
		`CREATE INDEX claimdiff_articles_published ON claimdiff_articles(published)`,
		`CREATE INDEX claimdiff_articles_tsv ON claimdiff_articles USING GIN (tsv)`,
		`CREATE TABLE claimdiff_terms (term TEXT PRIMARY KEY, docs INTEGER NOT NULL)`,
	},
}, {
	// SQLite's tokenizer removes diacritics ("Pérez" is "perez") and
	// 'simple' does not: the tsvector is now made by Add from the title
	// and text folded in Go (claims.Fold), and Search folds its words
	// alike, so an article with "Pérez" is found by "Perez" on both
	// stores. Existing rows are indexed again and their words counted
	// again.
	version: 2,
	name:    "words folded as on SQLite",
	// A new column rather than DROP EXPRESSION, which PostgreSQL 12
	// lacks; its GIN index is made by refold once it is filled.
	stmts: []string{
		`ALTER TABLE claimdiff_articles DROP COLUMN tsv`,
		`ALTER TABLE claimdiff_articles ADD COLUMN tsv tsvector NOT NULL DEFAULT ''::tsvector`,
	},
	pgAfter: refold,
}}

// pgTSV is the tsvector of an article from its folded title ($1) and
// text ($2): the title weighs as A; only the first 200,000 bytes of the
// text are indexed, as a tsvector holds at most 1 MB.
const pgTSV = `setweight(to_tsvector('simple', $1), 'A') || to_tsvector('simple', left($2, 200000))`

// refold indexes every article again from its folded words, a batch of
// rows at a time, makes the GIN index, and counts the words again.
func refold(ctx context.Context, tx pgx.Tx) error {
	last := int64(0)
	for {
		rows, err := tx.Query(ctx, `SELECT id, title, left(text, 200000) FROM claimdiff_articles WHERE id > $1 ORDER BY id LIMIT 500`, last)
		if err != nil {
			return err
		}
		type row struct {
			id          int64
			title, text string
		}
		var batch []row
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.title, &r.text); err != nil {
				rows.Close()
				return err
			}
			batch = append(batch, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(batch) == 0 {
			break
		}
		for _, r := range batch {
			if _, err := tx.Exec(ctx, `UPDATE claimdiff_articles SET tsv = `+pgTSV+` WHERE id = $3`,
				claims.Fold(r.title), claims.Fold(r.text), r.id); err != nil {
				return err
			}
		}
		last = batch[len(batch)-1].id
	}
	if _, err := tx.Exec(ctx, `CREATE INDEX claimdiff_articles_tsv ON claimdiff_articles USING GIN (tsv)`); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `DELETE FROM claimdiff_terms`); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `INSERT INTO claimdiff_terms(term, docs)
		SELECT lexeme, COUNT(*) FROM claimdiff_articles, unnest(tsv) GROUP BY lexeme`)
	return err
}

// migrationLock is the advisory lock that makes several runners starting
// at once migrate one after the other.
const migrationLock = 0x636c6d64 // "clmd"

type pgStore struct {
	conn *pgx.Conn
	name string
}

// pgName is the DSN without its password or parameters, for messages.
func pgName(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://…"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	u.RawQuery = ""
	u.Fragment = ""
	return u.String()
}

func openPostgres(ctx context.Context, dsn string, create bool) (Store, error) {
	name := pgName(dsn)
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, &Error{name, fmt.Errorf("not a PostgreSQL URL (expected postgres://user@host:port/database): %v", err)}
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 10 * time.Second
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &Error{name, fmt.Errorf("cannot connect (expected a reachable PostgreSQL server): %v", err)}
	}
	s := &pgStore{conn: conn, name: name}
	if err := s.migrate(ctx, create); err != nil {
		conn.Close(context.Background())
		return nil, err
	}
	return s, nil
}

func (s *pgStore) wrap(err error) error {
	if err == nil {
		return nil
	}
	var ae *Error
	if errors.As(err, &ae) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return &Error{s.name, err}
}

func (s *pgStore) version(ctx context.Context, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}) (int, bool, error) {
	var exists bool
	if err := q.QueryRow(ctx, `SELECT to_regclass('claimdiff_migrations') IS NOT NULL`).Scan(&exists); err != nil {
		return 0, false, s.wrap(err)
	}
	if !exists {
		return 0, false, nil
	}
	var v int
	if err := q.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM claimdiff_migrations`).Scan(&v); err != nil {
		return 0, true, s.wrap(err)
	}
	return v, true, nil
}

func (s *pgStore) migrate(ctx context.Context, create bool) error {
	have, exists, err := s.version(ctx, s.conn)
	if err != nil {
		return err
	}
	if !exists && !create {
		return &Error{s.name, worded{"no claimdiff archive in this database (expected one made by claimdiff archive add)", ErrNoArchive}}
	}
	if err := checkVersion(s.name, have); err != nil {
		return err
	}
	if have == SchemaVersion {
		return nil
	}
	tx, err := s.conn.Begin(ctx)
	if err != nil {
		return s.wrap(err)
	}
	defer tx.Rollback(context.Background())
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
		return s.wrap(err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS claimdiff_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL,
		applied TIMESTAMPTZ NOT NULL DEFAULT now())`); err != nil {
		return s.wrap(err)
	}
	if have, _, err = s.version(ctx, tx); err != nil {
		return err
	}
	err = applyMigrations(s.name, have, pgMigrations,
		func(st string) error { _, err := tx.Exec(ctx, st); return err },
		func(m migration) error {
			if m.pgAfter == nil {
				return nil
			}
			return m.pgAfter(ctx, tx)
		},
		func(m migration) error {
			_, err := tx.Exec(ctx, `INSERT INTO claimdiff_migrations(version, name) VALUES ($1, $2)`, m.version, m.name)
			return s.wrap(err)
		})
	if err != nil {
		return err
	}
	return s.wrap(tx.Commit(ctx))
}

func (s *pgStore) Name() string { return s.name }
func (s *pgStore) Close() error { return s.conn.Close(context.Background()) }

func (s *pgStore) Add(ctx context.Context, e *Entry) (int64, bool, error) {
	st, err := encode(e)
	if err != nil {
		return 0, false, err
	}
	tx, err := s.conn.Begin(ctx)
	if err != nil {
		return 0, false, s.wrap(err)
	}
	defer tx.Rollback(context.Background())
	var id int64
	err = tx.QueryRow(ctx, `INSERT INTO claimdiff_articles
		(hash, name, path, url, title, outlet, published, text, skip, words, extracted, extractor, claims, nclaims, tsv)
		VALUES ($3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, `+pgTSV+`)
		ON CONFLICT (hash) DO NOTHING RETURNING id`,
		claims.Fold(st.title), claims.Fold(st.text),
		st.hash, st.name, st.path, st.url, st.title, st.outlet, st.published, st.text, st.skip,
		st.words, st.extracted, st.extractor, st.claims, st.nclaims).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		// Archived already (perhaps by another runner a moment ago).
		if err := tx.QueryRow(ctx, `SELECT id FROM claimdiff_articles WHERE hash = $1`, st.hash).Scan(&id); err != nil {
			return 0, false, s.wrap(err)
		}
		return id, false, nil
	}
	if err != nil {
		return 0, false, s.wrap(err)
	}
	// Words in a fixed order, so two adds at once lock shared words in
	// the same order and never deadlock.
	if _, err := tx.Exec(ctx, `INSERT INTO claimdiff_terms(term, docs)
		SELECT lexeme, 1 FROM claimdiff_articles, unnest(tsv) WHERE id = $1 ORDER BY lexeme
		ON CONFLICT (term) DO UPDATE SET docs = claimdiff_terms.docs + 1`, id); err != nil {
		return 0, false, s.wrap(err)
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, false, s.wrap(err)
	}
	e.ID, e.Hash = id, st.hash
	return id, true, nil
}

func (s *pgStore) Lookup(ctx context.Context, hash string) (int64, bool, error) {
	var id int64
	err := s.conn.QueryRow(ctx, `SELECT id FROM claimdiff_articles WHERE hash = $1`, hash).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, s.wrap(err)
}

func (s *pgStore) Get(ctx context.Context, ids []int64) ([]*Entry, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := s.conn.Query(ctx, `SELECT `+entryColumns+` FROM claimdiff_articles WHERE id = ANY($1)`, ids)
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

func (s *pgStore) UpdateClaims(ctx context.Context, id int64, extractor string, cs []claims.Claim) error {
	cj, err := claimsJSON(cs)
	if err != nil {
		return err
	}
	_, err = s.conn.Exec(ctx, `UPDATE claimdiff_articles SET extractor = $1, claims = $2, nclaims = $3 WHERE id = $4`,
		extractor, cj, len(cs), id)
	return s.wrap(err)
}

func (s *pgStore) Remove(ctx context.Context, id int64) (bool, error) {
	tx, err := s.conn.Begin(ctx)
	if err != nil {
		return false, s.wrap(err)
	}
	defer tx.Rollback(context.Background())
	if _, err := tx.Exec(ctx, `UPDATE claimdiff_terms t SET docs = t.docs - 1
		FROM (SELECT lexeme FROM claimdiff_articles, unnest(tsv) WHERE id = $1 ORDER BY lexeme) x
		WHERE t.term = x.lexeme`, id); err != nil {
		return false, s.wrap(err)
	}
	tag, err := tx.Exec(ctx, `DELETE FROM claimdiff_articles WHERE id = $1`, id)
	if err != nil {
		return false, s.wrap(err)
	}
	if tag.RowsAffected() == 0 {
		return false, nil
	}
	return true, s.wrap(tx.Commit(ctx))
}

func (s *pgStore) List(ctx context.Context) ([]Summary, error) {
	rows, err := s.conn.Query(ctx, listQuery)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out, err := readSummaries(rows)
	return out, s.wrap(err)
}

func (s *pgStore) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Extractors: map[string]int{}}
	v, _, err := s.version(ctx, s.conn)
	if err != nil {
		return st, err
	}
	st.Schema = v
	err = s.conn.QueryRow(ctx, `SELECT COUNT(*), COALESCE(SUM(nclaims), 0), COUNT(DISTINCT NULLIF(outlet, '')),
		COALESCE(MIN(NULLIF(published, '')), ''), COALESCE(MAX(NULLIF(published, '')), ''),
		COUNT(*) FILTER (WHERE published = ''),
		pg_total_relation_size('claimdiff_articles') + pg_total_relation_size('claimdiff_terms')
		FROM claimdiff_articles`).
		Scan(&st.Articles, &st.Claims, &st.Outlets, &st.First, &st.Last, &st.Undated, &st.Bytes)
	if err != nil {
		return st, s.wrap(err)
	}
	rows, err := s.conn.Query(ctx, `SELECT extractor, COUNT(*) FROM claimdiff_articles GROUP BY extractor`)
	if err != nil {
		return st, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var x string
		var n int
		if err := rows.Scan(&x, &n); err != nil {
			return st, s.wrap(err)
		}
		st.Extractors[x] = n
	}
	return st, s.wrap(rows.Err())
}

func (s *pgStore) DocFreq(ctx context.Context, terms []string) (map[string]int, int, error) {
	var n int
	if err := s.conn.QueryRow(ctx, `SELECT COUNT(*) FROM claimdiff_articles`).Scan(&n); err != nil {
		return nil, 0, s.wrap(err)
	}
	// Words folded as the index folds them (refold, Add).
	folded, list := foldTerms(terms)
	rows, err := s.conn.Query(ctx, `SELECT term, docs FROM claimdiff_terms WHERE term = ANY($1) AND docs > 0`, list)
	if err != nil {
		return nil, 0, s.wrap(err)
	}
	defer rows.Close()
	df, err := readDocFreq(rows, folded)
	return df, n, s.wrap(err)
}

// tsQuery is a tsquery for any of terms, each quoted, or "" when none is
// left.
func tsQuery(terms []string) string {
	var parts []string
	for _, t := range tsTerms(terms) {
		parts = append(parts, tsQuote(t))
	}
	return strings.Join(parts, " | ")
}

// tsTerms are terms folded as the index is (pgTSV's inputs), each once,
// in the order given.
func tsTerms(terms []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range terms {
		t = claims.Fold(t)
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
}

// tsQuote is one folded word as a tsquery operand. tokens are letters and
// digits only, so nothing here is tsquery syntax; quoting keeps it so
// whatever a caller passes.
func tsQuote(t string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(t, `\`, `\\`), "'", "''") + "'"
}

// pgWeights are ts_rank's weights of the labels D, C, B, A: a word of the
// title (A) counts twice a word of the body (D), as on SQLite.
const pgWeights = `'{0.5, 0, 0, 1}'`

// Search ranks as SQLite's BM25 does, by the sum over the query's words
// of each word's rarity (idf, from the archive's document frequencies)
// times how much of the article it makes up: ts_rank of that word alone,
// which grows with its occurrences and saturates, a title occurrence
// counting twice. ts_rank of the whole query would weigh a word every
// other article has like a rare name, and rank long articles on common
// words first. The words' ranks are computed only for the candidates
// (those with a word of the gate, bounded however large the archive),
// each article's tsvector read once: the CTE holds it detoasted, where
// ranking the stored column word by word would detoast it once per word.
func (s *pgStore) Search(ctx context.Context, q Query) ([]Hit, error) {
	terms := tsTerms(q.Terms)
	if len(terms) == 0 || q.Limit <= 0 {
		return nil, nil
	}
	df, n := q.DocFreq, q.Articles
	if df == nil {
		var err error
		if df, n, err = s.DocFreq(ctx, q.Terms); err != nil {
			return nil, err
		}
	}
	// DocFreq answers for the words as asked, which fold to terms.
	folded := map[string]int{}
	for t, d := range df {
		f := claims.Fold(t)
		folded[f] = max(folded[f], d)
	}
	lo, hi, bounded := window(q.Published, q.WindowDays)
	excl := append([]string{}, q.Exclude...)
	args := []any{tsQuery(q.Terms), bounded, lo, hi, excl, q.Limit}
	// Only articles with a word of the gate are ranked, as on SQLite.
	gate := ""
	if g := tsQuery(q.Gate); g != "" {
		args = append(args, g)
		gate = fmt.Sprintf(`AND tsv @@ to_tsquery('simple', $%d)`, len(args))
	}
	var score strings.Builder
	for i, t := range terms {
		if i > 0 {
			score.WriteString(" + ")
		}
		args = append(args, idf(folded[t], n), tsQuote(t))
		fmt.Fprintf(&score, "$%d::float8 * ts_rank(%s, v, $%d::tsquery)", len(args)-1, pgWeights, len(args))
	}
	rows, err := s.conn.Query(ctx, `WITH c AS MATERIALIZED (
			SELECT id, tsv || ''::tsvector AS v FROM claimdiff_articles
			WHERE tsv @@ to_tsquery('simple', $1)
			AND (NOT $2 OR published = '' OR published BETWEEN $3 AND $4)
			AND NOT (hash = ANY($5))
			`+gate+`)
		SELECT id, (`+score.String()+`)::float8 AS score
		FROM c ORDER BY score DESC, id LIMIT $6`, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out, err := readHits(rows)
	return out, s.wrap(err)
}
