package site

import (
	"bytes"
	"html"
	"html/template"
	"sort"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/eventline/timeline/timeline/temporal"
)

// mark is a time expression to mark up in an article's body: its byte
// span in Body, the value of its datetime attribute, the link to its event
// and the id of the element.
type mark struct {
	start, end int
	datetime   string
	href, id   string
	// placed is set when the expression was found in the rendered body.
	placed bool
}

// marksKey holds the []*mark of the document being parsed in the parser
// context.
var marksKey = parser.NewContextKey()

// markdown is the goldmark converter of article bodies: CommonMark, raw
// HTML left out (goldmark's default), time expressions marked up.
var markdown = goldmark.New(
	goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(timeTransformer{}, 1000))),
	goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(timeRenderer{}, 500))),
)

// renderArticle renders body in format ("md" or "txt") to HTML, marking up
// the expressions of marks, whose placed fields it sets.
func renderArticle(body, format string, marks []*mark) (template.HTML, error) {
	src := []byte(body)
	pc := parser.NewContext()
	pc.Set(marksKey, marks)
	b := bodyBuffers.Get().(*bodyBuffer)
	defer b.release()
	if format == "txt" {
		doc := plainDocument(src)
		timeTransformer{}.Transform(doc, text.NewReader(src), pc)
		if err := markdown.Renderer().Render(b.w, src, doc); err != nil {
			return "", err
		}
	} else if err := markdown.Convert(src, b.w, parser.WithContext(pc)); err != nil {
		return "", err
	}
	if err := b.w.Flush(); err != nil {
		return "", err
	}
	// The output is goldmark's escaped HTML without raw HTML passed
	// through, and attribute values this package escapes.
	return template.HTML(b.buf.String()), nil
}

// plainDocument builds the document of a plain-text article without
// reading any markup: paragraphs are separated by blank lines, or, in a
// text without blank lines, are its lines. Text is kept verbatim (raw
// segments), so "*", "_", "&amp;" and backslashes read as written.
func plainDocument(src []byte) *ast.Document {
	doc := ast.NewDocument()
	blocks := bytes.Contains(src, []byte("\n\n")) || bytes.Contains(src, []byte("\n\r\n"))
	var para *ast.Paragraph
	var last *ast.Text
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		seg := text.NewSegment(start, end)
		seg = seg.TrimLeftSpace(src)
		seg = seg.TrimRightSpace(src)
		start = end + 1
		if seg.IsEmpty() || !blocks {
			para, last = nil, nil
		}
		if seg.IsEmpty() {
			continue
		}
		if para == nil {
			para = ast.NewParagraph()
			doc.AppendChild(doc, para)
		} else if last != nil {
			// Raw text does not render soft line breaks.
			para.AppendChild(para, ast.NewString([]byte("\n")))
		}
		last = ast.NewRawTextSegment(seg)
		para.AppendChild(para, last)
	}
	return doc
}

// timeTransformer is the goldmark AST transformer that marks up time
// expressions. It also shifts headings down a level (the page has its own
// h1) and turns images into links to them (a page loads nothing from other
// hosts).
type timeTransformer struct{}

// Transform implements parser.ASTTransformer.
func (timeTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	adjustBlocks(doc)
	if !hasBlankLine(reader.Source()) {
		splitLines(doc)
	}
	marks, _ := pc.Get(marksKey).([]*mark)
	for _, mk := range marks {
		wrapMark(doc, mk)
	}
}

// adjustBlocks shifts headings down a level and replaces images by links.
func adjustBlocks(doc ast.Node) {
	var images []*ast.Image
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			n.Level = min(n.Level+1, 6)
		case *ast.Image:
			images = append(images, n)
		}
		return ast.WalkContinue, nil
	})
	for _, img := range images {
		l := ast.NewLink()
		l.Destination, l.Title = img.Destination, img.Title
		for c := img.FirstChild(); c != nil; c = img.FirstChild() {
			l.AppendChild(l, c)
		}
		if l.FirstChild() == nil {
			l.AppendChild(l, ast.NewString([]byte("image")))
		}
		img.Parent().ReplaceChild(img.Parent(), img, l)
	}
}

// hasBlankLine reports whether src has a blank line between two lines of
// text, the way Markdown separates paragraphs.
func hasBlankLine(src []byte) bool {
	lines := bytes.Split(bytes.TrimSpace(src), []byte("\n"))
	for _, l := range lines {
		if len(bytes.TrimSpace(l)) == 0 {
			return true
		}
	}
	return false
}

// splitLines makes each line of the document's top-level paragraphs a
// paragraph of its own. Articles pasted as collected put one paragraph on
// each line, with no blank lines between; read as Markdown they would run
// together into one paragraph.
func splitLines(doc ast.Node) {
	for b := doc.FirstChild(); b != nil; b = b.NextSibling() {
		p, ok := b.(*ast.Paragraph)
		if !ok {
			continue
		}
		for c := p.FirstChild(); c != nil; c = c.NextSibling() {
			t, ok := c.(*ast.Text)
			if !ok || !t.SoftLineBreak() || t.NextSibling() == nil {
				continue
			}
			t.SetSoftLineBreak(false)
			np := ast.NewParagraph()
			for n := t.NextSibling(); n != nil; n = t.NextSibling() {
				np.AppendChild(np, n)
			}
			doc.InsertAfter(doc, p, np)
			break
		}
	}
}

// wrapMark wraps the text of the document that lies within mk's span in
// time nodes: one per run of sibling text nodes.
func wrapMark(doc ast.Node, mk *mark) {
	hits := overlapping(doc, mk.start, mk.end)
	if len(hits) == 0 {
		return
	}
	if first := hits[0]; first.Segment.Start < mk.start {
		hits[0] = splitText(first, mk.start)
	}
	if last := hits[len(hits)-1]; last.Segment.Stop > mk.end {
		splitText(last, mk.end)
	}
	for i := 0; i < len(hits); {
		j := i + 1
		for j < len(hits) && hits[j-1].NextSibling() == ast.Node(hits[j]) {
			j++
		}
		tn := &timeNode{datetime: mk.datetime}
		if !insideLink(hits[i]) {
			tn.href = mk.href
		}
		if i == 0 {
			tn.id = mk.id
		}
		parent := hits[i].Parent()
		parent.InsertBefore(parent, hits[i], tn)
		for _, h := range hits[i:j] {
			tn.AppendChild(tn, h)
		}
		i = j
	}
	mk.placed = true
}

// overlapping returns the text nodes, in document order, whose segments
// overlap [start, end), leaving out code, images and autolinks.
func overlapping(doc ast.Node, start, end int) []*ast.Text {
	var hits []*ast.Text
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.CodeSpan, *ast.Image, *ast.AutoLink, *ast.RawHTML, *timeNode:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			if n.Segment.Start < end && n.Segment.Stop > start {
				hits = append(hits, n)
			}
		}
		return ast.WalkContinue, nil
	})
	return hits
}

// splitText splits t at source offset at and returns the new right part,
// which takes over t's line break.
func splitText(t *ast.Text, at int) *ast.Text {
	right := ast.NewTextSegment(t.Segment.WithStart(at))
	right.SetRaw(t.IsRaw())
	right.SetSoftLineBreak(t.SoftLineBreak())
	right.SetHardLineBreak(t.HardLineBreak())
	t.Segment = t.Segment.WithStop(at)
	t.SetSoftLineBreak(false)
	t.SetHardLineBreak(false)
	p := t.Parent()
	if next := t.NextSibling(); next != nil {
		p.InsertBefore(p, next, right)
	} else {
		p.AppendChild(p, right)
	}
	return right
}

// insideLink reports whether n is within a link.
func insideLink(n ast.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if _, ok := p.(*ast.Link); ok {
			return true
		}
	}
	return false
}

// kindTime is the kind of timeNode.
var kindTime = ast.NewNodeKind("Time")

// timeNode is a marked-up time expression: a <time> element, inside a link
// to its event unless the text is already within a link.
type timeNode struct {
	ast.BaseInline
	datetime, href, id string
}

// Kind implements ast.Node.
func (n *timeNode) Kind() ast.NodeKind { return kindTime }

// Dump implements ast.Node.
func (n *timeNode) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"datetime": n.datetime, "href": n.href}, nil)
}

// timeRenderer renders timeNodes.
type timeRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (r timeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindTime, r.render)
}

func (timeRenderer) render(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*timeNode)
	id := ""
	if n.id != "" {
		id = ` id="` + html.EscapeString(n.id) + `"`
	}
	switch {
	case entering && n.href != "":
		_, _ = w.WriteString(`<a class="tx" href="` + html.EscapeString(n.href) + `"` + id + `>`)
		_, _ = w.WriteString(`<time datetime="` + html.EscapeString(n.datetime) + `">`)
	case entering:
		_, _ = w.WriteString(`<time` + id + ` datetime="` + html.EscapeString(n.datetime) + `">`)
	case n.href != "":
		_, _ = w.WriteString(`</time></a>`)
	default:
		_, _ = w.WriteString(`</time>`)
	}
	return ast.WalkContinue, nil
}

// articleMarks returns the marks of article view a: the expressions of the
// mentions of its events, in body order, without overlaps (the first of
// two overlapping expressions wins).
func articleMarks(a *articleView) []*mark {
	var all []*mark
	body := a.a.Body
	for _, v := range a.events {
		for _, m := range v.ev.Mentions {
			if m.Article != a.a || m.Lead || m.Match.Text == "" || m.Match.End <= m.Match.Start {
				continue
			}
			s, e := a.a.Map.Source(m.Match.Start), a.a.Map.Source(m.Match.End-1)+1
			dt := Datetime(m.Match.Interval)
			if s < 0 || e > len(body) || s >= e || dt == "" {
				continue
			}
			all = append(all, &mark{start: s, end: e, datetime: dt,
				href: "../" + v.Path, id: fragmentID(m.Article, m.Match)})
		}
	}
	for _, m := range a.a.Matches {
		if m.Type != temporal.Date && m.Type != temporal.Time {
			continue
		}
		s, e := a.a.Map.Source(m.Start), a.a.Map.Source(m.End-1)+1
		dt := Datetime(m.Interval)
		if m.End <= m.Start || s < 0 || e > len(body) || s >= e || dt == "" {
			continue
		}
		all = append(all, &mark{start: s, end: e, datetime: dt, id: fragmentID(a.a, m)})
	}
	return dropOverlaps(all)
}

// dropOverlaps sorts marks by position and drops each mark that overlaps
// one before it; of two marks at the same start the longer wins.
func dropOverlaps(all []*mark) []*mark {
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].start != all[j].start {
			return all[i].start < all[j].start
		}
		return all[i].end > all[j].end
	})
	var out []*mark
	for _, mk := range all {
		if len(out) > 0 && mk.start < out[len(out)-1].end {
			continue
		}
		out = append(out, mk)
	}
	return out
}
