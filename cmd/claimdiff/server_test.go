package main

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// serveWWW starts, for each script, a local HTTP server and sets $SERVER to
// its URL: files under the script's www/ directory are served as they are
// (content type from the extension, 404 for the rest), and a few paths
// misbehave the way real servers do. Nothing leaves the machine.
func serveWWW(env *testscript.Env) error {
	root := filepath.Join(env.WorkDir, "www")
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir(root)))
	misbehave(mux)
	srv := httptest.NewServer(mux)
	env.Setenv("SERVER", srv.URL)
	// The same server named with a password, which no output may show.
	env.Setenv("SERVER_AUTH", strings.Replace(srv.URL, "://", "://reader:s3cret@", 1))
	env.Defer(srv.Close)
	return nil
}

// misbehave adds the paths that answer as broken or hostile servers do: a
// redirect loop, endless redirects, 50 MB announced, a page that never
// comes, an image where a page was expected.
func misbehave(mux *http.ServeMux) {
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/hop/"))
		http.Redirect(w, r, "/hop/"+strconv.Itoa(n+1), http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		// 50 MB announced; the client must refuse it before reading.
		const total = 50 << 20
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(total))
		chunk := []byte(strings.Repeat("<p>word</p>", 1<<10))
		for sent := 0; sent < total; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/photo.jpg", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/jpeg")
		w.Write([]byte("\xff\xd8\xff\xe0"))
	})
}
