// Package ingest turns the SOURCE arguments of the command line into
// articles: text and Markdown files, HTML pages, JSON Lines of articles,
// directories and globs of these, standard input and http(s) URLs.
//
// Text and Markdown are read byte for byte, so every span the claims
// package computes points into the file exactly as it is on disk (front
// matter, a UTF-8 byte-order mark and Markdown markup are skipped, not
// cut); a UTF-16 file with a byte-order mark is decoded, and its article
// is marked Extracted like a page's. HTML pages, URLs and JSON records yield
// text built here; such articles are marked Extracted, and a report
// carries their text. Each source gets an id (the file's base name without
// extension, a URL's last path segment, a record's id); inputs that would
// share an id are renamed deterministically, never merged.
package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/termsafe"
)

// Error is a problem with one input: the input as the user named it (or the
// file inside a named directory) and what is wrong with it. Err is one of
// this package's Err* values, a claims.Err* value, or an I/O error.
type Error struct {
	Input string
	Err   error
}

func (e *Error) Error() string { return e.Input + ": " + e.Err.Error() }

func (e *Error) Unwrap() error { return e.Err }

// Errors for sources that cannot be loaded. The claims.Err* values cover
// input that was read but is not article text.
var (
	ErrNotFound   = errors.New("no such file (expected a file, directory, - or URL)")
	ErrNoArticles = errors.New("no article files (.txt, .md, .html, .jsonl) in directory")
	ErrNoMatch    = errors.New("no article files (.txt, .md, .html, .jsonl) match the pattern")
	ErrScheme     = errors.New("unsupported URL scheme (expected http:// or https://)")
	ErrFileType   = errors.New("unsupported file type (expected .txt, .md, .html or .jsonl)")
	ErrStdinTwice = errors.New("named more than once (standard input can be read only once)")
	ErrPermission = errors.New("permission denied (expected a readable file)")
	ErrNotRegular = errors.New("not a regular file (expected a file, directory, - or URL; pipe other input to -)")
)

// StdinID is the source id of standard input.
const StdinID = "stdin"

// articleExts are the extensions of files read as article text. A file with
// no extension is read too: saved pages and pasted text often have none.
var articleExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true}

var (
	markdownExts = map[string]bool{".md": true, ".markdown": true}
	htmlExts     = map[string]bool{".html": true, ".htm": true, ".xhtml": true}
	jsonlExts    = map[string]bool{".jsonl": true, ".ndjson": true}
)

// kind is how an input is read.
type kind int

const (
	kindText     kind = iota // bytes as they are
	kindMarkdown             // bytes as they are, front matter skipped
	kindHTML                 // a saved page: article text extracted
	kindURL                  // fetched, then read as HTML or text
	kindRecord               // one line of a JSON Lines file
)

// input is one article to read: a file, standard input, a URL or a record.
type input struct {
	path   string // as the user named it, or joined with the directory named; a URL without its password
	url    string // for kindURL: the URL to fetch, password and all
	id     string
	parent string // name of the directory holding it, for disambiguation; "" for stdin
	stdin  bool
	kind   kind
	fixed  bool    // the id was given (a record's "id"): never renamed
	rec    *record // for kindRecord
}

// Load reads the sources in order and returns their articles sorted by id,
// so that a report does not depend on the order of the arguments. It stops
// at the first source that cannot be loaded and returns an *Error naming it.
// URLs are fetched with the default Options.
func Load(ctx context.Context, sources []string, stdin io.Reader) ([]*claims.Article, error) {
	return LoadWith(ctx, sources, stdin, Options{})
}

// LoadSkipping is Load that passes over an article it cannot read (not
// English, binary, empty, a page that will not load) and returns the
// *Error of each one passed over, in the order of the sources, with the
// articles it read. What the arguments themselves get wrong (no such
// file, an empty directory, standard input twice) still ends the load
// with an error, as does an interruption.
func LoadSkipping(ctx context.Context, sources []string, stdin io.Reader) ([]*claims.Article, []*Error, error) {
	return load(ctx, sources, stdin, Options{}, true)
}

// LoadWith is Load with limits for fetching URLs.
func LoadWith(ctx context.Context, sources []string, stdin io.Reader, o Options) ([]*claims.Article, error) {
	arts, _, err := load(ctx, sources, stdin, o, false)
	return arts, err
}

func load(ctx context.Context, sources []string, stdin io.Reader, o Options, skip bool) ([]*claims.Article, []*Error, error) {
	o = o.withDefaults()
	ins, err := expandAll(sources, MaxSources)
	if err != nil {
		return nil, nil, err
	}
	arts := make([]*claims.Article, 0, len(ins))
	var skipped []*Error
	for _, in := range ins {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		a, err := read(ctx, in, stdin, o)
		var ie *Error
		if err != nil && skip && ctx.Err() == nil && errors.As(err, &ie) {
			skipped = append(skipped, ie)
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		arts = append(arts, a)
	}
	// Ids are unique after assignIDs, so this order is total.
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	return arts, skipped, nil
}

// Plan is the articles a list of sources names, expanded and given their
// ids but not read yet: a run over more articles than MaxSources (adding
// a directory to an archive) reads them a batch at a time, so memory holds
// one batch of texts however many the sources name.
type Plan struct {
	ins   []input // sorted by id, as Load sorts its articles
	stdin io.Reader
}

// Expand names the articles of sources as Load does (the same ids, each
// unique in the whole run) without reading them and without the
// MaxSources bound. A source that names nothing readable (no such file,
// an empty directory, standard input twice) is an *Error here, before
// anything is read.
func Expand(sources []string, stdin io.Reader) (*Plan, error) {
	ins, err := expandAll(sources, 0)
	if err != nil {
		return nil, err
	}
	sort.Slice(ins, func(i, j int) bool { return ins[i].id < ins[j].id })
	return &Plan{ins: ins, stdin: stdin}, nil
}

// Len is the number of articles the plan names.
func (p *Plan) Len() int { return len(p.ins) }

// Read reads the articles from index lo up to hi, in id order, with the
// default Options; it stops at the first that cannot be loaded.
func (p *Plan) Read(ctx context.Context, lo, hi int) ([]*claims.Article, error) {
	o := Options{}.withDefaults()
	arts := make([]*claims.Article, 0, hi-lo)
	for _, in := range p.ins[lo:hi] {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, err := read(ctx, in, p.stdin, o)
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	return arts, nil
}

// expandAll turns the sources into inputs with unique ids; more than
// limit of them (when limit > 0) is ErrTooMany, refused as soon as the
// count passes it.
func expandAll(sources []string, limit int) ([]input, error) {
	var ins []input
	stdinSeen := false
	for _, src := range sources {
		more, err := expand(src)
		if err != nil {
			return nil, err
		}
		for _, in := range more {
			if in.stdin {
				if stdinSeen {
					return nil, &Error{Input: src, Err: ErrStdinTwice}
				}
				stdinSeen = true
			}
		}
		ins = append(ins, more...)
		if limit > 0 && len(ins) > limit {
			return nil, &Error{Input: src, Err: fmt.Errorf("%w (%d; expected at most %d in one run, split them into smaller runs)", ErrTooMany, len(ins), limit)}
		}
	}
	if err := assignIDs(ins); err != nil {
		return nil, err
	}
	return ins, nil
}

// expand turns one SOURCE argument into the inputs it names.
func expand(src string) ([]input, error) {
	if src == "-" {
		return []input{{path: "-", id: StdinID, stdin: true}}, nil
	}
	if scheme, _, ok := strings.Cut(src, "://"); ok && !strings.ContainsAny(scheme, `/\`) {
		switch strings.ToLower(scheme) {
		case "http", "https":
			id, parent := urlID(src)
			return []input{{path: Redact(src), url: src, id: id, parent: parent, kind: kindURL}}, nil
		}
		return nil, &Error{Input: Redact(src), Err: ErrScheme}
	}
	fi, err := os.Stat(src)
	if err != nil && strings.ContainsAny(src, "*?[") {
		// A quoted pattern the shell did not expand, or one from a CI
		// config with no shell at all.
		return expandGlob(src)
	}
	if err != nil {
		return nil, &Error{Input: src, Err: statError(err)}
	}
	if fi.IsDir() {
		return expandDir(src)
	}
	if !fi.Mode().IsRegular() {
		// Opening a FIFO blocks until a writer comes, a device may never
		// end: piped input is read through "-".
		return nil, &Error{Input: src, Err: ErrNotRegular}
	}
	k, err := fileKind(src)
	if err != nil {
		return nil, &Error{Input: src, Err: err}
	}
	return fileInputs(src, k)
}

// expandGlob expands a pattern to its article files, in name order:
// filepath.Glob sorts within a directory, and the full sort makes the
// order across directories plain too.
func expandGlob(pattern string) ([]input, error) {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return nil, &Error{Input: pattern, Err: fmt.Errorf("invalid pattern (%v)", err)}
	}
	sort.Strings(matches)
	var ins []input
	for _, m := range matches {
		more, err := listed(m)
		if err != nil {
			return nil, err
		}
		ins = append(ins, more...)
	}
	if len(ins) == 0 {
		if len(matches) == 0 {
			return nil, &Error{Input: pattern, Err: errors.New("no files match the pattern (expected a file, directory, pattern, - or URL)")}
		}
		return nil, &Error{Input: pattern, Err: ErrNoMatch}
	}
	return ins, nil
}

// listed returns the inputs of a file found in a directory or by a
// pattern: hidden files, other file types and subdirectories are passed
// over, not refused.
func listed(path string) ([]input, error) {
	base := filepath.Base(path)
	if strings.HasPrefix(base, ".") {
		return nil, nil
	}
	ext := strings.ToLower(filepath.Ext(base))
	if !articleExts[ext] && !htmlExts[ext] && !jsonlExts[ext] {
		return nil, nil
	}
	// A symlink counts as what it points to; a subdirectory, FIFO, socket
	// or device is skipped (opening a FIFO would wait for a writer).
	if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
		return nil, nil
	}
	k, _ := fileKind(path)
	return fileInputs(path, k)
}

// fileInputs returns a file's inputs: itself, or the records of a JSON
// Lines file, which are read now so their ids are known before ids are
// assigned.
func fileInputs(path string, k kind) ([]input, error) {
	if k != kindRecord {
		in := fileInput(path)
		in.kind = k
		return []input{in}, nil
	}
	data, err := readFile(path)
	if err != nil {
		return nil, &Error{Input: path, Err: err}
	}
	if err := claims.Validate(data); err != nil {
		return nil, &Error{Input: path, Err: err}
	}
	return readJSONL(path, data)
}

// expandDir lists a directory's article files, sorted by name. It does not
// descend: a story is one folder of sources, and a tree of stories is not
// one comparison.
func expandDir(dir string) ([]input, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, &Error{Input: dir, Err: statError(err)}
	}
	var ins []input
	for _, e := range ents { // ReadDir sorts by file name
		more, err := listed(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		ins = append(ins, more...)
	}
	if len(ins) == 0 {
		return nil, &Error{Input: dir, Err: ErrNoArticles}
	}
	return ins, nil
}

func fileKind(path string) (kind, error) {
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case markdownExts[ext]:
		return kindMarkdown, nil
	case ext == "" || articleExts[ext]:
		return kindText, nil
	case htmlExts[ext]:
		return kindHTML, nil
	case jsonlExts[ext]:
		return kindRecord, nil
	}
	return 0, ErrFileType
}

// baseID is a file's base name without its extension, with any control
// characters in it escaped (termsafe): an id is printed everywhere, in
// every format.
func baseID(path string) string {
	base := filepath.Base(path)
	id := strings.TrimSuffix(base, filepath.Ext(base))
	if id == "" { // ".txt" names a file whose name is all extension
		id = base
	}
	return termsafe.String(id)
}

func fileInput(path string) input {
	id := baseID(path)
	parent := ""
	if abs, err := filepath.Abs(path); err == nil {
		parent = filepath.Base(filepath.Dir(abs))
		if parent == string(filepath.Separator) || parent == "." {
			parent = ""
		}
	}
	return input{path: path, id: id, parent: parent}
}

// assignIDs makes ids unique. Inputs sharing a base name are prefixed with
// their directory's name ("a/bbc.txt", "b/bbc.txt" → "a-bbc", "b-bbc"); any
// that still collide (the same file twice, or same-named directories) get
// "-2", "-3", … in argument order. The result depends only on the paths.
// An id a JSON record gives is kept as it is: two records of different
// files giving the same id are an error, and other inputs make way.
func assignIDs(ins []input) error {
	count := map[string]int{}
	fixed := map[string]string{} // id → where it is given
	for _, in := range ins {
		count[in.id]++
		if in.fixed { // only records have fixed ids
			if where, ok := fixed[in.id]; ok {
				return &Error{Input: in.rec.where, Err: fmt.Errorf("%w %q (also in %s)", ErrDuplicate, in.id, where)}
			}
			fixed[in.id] = in.rec.where
		}
	}
	for i := range ins {
		if count[ins[i].id] > 1 && ins[i].parent != "" && !ins[i].fixed {
			ins[i].id = ins[i].parent + "-" + ins[i].id
		}
	}
	taken := map[string]bool{}
	for _, in := range ins {
		taken[in.id] = true
	}
	seen := map[string]bool{}
	for id := range fixed {
		seen[id] = true
	}
	for i := range ins {
		if ins[i].fixed {
			continue
		}
		id := ins[i].id
		if seen[id] {
			for n := 2; ; n++ {
				c := fmt.Sprintf("%s-%d", id, n)
				if !taken[c] {
					id = c
					break
				}
			}
			taken[id] = true
		}
		seen[id] = true
		ins[i].id = id
	}
	return nil
}

// read loads one input and checks it is article text.
func read(ctx context.Context, in input, stdin io.Reader, o Options) (*claims.Article, error) {
	name := in.path
	var data []byte
	var err error
	switch {
	case in.kind == kindRecord:
		return readRecord(in)
	case in.kind == kindURL:
		return readURL(ctx, in, o)
	case in.stdin:
		name = StdinID
		if stdin == nil {
			stdin = strings.NewReader("")
		}
		data, err = readLimited(stdin)
	default:
		data, err = readFile(in.path)
	}
	if err != nil {
		return nil, &Error{Input: name, Err: err}
	}
	k := in.kind
	if in.stdin && looksLikeHTML(data) {
		k = kindHTML
	}
	decoded, bom := false, 0
	if k != kindHTML {
		if data, decoded, bom, err = decodeBOM(data); err != nil {
			return nil, &Error{Input: name, Err: err}
		}
	}
	var a *claims.Article
	switch k {
	case kindHTML:
		a, err = htmlArticle(in, data, "", nil)
	case kindMarkdown:
		var fm frontMatter
		if fm, err = parseFrontMatter(data, bom); err == nil {
			a, err = claims.NewArticleLayout(in.id, in.path, data, markdownLayout(data, max(bom, fm.end)))
		}
		if err == nil {
			setMeta(a, fm.title, fm.outlet, fm.published)
		}
	default:
		// A UTF-8 byte-order mark stays in the text, skipped.
		a, err = claims.NewArticleLayout(in.id, in.path, data, claims.Layout{Front: bom})
	}
	if err != nil {
		return nil, &Error{Input: name, Err: err}
	}
	if in.stdin || decoded {
		// Piped text is read byte for byte like a file, but no file holds
		// it afterwards, and a decoded UTF-16 file is not the text spans
		// index: the report carries it, or its spans point nowhere.
		a.Extracted = true
	}
	return a, nil
}

// setMeta fills what metadata says; it takes precedence over what the
// text seemed to say (a first short line taken for the headline).
func setMeta(a *claims.Article, title, outlet, published string) {
	if title != "" {
		a.Title = title
	}
	if outlet != "" {
		a.Outlet = outlet
	}
	if published != "" {
		a.Published = published
	}
}

// htmlArticle extracts a page's article. Errors of the text itself (empty,
// only headings) mean the page had no article.
func htmlArticle(in input, data []byte, contentType string, pageURL *url.URL) (*claims.Article, error) {
	if err := claims.Validate(data); errors.Is(err, claims.ErrEmpty) || errors.Is(err, claims.ErrBinary) || errors.Is(err, claims.ErrTooBig) {
		return nil, err
	}
	p, err := extractHTML(data, contentType, pageURL)
	if err != nil {
		return nil, err
	}
	a, err := claims.NewArticle(in.id, in.path, []byte(p.text))
	if errors.Is(err, claims.ErrEmpty) || errors.Is(err, claims.ErrNoText) {
		return nil, ErrNoArticle
	}
	if err != nil {
		return nil, err
	}
	a.Extracted = true
	setMeta(a, p.title, p.outlet, p.published)
	return a, nil
}

// readURL fetches a page and reads it as HTML or, for text/plain and
// text/markdown, as text (decoded to UTF-8 if it declares a charset).
func readURL(ctx context.Context, in input, o Options) (*claims.Article, error) {
	resp, err := fetch(ctx, in.url, o)
	if err != nil {
		return nil, &Error{Input: in.path, Err: err}
	}
	var a *claims.Article
	if isHTMLType(resp.mediaType) || (resp.contentType == "" && looksLikeHTML(resp.body)) {
		a, err = htmlArticle(in, resp.body, resp.contentType, resp.url)
	} else {
		var text []byte
		if text, err = decodeText(resp.body, resp.contentType); err == nil {
			a, err = claims.NewArticle(in.id, in.path, text)
		}
		if a != nil {
			a.Extracted = true // the response is nowhere on disk
		}
	}
	if err != nil {
		return nil, &Error{Input: in.path, Err: err}
	}
	return a, nil
}

// decodeText decodes a text response that declares a charset other than
// UTF-8; one that declares none must be UTF-8.
func decodeText(data []byte, contentType string) ([]byte, error) {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		return decodeHTML(data, contentType)
	}
	return data, nil
}

// readRecord makes an article of a JSON Lines record. Its text is the
// decoded JSON string, which is what spans index.
func readRecord(in input) (*claims.Article, error) {
	r := in.rec
	a, err := claims.NewArticle(in.id, in.path, []byte(r.Text))
	if err != nil {
		return nil, &Error{Input: r.where, Err: err}
	}
	a.Extracted = true
	setMeta(a, r.Title, r.Outlet, r.Published)
	return a, nil
}

// looksLikeHTML tells a page piped to standard input from text.
func looksLikeHTML(data []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 512)]))
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, statError(err)
	}
	defer f.Close()
	// A pipe or device has no size; readLimited still bounds it.
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > claims.MaxBytes {
		return nil, claims.ErrTooBig
	}
	return readLimited(f)
}

// readLimited reads at most one byte more than an article may have, so a
// huge or endless input is refused without being read whole.
func readLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, claims.MaxBytes+1))
	if err != nil {
		return nil, ioError(err)
	}
	if len(data) > claims.MaxBytes {
		return nil, claims.ErrTooBig
	}
	return data, nil
}

// statError words a file-system error without repeating the path, which
// the *Error around it already names.
func statError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ErrNotFound
	case errors.Is(err, fs.ErrPermission):
		return ErrPermission
	}
	return ioError(err)
}

func ioError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot read: %w", pe.Err)
	}
	return fmt.Errorf("cannot read: %w", err)
}

// Redact hides the password of a URL ("https://user:pass@host/…" →
// "https://user:xxxxx@host/…"), which is what the report and every
// message show of it: a report or a CI log must not carry a credential.
// Anything else is returned as given.
func Redact(raw string) string {
	scheme, rest, ok := strings.Cut(raw, "://")
	if !ok || strings.ContainsAny(scheme, `/\`) {
		return raw
	}
	if u, err := url.Parse(raw); err == nil {
		if u.User == nil {
			return raw
		}
		if _, ok := u.User.Password(); !ok {
			return raw
		}
		return u.Redacted()
	}
	// Unparsable, but a password may still be in it: cut by hand.
	auth, _, _ := strings.Cut(rest, "/")
	at := strings.LastIndexByte(auth, '@')
	if at < 0 {
		return raw
	}
	user, _, ok := strings.Cut(auth[:at], ":")
	if !ok {
		return raw
	}
	return scheme + "://" + user + ":xxxxx" + rest[at:]
}
