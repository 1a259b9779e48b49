// Package ingest turns the SOURCE arguments of the command line into
// articles: files, directories of files, standard input and (later) URLs.
//
// It reads bytes and names them; it never rewrites them, so every span the
// claims package computes points into the input exactly as it was on disk.
// Each source gets an id (the file's base name without extension); inputs
// that would share an id are renamed deterministically, never merged.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
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
	ErrNoArticles = errors.New("no article files (.txt, .md) in directory")
	ErrURL        = errors.New("fetching URLs is not supported yet")
	ErrScheme     = errors.New("unsupported URL scheme (expected http:// or https://)")
	ErrHTML       = errors.New("HTML input is not supported yet (expected .txt or .md)")
	ErrFileType   = errors.New("unsupported file type (expected .txt or .md)")
	ErrStdinTwice = errors.New("named more than once (standard input can be read only once)")
	ErrPermission = errors.New("permission denied (expected a readable file)")
)

// StdinID is the source id of standard input.
const StdinID = "stdin"

// articleExts are the extensions of files read as article text. A file with
// no extension is read too: saved pages and pasted text often have none.
var articleExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true}

var htmlExts = map[string]bool{".html": true, ".htm": true, ".xhtml": true}

// input is one article to read: a file, or standard input.
type input struct {
	path   string // as the user named it, or joined with the directory named
	id     string
	parent string // name of the directory holding it, for disambiguation; "" for stdin
	stdin  bool
}

// Load reads the sources in order and returns their articles sorted by id,
// so that a report does not depend on the order of the arguments. It stops
// at the first source that cannot be loaded and returns an *Error naming it.
func Load(ctx context.Context, sources []string, stdin io.Reader) ([]*claims.Article, error) {
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
	}
	assignIDs(ins)
	arts := make([]*claims.Article, 0, len(ins))
	for _, in := range ins {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, err := read(in, stdin)
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	// Ids are unique after assignIDs, so this order is total.
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	return arts, nil
}

// expand turns one SOURCE argument into the inputs it names.
func expand(src string) ([]input, error) {
	if src == "-" {
		return []input{{path: "-", id: StdinID, stdin: true}}, nil
	}
	if scheme, _, ok := strings.Cut(src, "://"); ok && !strings.ContainsAny(scheme, `/\`) {
		switch strings.ToLower(scheme) {
		case "http", "https":
			return nil, &Error{Input: src, Err: ErrURL}
		}
		return nil, &Error{Input: src, Err: ErrScheme}
	}
	fi, err := os.Stat(src)
	if err != nil {
		return nil, &Error{Input: src, Err: statError(err)}
	}
	if fi.IsDir() {
		return expandDir(src)
	}
	if err := checkExt(src); err != nil {
		return nil, &Error{Input: src, Err: err}
	}
	return []input{fileInput(src)}, nil
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
		name := e.Name()
		if strings.HasPrefix(name, ".") || !articleExts[strings.ToLower(filepath.Ext(name))] {
			continue
		}
		path := filepath.Join(dir, name)
		// A symlink counts as what it points to; a subdirectory is skipped.
		if fi, err := os.Stat(path); err != nil || fi.IsDir() {
			continue
		}
		ins = append(ins, fileInput(path))
	}
	if len(ins) == 0 {
		return nil, &Error{Input: dir, Err: ErrNoArticles}
	}
	return ins, nil
}

func checkExt(path string) error {
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case ext == "" || articleExts[ext]:
		return nil
	case htmlExts[ext]:
		return ErrHTML
	}
	return ErrFileType
}

func fileInput(path string) input {
	base := filepath.Base(path)
	id := strings.TrimSuffix(base, filepath.Ext(base))
	if id == "" { // ".txt" names a file whose name is all extension
		id = base
	}
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
func assignIDs(ins []input) {
	count := map[string]int{}
	for _, in := range ins {
		count[in.id]++
	}
	for i := range ins {
		if count[ins[i].id] > 1 && ins[i].parent != "" {
			ins[i].id = ins[i].parent + "-" + ins[i].id
		}
	}
	taken := map[string]bool{}
	for _, in := range ins {
		taken[in.id] = true
	}
	seen := map[string]bool{}
	for i := range ins {
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
}

// read loads one input and checks it is article text.
func read(in input, stdin io.Reader) (*claims.Article, error) {
	name := in.path
	var data []byte
	var err error
	if in.stdin {
		name = StdinID
		if stdin == nil {
			stdin = strings.NewReader("")
		}
		data, err = readLimited(stdin)
	} else {
		data, err = readFile(in.path)
	}
	if err != nil {
		return nil, &Error{Input: name, Err: err}
	}
	a, err := claims.NewArticle(in.id, in.path, data)
	if err != nil {
		return nil, &Error{Input: name, Err: err}
	}
	return a, nil
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
