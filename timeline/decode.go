package timeline

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// MaxArticleSize is the largest article file Load reads, in bytes.
const MaxArticleSize = 8 << 20

// errBinary reports a file that holds binary data, not text.
var errBinary = errors.New("binary file: want UTF-8 text")

// decodeText turns the bytes of an article file into normalised UTF-8
// text: a byte-order mark is dropped, CRLF and lone CR line ends become LF,
// and text that is not valid UTF-8 is read as Windows-1252 (a superset of
// Latin-1's printable characters), which the second result reports.
func decodeText(data []byte) (text string, recoded bool, err error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if looksBinary(data) {
		return "", false, errBinary
	}
	if !utf8.Valid(data) {
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return "", false, errors.New("text is neither UTF-8 nor Windows-1252")
		}
		data, recoded = out, true
	}
	s := string(data)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s, recoded, nil
}

// looksBinary reports whether data holds NUL bytes or many control
// characters in its first 8 KiB, as executables, images and archives do.
func looksBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctrl := 0
	for _, b := range head {
		switch {
		case b == 0:
			return true
		case b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f':
			ctrl++
		}
	}
	return len(head) > 0 && ctrl*10 > len(head)
}
