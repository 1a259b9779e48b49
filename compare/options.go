package compare

// DefaultThreshold is the alignment threshold used when Options.Threshold
// is 0.
const DefaultThreshold = threshold

// threshold returns the alignment threshold to use. Candidate pairs are
// gathered at 0.8 × the built-in threshold, so a configured threshold below
// that aligns no more than the pre-filter lets through; raising it is
// always effective.
func (o Options) threshold() float64 {
	if o.Threshold > 0 {
		return o.Threshold
	}
	return threshold
}
