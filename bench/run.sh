#!/usr/bin/env bash
# bench/run.sh: whole-build benchmark of timeline against Hugo.
#
#   bench/run.sh                 # 1k and 10k articles
#   bench/run.sh 1000 10000 100000
#   TOOLS=timeline bench/run.sh 100000   # ours only
#
# For each size it generates a corpus (timeline/internal/corpus, seed 1)
# under $WORK, builds it with `timeline build -q` from scratch (then once
# more after editing one article, with the cache), and the same articles as
# plain Markdown pages with Hugo (bench/hugo: hugo.toml and minimal
# layouts, RSS on), each under /usr/bin/time -v, and prints a Markdown
# table of wall time, CPU time, peak RSS and files written.
#
# Environment:
#   WORK=/tmp/timeline-bench     corpora, sites and logs
#   GOBIN=/tmp/gobin             where Hugo is installed
#   HUGO_VERSION=v0.160.0        pinned: the proxy's @latest may be refused
#   TOOLS="timeline hugo"        which builders to run
#   TIMEOUT=1800                 seconds before a build is stopped
#   MAXMEM_GB=8                  address-space limit of one build
#   SEED=1
#   REPEAT=1                     runs per build; the row shows the fastest
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-/tmp/timeline-bench}
GOBIN=${GOBIN:-/tmp/gobin}
HUGO_VERSION=${HUGO_VERSION:-v0.160.0}
TOOLS=${TOOLS:-timeline hugo}
TIMEOUT=${TIMEOUT:-1800}
MAXMEM_GB=${MAXMEM_GB:-8}
SEED=${SEED:-1}
REPEAT=${REPEAT:-1}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

mkdir -p "$WORK" "$GOBIN"
results="$WORK/results.md"

# install_tools builds timeline and gencorpus, and installs Hugo once.
install_tools() {
	(cd "$root" && go build -o "$WORK/timeline-bin" ./cmd/timeline &&
		go build -o "$WORK/gencorpus" ./timeline/internal/corpus/cmd/gencorpus)
	if [[ " $TOOLS " == *" hugo "* ]] && ! "$GOBIN/hugo" version 2>/dev/null | grep -q "${HUGO_VERSION#v}"; then
		echo "installing hugo $HUGO_VERSION into $GOBIN (takes minutes)" >&2
		GOBIN="$GOBIN" CGO_ENABLED=0 go install "github.com/gohugoio/hugo@$HUGO_VERSION"
	fi
}

# corpus writes the corpus of n articles once: $WORK/cN (site.yaml, content/).
corpus() {
	local n=$1 dir="$WORK/c$1"
	if [ ! -f "$dir/.complete-$mark" ]; then
		rm -rf "$dir"
		"$WORK/gencorpus" -n "$n" -seed "$SEED" -o "$dir"
		touch "$dir/.complete-$mark"
	fi
	echo "$dir"
}

# hugosite writes the Hugo site of n articles: bench/hugo plus a copy of
# the same content, with the articles' url key renamed source_url (in Hugo
# front matter, url would set the page's own path).
hugosite() {
	local n=$1 src dir="$WORK/hugo$1"
	src=$(corpus "$n")
	if [ ! -f "$dir/.complete-$mark" ]; then
		rm -rf "$dir"
		mkdir -p "$dir"
		cp -r "$root/bench/hugo/." "$dir/"
		cp -r "$src/content" "$dir/content"
		find "$dir/content" -name '*.md' -print0 | xargs -0 sed -i '2,6s/^url: /source_url: /'
		touch "$dir/.complete-$mark"
	fi
	echo "$dir"
}

# measure runs a command under /usr/bin/time -v with the time and memory
# limits, and prints: status wall_s cpu_s peak_rss_mb.
measure() {
	local log=$1
	shift
	local status=ok
	(
		ulimit -v $((MAXMEM_GB * 1024 * 1024))
		exec /usr/bin/time -v timeout "$TIMEOUT" "$@"
	) >"$log" 2>&1 || status="failed($?)"
	if grep -q "Exit status: 124" "$log"; then status="stopped after ${TIMEOUT}s"; fi
	awk -v status="$status" '
		/Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
		/User time \(seconds\)/ { cpu += $NF }
		/System time \(seconds\)/ { cpu += $NF }
		/Maximum resident set size/ { rss = $NF / 1024 }
		END { printf "%s %.2f %.2f %.0f\n", status, wall, cpu, rss }' "$log"
}

# best runs a build REPEAT times, each from scratch: the output folder and
# caches (the first argument, a space-separated list) removed. It prints
# the measures of the fastest run.
best() {
	local clean=$1 log=$2
	shift 2
	for ((i = 0; i < REPEAT; i++)); do
		rm -rf $clean
		measure "$log" "$@"
	done | sort -k2,2n | head -n 1
}

# run_timeline builds the corpus of n articles with timeline from scratch
# (no public/, no .timeline/ cache), then measures a rebuild after one
# article was edited: the incremental build.
run_timeline() {
	local n=$1 dir
	dir=$(corpus "$n")
	read -r status wall cpu rss < <(best "$dir/public $dir/.timeline" "$WORK/timeline-$n.log" "$WORK/timeline-bin" build -s "$dir" -q)
	row "$n" "timeline" "$status" "$wall" "$cpu" "$rss" "$(files "$dir/public")"
	[ "$status" = ok ] || return 0
	local article
	article=$(find "$dir/content" -name '000000-*.md')
	cp "$article" "$WORK/edited.md.orig"
	printf '\nThe ministry said on Monday that talks would resume next week.\n' >>"$article"
	read -r status wall cpu rss < <(measure "$WORK/timeline-$n-edit.log" "$WORK/timeline-bin" build -s "$dir" -q)
	cp "$WORK/edited.md.orig" "$article"
	row "$n" "timeline, 1 article edited" "$status" "$wall" "$cpu" "$rss" "$(files "$dir/public")"
}

# run_hugo builds the same articles with Hugo.
run_hugo() {
	local n=$1 dir
	dir=$(hugosite "$n")
	read -r status wall cpu rss < <(best "$dir/public $dir/resources" "$WORK/hugo-$n.log" "$GOBIN/hugo" --quiet -s "$dir")
	row "$n" "hugo $HUGO_VERSION" "$status" "$wall" "$cpu" "$rss" "$(files "$dir/public")"
}

# files counts the files under a folder.
files() { [ -d "$1" ] && find "$1" -type f | wc -l || echo 0; }

# row prints one table row and appends it to the results.
row() {
	printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$4" "$6" "$7" "$5" "$3" | tee -a "$results"
}

install_tools
# mark names a generated corpus: a new generator version or seed regenerates.
mark="$("$WORK/gencorpus" -version)-s$SEED"
{
	echo
	echo "<!-- $(date -u +%FT%TZ) $(cd "$root" && git rev-parse --short HEAD) nproc=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) -->"
	echo "| articles | builder | wall s | peak RSS MB | files | CPU s (user+sys) | status |"
	echo "| ---: | --- | ---: | ---: | ---: | ---: | --- |"
} | tee -a "$results"
for n in "${sizes[@]}"; do
	for tool in $TOOLS; do
		"run_$tool" "$n"
	done
done
echo "(appended to $results; logs in $WORK)" >&2
