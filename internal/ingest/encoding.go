package ingest

import (
	"bytes"
	"errors"

	"golang.org/x/text/encoding/unicode"
)

// Byte-order marks. A UTF-16 file from a Windows editor starts with one,
// and is then text, not the binary data its NUL bytes suggest.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// errUTF16 is a UTF-16 file that does not decode.
var errUTF16 = errors.New("invalid UTF-16 (expected text after the byte-order mark)")

// decodeBOM reads what a byte-order mark says. A UTF-16 text (little or
// big endian) is decoded to UTF-8 without its mark: decoded is true, and
// spans then index the decoded text, which a report carries. A UTF-8 mark
// is kept, so spans still index the file: bom is its length, for the
// caller to skip.
func decodeBOM(data []byte) (text []byte, decoded bool, bom int, err error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return data, false, len(bomUTF8), nil
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		if len(data)%2 != 0 {
			return nil, false, 0, errUTF16
		}
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return nil, false, 0, errUTF16
		}
		return out, true, 0, nil
	}
	return data, false, 0, nil
}
