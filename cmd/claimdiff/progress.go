package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"golang.org/x/term"
)

// minProgress is the number of sources from which a run is long enough to
// deserve a progress bar; below it the bar would only flash.
const minProgress = 8

// progress is a one-line bar on stderr for long runs:
//
//	claimdiff: extracting claims [#########...........] 9/20
//
// redrawn in place with "\r" and erased when the work is done, so nothing
// of it stays on the screen or mixes with the report. It is drawn only when
// stderr is a terminal: never into a pipe, a file or a CI log. A nil
// *progress draws nothing, so callers need not check.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	label string
	done  int
	total int
	shown bool
}

// newProgress returns a bar for total steps, or nil when there should be
// none: few sources, stderr not a terminal, TERM=dumb, or CI set (some CI
// runners give jobs a pseudo-terminal whose output still ends in a log).
func newProgress(stderr io.Writer, total int) *progress {
	f, ok := stderr.(interface{ Fd() uintptr }) // an *os.File, or the gate around one
	if !ok || total < minProgress || !term.IsTerminal(int(f.Fd())) ||
		os.Getenv("CI") != "" || os.Getenv("TERM") == "dumb" {
		return nil
	}
	return &progress{w: stderr, total: total, label: "extracting claims"}
}

// step counts one unit of work done; it may be called concurrently.
func (p *progress) step() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done = min(p.done+1, p.total)
	p.draw()
}

// stage switches to work that is not counted, such as comparing.
func (p *progress) stage(label string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.label, p.total = label, 0
	p.draw()
}

// finish erases the bar. It is safe to call more than once.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		io.WriteString(p.w, "\r\x1b[K")
		p.shown = false
	}
}

func (p *progress) draw() {
	const width = 20
	line := "claimdiff: " + p.label + "…"
	if p.total > 0 {
		fill := width * p.done / p.total
		line = fmt.Sprintf("claimdiff: %s [%s%s] %d/%d", p.label,
			strings.Repeat("#", fill), strings.Repeat(".", width-fill), p.done, p.total)
	}
	// "\x1b[K" erases what a longer previous line left to the right.
	io.WriteString(p.w, "\r"+line+"\x1b[K")
	p.shown = true
}
