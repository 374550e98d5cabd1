module github.com/eventline/timeline

go 1.26.8

require (
	golang.org/x/sys v0.49.0
	golang.org/x/text v0.43.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/gorilla/feeds v1.2.0 // indirect
	github.com/yuin/goldmark v1.8.7 // indirect
)
