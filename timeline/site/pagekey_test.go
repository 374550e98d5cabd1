package site

import (
	"testing"
)

// keyData is page data for the tests of pageKey.
type keyData struct {
	*page
	Event *eventView
	hide  string
}

func TestPageKey(t *testing.T) {
	digest := [32]byte{1}
	ev := func(title string, prev *eventLink) *eventView {
		return &eventView{ID: "a", Title: title, Prev: prev, Sources: []*sourceView{{Title: "s"}}}
	}
	base := keyData{page: &page{Path: "events/a.html", Site: &siteInfo{Title: "T"}}, Event: ev("A", &eventLink{Title: "P"})}
	key := func(name string, d any) [32]byte {
		t.Helper()
		k, ok := pageKey(digest, name, d)
		if !ok {
			t.Fatalf("no key for %#v", d)
		}
		return k
	}
	want := key("event.html", base)
	for _, tt := range []struct {
		name string
		tmpl string
		data any
		same bool
	}{
		{"same data", "event.html", keyData{page: &page{Path: "events/a.html", Site: &siteInfo{Title: "T"}}, Event: ev("A", &eventLink{Title: "P"})}, true},
		{"unexported field", "event.html", keyData{page: base.page, Event: base.Event, hide: "x"}, true},
		{"other template", "list.html", base, false},
		{"embedded field", "event.html", keyData{page: &page{Path: "events/b.html", Site: &siteInfo{Title: "T"}}, Event: base.Event}, false},
		{"site counts", "event.html", keyData{page: &page{Path: "events/a.html", Site: &siteInfo{Title: "T", Events: 1}}, Event: base.Event}, false},
		{"title", "event.html", keyData{page: base.page, Event: ev("B", &eventLink{Title: "P"})}, false},
		{"neighbour", "event.html", keyData{page: base.page, Event: ev("A", &eventLink{Title: "Q"})}, false},
		{"nil neighbour", "event.html", keyData{page: base.page, Event: ev("A", nil)}, false},
		{"zero neighbour", "event.html", keyData{page: base.page, Event: ev("A", &eventLink{})}, false},
		{"string bounds", "event.html", keyData{page: &page{Path: "events/a.htmlT", Site: &siteInfo{Title: ""}}, Event: base.Event}, false},
	} {
		if got := key(tt.tmpl, tt.data); (got == want) != tt.same {
			t.Errorf("%s: same key = %v, want %v", tt.name, got == want, tt.same)
		}
	}
	if k := key("event.html", base); k != want {
		t.Error("the key is not deterministic")
	}
}

// cyclic holds itself.
type cyclic struct{ Next *cyclic }

// withMethod has a method a template could call.
type withMethod struct{ A string }

func (withMethod) Upper() string { return "" }

func TestPageKeyRefuses(t *testing.T) {
	c := &cyclic{}
	c.Next = c
	for name, d := range map[string]any{
		"map":    struct{ M map[string]string }{M: map[string]string{"a": "b"}},
		"func":   struct{ F func() }{F: func() {}},
		"cycle":  c,
		"method": struct{ W withMethod }{},
	} {
		if _, ok := pageKey([32]byte{}, "x", d); ok {
			t.Errorf("%s: got a key", name)
		}
	}
}

// TestPageKeyMemo checks that a keyer that has seen an event's view gives
// the same keys as one that has not, and tells two views apart.
func TestPageKeyMemo(t *testing.T) {
	a := &eventView{ID: "a", Title: "A"}
	b := &eventView{ID: "b", Title: "B"}
	type list struct{ Events []*eventView }
	k := &keyer{digest: [32]byte{9}}
	first, _ := k.key("list.html", list{Events: []*eventView{a, b}})
	again, _ := k.key("list.html", list{Events: []*eventView{a, b}})
	fresh, _ := (&keyer{digest: [32]byte{9}}).key("list.html", list{Events: []*eventView{a, b}})
	swapped, _ := k.key("list.html", list{Events: []*eventView{b, a}})
	if first != again || first != fresh {
		t.Error("remembered encodings change the key")
	}
	if first == swapped {
		t.Error("two event views encode alike")
	}
}
