package site

import (
	"bytes"
	"encoding/json"
	"testing"
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
