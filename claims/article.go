package claims

import "errors"

// Errors for input that cannot be an article. The command names the input.
var (
	ErrEmpty  = errors.New("empty input (expected article text)")
	ErrBinary = errors.New("binary data (expected article text)")
	ErrUTF8   = errors.New("invalid UTF-8 (expected UTF-8 article text)")
	ErrNoText = errors.New("no article text found (is it a page of links or only headings?)")
	ErrTooBig = errors.New("input too large (expected at most 16 MiB of text)")
)

// MaxBytes is the largest article text accepted.
const MaxBytes = 16 << 20

// NewArticle checks that data is article text and prepares an Article:
// title, publication date and non-body regions are detected, the text is
// kept byte for byte.
func NewArticle(id, path string, data []byte) (*Article, error) {
	// TODO(core): implemented in clean.go
	return &Article{ID: id, Path: path, Text: string(data)}, nil
}
