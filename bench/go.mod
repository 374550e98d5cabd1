module github.com/eventline/timeline/bench

go 1.26
