// Package synonym answers whether two word stems can mean the same thing,
// from a compact table derived from WordNet 3.0 and shipped in the binary.
//
// Alignment needs paraphrase: "killed" and "slain", "quake" and
// "earthquake", "arrest" and "apprehend". A stem's synsets are those of
// its most frequent senses only, so rare senses ("kill" as in "kill the
// engine") do not make unrelated words meet.
//
// The table is generated, not written: see gen.go (go generate with
// Debian's wordnet-base installed). WordNet's licence is in LICENSE-WordNet.
package synonym

//go:generate go run gen.go -dict /usr/share/wordnet -o table.go
