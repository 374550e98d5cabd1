package timeline

// dropFeatures drops the features of the events' mentions once they are
// clustered: a build keeps every mention until its site is written, and
// the site writer does not read them.
func dropFeatures(events []*Event) {
	for _, e := range events {
		for _, m := range e.Mentions {
			m.feat = nil
		}
	}
}
