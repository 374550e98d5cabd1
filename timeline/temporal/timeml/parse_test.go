package timeml

import (
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// doc wraps a TEXT content into a minimal TimeML document with a DCT.
func doc(text string) string {
	return `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2025-04-04">x</TIMEX3></DCT>` +
		"\n<TEXT>" + text + "</TEXT></TimeML>\n"
}

// tx builds a gold annotation without a mod.
func tx(start, end int, text, tid, typ, value string) Timex {
	return Timex{Start: start, End: end, Text: text, TID: tid, Type: typ, Value: value}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, in, text string
		want           []Timex
	}{
		{"plain", doc("No dates here."), "No dates here.", nil},
		{"inner tags dropped", doc(`He <EVENT eid="e1">left</EVENT> <SIGNAL sid="s1">on</SIGNAL> time.`), "He left on time.", nil},
		{"timex", doc(`Met <TIMEX3 tid="t1" type="DATE" value="2025-04-03">Thursday</TIMEX3>.`), "Met Thursday.",
			[]Timex{tx(4, 12, "Thursday", "t1", "DATE", "2025-04-03")}},
		{"entities shift offsets", doc(`AT&amp;T &lt;b&gt; &#233;t&#xE9; <TIMEX3 tid="t1" type="DATE" value="2025">2025</TIMEX3>`),
			"AT&T <b> été 2025", []Timex{tx(15, 19, "2025", "t1", "DATE", "2025")}},
		{"stray ampersand kept", doc(`R&D & co &bogus; &#0;`), "R&D & co &bogus; &#0;", nil},
		{"mod and single quotes", doc(`<TIMEX3 tid='t2' type='DATE' value='2025-06' mod='END'>late June</TIMEX3>`), "late June",
			[]Timex{{Start: 0, End: 9, Text: "late June", TID: "t2", Type: "DATE", Value: "2025-06", Mod: "END"}}},
		{"empty timex", doc(`a <TIMEX3 tid="t3" type="DATE" value="PAST_REF"/>b`), "a b",
			[]Timex{tx(2, 2, "", "t3", "DATE", "PAST_REF")}},
		{"nested timex", doc(`<TIMEX3 tid="t1" type="DATE" value="2025-04"><TIMEX3 tid="t2" type="DATE" value="2025">2025</TIMEX3> April</TIMEX3>`),
			"2025 April", []Timex{tx(0, 4, "2025", "t2", "DATE", "2025"), tx(0, 10, "2025 April", "t1", "DATE", "2025-04")}},
		{"comment and cdata", doc(`a<!-- <TIMEX3> -->b<![CDATA[<c> & d]]>e<?pi x?>`), "ab<c> & de", nil},
		{"multi-byte and newlines", doc("\nCafé\r\n<TIMEX3 tid=\"t1\" type=\"TIME\" value=\"2025-04-04TNI\">tonight</TIMEX3>\n"), "\nCafé\r\ntonight\n",
			[]Timex{tx(8, 15, "tonight", "t1", "TIME", "2025-04-04TNI")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tt.text {
				t.Errorf("text = %q, want %q", d.Text, tt.text)
			}
			if len(d.Timexes) != 0 || len(tt.want) != 0 {
				if !reflect.DeepEqual(d.Timexes, tt.want) {
					t.Errorf("timexes = %+v\nwant %+v", d.Timexes, tt.want)
				}
			}
			if want := time.Date(2025, 4, 4, 0, 0, 0, 0, time.UTC); !d.DCT.Equal(want) {
				t.Errorf("DCT = %v, want %v", d.DCT, want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"no text", "<TimeML></TimeML>", "1: no <TEXT> element"},
		{"text not closed", "<TimeML>\n<TEXT>abc", "2: <TEXT> is not closed"},
		{"timex not closed", doc("\n<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\">a"), "3: TIMEX3 \"t1\" is not closed"},
		{"stray end", doc("a</TIMEX3>"), "2: </TIMEX3> without <TIMEX3>"},
		{"tag not closed", doc("a <EVENT eid=\"e1\" b"), "2: tag is not closed"},
		{"bad attribute", doc(`<TIMEX3 tid=t1>a</TIMEX3>`), `2: <TIMEX3>: malformed attribute: "tid=t1"`},
		{"comment not closed", doc("a <!-- b"), "2: comment is not closed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.in))
			if err == nil || err.Error() != tt.want {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestParseFile(t *testing.T) {
	d, err := ParseFile(filepath.Join("testdata", "news.tml"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "news.tml" || d.DCTValue != "2025-04-04" || d.FirstTID() != 1000 {
		t.Errorf("name %q, DCT %q, first tid %d", d.Name, d.DCTValue, d.FirstTID())
	}
	var got []string
	for _, x := range d.Timexes {
		if d.Text[x.Start:x.End] != x.Text {
			t.Errorf("%s: span [%d,%d) is %q, not %q", x.TID, x.Start, x.End, d.Text[x.Start:x.End], x.Text)
		}
		got = append(got, x.Text+"="+x.Value+x.Mod)
	}
	want := "Thursday=2025-04-03 three weeks=P3W the end of June=2025-06END 2019=2019 now=PRESENT_REF"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q\nwant %q", strings.Join(got, " "), want)
	}
	if n := len(d.Gold()); n != 5 {
		t.Errorf("Gold() has %d annotations, want 5", n)
	}
	if _, err := ParseFile(filepath.Join("testdata", "missing.tml")); err == nil {
		t.Error("ParseFile of a missing file: no error")
	}
}

// TestTextMatchesEncodingXML checks the plain text against the character
// data encoding/xml finds inside TEXT, for the fixtures.
func TestTextMatchesEncodingXML(t *testing.T) {
	docs, err := ParseDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		raw, err := os.ReadFile(filepath.Join("testdata", d.Name))
		if err != nil {
			t.Fatal(err)
		}
		var written strings.Builder
		if err := d.Write(&written, d.Gold()); err != nil {
			t.Fatal(err)
		}
		for _, src := range []string{string(raw), written.String()} {
			if got := xmlText(t, src); got != d.Text {
				t.Errorf("%s: encoding/xml reads %q\nwant %q", d.Name, got, d.Text)
			}
		}
	}
}

// xmlText returns the character data inside TEXT as encoding/xml reads it.
func xmlText(t *testing.T, src string) string {
	dec := xml.NewDecoder(strings.NewReader(src))
	var text strings.Builder
	in := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return text.String()
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			in = in || tok.Name.Local == "TEXT"
		case xml.EndElement:
			in = in && tok.Name.Local != "TEXT"
		case xml.CharData:
			if in {
				text.Write(tok)
			}
		}
	}
}

func TestNarrativeFixture(t *testing.T) {
	d, err := ParseFile(filepath.Join("testdata", "narrative.tml"))
	if err != nil {
		t.Fatal(err)
	}
	if d.DCTValue != "1998-08-07T12:30" || d.DCT != time.Date(1998, 8, 7, 0, 0, 0, 0, time.UTC) {
		t.Errorf("DCT %q = %v", d.DCTValue, d.DCT)
	}
	if d.FirstTID() != 1207 {
		t.Errorf("FirstTID = %d, want 1207", d.FirstTID())
	}
	if len(d.Timexes) != 6 || len(d.Gold()) != 5 {
		t.Errorf("%d timexes, %d gold; want 6 and 5", len(d.Timexes), len(d.Gold()))
	}
}
