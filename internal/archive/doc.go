// Package archive keeps earlier coverage between runs: articles with their
// text, metadata, content hash and extracted claims, in one SQLite file
// (the default, through the pure-Go modernc.org/sqlite) or in a PostgreSQL
// database that several machines share (github.com/jackc/pgx/v5).
//
// Both stores implement Store over the same logical schema (tables
// claimdiff_migrations and claimdiff_articles) and the same numbered
// migrations; an archive whose schema is newer than the binary is refused,
// never written to. Each Add is one transaction, so an import killed
// midway leaves whole articles only, and adding a text already archived
// is a no-op.
//
// Retrieval is a full-text search, not a scan: SQLite's FTS5 index ranked
// by BM25, PostgreSQL's tsvector with a GIN index ranked by the sum of
// each query word's ts_rank times its idf (BM25's weight of rarity). Both
// tokenize alike (lower-cased letter and digit runs without diacritics, no
// stemming), so Terms picks the same query on either: the names and the
// rarest words of the new article, rarity read from a table of document
// frequencies (claimdiff_terms) kept in step by Add and Remove. Only the
// articles with one of the query's rarest words (Gate) are ranked, so a
// search costs about the same in a small archive and a huge one.
//
// The claims stored with an article carry the extractor's version (the
// caller's string); Entry.Stale tells the caller to extract again, and
// UpdateClaims stores the fresh claims, lazily, for the articles a check
// actually retrieves.
//
// The package reads no flags, environment or clock: the command opens the
// store it was told to and passes everything in.
package archive
