package compare

import "github.com/claimdiff/claimdiff/claims"

// Options tune the comparison.
type Options struct{}

// Compare aligns the claims of articles (claims[i] belongs to articles[i])
// and classifies every group.
func Compare(articles []*claims.Article, perArticle [][]claims.Claim, opt Options) *Result {
	r := Collect(articles, perArticle)
	// TODO(core)
	return r
}

// Collect builds a Result holding the articles and their claims, with no
// findings: what `claimdiff claims` reports.
func Collect(articles []*claims.Article, perArticle [][]claims.Claim) *Result {
	r := &Result{Articles: articles}
	for _, cs := range perArticle {
		r.Claims = append(r.Claims, cs...)
	}
	r.Summary = Summary{Sources: len(articles), Claims: len(r.Claims)}
	return r
}
