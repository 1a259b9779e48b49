// Package compare lines up the claims of several articles and classifies
// each group as an agreement, a discrepancy (typed by facet: quote, speaker,
// number, date, role, negation, hedge, content — opposite positions on one
// target) or a detail unique to one source.
//
// Each facet is compared in the file of its name (quote.go, speaker.go,
// number.go, date.go, role.go, negation.go, hedge.go, content.go);
// facets.go holds the ordered table of per-pair facet checks
// (facetChecks) and what the facets share.
//
// A discrepancy holds the claims that give its slot's values, with their
// copies; the rest of its group, where two articles give it and it
// agrees, is an agreement of its own (focus, split.go). Values of one
// slot that alignment did not put together (a figure, a date) are set
// against each other across every source by the slot pass (slots.go,
// with its rules in number.go and dateslot.go): a source that gives two
// rival values tells them apart, and a figure that takes one side of a
// two-valued slot stands with it.
//
// Between many articles a third source vouches for a group; between
// exactly two, nothing but the pair does, so a few rules act only in a
// run of two: the words each article uses all along are the story's
// topic and no evidence of one fact (topicStems, features.go); an
// agreement is cut to the claims tied to its closest pair (twocut.go);
// one tied only by a titled name is let go (twoevidence.go); and two
// figures whose acts meet on one word an article keeps using are no
// rivals (twoslot.go).
//
// The Result it returns is everything a report needs; compare reads no flags,
// files or clock, and its output is deterministic for the same input.
package compare
