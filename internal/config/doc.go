// Package config reads claimdiff's configuration file, .claimdiff.toml: a
// newsroom's speaker aliases, extra attribution verbs, boilerplate line
// patterns and thresholds, so that a CI job and a person at a terminal run
// the same checks without repeating flags.
//
// The file is TOML. Every key is known: a misspelt one is an error naming
// its line, never silently ignored, because an ignored threshold is a CI
// check that quietly does something else. The package reads no flags and
// no environment; the command decides which file to load (Find walks up
// from the working directory) and lets flags override what the file says.
package config
