package site

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/eventline/timeline/timeline"
)

// TestExportLayout checks that timeline.json, encoded event by event, is
// byte for byte what encoding the whole document with an indent of two
// spaces gives.
func TestExportLayout(t *testing.T) {
	for _, tt := range []struct {
		name   string
		events bool
	}{{"events", true}, {"no events", false}} {
		tl := fixture(t)
		if !tt.events {
			tl.Events = nil
		}
		m, err := newModel(tl)
		if err != nil {
			t.Fatal(err)
		}
		w := &writer{m: m}
		doc := exportDoc{Events: []exportEvent{}}
		for _, v := range m.events {
			doc.Events = append(doc.Events, w.exportEvent(v))
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		got := readFile(t, build(t, tl, Options{}), "timeline.json")
		if got != want.String() {
			t.Errorf("%s: timeline.json differs from the whole document encoded\n%s", tt.name, firstDiff(got, want.String()))
		}
	}
}

// TestExportJSON checks that ExportJSON of every event writes timeline.json
// byte for byte, that a selection keeps its own order, and that an event
// of another timeline is an error.
func TestExportJSON(t *testing.T) {
	tl := fixture(t)
	var all bytes.Buffer
	if err := ExportJSON(&all, tl, tl.Events); err != nil {
		t.Fatal(err)
	}
	if want := readFile(t, build(t, tl, Options{}), "timeline.json"); all.String() != want {
		t.Errorf("ExportJSON differs from timeline.json\n%s", firstDiff(all.String(), want))
	}
	n := len(tl.Events)
	pick := []*timeline.Event{tl.Events[n-1], tl.Events[0]}
	var some bytes.Buffer
	if err := ExportJSON(&some, tl, pick); err != nil {
		t.Fatal(err)
	}
	var doc exportDoc
	if err := json.Unmarshal(some.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 2 || doc.Events[0].ID != pick[0].ID || doc.Events[1].ID != pick[1].ID {
		t.Errorf("selection: got %+v", doc.Events)
	}
	if err := ExportJSON(&some, tl, []*timeline.Event{{ID: "stray"}}); err == nil {
		t.Error("an event of no timeline was exported")
	}
}
