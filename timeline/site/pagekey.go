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

// errNoKey tells that a value cannot be encoded exactly.
var errNoKey = errors.New("value has no exact encoding")

// maxKeyDepth bounds the nesting of a page's data; deeper data is taken
// for a cycle.
const maxKeyDepth = 64

// keyBuffers recycles the buffers page data is encoded into.
var keyBuffers = sync.Pool{New: func() any { return new([]byte) }}

// pageKey returns the key of page template name run with data, given the
// digest of the program and the templates; ok is false when the data has
// no exact encoding.
func pageKey(digest [32]byte, name string, data any) (key [32]byte, ok bool) {
	bp := keyBuffers.Get().(*[]byte)
	defer keyBuffers.Put(bp)
	b := append((*bp)[:0], digest[:]...)
	b = appendString(b, name)
	b, err := encodeValue(b, reflect.ValueOf(data), 0)
	*bp = b
	if err != nil {
		return key, false
	}
	return sha256.Sum256(b), true
}

// encodeValue appends v to b so that two values encode alike only when
// no template can tell them apart.
func encodeValue(b []byte, v reflect.Value, depth int) ([]byte, error) {
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
		if t.Kind() == reflect.Interface {
			b = appendString(b, v.Elem().Type().String())
		}
		return encodeValue(b, v.Elem(), depth+1)
	case reflect.Slice, reflect.Array:
		b = binary.LittleEndian.AppendUint64(b, uint64(v.Len()))
		var err error
		for i := range v.Len() {
			if b, err = encodeValue(b, v.Index(i), depth+1); err != nil {
				return b, err
			}
		}
		return b, nil
	case reflect.Struct:
		return encodeStruct(b, v, depth)
	}
	return b, errNoKey
}

// encodeStruct appends the exported fields of struct v, and of the
// structs it embeds, whose exported fields a template reaches as its own.
func encodeStruct(b []byte, v reflect.Value, depth int) ([]byte, error) {
	t := v.Type()
	var err error
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() && !f.Anonymous {
			continue
		}
		if b, err = encodeValue(b, v.Field(i), depth+1); err != nil {
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
