package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// checkOutput refuses an -o FILE that cannot be written as a file, before
// any work is done, and one that is also a source: replacing an article
// with its own report would lose the article.
func checkOutput(path string, arts []*claims.Article) error {
	if path == "" || path == "-" {
		return nil
	}
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if _, err := os.Stat(filepath.Dir(path)); err != nil {
			return fmt.Errorf("-o %s: cannot write: no such directory %s", path, filepath.Dir(path))
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("-o %s: cannot write: %w", path, pathErr(err))
	}
	if fi.IsDir() {
		return fmt.Errorf("-o %s: is a directory (expected a file name)", path)
	}
	for _, a := range arts {
		if a.Path == "-" {
			continue
		}
		// A page's text is extracted, but the page is still a file the
		// report must not replace; a JSON Lines record's path is
		// "FILE:LINE"; a URL is no file, and Stat says so.
		p := a.Path
		if i := strings.LastIndexByte(p, ':'); i > 0 && a.Extracted {
			if _, err := strconv.Atoi(p[i+1:]); err == nil {
				p = p[:i]
			}
		}
		if ai, err := os.Stat(p); err == nil && os.SameFile(fi, ai) {
			return fmt.Errorf("-o %s: is one of the sources (expected a new file name)", path)
		}
	}
	return nil
}

// writeFileAtomic writes data to a temporary file next to path and renames
// it over path, so path holds either its old contents or the whole report,
// never a part. A symbolic link is followed and its target replaced, the
// link kept; a FIFO, device or other non-regular file (/dev/stdout, a
// named pipe) cannot be replaced, and is written through instead.
func writeFileAtomic(path string, data []byte) (err error) {
	name := path // as the user gave it, for messages
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			// A dangling link: writing through it creates its target.
			return writeThrough(name, path, data)
		}
		path = target
	}
	perm := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() {
			return writeThrough(name, path, data)
		}
		perm = fi.Mode().Perm() // replacing a report keeps its permissions
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("-o %s: cannot write: %w", name, pathErr(err))
	}
	tmp := f.Name()
	temps.Store(tmp, true) // removed if the run is interrupted
	defer func() {
		temps.Delete(tmp)
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("-o %s: cannot write: %w", name, pathErr(err))
	}
	if err := f.Chmod(perm); err != nil {
		return fmt.Errorf("-o %s: cannot write: %w", name, pathErr(err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("-o %s: cannot write: %w", name, pathErr(err))
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("-o %s: cannot write: %w", name, pathErr(err))
	}
	return nil
}

// writeThrough writes data into an existing file that cannot be replaced
// by a rename (a device, a FIFO) or through a dangling symbolic link. The
// report is complete before this is called, so only a failing write can
// leave part of it.
func writeThrough(name, path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("-o %s: cannot write: %w", name, pathErr(err))
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("-o %s: cannot write: %w", name, pathErr(err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("-o %s: cannot write: %w", name, pathErr(err))
	}
	return nil
}

// pathErr drops the path from an *fs.PathError: the message names the file
// the user gave, not the temporary one.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
