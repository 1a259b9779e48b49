package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"
)

// Options bound what fetching a URL may cost. The zero value means the
// defaults below.
type Options struct {
	Timeout      time.Duration // the whole fetch, body included; default 20 s
	MaxBytes     int64         // largest response body; default 10 MiB
	MaxRedirects int           // default 10
	// Transport carries the requests; nil means http.DefaultTransport.
	Transport http.RoundTripper
}

const (
	defaultTimeout      = 20 * time.Second
	defaultMaxBytes     = 10 << 20
	defaultMaxRedirects = 10
)

func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = defaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = defaultMaxBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = defaultMaxRedirects
	}
	return o
}

// Errors for URLs.
var (
	ErrTimeout     = errors.New("timed out (the server did not answer in time)")
	ErrRedirects   = errors.New("too many redirects")
	ErrLoop        = errors.New("redirect loop")
	ErrStatus      = errors.New("server answered with an error")
	ErrContentType = errors.New("unsupported content type")
	ErrResponseBig = errors.New("response too large")
)

// response is a fetched page: its body and media type.
type response struct {
	body        []byte
	contentType string // the Content-Type header as sent
	mediaType   string // its media type, lower case, or sniffed
	url         *url.URL
}

// fetch gets one URL within the limits of o.
func fetch(ctx context.Context, rawURL string, o Options) (*response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil, errors.New("invalid URL (expected http://host/path or https://host/path)")
	}
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	client := &http.Client{
		Transport: o.Transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			for _, v := range via {
				if v.URL.String() == req.URL.String() {
					return fmt.Errorf("%w (%s redirects back to itself)", ErrLoop, req.URL.Redacted())
				}
			}
			if len(via) > o.MaxRedirects {
				return fmt.Errorf("%w (more than %d)", ErrRedirects, o.MaxRedirects)
			}
			return nil
		},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("invalid URL: %v", err)
	}
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9")
	req.Header.Set("User-Agent", "claimdiff")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchError(parent, ctx, err, o)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("%w: %s (expected 200 OK)", ErrStatus, resp.Status)
	}
	ct := resp.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	if ct != "" && !textual(mt) {
		return nil, fmt.Errorf("%w %s (expected an HTML page or plain text)", ErrContentType, mt)
	}
	if resp.ContentLength > o.MaxBytes {
		return nil, fmt.Errorf("%w: %s (expected at most %s)", ErrResponseBig, size(resp.ContentLength), size(o.MaxBytes))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, o.MaxBytes+1))
	if err != nil {
		return nil, fetchError(parent, ctx, err, o)
	}
	if int64(len(body)) > o.MaxBytes {
		return nil, fmt.Errorf("%w: more than %s", ErrResponseBig, size(o.MaxBytes))
	}
	if ct == "" {
		// No header: look at the bytes, as a browser would.
		mt, _, _ = mime.ParseMediaType(http.DetectContentType(body))
		if !textual(mt) {
			return nil, fmt.Errorf("%w %s (expected an HTML page or plain text)", ErrContentType, mt)
		}
	}
	return &response{body: body, contentType: ct, mediaType: mt, url: resp.Request.URL}, nil
}

// textual reports whether a media type may hold an article.
func textual(mt string) bool {
	switch mt {
	case "text/html", "application/xhtml+xml", "text/plain", "text/markdown":
		return true
	}
	return false
}

func isHTMLType(mt string) bool { return mt == "text/html" || mt == "application/xhtml+xml" }

// fetchError words a transport error without the URL, which the *Error
// around it already names.
func fetchError(parent, ctx context.Context, err error, o Options) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var ne net.Error
	switch {
	case errors.Is(err, ErrLoop), errors.Is(err, ErrRedirects):
		return err
	case errors.Is(parent.Err(), context.DeadlineExceeded):
		return ErrTimeout // the caller's deadline, not ours
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return fmt.Errorf("timed out after %s (the server did not answer in time)", o.Timeout)
	case errors.Is(err, context.Canceled):
		return context.Canceled
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return fmt.Errorf("cannot fetch: unknown host %s", dnsErr.Name)
	}
	return fmt.Errorf("cannot fetch: %v", err)
}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.3g MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.3g KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// urlID names a page's source: the last path segment without its
// extension ("…/world/story-123.html" → "story-123"), or the host for a
// site's front page.
func urlID(raw string) (id, parent string) {
	u, err := url.Parse(raw)
	if err != nil {
		return "page", ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if len(segs) == 0 {
		return cleanID(host), ""
	}
	last := segs[len(segs)-1]
	if ext := path.Ext(last); ext != "" && ext != last {
		last = strings.TrimSuffix(last, ext)
	}
	parent = host
	if len(segs) > 1 {
		parent = segs[len(segs)-2]
	}
	return cleanID(last), cleanID(parent)
}
