package claims

// Closed word classes: the small, fixed sets of function words English does
// not add to. The open lexicons are data files (see lexicon.go).

// negators flip a claim's polarity. Verbs that negate ("refused", "denied")
// are marked in lexicon/verbs.toml.
var negators = []string{
	"not", "n't", "n’t", "never", "no", "none", "nobody", "nothing", "neither", "nor",
	"cannot", "without", "nowhere",
}
