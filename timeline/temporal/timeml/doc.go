// Package timeml reads, writes and scores TimeML documents in the
// TempEval-3 format, to evaluate the temporal tagger against gold
// annotations.
//
// Parse reads a document: the document creation time (DCT) from
// <DCT><TIMEX3 value="...">, the plain text inside <TEXT>...</TEXT> with
// every inner tag removed and XML entities decoded, and the gold TIMEX3
// annotations of that text with their byte spans in the plain text.
// Everything outside TEXT is kept byte for byte, so that Document.Write can
// produce the same file with the TEXT content replaced by the plain text
// and a system's own TIMEX3 tags.
//
// Compare scores a system's annotations of one document against the gold
// ones, and Summarize micro-averages the results over documents into the
// TempEval-3 figures: relaxed and strict extent precision, recall and F1,
// value accuracy, type F1 and Value F1 = 2V/(S+G).
package timeml
