package temporal

import "sync"

// maxPooledTokens bounds the token buffer kept for reuse, so that one very
// long text does not pin a large buffer in the pool.
const maxPooledTokens = 1 << 16

// scanPool holds the scans not in use. A Tag call takes one and gives it
// back when it returns, so that a Tagger shared by goroutines reuses the
// token and candidate buffers without sharing them.
var scanPool = sync.Pool{New: func() any { return new(scan) }}

// getScan returns a scan of text from the pool, with text tokenized.
func getScan(text string, opts Options) *scan {
	s := scanPool.Get().(*scan)
	toks := s.toks
	if toks == nil {
		toks = make([]token, 0, len(text)/5+1)
	}
	s.text, s.opts = text, opts
	s.toks, s.lower = tokenize(text, toks[:0], s.lower[:0])
	return s
}

// putScan clears s, so that the pool keeps no reference to the text, and
// returns it to the pool unless its buffers grew too large.
func putScan(s *scan) {
	if cap(s.toks) > maxPooledTokens {
		return
	}
	clear(s.toks)
	clear(s.cands)
	clear(s.linked)
	*s = scan{toks: s.toks[:0], cands: s.cands[:0], linked: s.linked[:0],
		values: s.values[:0], valueEnds: s.valueEnds[:0], lower: s.lower[:0]}
	scanPool.Put(s)
}
