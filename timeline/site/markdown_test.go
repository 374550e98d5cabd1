package site

import (
	"strings"
	"testing"
)

// markOf returns a mark for the first occurrence of expr in body.
func markOf(body, expr, id string) *mark {
	i := strings.Index(body, expr)
	return &mark{start: i, end: i + len(expr), datetime: "2025-04-03", href: "../events/e.html", id: id}
}

func TestRenderArticle(t *testing.T) {
	tests := []struct {
		name, format, body, expr string
		want                     string
	}{
		{"plain", "md", "It rained on 3 April.\n", "3 April",
			`<p>It rained on <a class="tx" href="../events/e.html" id="t"><time datetime="2025-04-03">3 April</time></a>.</p>` + "\n"},
		{"across emphasis", "md", "It rained *on 3* April.\n", "3* April",
			`<p>It rained <em>on <a class="tx" href="../events/e.html" id="t"><time datetime="2025-04-03">3</time></a></em><a class="tx" href="../events/e.html"><time datetime="2025-04-03"> April</time></a>.</p>` + "\n"},
		{"across lines", "md", "It rained on 3\nApril.\n\nMore.\n", "3\nApril",
			`<p>It rained on <a class="tx" href="../events/e.html" id="t"><time datetime="2025-04-03">3` + "\n" + `April</time></a>.</p>` + "\n<p>More.</p>\n"},
		{"inside a link", "md", "See [the 3 April talks](https://example.org/).\n", "3 April",
			`<p>See <a href="https://example.org/">the <time id="t" datetime="2025-04-03">3 April</time> talks</a>.</p>` + "\n"},
		{"heading shifted", "md", "# On 3 April\n", "3 April",
			`<h2>On <a class="tx" href="../events/e.html" id="t"><time datetime="2025-04-03">3 April</time></a></h2>` + "\n"},
		{"raw html dropped", "md", "<b onclick=\"x()\">3 April</b> <script>alert(1)</script>\n", "nothing",
			`<p><!-- raw HTML omitted -->3 April<!-- raw HTML omitted --> <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --></p>` + "\n"},
		{"javascript link dropped", "md", "[x](javascript:alert(1))\n", "nothing",
			`<p><a href="">x</a></p>` + "\n"},
		{"image to link", "md", "![a map](https://cdn.example.net/m.png)\n", "nothing",
			`<p><a href="https://cdn.example.net/m.png">a map</a></p>` + "\n"},
		{"code untouched", "md", "Run `date 3 April` now.\n", "3 April",
			"<p>Run <code>date 3 April</code> now.</p>\n"},
		{"txt lines are paragraphs", "txt", "World\nIt *rained* on 3 April & A_B_C \\n &amp;.\n", "3 April",
			`<p>World</p>` + "\n" + `<p>It *rained* on <a class="tx" href="../events/e.html" id="t"><time datetime="2025-04-03">3 April</time></a> &amp; A_B_C \n &amp;amp;.</p>` + "\n"},
		{"txt blank-line paragraphs", "txt", "Hard wrapped\nline.\n\n# Not a heading <b>3 April</b>\n", "3 April",
			"<p>Hard wrapped\nline.</p>\n" + `<p># Not a heading &lt;b&gt;<a class="tx" href="../events/e.html" id="t"><time datetime="2025-04-03">3 April</time></a>&lt;/b&gt;</p>` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var marks []*mark
			if strings.Contains(tt.body, tt.expr) {
				marks = append(marks, markOf(tt.body, tt.expr, "t"))
			}
			got, err := renderArticle(tt.body, tt.format, marks)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			for _, mk := range marks {
				if !mk.placed && !strings.HasPrefix(tt.name, "code") {
					t.Errorf("mark %d-%d not placed", mk.start, mk.end)
				}
			}
		})
	}
}

func TestDropOverlaps(t *testing.T) {
	in := []*mark{{start: 10, end: 20, id: "b"}, {start: 0, end: 5, id: "a"}, {start: 10, end: 25, id: "c"},
		{start: 15, end: 30, id: "d"}, {start: 25, end: 30, id: "e"}}
	var got []string
	for _, mk := range dropOverlaps(in) {
		got = append(got, mk.id)
	}
	if strings.Join(got, ",") != "a,c,e" {
		t.Errorf("kept %v, want a,c,e", got)
	}
}

func TestRenderMarkdownOneLinePerParagraph(t *testing.T) {
	body := "First *paragraph*\nsecond one, 3 April.\nThird.\n"
	got, err := renderArticle(body, "md", []*mark{markOf(body, "3 April", "t")})
	if err != nil {
		t.Fatal(err)
	}
	want := "<p>First <em>paragraph</em></p>\n<p>second one, " +
		`<a class="tx" href="../events/e.html" id="t"><time datetime="2025-04-03">3 April</time></a>.</p>` + "\n<p>Third.</p>\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	body = "Hard wrapped\nparagraph.\n\nNext.\n"
	got, _ = renderArticle(body, "md", nil)
	if want := "<p>Hard wrapped\nparagraph.</p>\n<p>Next.</p>\n"; string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
