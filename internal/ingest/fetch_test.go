package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
)

// storyPage is a small article page written for these tests.
const storyPage = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:site_name" content="Test Herald">
<meta property="article:published_time" content="2026-02-10T08:00:00Z">
<title>Bridge reopens | Test Herald</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge reopens</h1>
<p>The river bridge reopened on Monday after eight months of repairs, the city said.</p>
<p>“Traffic is already back to normal,” said transport director Maria Lopez.</p>
</article></body></html>`

// testServer serves the pages the fetch tests need. Every handler ends on
// its own: the slow one when the client gives up or after 5 s.
func testServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/news/bridge-reopens.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, storyPage)
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		w.Write([]byte("The caf\xe9 reopened on Monday, the owner said.\n"))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/bridge-reopens.html", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>The first words arrive")
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/hop/"))
		http.Redirect(w, r, "/hop/"+strconv.Itoa(n+1), http.StatusFound)
	})
	big := func(declare bool) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			const total = 50 << 20
			if declare {
				w.Header().Set("Content-Length", strconv.Itoa(total))
			}
			chunk := []byte(strings.Repeat("<p>word</p>", 1<<10))
			for sent := 0; sent < total; sent += len(chunk) {
				if _, err := w.Write(chunk); err != nil {
					return // the client stopped reading, as it should
				}
			}
		}
	}
	mux.HandleFunc("/big", big(true))
	mux.HandleFunc("/big-chunked", big(false))
	mux.HandleFunc("/photo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/unlabelled.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no header at all: sniffed
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	mux.HandleFunc("/links", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><body><ul><li><a href="/a">World</a></li><li><a href="/b">Sport results</a></li></ul></body></html>`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestFetch(t *testing.T) {
	srv := testServer(t)
	opt := Options{Timeout: 300 * time.Millisecond, MaxBytes: 1 << 20}
	load := func(path string) (string, error) {
		arts, err := LoadWith(context.Background(), []string{srv.URL + path}, nil, opt)
		if err != nil {
			return "", err
		}
		a := arts[0]
		return fmt.Sprintf("%s|%s|%s|%s|%v|%q", a.ID, a.Title, a.Outlet, a.Published, a.Extracted, a.Text), nil
	}

	t.Run("ok page", func(t *testing.T) {
		got, err := load("/news/bridge-reopens.html")
		if err != nil {
			t.Fatal(err)
		}
		want := `bridge-reopens|Bridge reopens|Test Herald|2026-02-10|true|"Bridge reopens\n\nThe river bridge reopened on Monday after eight months of repairs, the city said.\n\n“Traffic is already back to normal,” said transport director Maria Lopez.\n"`
		if got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	})
	t.Run("redirect followed", func(t *testing.T) {
		got, err := load("/moved")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(got, "moved|") {
			t.Errorf("id from the URL named, not the one redirected to: %s", got)
		}
	})
	t.Run("plain text in latin-1", func(t *testing.T) {
		got, err := load("/plain")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(got, "The café reopened") {
			t.Errorf("not decoded: %s", got)
		}
	})

	errs := []struct {
		path string
		is   error
		msg  string // after "<url>: "
	}{
		{"/slow", nil, "timed out after 300ms (the server did not answer in time)"},
		{"/slow-body", nil, "timed out after 300ms (the server did not answer in time)"},
		{"/loop", ErrLoop, "redirect loop (" + srv.URL + "/loop redirects back to itself)"},
		{"/hop/0", ErrRedirects, "too many redirects (more than 10)"},
		{"/big", ErrResponseBig, "response too large: 50 MiB (expected at most 1 MiB)"},
		{"/big-chunked", ErrResponseBig, "response too large: more than 1 MiB"},
		{"/photo.png", ErrContentType, "unsupported content type image/png (expected an HTML page or plain text)"},
		{"/unlabelled.png", ErrContentType, "unsupported content type image/png (expected an HTML page or plain text)"},
		{"/missing", ErrStatus, "server answered with an error: 404 Not Found (expected 200 OK)"},
		{"/links", ErrNoArticle, "no article text found (is it a page of links?)"},
	}
	for _, tt := range errs {
		t.Run(tt.path, func(t *testing.T) {
			start := time.Now()
			_, err := load(tt.path)
			if err == nil {
				t.Fatal("no error")
			}
			var ie *Error
			if !errors.As(err, &ie) || ie.Input != srv.URL+tt.path {
				t.Fatalf("error %v does not name the URL", err)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
			if want := srv.URL + tt.path + ": " + tt.msg; err.Error() != want {
				t.Errorf("message\n%s\nwant\n%s", err, want)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("took %s: the limit did not stop it early", d)
			}
		})
	}
}

func TestFetchHonoursContext(t *testing.T) {
	srv := testServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err := LoadWith(ctx, []string{srv.URL + "/slow"}, nil, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func TestURLID(t *testing.T) {
	tests := []struct{ url, id, parent string }{
		{"https://www.example.com/", "example.com", ""},
		{"https://example.com/world/story-123.html", "story-123", "world"},
		{"https://example.com/story", "story", "example.com"},
		{"https://example.com/a/b/?x=1", "b", "a"},
		{"https://example.com/news/caf%C3%A9%20opens", "café-opens", "news"},
		{"https://example.com/news/%23%23", "page", "news"},
	}
	for _, tt := range tests {
		id, parent := urlID(tt.url)
		if id != tt.id || parent != tt.parent {
			t.Errorf("urlID(%q) = %q, %q; want %q, %q", tt.url, id, parent, tt.id, tt.parent)
		}
	}
}
