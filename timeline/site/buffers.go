package site

import (
	"bufio"
	"bytes"
	"sync"
)

// pageBuffers recycles the buffers pages render into: a page is handed to
// the sink, which does not keep it, and the buffer serves the next page
// instead of growing again from nothing.
var pageBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuffer bounds the buffers kept for reuse, so that one huge page
// does not stay in memory for the rest of the build.
const maxPooledBuffer = 1 << 20

// bodyBuffer is what an article body renders into: goldmark writes to a
// buffered writer, and makes one of its own for any other writer.
type bodyBuffer struct {
	buf bytes.Buffer
	w   *bufio.Writer
}

// bodyBuffers recycles the buffers of renderArticle.
var bodyBuffers = sync.Pool{New: func() any {
	b := new(bodyBuffer)
	b.w = bufio.NewWriter(&b.buf)
	return b
}}

// release empties b and returns it to bodyBuffers, unless it grew too
// large to keep.
func (b *bodyBuffer) release() {
	b.buf.Reset()
	b.w.Reset(&b.buf)
	if b.buf.Cap() <= maxPooledBuffer {
		bodyBuffers.Put(b)
	}
}
