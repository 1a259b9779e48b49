package claims

// Extract splits an article into claims. It is safe for concurrent use and
// deterministic.
func Extract(a *Article) []Claim {
	return nil // TODO(core)
}
