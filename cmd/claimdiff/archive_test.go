package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
)

// storyRefs and storyNews are dev-story texts (testdata/stories/README.md):
// references from three stories, and one new article of each.
const (
	storyRefs = "testdata/stories/refs"
	storyNews = "testdata/stories/new"
)

// archives returns a fresh SQLite archive, and a fresh PostgreSQL
// database when CLAIMDIFF_TEST_POSTGRES names a server.
func archives(t *testing.T) map[string]string {
	out := map[string]string{"sqlite": filepath.Join(t.TempDir(), "a.db")}
	dsn := os.Getenv("CLAIMDIFF_TEST_POSTGRES")
	if dsn == "" {
		t.Log("PostgreSQL skipped: set CLAIMDIFF_TEST_POSTGRES to a postgres:// URL (.ci/run starts a server)")
		return out
	}
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("CLAIMDIFF_TEST_POSTGRES: %v", err)
	}
	defer admin.Close(ctx)
	db := "claimdiff_cmd_" + strings.ToLower(regexp.MustCompile(`\W`).ReplaceAllString(t.Name(), "_"))
	admin.Exec(ctx, "DROP DATABASE IF EXISTS "+db+" WITH (FORCE)")
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+db); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if c, err := pgx.Connect(ctx, dsn); err == nil {
			c.Exec(ctx, "DROP DATABASE IF EXISTS "+db+" WITH (FORCE)")
			c.Close(ctx)
		}
	})
	u, _ := url.Parse(dsn)
	u.Path = "/" + db
	out["postgres"] = u.String()
	return out
}

// TestCheckArchiveMatchesAgainst: an archive holding the references gives
// check the same related references and the same report, byte for byte,
// as --against the directory they were added from.
func TestCheckArchiveMatchesAgainst(t *testing.T) {
	news, _ := filepath.Glob(storyNews + "/*.txt")
	if len(news) != 3 {
		t.Fatalf("testdata: %d new articles", len(news))
	}
	for kind, db := range archives(t) {
		t.Run(kind, func(t *testing.T) {
			code, out, errOut := runArgs(t, "archive", "add", "--archive", db, storyRefs)
			if code != 0 || !strings.Contains(out, "10 added, 0 archived already") {
				t.Fatalf("archive add: %d %q %q", code, out, errOut)
			}
			// Adding again changes nothing.
			if code, out, _ := runArgs(t, "archive", "add", storyRefs, "--archive", db); code != 0 || !strings.Contains(out, "0 added, 10 archived already") {
				t.Fatalf("second add: %d %q", code, out)
			}
			related := 0
			for _, n := range news {
				c1, want, wantErr := runArgs(t, "check", n, "--format", "json", "--fail-on", "none", "--against", storyRefs)
				c2, got, gotErr := runArgs(t, "check", n, "--format", "json", "--fail-on", "none", "--archive", db)
				if c1 != 0 || c2 != 0 {
					t.Fatalf("%s: exit %d / %d: %s %s", n, c1, c2, wantErr, gotErr)
				}
				// Similarity weighs words by their rarity among the articles
				// of the run, and --archive reads fewer of them: the scores
				// may differ in the last digits, the choice may not.
				if scoreless(gotErr) != scoreless(wantErr) {
					t.Errorf("%s: related references differ:\n--archive: %s--against: %s", n, gotErr, wantErr)
				}
				if got != want {
					t.Errorf("%s: reports differ (%d vs %d bytes)", n, len(got), len(want))
				}
				if strings.Contains(gotErr, "related ") {
					related++
				}
				if !strings.Contains(got, `"kind": "discrepancy"`) && !strings.Contains(got, `"kind": "agreement"`) {
					t.Errorf("%s: no finding against the references", n)
				}
			}
			if related != 3 {
				t.Errorf("%d of 3 new articles found related references", related)
			}
		})
	}
}

var scoreRE = regexp.MustCompile(` \(0\.\d+\)`)

func scoreless(s string) string { return scoreRE.ReplaceAllString(s, "") }

// TestCheckArchiveStale: claims archived by another extractor are
// extracted again when a check reads them, and kept.
func TestCheckArchiveStale(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	if code, _, e := runArgs(t, "archive", "add", "--archive", db, storyRefs); code != 0 {
		t.Fatal(e)
	}
	// A small cap, so the check reads some articles and not others.
	check := []string{"check", storyNews + "/28_1ecb.txt", "--format", "json", "--archive", db, "--max-refs", "3"}
	_, want, _ := runArgs(t, check...)
	sdb, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	// An older extractor that found nothing.
	if _, err := sdb.Exec(`UPDATE claimdiff_articles SET extractor = 'old', claims = '[]', nclaims = 0`); err != nil {
		t.Fatal(err)
	}
	sdb.Close()
	_, got, _ := runArgs(t, check...)
	if got != want {
		t.Errorf("a check over stale claims differs from one over fresh claims")
	}
	_, stats, _ := runArgs(t, "archive", "stats", "--archive", db)
	// The mark-felt references were read and re-extracted; the others not.
	if !regexp.MustCompile(`current: +3 articles extracted by this claimdiff, 7 by another`).MatchString(stats) {
		t.Errorf("stats after a check:\n%s", stats)
	}
}

func TestArchiveCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "sub", "a.db")
	code, out, _ := runArgs(t, "archive", "add", "--archive", db, storyRefs+"/28_2ecb.txt", storyRefs+"/19_2ecb.txt")
	if code != 0 || !regexp.MustCompile(`(?m)^added #1 19_2ecb \(\d+ claims\)\nadded #2 28_2ecb`).MatchString(out) {
		t.Fatalf("add: %d %q", code, out)
	}
	code, out, _ = runArgs(t, "archive", "list", "--archive", db)
	if code != 0 || !regexp.MustCompile(`(?m)^ID +NAME +PUBLISHED +OUTLET +CLAIMS +TITLE\n1 +19_2ecb +- +- +\d+ +Day six`).MatchString(out) || lines(out) != 3 {
		t.Errorf("list: %d %q", code, out)
	}
	code, out, _ = runArgs(t, "archive", "stats", "--archive", db)
	if code != 0 || !strings.Contains(out, "articles:  2\n") || !strings.Contains(out, "schema:    2\n") {
		t.Errorf("stats: %d %q", code, out)
	}
	code, out, _ = runArgs(t, "archive", "rm", "--archive", db, "1")
	if code != 0 || out != "removed #1\n" {
		t.Errorf("rm: %d %q", code, out)
	}
	code, _, errOut := runArgs(t, "archive", "rm", "--archive", db, "1")
	if code != 2 || errOut != "claimdiff: archive rm 1: no article with this id in "+db+" (see claimdiff archive list)\n" {
		t.Errorf("rm again: %d %q", code, errOut)
	}
	if _, out, _ = runArgs(t, "archive", "list", "--archive", db); lines(out) != 2 {
		t.Errorf("list after rm: %q", out)
	}
}

// TestArchiveBadInput: what cannot be an archive ends in one line on
// stderr and status 2, and leaves files as they were.
func TestArchiveBadInput(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("Not a database.\n"), 0o644)
	newer := filepath.Join(dir, "newer.db")
	if code, _, e := runArgs(t, "archive", "add", "--archive", newer, storyRefs+"/28_2ecb.txt"); code != 0 {
		t.Fatal(e)
	}
	sdb, _ := sql.Open("sqlite", newer)
	if _, err := sdb.Exec(`INSERT INTO claimdiff_migrations(version, name) VALUES (99, 'future')`); err != nil {
		t.Fatal(err)
	}
	sdb.Close()
	newArt := storyNews + "/28_1ecb.txt"
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"archive", "list", "--archive", text}, text + ": not a claimdiff archive"},
		{[]string{"archive", "add", "--archive", text, newArt}, text + ": not a claimdiff archive"},
		{[]string{"check", newArt, "--archive", text}, text + ": not a claimdiff archive"},
		{[]string{"check", newArt, "--archive", filepath.Join(dir, "none.db")}, "none.db: no such archive"},
		{[]string{"archive", "stats", "--archive", newer}, newer + ": archive schema is newer than this claimdiff knows (upgrade claimdiff): schema version 99"},
		{[]string{"check", newArt, "--archive", newer}, "schema is newer"},
		{[]string{"archive", "list", "--archive", "postgres://ci:secret@127.0.0.1:1/news?sslmode=disable"}, "postgres://ci@127.0.0.1:1/news: cannot connect"},
		{[]string{"check", newArt, "--archive", newer, "--against", storyRefs}, "not both"},
		{[]string{"check", newArt, "--archive", newer, "--max-refs", "0"}, "--max-refs 0: unknown count"},
		{[]string{"archive", "rm", "--archive", newer, "x"}, "archive rm x: not an article id"},
		{[]string{"archive", "frob"}, `unknown archive command "frob"`},
		{[]string{"archive", "list", "extra"}, "archive list takes no arguments"},
	} {
		code, out, errOut := runArgs(t, tc.args...)
		first, _, _ := strings.Cut(errOut, "\n")
		if code != 2 || out != "" || !strings.Contains(first, tc.want) || strings.Contains(errOut, "secret") || strings.Contains(errOut, "panic") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, errOut, tc.want)
		}
		if n := strings.Count(errOut, "\n"); n > 2 || (n == 2 && !strings.Contains(errOut, "\ntry: ")) {
			t.Errorf("%v: more than one line: %q", tc.args, errOut)
		}
	}
	if b, _ := os.ReadFile(text); string(b) != "Not a database.\n" {
		t.Errorf("the text file changed: %q", b)
	}
}

// TestArchiveAddBadInputLeavesNothing: an add whose inputs fail to load
// ends in one line on stderr and status 2 and makes no archive, nor the
// directory it would be in; an existing archive is left as it was.
func TestArchiveAddBadInputLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "sub", "a.db")
	missing := filepath.Join(dir, "missing.txt")
	code, out, errOut := runArgs(t, "archive", "add", "--archive", db, storyRefs+"/28_2ecb.txt", missing)
	if code != 2 || out != "" || !strings.Contains(errOut, "missing.txt") || strings.Count(errOut, "\n") > 2 {
		t.Errorf("exit %d, stdout %q, stderr %q; want 2 and one line naming missing.txt", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "sub")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a failed add left %s behind: %v", filepath.Join(dir, "sub"), err)
	}
	// An archive that exists keeps its articles.
	if code, _, e := runArgs(t, "archive", "add", "--archive", db, storyRefs+"/28_2ecb.txt"); code != 0 {
		t.Fatal(e)
	}
	if code, _, _ := runArgs(t, "archive", "add", "--archive", db, storyRefs+"/28_3ecb.txt", missing); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if _, out, _ := runArgs(t, "archive", "list", "--archive", db); lines(out) != 2 {
		t.Errorf("list after a failed add: %q", out)
	}
}

// TestConcurrentArchiveAddAndCheck: an add and checks at once on one
// SQLite file both succeed (WAL lets the reader go on, the busy timeout
// makes a writer wait).
func TestConcurrentArchiveAddAndCheck(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	if code, _, e := runArgs(t, "archive", "add", "--archive", db, storyRefs+"/28_2ecb.txt"); code != 0 {
		t.Fatal(e)
	}
	var wg sync.WaitGroup
	results := make([]string, 3)
	wg.Go(func() {
		code, out, e := runArgs(t, "archive", "add", "--archive", db, storyRefs)
		if code != 0 {
			results[0] = "add: " + e + out
		}
	})
	for i := 1; i < 3; i++ {
		wg.Go(func() {
			code, _, e := runArgs(t, "check", storyNews+"/28_1ecb.txt", "--archive", db, "--fail-on", "none")
			if code != 0 || !strings.Contains(e, "related 28_2ecb") {
				results[i] = "check: " + e
			}
		})
	}
	wg.Wait()
	for _, r := range results {
		if r != "" {
			t.Error(r)
		}
	}
	if _, out, _ := runArgs(t, "archive", "list", "--archive", db); lines(out) != 11 {
		t.Errorf("after the concurrent add: %q", out)
	}
}

// TestArchiveAddBatches: archive add reads, extracts and stores a
// directory a batch at a time, so it takes more articles than one
// compare run may (ingest.MaxSources): here 25 files in batches of 10 are
// read as 10, 10 and 5, and all 25 are archived, in one output listing.
func TestArchiveAddBatches(t *testing.T) {
	dir := t.TempDir()
	for i := range 25 {
		text := fmt.Sprintf("Harbour dispatch number %d.\n\nThe port authority said on Monday that %d ships were delayed by the storm. "+
			"Officials expected the harbour to reopen within %d hours, a spokesman told reporters.\n", i, 10+i, 2+i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("d%02d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	defer func(n int) { addBatch, onAddBatch = n, nil }(addBatch)
	addBatch = 10
	var sizes []int
	onAddBatch = func(n int) { sizes = append(sizes, n) }
	db := filepath.Join(t.TempDir(), "a.db")
	code, out, errOut := runArgs(t, "archive", "add", "--archive", db, dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if fmt.Sprint(sizes) != "[10 10 5]" {
		t.Errorf("batches read: %v, want [10 10 5]", sizes)
	}
	if !strings.Contains(out, "25 added, 0 archived already") || strings.Count(out, "added #") != 25 {
		t.Errorf("output:\n%s", out)
	}
	if _, list, _ := runArgs(t, "archive", "list", "--archive", db); lines(list) != 26 {
		t.Errorf("list: %q", list)
	}
	// Again: every batch is found archived already.
	sizes = nil
	if _, out, _ := runArgs(t, "archive", "add", "--archive", db, dir); !strings.Contains(out, "0 added, 25 archived already") || fmt.Sprint(sizes) != "[10 10 5]" {
		t.Errorf("adding again: batches %v, output:\n%s", sizes, out)
	}
}
