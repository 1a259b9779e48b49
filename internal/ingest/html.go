package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/claimdiff/claimdiff/claims"
)

// Errors for HTML pages.
var (
	ErrNoArticle = errors.New("no article text found (is it a page of links?)")
	ErrNoCharset = errors.New("invalid UTF-8 and no charset declared (expected UTF-8 or a page that declares its charset)")
)

// page is what an HTML document yields: the article text, and what its
// markup says about it.
type page struct {
	text      string
	title     string
	outlet    string
	published string // YYYY-MM-DD or ""
}

// extractHTML finds the article in an HTML document. contentType is the
// HTTP Content-Type, or "" for a file. The text it returns is built here
// (one paragraph per block, blank lines between), so it is what spans index
// and what a JSON report carries.
func extractHTML(data []byte, contentType string, pageURL *url.URL) (*page, error) {
	data, err := decodeHTML(data, contentType)
	if err != nil {
		return nil, err
	}
	if err := checkDepth(data, MaxHTMLDepth); err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("cannot parse HTML: %w", err)
	}
	// Metadata is read before readability, which edits the tree.
	meta := readMeta(doc)
	ld := readJSONLD(doc)

	if pageURL == nil {
		pageURL = &url.URL{}
	}
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil || art.Node == nil {
		return nil, ErrNoArticle
	}
	dropNonProse(art.Node)
	if linkHeavy(art.Node) {
		return nil, ErrNoArticle
	}
	p := &page{text: paragraphs(render.InnerText(art.Node))}
	if p.text == "" {
		return nil, ErrNoArticle
	}
	p.title = firstOf(ld.headline, meta["og:title"], meta["twitter:title"], art.Title())
	p.outlet = firstOf(ld.publisher, meta["og:site_name"], art.SiteName(), meta["application-name"], notURL(meta["publisher"]), notURL(meta["article:publisher"]))
	// "Headline | Outlet" in <title> is the headline.
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if p.outlet != "" {
			p.title = strings.TrimSuffix(p.title, sep+p.outlet)
		}
	}
	// The headline leads the extracted text, as it leads the page and a
	// pasted copy of it: it is read for claims like any headline, and a
	// page and its text give the same claims.
	if h := strings.Join(strings.Fields(p.title), " "); h != "" && !strings.HasPrefix(p.text, h) {
		p.text = h + "\n\n" + p.text
	}
	for _, d := range []string{
		ld.published, meta["article:published_time"], meta["datepublished"],
		meta["date"], meta["pubdate"], meta["publishdate"], meta["publish-date"],
		meta["dc.date"], meta["dc.date.issued"], meta["dcterms.created"],
	} {
		if v, ok := normDate(d); ok {
			p.published = v
			break
		}
	}
	if p.published == "" {
		if t, err := art.PublishedTime(); err == nil {
			p.published = t.Format(time.DateOnly)
		}
	}
	return p, nil
}

// decodeHTML returns the document as UTF-8. A declared charset (Content-Type,
// byte order mark, <meta charset>) is honoured; an undeclared page must be
// UTF-8, since guessing would put wrong letters into quotes.
func decodeHTML(data []byte, contentType string) ([]byte, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	label := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		label = params["charset"]
	}
	if label == "" {
		if bytes.HasPrefix(data, []byte("\xfe\xff")) || bytes.HasPrefix(data, []byte("\xff\xfe")) {
			label = "utf-16"
		} else {
			label = metaCharset(data)
		}
	}
	if label == "" {
		if !utf8.Valid(data) {
			return nil, ErrNoCharset
		}
		return data, nil
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, fmt.Errorf("unknown charset %q (expected UTF-8 or a charset browsers know)", label)
	}
	if name == "utf-8" {
		if !utf8.Valid(data) {
			return nil, claims.ErrUTF8
		}
		return data, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("cannot decode the page as %s: %v", name, err)
	}
	return out, nil
}

var (
	metaCharsetRE = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)
	xmlEncodingRE = regexp.MustCompile(`^\s*<\?xml[^>]*?encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)`)
)

// metaCharset finds a <meta charset> or http-equiv declaration in the
// first 1024 bytes, where the HTML standard says it must be, or the
// encoding of an XHTML page's XML declaration.
func metaCharset(data []byte) string {
	if len(data) > 1024 {
		data = data[:1024]
	}
	if m := xmlEncodingRE.FindSubmatch(data); m != nil {
		return string(m[1])
	}
	if m := metaCharsetRE.FindSubmatch(data); m != nil {
		return string(m[1])
	}
	return ""
}

// readMeta collects <meta> values by lower-cased name, property or
// itemprop; the first of each wins. A <time itemprop=datePublished> counts
// too: some sites put the date nowhere else.
func readMeta(doc *html.Node) map[string]string {
	m := map[string]string{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Meta || n.DataAtom == atom.Time) {
			var key, val string
			for _, a := range n.Attr {
				switch a.Key {
				case "name", "property", "itemprop":
					if key == "" {
						key = strings.ToLower(strings.TrimSpace(a.Val))
					}
				case "content", "datetime":
					val = strings.TrimSpace(a.Val)
				}
			}
			if key != "" && val != "" && m[key] == "" && (n.DataAtom == atom.Meta || key == "datepublished") {
				m[key] = val
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

// ldArticle is what we take from a schema.org article in JSON-LD.
type ldArticle struct {
	headline, publisher, published string
}

// readJSONLD finds the first schema.org article (NewsArticle, Article,
// ReportageNewsArticle, …) in the page's JSON-LD scripts, looking through
// arrays and @graph lists. Malformed JSON-LD is ignored: it is common, and
// the meta tags usually say the same.
func readJSONLD(doc *html.Node) ldArticle {
	var out ldArticle
	found := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Script && strings.EqualFold(attr(n, "type"), "application/ld+json") {
			var text strings.Builder
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					text.WriteString(c.Data)
				}
			}
			var v any
			if json.Unmarshal([]byte(text.String()), &v) == nil {
				if obj := findArticle(v, 0); obj != nil {
					out.headline = str(obj["headline"])
					if out.headline == "" {
						out.headline = str(obj["name"])
					}
					out.published = str(obj["datePublished"])
					switch p := obj["publisher"].(type) {
					case map[string]any:
						out.publisher = str(p["name"])
					case string:
						out.publisher = notURL(p)
					}
					found = true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func findArticle(v any, depth int) map[string]any {
	if depth > 4 {
		return nil
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			if a := findArticle(x, depth+1); a != nil {
				return a
			}
		}
	case map[string]any:
		if isArticleType(v["@type"]) {
			return v
		}
		return findArticle(v["@graph"], depth+1)
	}
	return nil
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "Posting") || t == "Report"
	case []any:
		for _, x := range t {
			if isArticleType(x) {
				return true
			}
		}
	}
	return false
}

func str(v any) string {
	s, _ := v.(string)
	return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v = strings.Join(strings.Fields(v), " "); v != "" {
			return v
		}
	}
	return ""
}

// notURL drops values that are links (article:publisher is often the
// outlet's Facebook page), which are no outlet name.
func notURL(s string) string {
	if strings.Contains(s, "://") || strings.HasPrefix(s, "@") {
		return ""
	}
	return s
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// normDate turns a metadata date into YYYY-MM-DD: the date as the page
// wrote it, in its own time zone, never converted to ours.
func normDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if d := isoDate.FindString(s); d != "" {
		if _, err := time.Parse(time.DateOnly, d); err == nil {
			return d, true
		}
		return "", false
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	return claims.ParseDateLine(s)
}

// dropNonProse removes what readability keeps but is not the article's
// prose: photo captions and credits, and navigation or asides left inside
// the article element. A caption describes a picture; its sentences would
// be claims the same story saved as text does not have.
func dropNonProse(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Figcaption, atom.Nav, atom.Aside, atom.Button, atom.Form:
				n.RemoveChild(c)
			default:
				dropNonProse(c)
			}
		}
		c = next
	}
}

// linkHeavy reports whether most of the extracted text is link text: what
// readability makes of an index page or a list of headlines.
func linkHeavy(n *html.Node) bool {
	var all, linked int
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		if n.Type == html.TextNode {
			k := len(strings.TrimSpace(n.Data))
			all += k
			if inLink {
				linked += k
			}
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			inLink = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	return all == 0 || linked*2 > all
}

// paragraphs makes each line of the rendered text its own paragraph: list
// items, table rows and <br> lines are blocks of their own in a page, and a
// claim must not run from one into the next. Soft hyphens, invisible in a
// browser, would split words; no-break spaces become spaces, as a reader
// copying the text would get.
func paragraphs(s string) string {
	s = strings.NewReplacer("\u00ad", "", "\u00a0", " ").Replace(s)
	var b strings.Builder
	for line := range strings.Lines(s) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(line)
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}
