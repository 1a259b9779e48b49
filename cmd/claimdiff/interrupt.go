package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// graceAfterSignal is how long an interrupted run may take to reach a
// point where it notices (extraction checks between articles, the writer
// before writing) before it is abandoned.
const graceAfterSignal = 500 * time.Millisecond

// runInterruptible is run, stopped promptly by ctx: Ctrl-C or SIGTERM in
// the middle of a long stage (one huge article, comparing a thousand)
// must not wait for the stage to end. It gives run a short grace to stop
// on its own, then reports "interrupted" and returns 2 without waiting.
// From then on nothing the abandoned run writes reaches stdout or stderr,
// and the temporary file of an -o being written is removed: an existing
// report stays as it was, since it is only ever replaced by a rename.
func runInterruptible(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, grace time.Duration) int {
	out, errw := &gate{w: stdout}, &gate{w: stderr}
	done := make(chan int, 1)
	go func() { done <- run(ctx, args, stdin, out, errw) }()
	select {
	case code := <-done:
		return code
	case <-ctx.Done():
	}
	select {
	case code := <-done:
		return code
	case <-time.After(grace):
	}
	out.close()
	errw.close()
	removeTemps()
	fmt.Fprintln(stderr, "claimdiff: interrupted")
	return exitError
}

// gate passes writes through until closed, then drops them.
type gate struct {
	mu     sync.Mutex
	w      io.Writer
	closed bool
}

func (g *gate) Write(p []byte) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return 0, os.ErrClosed
	}
	return g.w.Write(p)
}

func (g *gate) close() {
	g.mu.Lock()
	g.closed = true
	g.mu.Unlock()
}

// Fd lets the terminal checks (colour, width, progress bar) see the file
// behind the gate.
func (g *gate) Fd() uintptr {
	if f, ok := g.w.(interface{ Fd() uintptr }); ok {
		return f.Fd()
	}
	return ^uintptr(0)
}

// temps are the temporary files of writes in progress (writeFileAtomic),
// for removeTemps.
var temps sync.Map

func removeTemps() {
	temps.Range(func(k, _ any) bool {
		os.Remove(k.(string))
		temps.Delete(k)
		return true
	})
}
