package archive

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// childEnv tells the test binary to be the importing child of
// TestKilledImportReopensConsistent.
const childEnv = "CLAIMDIFF_ARCHIVE_IMPORT_CHILD"

// TestImportChild is not a test on its own: run by
// TestKilledImportReopensConsistent with childEnv set, it adds articles
// to the archive there without end, printing each committed count, until
// it is killed.
func TestImportChild(t *testing.T) {
	target := os.Getenv(childEnv)
	if target == "" {
		t.Skip("the importing child of TestKilledImportReopensConsistent")
	}
	ctx := context.Background()
	s, err := Open(ctx, target, true)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(3)
	}
	base := entry(t, "flood-a")
	for i := 0; ; i++ {
		e := *base
		a := *base.Article
		// A long varied tail: each add writes many pages and index terms,
		// so the kill lands inside a transaction more often than not.
		var b strings.Builder
		b.WriteString(a.Text)
		for j := range 200 {
			fmt.Fprintf(&b, "Report %d line %d mentions word%d and place%d.\n", i, j, i*1000+j, j)
		}
		a.Text = b.String()
		e.Article, e.Hash = &a, ""
		if _, _, err := s.Add(ctx, &e); err != nil {
			fmt.Println("error:", err)
			os.Exit(3)
		}
		fmt.Println("added", i+1)
	}
}

// TestKilledImportReopensConsistent kills an importing process with
// SIGKILL mid-import, reopens the archive and checks that it holds whole
// articles only, at least all whose commit was reported, with an index
// that agrees with them.
func TestKilledImportReopensConsistent(t *testing.T) {
	if os.Getenv(childEnv) != "" {
		t.Skip("in the child")
	}
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			target := b.target(t)
			for round := range 3 {
				committed := runAndKill(t, target, 5+round*7)
				checkConsistent(t, target, committed)
			}
		})
	}
}

// runAndKill starts the child and kills it once it has reported at least
// n commits; it returns the last count the child reported.
func runAndKill(t *testing.T, target string, n int) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestImportChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"="+target)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	last := 0
	killed := false
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "error:") {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("child: %s", line)
		}
		if c, ok := strings.CutPrefix(line, "added "); ok {
			last, _ = strconv.Atoi(c)
		}
		if last >= n && !killed {
			// Let it get into the next add, then kill without warning.
			time.Sleep(3 * time.Millisecond)
			cmd.Process.Signal(syscall.SIGKILL)
			killed = true
		}
	}
	err = cmd.Wait()
	if !killed {
		t.Fatalf("child ended before being killed: %v", err)
	}
	return last
}

// checkConsistent reopens the archive and checks every article and the
// full-text index.
func checkConsistent(t *testing.T, target string, committed int) {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, target, false)
	if err != nil {
		t.Fatalf("reopening after the kill: %v", err)
	}
	defer s.Close()
	list, err := s.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) < committed {
		t.Fatalf("%d articles after the kill, but the child reported %d commits", len(list), committed)
	}
	ids := make([]int64, len(list))
	for i, m := range list {
		ids[i] = m.ID
	}
	es, err := s.Get(ctx, ids)
	if err != nil || len(es) != len(list) {
		t.Fatalf("Get all: %d of %d, %v", len(es), len(list), err)
	}
	base := entry(t, "flood-a")
	for _, e := range es {
		if e.Hash != Hash(e.Article.Text) || len(e.Claims) != len(base.Claims) || !strings.HasPrefix(e.Article.Text, base.Article.Text) {
			t.Errorf("article %d is not whole", e.ID)
		}
	}
	switch st := s.(type) {
	case *sqliteStore:
		var res string
		if err := st.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
			t.Errorf("integrity_check: %s %v", res, err)
		}
		// FTS5 compares its index with the articles' text.
		if _, err := st.db.ExecContext(ctx, `INSERT INTO claimdiff_fts(claimdiff_fts) VALUES ('integrity-check')`); err != nil {
			t.Errorf("full-text index: %v", err)
		}
	case *pgStore:
		var same bool
		err := st.conn.QueryRow(ctx, `SELECT
			(SELECT COALESCE(SUM(docs), 0) FROM claimdiff_terms) =
			(SELECT COUNT(*) FROM claimdiff_articles, unnest(tsv))`).Scan(&same)
		if err != nil || !same {
			t.Errorf("word counts disagree with the articles: %v", err)
		}
	}
	// Every article, the last included, is found by a word only it has.
	last := es[len(es)-1]
	fields := strings.Fields(last.Article.Text)
	word := strings.Trim(fields[len(fields)-3], ".")
	hits, err := s.Search(ctx, Query{Terms: []string{word}, Limit: 2})
	if err != nil || len(hits) != 1 || hits[0].ID != last.ID {
		t.Errorf("search for %q: %v, %v (want article %d)", word, hits, err, last.ID)
	}
}
