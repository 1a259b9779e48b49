package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := runInterruptible(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, graceAfterSignal)
	stop()
	os.Exit(code)
}
