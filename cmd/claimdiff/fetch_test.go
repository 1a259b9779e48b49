package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// testdataDir holds the hand-made news page of the ingest tests.
var testdataDir, _ = filepath.Abs("../../internal/ingest/testdata")

// TestRunURLs runs the command on URLs of a local server that answers as
// real servers sometimes do. Each failure is exit 2, one line on stderr
// naming the URL and what was expected, and nothing on stdout. The timeout
// comes from the caller's context, as a CI job's deadline would.
func TestRunURLs(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/news/bridge.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><meta property="og:site_name" content="Test Herald"></head><body><article>`+
			`<p>The river bridge reopened on Monday after eight months of repairs, the city said.</p>`+
			`<p>“Traffic is already back to normal,” said transport director Maria Lopez.</p></article></body></html>`)
	})
	misbehave(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	u := srv.URL

	t.Run("ok", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"claims", "--format", "json", u + "/news/bridge.html"}, nil, &stdout, &stderr)
		if code != 0 || stderr.Len() != 0 {
			t.Fatalf("exit %d, stderr %q", code, stderr.String())
		}
		for _, want := range []string{`"id": "bridge"`, `"outlet": "Test Herald"`, `"text": "The river bridge reopened`} {
			if !strings.Contains(stdout.String(), want) {
				t.Errorf("report lacks %s", want)
			}
		}
	})

	tests := []struct {
		path    string
		timeout time.Duration
		stderr  string // a regexp for the whole of stderr, after "claimdiff: <url>: "
	}{
		{"/slow", 300 * time.Millisecond, `timed out \(the server did not answer in time\)`},
		{"/loop", 0, `redirect loop \(` + regexp.QuoteMeta(u) + `/loop redirects back to itself\)`},
		{"/hop/0", 0, `too many redirects \(more than 10\)`},
		{"/big", 0, `response too large: 50 MiB \(expected at most 10 MiB\)`},
		{"/photo.jpg", 0, `unsupported content type image/jpeg \(expected an HTML page or plain text\)`},
		{"/gone", 0, `server answered with an error: 404 Not Found \(expected 200 OK\)`},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			ctx := context.Background()
			if tt.timeout > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.timeout)
				defer cancel()
			}
			start := time.Now()
			var stdout, stderr bytes.Buffer
			code := run(ctx, []string{"claims", u + tt.path}, nil, &stdout, &stderr)
			if code != 2 || stdout.Len() != 0 {
				t.Errorf("exit %d, stdout %q; want 2 and nothing", code, stdout.String())
			}
			re := regexp.MustCompile(`^claimdiff: ` + regexp.QuoteMeta(u+tt.path) + `: ` + tt.stderr + "\n$")
			if !re.MatchString(stderr.String()) {
				t.Errorf("stderr %q\nwant  %s", stderr.String(), re)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("took %s", d)
			}
		})
	}
}

// TestExtractedSpans: for a page, the report's spans index the text it
// carries in sources[].text; for Markdown with front matter, they index
// the file itself.
func TestExtractedSpans(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	page, err := os.ReadFile(filepath.Join(testdataDir, "harbour.html"))
	if err != nil {
		t.Fatal(err)
	}
	md := "---\ntitle: Budget passes\noutlet: Town Gazette\n---\nThe council approved the budget on Monday, the mayor said.\n"
	os.WriteFile("harbour.html", page, 0o644)
	os.WriteFile("budget.md", []byte(md), 0o644)
	os.WriteFile("feed.jsonl", []byte(`{"id":"w1","text":"Officials said “the budget is balanced” on Monday."}`+"\n"), 0o644)
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"claims", "--format", "json", "harbour.html", "budget.md", "feed.jsonl"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var rep struct {
		Sources []struct {
			ID   string
			Path string
			Text *string
		}
		Claims []struct {
			Source   string
			Sentence string
			Span     [2]int
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, s := range rep.Sources {
		switch {
		case s.Text != nil:
			texts[s.ID] = *s.Text
		case s.Path == "budget.md":
			texts[s.ID] = md
		default:
			t.Errorf("source %s has no text", s.ID)
		}
	}
	if len(texts) != 3 || len(rep.Claims) < 12 {
		t.Fatalf("%d sources, %d claims", len(texts), len(rep.Claims))
	}
	for _, c := range rep.Claims {
		text := texts[c.Source]
		if c.Span[0] < 0 || c.Span[1] > len(text) || text[c.Span[0]:c.Span[1]] != c.Sentence {
			t.Errorf("%s: span %v does not hold %q", c.Source, c.Span, c.Sentence)
		}
	}
}

// TestDeterministicMixedInputs: a page, a glob and a JSON Lines feed in
// any order give the same report bytes. (Ids that collide are numbered in
// argument order, by design, so these do not collide.)
func TestDeterministicMixedInputs(t *testing.T) {
	feed := filepath.Join(t.TempDir(), "feed.jsonl")
	os.WriteFile(feed, []byte(`{"id":"wire","text":"Eastport's council approved a flood barrier on Tuesday, officials said."}`+"\n"), 0o644)
	srcs := []string{
		filepath.Join(testdataDir, "harbour.html"),
		"../../samples/trump-maduro-call/*.txt",
		feed,
	}
	var first []byte
	for i, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}} {
		args := []string{"compare", "--format", "json"}
		for _, j := range order {
			args = append(args, srcs[j])
		}
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), args, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		if i == 0 {
			first = stdout.Bytes()
		} else if !bytes.Equal(stdout.Bytes(), first) {
			t.Fatalf("order %v gives another report", order)
		}
	}
}
