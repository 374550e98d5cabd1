package site

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
)

// TestWriteItems checks that items written a chunk at a time come out as
// one join of them, on either side of a chunk's bounds.
func TestWriteItems(t *testing.T) {
	for _, n := range []int{0, 1, 2, exportChunk - 1, exportChunk, exportChunk + 1, 3*exportChunk + 7} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			var want []string
			for i := range n {
				want = append(want, "item"+strconv.Itoa(i))
			}
			var b bytes.Buffer
			err := writeItems(&b, n, ",\n", func(i int) ([]byte, error) {
				return []byte("item" + strconv.Itoa(i)), nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != strings.Join(want, ",\n") {
				t.Errorf("got %d bytes, want the %d items joined", len(got), n)
			}
		})
	}
}

// TestWriteItemsError checks that the error of the lowest failing item
// is returned.
func TestWriteItemsError(t *testing.T) {
	bad := errors.New("bad")
	err := writeItems(&bytes.Buffer{}, 2*exportChunk, ",", func(i int) ([]byte, error) {
		if i >= exportChunk+3 {
			return nil, bad
		}
		return []byte("x"), nil
	})
	if !errors.Is(err, bad) {
		t.Errorf("got %v, want %v", err, bad)
	}
}
