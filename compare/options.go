package compare

// DefaultThreshold is the alignment threshold used when Options.Threshold
// is 0.
const DefaultThreshold = threshold

// threshold returns the alignment threshold to use.
func (o Options) threshold() float64 {
	if o.Threshold > 0 {
		return o.Threshold
	}
	return threshold
}
