package timeml_test

import (
	"fmt"
	"os"

	"github.com/eventline/timeline/timeline/temporal/timeml"
)

const example = `<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-04-04">April 4</TIMEX3></DCT>
<TEXT>Talks <EVENT eid="e1">resumed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-04-03">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3W">three weeks</TIMEX3> &amp; more.</TEXT>
</TimeML>
`

func ExampleParse() {
	d, err := timeml.Parse([]byte(example))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.DCT.Format("2006-01-02"))
	fmt.Printf("%q\n", d.Text)
	for _, x := range d.Timexes {
		fmt.Println(x.Start, x.End, x.Text, x.Type, x.Value)
	}
	// Output:
	// 2025-04-04
	// "Talks resumed Thursday after three weeks & more."
	// 14 22 Thursday DATE 2025-04-03
	// 29 40 three weeks DURATION P3W
}

func ExampleDocument_Write() {
	d, _ := timeml.Parse([]byte(example))
	system := []timeml.Timex{{Start: 14, End: 22, Type: "DATE", Value: "2025-04-03"}}
	d.Write(os.Stdout, system)
	// Output:
	// <TimeML>
	// <DCT><TIMEX3 tid="t0" type="DATE" value="2025-04-04">April 4</TIMEX3></DCT>
	// <TEXT>Talks resumed <TIMEX3 tid="t1000" type="DATE" value="2025-04-03">Thursday</TIMEX3> after three weeks &amp; more.</TEXT>
	// </TimeML>
}

func ExampleCompare() {
	d, _ := timeml.Parse([]byte(example))
	system := []timeml.Timex{
		{Start: 14, End: 22, Text: "Thursday", Type: "DATE", Value: "2025-04-03"},
		{Start: 35, End: 40, Text: "weeks", Type: "DURATION", Value: "PXW"},
	}
	r := timeml.Compare(d.Name, d.Text, d.Gold(), system)
	s := timeml.Summarize([]timeml.DocResult{r})
	fmt.Printf("relaxed F1 %.2f, strict F1 %.2f, Value F1 %.2f\n", s.Relaxed.F1, s.Strict.F1, s.Value.F1)
	for _, e := range r.Errors {
		fmt.Println(e.Kind, e.Gold.Value, e.System.Value)
	}
	// Output:
	// relaxed F1 1.00, strict F1 0.50, Value F1 0.50
	// extent P3W PXW
	// value P3W PXW
}
