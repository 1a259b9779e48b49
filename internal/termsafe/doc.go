// Package termsafe makes names printable on a terminal, in a CI log or in
// a report: file names, source ids and URLs can hold control characters
// (a newline that starts a fake GitHub workflow command, ESC or OSC
// sequences that recolour or retitle a terminal), and every place that
// prints a name escapes them through this one function.
package termsafe
