package archive

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/jackc/pgx/v5"
)

// pgEnv names the PostgreSQL server the tests use; .ci/run starts one and
// sets it.
const pgEnv = "CLAIMDIFF_TEST_POSTGRES"

// backend opens fresh, empty archives of one kind.
type backend struct {
	name string
	// target returns a new archive location (a file, or a new database).
	target func(t testing.TB) string
}

func sqliteBackend() backend {
	return backend{"sqlite", func(t testing.TB) string {
		return filepath.Join(t.TempDir(), "archive.db")
	}}
}

// pgBackend makes a throwaway database per test on the server pgEnv
// names, dropped when the test ends.
func pgBackend() backend {
	return backend{"postgres", func(t testing.TB) string {
		dsn := os.Getenv(pgEnv)
		if dsn == "" {
			t.Skipf("no PostgreSQL server: set %s to a postgres:// URL (.ci/run starts one)", pgEnv)
		}
		return freshDB(t, dsn)
	}}
}

func freshDB(t testing.TB, dsn string) string {
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("PostgreSQL at %s (%s): %v", pgName(dsn), pgEnv, err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	db := "claimdiff_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+db); err != nil {
		t.Fatal(err)
	}
	admin.Close(ctx)
	t.Cleanup(func() {
		admin, err := pgx.Connect(ctx, dsn)
		if err != nil {
			return
		}
		defer admin.Close(ctx)
		admin.Exec(ctx, "DROP DATABASE IF EXISTS "+db+" WITH (FORCE)")
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("%s: %v", pgEnv, err)
	}
	u.Path = "/" + db
	return u.String()
}

func backends() []backend { return []backend{sqliteBackend(), pgBackend()} }

// eachStore runs f on a fresh archive of every kind.
func eachStore(t *testing.T, f func(t *testing.T, target string, s Store)) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			target := b.target(t)
			s, err := Open(context.Background(), target, true)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			f(t, target, s)
		})
	}
}

// Short articles written for these tests: two about one flood, one about
// a council budget, one about a football match.
var texts = map[string]string{
	"flood-a": `River Esk bursts its banks in Valleton

Floodwater from the River Esk reached the centre of Valleton on Tuesday, and 40 homes were evacuated.
"We have never seen the water this high," said Mayor Ana Lima.
The Environment Agency said the river peaked at 4.2 metres overnight.
`,
	"flood-b": `Valleton evacuates homes as the Esk floods

The River Esk flooded Valleton on Tuesday and about 45 homes were evacuated, officials said.
Mayor Ana Lima said: "Nobody has seen the water this high."
According to the Environment Agency, the Esk peaked at 4.1 metres.
`,
	"council": `Council approves budget after long debate

The Harrowgate council approved a budget of 12 million pounds on Monday.
Councillor Peter Odum said the library would stay open.
The vote was 7 to 4, the council clerk said.
`,
	"football": `Rovers beat United in the cup

Rovers beat United 3-1 in the cup on Saturday, with two goals from Sam Kerrigan.
"It was a great team performance," manager Lou Brandt said.
`,
}

var dates = map[string]string{"flood-a": "2024-03-05", "flood-b": "2024-03-06", "council": "2024-01-08", "football": ""}

func article(t testing.TB, id string) (*claims.Article, []claims.Claim) {
	t.Helper()
	a, err := claims.NewArticle(id, id+".txt", []byte(texts[id]))
	if err != nil {
		t.Fatal(err)
	}
	a.Published = dates[id]
	return a, claims.Extract(a)
}

func entry(t testing.TB, id string) *Entry {
	a, cs := article(t, id)
	return &Entry{Article: a, Extractor: "test-1", Claims: cs}
}

func addAll(t *testing.T, s Store, ids ...string) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	for _, id := range ids {
		n, added, err := s.Add(context.Background(), entry(t, id))
		if err != nil || !added {
			t.Fatalf("Add(%s) = %d, %v, %v", id, n, added, err)
		}
		out[id] = n
	}
	return out
}

func mustJSON(t testing.TB, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestAddGetRoundTrip(t *testing.T) {
	eachStore(t, func(t *testing.T, _ string, s Store) {
		ctx := context.Background()
		e := entry(t, "flood-a")
		e.Article.Outlet = "Valleton Post"
		e.Article.Title = "River Esk bursts its banks"
		id, added, err := s.Add(ctx, e)
		if err != nil || !added || id == 0 {
			t.Fatalf("Add = %d, %v, %v", id, added, err)
		}
		// The same text again, even under another name: nothing changes.
		again := entry(t, "flood-a")
		again.Article.ID = "copy"
		id2, added, err := s.Add(ctx, again)
		if err != nil || added || id2 != id {
			t.Fatalf("second Add = %d, %v, %v; want %d, false, nil", id2, added, err, id)
		}
		got, err := s.Get(ctx, []int64{id, 9999})
		if err != nil || len(got) != 1 {
			t.Fatalf("Get = %v, %v", got, err)
		}
		g := got[0]
		want := e.Article
		if g.Article.Text != want.Text || g.Article.ID != "flood-a" || g.Article.Title != want.Title ||
			g.Article.Outlet != want.Outlet || g.Article.Published != want.Published ||
			g.Article.Words != want.Words || mustJSON(t, g.Article.Skip) != mustJSON(t, want.Skip) {
			t.Errorf("Get article = %+v, want %+v", g.Article, want)
		}
		if g.Hash != Hash(want.Text) || g.Extractor != "test-1" {
			t.Errorf("hash %s extractor %s", g.Hash, g.Extractor)
		}
		// Claims come back as they went in, field for field.
		if len(g.Claims) == 0 || mustJSON(t, g.Claims) != mustJSON(t, e.Claims) {
			t.Errorf("claims differ after the round trip:\n got %s\nwant %s", mustJSON(t, g.Claims), mustJSON(t, e.Claims))
		}
		if n, ok, err := s.Lookup(ctx, Hash(want.Text)); err != nil || !ok || n != id {
			t.Errorf("Lookup = %d, %v, %v", n, ok, err)
		}
		if _, ok, err := s.Lookup(ctx, Hash("other")); err != nil || ok {
			t.Errorf("Lookup(other) = %v, %v", ok, err)
		}
	})
}

func TestListRemoveStats(t *testing.T) {
	eachStore(t, func(t *testing.T, _ string, s Store) {
		ctx := context.Background()
		ids := addAll(t, s, "flood-a", "council", "football")
		list, err := s.List(ctx)
		if err != nil || len(list) != 3 {
			t.Fatalf("List = %v, %v", list, err)
		}
		if list[0].Name != "flood-a" || list[1].Name != "council" || list[0].ID >= list[1].ID || list[0].Claims == 0 {
			t.Errorf("List order or fields: %+v", list)
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Schema != SchemaVersion || st.Articles != 3 || st.First != "2024-01-08" || st.Last != "2024-03-05" ||
			st.Undated != 1 || st.Extractors["test-1"] != 3 || st.Bytes <= 0 || st.Claims == 0 {
			t.Errorf("Stats = %+v", st)
		}
		ok, err := s.Remove(ctx, ids["council"])
		if err != nil || !ok {
			t.Fatalf("Remove = %v, %v", ok, err)
		}
		if ok, err := s.Remove(ctx, ids["council"]); err != nil || ok {
			t.Errorf("second Remove = %v, %v", ok, err)
		}
		// A removed article is gone from the index too.
		df, n, err := s.DocFreq(ctx, []string{"harrowgate", "valleton"})
		if err != nil || n != 2 || df["harrowgate"] != 0 || df["valleton"] != 1 {
			t.Errorf("DocFreq after Remove = %v, %d, %v", df, n, err)
		}
		hits, err := s.Search(ctx, Query{Terms: []string{"harrowgate"}, Limit: 5})
		if err != nil || len(hits) != 0 {
			t.Errorf("Search finds a removed article: %v, %v", hits, err)
		}
		// Its text can be added again.
		if _, added, err := s.Add(ctx, entry(t, "council")); err != nil || !added {
			t.Errorf("re-Add = %v, %v", added, err)
		}
	})
}

func TestRetrieveFindsTheStory(t *testing.T) {
	eachStore(t, func(t *testing.T, _ string, s Store) {
		ctx := context.Background()
		ids := addAll(t, s, "flood-a", "council", "football")
		a, cs := article(t, "flood-b")
		hits, err := Retrieve(ctx, s, a, cs, nil, Options{Limit: 20})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].ID != ids["flood-a"] {
			t.Fatalf("Retrieve = %v, want flood-a (%d) first", hits, ids["flood-a"])
		}
		for _, h := range hits[1:] {
			if h.Score >= hits[0].Score {
				t.Errorf("hits not best first: %v", hits)
			}
		}
		// The cap holds.
		if hits, err := Retrieve(ctx, s, a, cs, nil, Options{Limit: 1}); err != nil || len(hits) != 1 {
			t.Errorf("Limit 1: %v, %v", hits, err)
		}
		// The new article itself, archived, is excluded by its hash.
		self := addAll(t, s, "flood-b")["flood-b"]
		hits, err = Retrieve(ctx, s, a, cs, []string{Hash(a.Text)}, Options{Limit: 20})
		if err != nil || len(hits) == 0 {
			t.Fatalf("Retrieve with exclude = %v, %v", hits, err)
		}
		for _, h := range hits {
			if h.ID == self {
				t.Errorf("the new article itself was retrieved: %v", hits)
			}
		}
	})
}

func TestWindow(t *testing.T) {
	eachStore(t, func(t *testing.T, _ string, s Store) {
		ctx := context.Background()
		ids := addAll(t, s, "flood-a", "council", "football")
		q := Query{Terms: []string{"said", "valleton", "harrowgate", "rovers"}, Published: "2024-03-06", WindowDays: 7, Limit: 10}
		got := searchIDs(t, s, q)
		// flood-a is a day apart, football undated; the council story, two
		// months earlier, is out of the window.
		want := []int64{ids["flood-a"], ids["football"]}
		if !slices.Equal(got, want) {
			t.Errorf("window 7: got %v, want %v", got, want)
		}
		q.WindowDays = 0
		if hits, _ := s.Search(ctx, q); len(hits) != 3 {
			t.Errorf("no window: %v", hits)
		}
	})
}

// TestSearchGate: a gated search ranks only the articles with a gate
// word, and ranks them as the ungated search does.
func TestSearchGate(t *testing.T) {
	eachStore(t, func(t *testing.T, _ string, s Store) {
		ctx := context.Background()
		ids := addAll(t, s, "flood-a", "council", "football")
		q := Query{Terms: []string{"said", "valleton", "harrowgate", "rovers"}, Limit: 10}
		all, err := s.Search(ctx, q)
		if err != nil || len(all) != 3 {
			t.Fatalf("ungated: %v, %v", all, err)
		}
		q.Gate = []string{"harrowgate", "rovers"}
		gated, err := s.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var want []Hit
		for _, h := range all {
			if h.ID != ids["flood-a"] {
				want = append(want, h)
			}
		}
		if !slices.Equal(gated, want) {
			t.Errorf("gated = %v, want %v (the ungated hits without flood-a)", gated, want)
		}
	})
}

// TestAccentsFolded: an article that writes "Pérez" is found, and its
// words counted, by a query that writes "Perez", and the other way round,
// on both stores; the counts follow Remove.
func TestAccentsFolded(t *testing.T) {
	eachStore(t, func(t *testing.T, _ string, s Store) {
		ctx := context.Background()
		addAll(t, s, "council", "football")
		add := func(name, text string) int64 {
			a, err := claims.NewArticle(name, name+".txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			id, _, err := s.Add(ctx, &Entry{Article: a, Extractor: "test-1", Claims: claims.Extract(a)})
			if err != nil {
				t.Fatal(err)
			}
			return id
		}
		accented := add("accented", "Minister José Pérez resigns\n\nJosé Pérez resigned on Friday, his office said.\n")
		plain := add("plain", "Lawyer Ines Nuñez speaks\n\nInes Nunez spoke for Perez-Nuñez Partners on Friday.\n")
		for _, c := range []struct {
			word string
			want []int64
		}{
			{"perez", []int64{accented, plain}},
			{"Pérez", []int64{accented, plain}},
			{"jose", []int64{accented}},
			{"núñez", []int64{plain}},
		} {
			got := searchIDs(t, s, Query{Terms: []string{c.word}, Limit: 10})
			if !slices.Equal(got, c.want) {
				t.Errorf("Search %q = %v, want %v", c.word, got, c.want)
			}
			df, _, err := s.DocFreq(ctx, []string{c.word})
			if err != nil || df[c.word] != len(c.want) {
				t.Errorf("DocFreq %q = %v, %v, want %d", c.word, df, err, len(c.want))
			}
		}
		if ok, err := s.Remove(ctx, plain); !ok || err != nil {
			t.Fatalf("Remove: %v %v", ok, err)
		}
		if df, _, err := s.DocFreq(ctx, []string{"perez", "nunez"}); err != nil || df["perez"] != 1 || df["nunez"] != 0 {
			t.Errorf("DocFreq after Remove = %v, %v, want perez 1, nunez 0", df, err)
		}
	})
}

// TestMigrateFromSchema1: an archive made at schema 1 (no table of
// document frequencies on SQLite; unfolded words on PostgreSQL) opens at
// SchemaVersion with its words counted and, on PostgreSQL, folded.
func TestMigrateFromSchema1(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			target := b.target(t)
			insert := `INSERT INTO claimdiff_articles
				(hash, name, path, url, title, outlet, published, text, skip, words, extracted, extractor, claims, nclaims)
				VALUES ('h1', 'accented', 'a.txt', '', 'José Pérez resigns', '', '', 'José Pérez resigned on Friday.', '[]', 5, false, 'old', '[]', 0)`
			if IsPostgres(target) {
				c, err := pgx.Connect(ctx, target)
				if err != nil {
					t.Fatal(err)
				}
				for _, st := range append([]string{`CREATE TABLE claimdiff_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`},
					pgMigrations[0].stmts...) {
					if _, err := c.Exec(ctx, st); err != nil {
						t.Fatal(err)
					}
				}
				for _, st := range []string{`INSERT INTO claimdiff_migrations VALUES (1, 'one')`, insert,
					`INSERT INTO claimdiff_terms SELECT lexeme, 1 FROM claimdiff_articles, unnest(tsv)`} {
					if _, err := c.Exec(ctx, st); err != nil {
						t.Fatal(err)
					}
				}
				c.Close(ctx)
			} else {
				db, err := sql.Open("sqlite", target)
				if err != nil {
					t.Fatal(err)
				}
				for _, st := range append(append([]string{`CREATE TABLE claimdiff_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`},
					sqliteMigrations[0].stmts...), `INSERT INTO claimdiff_migrations VALUES (1, 'one')`, strings.ReplaceAll(insert, "false", "0")) {
					if _, err := db.Exec(st); err != nil {
						t.Fatal(err)
					}
				}
				db.Close()
			}
			s, err := Open(ctx, target, false)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if st, err := s.Stats(ctx); err != nil || st.Schema != SchemaVersion || st.Articles != 1 {
				t.Fatalf("Stats after migrating: %+v, %v", st, err)
			}
			df, n, err := s.DocFreq(ctx, []string{"perez", "Pérez", "friday", "nowhere"})
			if err != nil || n != 1 || df["perez"] != 1 || df["Pérez"] != 1 || df["friday"] != 1 || df["nowhere"] != 0 {
				t.Errorf("DocFreq after migrating = %v, %d, %v", df, n, err)
			}
			if hits, err := s.Search(ctx, Query{Terms: []string{"perez"}, Limit: 5}); err != nil || len(hits) != 1 {
				t.Errorf("Search perez after migrating = %v, %v", hits, err)
			}
		})
	}
}

func TestUpdateClaims(t *testing.T) {
	eachStore(t, func(t *testing.T, _ string, s Store) {
		ctx := context.Background()
		ids := addAll(t, s, "council")
		got, _ := s.Get(ctx, []int64{ids["council"]})
		if !got[0].Stale("test-2") || got[0].Stale("test-1") {
			t.Fatal("Stale")
		}
		if err := s.UpdateClaims(ctx, ids["council"], "test-2", got[0].Claims[:1]); err != nil {
			t.Fatal(err)
		}
		got, _ = s.Get(ctx, []int64{ids["council"]})
		if got[0].Extractor != "test-2" || len(got[0].Claims) != 1 {
			t.Errorf("after UpdateClaims: %s, %d claims", got[0].Extractor, len(got[0].Claims))
		}
		list, _ := s.List(ctx)
		if list[0].Claims != 1 {
			t.Errorf("List counts %d claims", list[0].Claims)
		}
	})
}

func TestReopenKeepsArticles(t *testing.T) {
	eachStore(t, func(t *testing.T, target string, s Store) {
		addAll(t, s, "flood-a", "council")
		s.Close()
		s2, err := Open(context.Background(), target, false)
		if err != nil {
			t.Fatal(err)
		}
		defer s2.Close()
		list, err := s2.List(context.Background())
		if err != nil || len(list) != 2 {
			t.Errorf("after reopening: %v, %v", list, err)
		}
	})
}

// setVersion records a schema newer than the package knows, as a future
// claimdiff would.
func setVersion(t *testing.T, target string, v int) {
	ctx := context.Background()
	if IsPostgres(target) {
		c, err := pgx.Connect(ctx, target)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, `INSERT INTO claimdiff_migrations(version, name) VALUES ($1, 'from the future')`, v); err != nil {
			t.Fatal(err)
		}
		return
	}
	s, err := openSQLite(ctx, target, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.(*sqliteStore).db.Exec(`INSERT INTO claimdiff_migrations(version, name) VALUES (?, 'from the future')`, v); err != nil {
		t.Fatal(err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	eachStore(t, func(t *testing.T, target string, s Store) {
		addAll(t, s, "council")
		s.Close()
		setVersion(t, target, SchemaVersion+1)
		for _, create := range []bool{false, true} {
			_, err := Open(context.Background(), target, create)
			if !errors.Is(err, ErrNewer) {
				t.Fatalf("Open(create=%v) of a newer schema: %v, want ErrNewer", create, err)
			}
			if msg := err.Error(); !strings.Contains(msg, fmt.Sprintf("schema version %d", SchemaVersion+1)) || strings.Contains(msg, "\n") {
				t.Errorf("message: %q", msg)
			}
		}
	})
}

func TestNotAnArchive(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("This is a plain text file, not a database at all.\n"), 0o644)
	other := filepath.Join(dir, "other.db")
	{
		s, err := openSQLite(ctx, other, true)
		if err != nil {
			t.Fatal(err)
		}
		db := s.(*sqliteStore).db
		db.Exec(`DROP TABLE claimdiff_migrations`)
		db.Exec(`CREATE TABLE notes (x TEXT)`)
		s.Close()
	}
	for _, tc := range []struct {
		path   string
		create bool
		want   error
	}{
		{text, false, ErrNotArchive},
		{text, true, ErrNotArchive},
		{other, true, ErrNotArchive},
		{filepath.Join(dir, "missing.db"), false, ErrNoArchive},
	} {
		_, err := Open(ctx, tc.path, tc.create)
		if !errors.Is(err, tc.want) {
			t.Errorf("Open(%s, %v) = %v, want %v", filepath.Base(tc.path), tc.create, err, tc.want)
		}
		if err != nil && !strings.HasPrefix(err.Error(), tc.path+": ") {
			t.Errorf("message does not name the file: %q", err)
		}
	}
	// Nothing was written to the text file.
	if b, _ := os.ReadFile(text); string(b) != "This is a plain text file, not a database at all.\n" {
		t.Errorf("the text file changed: %q", b)
	}
	if _, err := Open(ctx, dir, true); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("Open(dir) = %v", err)
	}
}

func TestPostgresUnreachable(t *testing.T) {
	// Port 1 on loopback: nothing listens there.
	_, err := Open(context.Background(), "postgres://someone:secret@127.0.0.1:1/archive?sslmode=disable", false)
	var ae *Error
	if !errors.As(err, &ae) || !strings.Contains(err.Error(), "cannot connect") {
		t.Fatalf("Open = %v", err)
	}
	if strings.Contains(err.Error(), "secret") || strings.Contains(err.Error(), "\n") {
		t.Errorf("message shows the password or spans lines: %q", err)
	}
}

func TestPostgresWithoutArchive(t *testing.T) {
	target := pgBackend().target(t)
	_, err := Open(context.Background(), target, false)
	if err == nil || !strings.Contains(err.Error(), "no claimdiff archive") {
		t.Fatalf("Open of an empty database = %v", err)
	}
}

// TestConcurrentAddAndSearch adds articles through one connection while
// another searches and reads, as `archive add` and `check` in two
// processes would: WAL lets the reader go on, the busy timeout makes
// writers queue; nothing fails and every article read is whole.
func TestConcurrentAddAndSearch(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			target := b.target(t)
			ctx := context.Background()
			base := entry(t, "flood-a")
			w1, err := Open(ctx, target, true)
			if err != nil {
				t.Fatal(err)
			}
			defer w1.Close()
			w2, err := Open(ctx, target, true)
			if err != nil {
				t.Fatal(err)
			}
			defer w2.Close()
			r, err := Open(ctx, target, false)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			const n = 40
			var wg sync.WaitGroup
			errs := make(chan error, 3)
			for w, s := range []Store{w1, w2} {
				wg.Go(func() {
					for i := range n {
						e := *base
						a := *base.Article
						a.Text = fmt.Sprintf("%sWriter %d added copy %d.\n", a.Text, w, i)
						e.Article, e.Hash = &a, ""
						if _, _, err := s.Add(ctx, &e); err != nil {
							errs <- fmt.Errorf("writer %d add %d: %w", w, i, err)
							return
						}
					}
				})
			}
			wg.Go(func() {
				for range n {
					hits, err := r.Search(ctx, Query{Terms: []string{"valleton"}, Limit: 5})
					if err != nil {
						errs <- fmt.Errorf("search: %w", err)
						return
					}
					ids := make([]int64, len(hits))
					for i, h := range hits {
						ids[i] = h.ID
					}
					es, err := r.Get(ctx, ids)
					if err != nil {
						errs <- fmt.Errorf("get: %w", err)
						return
					}
					for _, e := range es {
						if len(e.Claims) != len(base.Claims) {
							errs <- fmt.Errorf("article %d read with %d claims", e.ID, len(e.Claims))
							return
						}
					}
				}
			})
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
			if st, err := r.Stats(ctx); err != nil || st.Articles != 2*n {
				t.Errorf("after concurrent adds: %d articles, %v", st.Articles, err)
			}
		})
	}
}

// TestRareWordsRankFirst: both stores weigh a word by its rarity. Forty
// articles share many of the new article's everyday words (harbour,
// council, storm, ferries...) but not its rare name; three share only the
// rare name. The three rank first on both stores: a rank that counts
// every matched word alike (PostgreSQL's ts_rank of the whole query)
// puts the forty first.
func TestRareWordsRankFirst(t *testing.T) {
	mk := func(t *testing.T, id, text string) (*claims.Article, []claims.Claim) {
		a, err := claims.NewArticle(id, id+".txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return a, claims.Extract(a)
	}
	const news = "Harbour council delays storm repairs.\n\n" +
		"Inspector Quorbanek said on Tuesday that the harbour council had delayed the storm repairs to the ferry pier. " +
		"The council said the ferries would keep running while engineers inspected the damaged pier, " +
		"and residents were told the harbour road would stay closed until the repairs were finished.\n"
	eachStore(t, func(t *testing.T, _ string, s Store) {
		ctx := context.Background()
		for i := range 40 {
			a, cs := mk(t, fmt.Sprintf("common%02d", i), fmt.Sprintf("Harbour council meeting %d.\n\n"+
				"The harbour council said on Monday that the storm had damaged the ferry pier again. "+
				"Engineers inspected the pier and the council told residents the harbour road would stay closed while the repairs went on, "+
				"and that the ferries would keep running to the harbour during the repairs, report %d said.\n", i, i))
			if _, _, err := s.Add(ctx, &Entry{Article: a, Extractor: "test-1", Claims: cs}); err != nil {
				t.Fatal(err)
			}
		}
		rare := map[int64]bool{}
		for i, text := range []string{
			"Quorbanek appointed.\n\nThe city named Quorbanek its new inspector of buildings on Friday, officials said.\n",
			"An award for Quorbanek.\n\nA national society gave Quorbanek its annual prize for public service, the society said.\n",
			"Quorbanek retires early.\n\nQuorbanek said he would leave the post next spring to spend time with his family.\n",
		} {
			a, cs := mk(t, fmt.Sprintf("rare%d", i), text)
			id, _, err := s.Add(ctx, &Entry{Article: a, Extractor: "test-1", Claims: cs})
			if err != nil {
				t.Fatal(err)
			}
			rare[id] = true
		}
		a, cs := mk(t, "new", news)
		hits, err := Retrieve(ctx, s, a, cs, nil, Options{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) < len(rare) {
			t.Fatalf("hits %v: want at least the %d articles with the rare name", hits, len(rare))
		}
		for _, h := range hits[:len(rare)] {
			if !rare[h.ID] {
				t.Errorf("hits %v: want the articles with the rare name %v first", hits, rare)
				break
			}
		}
	})
}

// searchIDs runs a search and returns the ids of its hits, sorted.
func searchIDs(t *testing.T, s Store, q Query) []int64 {
	t.Helper()
	hits, err := s.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, h := range hits {
		got = append(got, h.ID)
	}
	slices.Sort(got)
	return got
}
