package site

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"reflect"
	"sync"
)

// A page key sums up everything the output of a page template can depend
// on, so that a page whose key equals the one recorded in the manifest of
// the last build need not be rendered again: its file is already in the
// output folder. The key hashes
//
//   - the program (timeline.ProgramID), which holds html/template and the
//     template functions, all of them pure;
//   - the text of every template file, embedded or the site's own;
//   - the name of the page template;
//   - the page's data, every value a template can reach from it: exported
//     fields, followed through pointers, slices and interfaces.
//
// A template reaches nothing else: the view types have no methods and no
// maps, and encodeValue refuses any type that has methods or holds
// something it cannot encode exactly (maps, functions, channels, cycles),
// in which case the page has no key and is rendered.
//
// An event's view is reached from many pages (the timeline, its year, its
// facets, its page), so a keyer encodes it once per build and stands its
// SHA-256 in for it. That is exact because no view changes while pages
// render (see writeArticles): the views are built, then only read; and
// the model holds every view to the end of the build, so no address is
// reused for another view.

// errNoKey tells that a value cannot be encoded exactly.
var errNoKey = errors.New("value has no exact encoding")

// maxKeyDepth bounds the nesting of a page's data; deeper data is taken
// for a cycle.
const maxKeyDepth = 64

// keyBuffers recycles the buffers page data is encoded into.
var keyBuffers = sync.Pool{New: func() any { return new([]byte) }}

// eventViewType is the type whose encodings a keyer remembers.
var eventViewType = reflect.TypeFor[*eventView]()

// keyer computes the page keys of one build.
type keyer struct {
	// digest sums up the program and the templates.
	digest [32]byte
	// events maps an event's view to the SHA-256 of its encoding.
	events sync.Map
}

// pageKey returns the key of page template name run with data, given the
// digest of the program and the templates, with a keyer of its own.
func pageKey(digest [32]byte, name string, data any) (key [32]byte, ok bool) {
	return (&keyer{digest: digest}).key(name, data)
}

// key returns the key of page template name run with data; ok is false
// when the data has no exact encoding.
func (k *keyer) key(name string, data any) (key [32]byte, ok bool) {
	key, err := k.encode(k.digest[:], name, reflect.ValueOf(data), 0)
	return key, err == nil
}

// encode returns the SHA-256 of prefix, the string s and the encoding of
// v, found at depth of a page's data.
func (k *keyer) encode(prefix []byte, s string, v reflect.Value, depth int) ([32]byte, error) {
	bp := keyBuffers.Get().(*[]byte)
	defer func() {
		if cap(*bp) <= maxPooledBuffer {
			keyBuffers.Put(bp)
		}
	}()
	b := append((*bp)[:0], prefix...)
	b = appendString(b, s)
	b, err := k.encodeValue(b, v, depth)
	*bp = b
	if err != nil {
		return [32]byte{}, err
	}
	return sha256.Sum256(b), nil
}

// eventHash returns the SHA-256 of the encoding of the event view v, once
// per view and build.
func (k *keyer) eventHash(v reflect.Value, depth int) ([32]byte, error) {
	p := v.Pointer()
	if h, ok := k.events.Load(p); ok {
		return h.([32]byte), nil
	}
	h, err := k.encode(nil, "event", v.Elem(), depth)
	if err == nil {
		k.events.Store(p, h)
	}
	return h, err
}

// encodeValue appends v to b so that two values encode alike only when
// no template can tell them apart.
func (k *keyer) encodeValue(b []byte, v reflect.Value, depth int) ([]byte, error) {
	if depth > maxKeyDepth {
		return b, errNoKey
	}
	if !v.IsValid() {
		return append(b, 0), nil
	}
	t := v.Type()
	if t.NumMethod() > 0 && t.Kind() != reflect.Interface {
		return b, errNoKey
	}
	switch t.Kind() {
	case reflect.String:
		return appendString(b, v.String()), nil
	case reflect.Bool:
		if v.Bool() {
			return append(b, 1), nil
		}
		return append(b, 0), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return binary.LittleEndian.AppendUint64(b, uint64(v.Int())), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return binary.LittleEndian.AppendUint64(b, v.Uint()), nil
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return append(b, 0), nil
		}
		b = append(b, 1)
		if t == eventViewType {
			h, err := k.eventHash(v, depth+1)
			return append(b, h[:]...), err
		}
		if t.Kind() == reflect.Interface {
			b = appendString(b, v.Elem().Type().String())
		}
		return k.encodeValue(b, v.Elem(), depth+1)
	case reflect.Slice, reflect.Array:
		b = binary.LittleEndian.AppendUint64(b, uint64(v.Len()))
		var err error
		for i := range v.Len() {
			if b, err = k.encodeValue(b, v.Index(i), depth+1); err != nil {
				return b, err
			}
		}
		return b, nil
	case reflect.Struct:
		return k.encodeStruct(b, v, depth)
	}
	return b, errNoKey
}

// encodeStruct appends the exported fields of struct v, and of the
// structs it embeds, whose exported fields a template reaches as its own.
func (k *keyer) encodeStruct(b []byte, v reflect.Value, depth int) ([]byte, error) {
	t := v.Type()
	var err error
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() && !f.Anonymous {
			continue
		}
		if b, err = k.encodeValue(b, v.Field(i), depth+1); err != nil {
			return b, err
		}
	}
	return b, nil
}

// appendString appends s with its length, so that no two sequences of
// strings encode alike.
func appendString(b []byte, s string) []byte {
	b = binary.LittleEndian.AppendUint64(b, uint64(len(s)))
	return append(b, s...)
}
