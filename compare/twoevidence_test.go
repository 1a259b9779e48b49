package compare

import (
	"reflect"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

var titleTexts = map[string]string{
	"a": "Prime Minister Anna Holt has pledged to protect people and property.\n\nFlights to and from the island were grounded, the airport said.\n",
	"b": "Amid the unpopularity of the government of Prime Minister Anna Holt, the island still awaits a final report.\n\nThe strike grounded all flights to and from the island.\n",
}

// firstWith is the index of the first claim of source src whose text
// holds sub.
func firstWith(t *testing.T, fs []feat, src, sub string) int {
	t.Helper()
	for i := range fs {
		if fs[i].c.Source == src && strings.Contains(fs[i].c.Text, sub) {
			return i
		}
	}
	t.Fatalf("no claim of %s holding %q", src, sub)
	return -1
}

// A title written before a name is the name again: two claims that share
// only "Prime Minister Anna Holt" have one piece of evidence of their
// own, not three; two claims that share what was done keep theirs.
func TestOwnEvidenceTitle(t *testing.T) {
	_, fs, _ := featsOf(t, titleTexts)
	a, b := &fs[firstWith(t, fs, "a", "pledged")], &fs[firstWith(t, fs, "b", "unpopularity")]
	if evidence(a, b) < pairEvidence {
		t.Fatalf("fixture: evidence %d, want the title counted as words (>= %d)", evidence(a, b), pairEvidence)
	}
	if got := ownEvidence(a, b); got >= pairEvidence {
		t.Errorf("ownEvidence of one titled name = %d, want < %d", got, pairEvidence)
	}
	x, y := &fs[firstWith(t, fs, "a", "grounded")], &fs[firstWith(t, fs, "b", "grounded")]
	if got := ownEvidence(x, y); got < pairEvidence {
		t.Errorf("ownEvidence of flights grounded = %d, want >= %d", got, pairEvidence)
	}
}

// Between two articles an agreement held only by a titled name is let
// go, one held by what was done stays; with a third article, or when a
// slot's value found it, it is left alone.
func TestTwoEvidenceDrop(t *testing.T) {
	r, fs, _ := featsOf(t, titleTexts)
	pa, pb := firstWith(t, fs, "a", "pledged"), firstWith(t, fs, "b", "unpopularity")
	ga, gb := firstWith(t, fs, "a", "grounded"), firstWith(t, fs, "b", "grounded")
	person := Finding{Kind: Agreement, Claims: []string{fs[pa].c.ID, fs[pb].c.ID}}
	flights := Finding{Kind: Agreement, Claims: []string{fs[ga].c.ID, fs[gb].c.ID}}
	out, gone := twoEvidenceDrop(r, fs, []Finding{person, flights})
	want := []int{min(pa, pb), max(pa, pb)}
	if len(out) != 1 || !reflect.DeepEqual(out[0].Claims, flights.Claims) || !reflect.DeepEqual(gone, want) {
		t.Errorf("two articles: kept %v let go %v, want the flights and %v", out, gone, want)
	}
	slot := person
	slot.bySlot = true
	if out, gone := twoEvidenceDrop(r, fs, []Finding{slot}); len(out) != 1 || gone != nil {
		t.Errorf("an agreement by a slot's value was let go: %v, %v", out, gone)
	}
	r3 := *r
	r3.Articles = append(append([]*claims.Article(nil), r.Articles...), r.Articles[0])
	if out, gone := twoEvidenceDrop(&r3, fs, []Finding{person}); len(out) != 1 || gone != nil {
		t.Errorf("three articles: the agreement was let go: %v, %v", out, gone)
	}
}

// A name's possessive is the name again: "Holt's government cut the
// budget" and "Holt's aides left" share Holt and then "holt'", one
// person; the possessive counts no more once the name has counted.
func TestOwnEvidencePossessive(t *testing.T) {
	// The stems as the claims' words hold them ("holt'" is what a
	// possessive leaves; stemVec would stem it again).
	vecOf := func(ss ...string) vec {
		m := map[string]float64{}
		for _, s := range ss {
			m[s] = 1
		}
		return newVec(m)
	}
	named := map[string]bool{"holt": true}
	a := feat{art: 0, words: vecOf("holt'", "budget", "cut"), named: named, c: &claims.Claim{}}
	b := feat{art: 1, words: vecOf("holt'", "aid", "left"), named: named, c: &claims.Claim{}}
	if got := evidence(&a, &b); got != 1 {
		t.Fatalf("fixture: evidence %d, want the possessive counted (1)", got)
	}
	if got := ownEvidence(&a, &b); got != 0 {
		t.Errorf("ownEvidence of a possessive = %d, want 0", got)
	}
	b.words = vecOf("holt'", "budget", "cut")
	if got := ownEvidence(&a, &b); got != 2 {
		t.Errorf("ownEvidence of a cut budget = %d, want 2", got)
	}
}
