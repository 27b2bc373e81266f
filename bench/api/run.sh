#!/usr/bin/env bash
# Search API benchmark: builds a synthetic index, starts the API in Release on loopback, replays search and
# reference-lookup requests (also refs with one slip, which miss and answer "did you mean") with wrk (as fast as
# the API answers: throughput), then again at a fixed rate (RateClient, an open loop: latency at a stated load),
# and prints requests/s, latency percentiles and the API's memory.
#
#   bash bench/api/run.sh            # 10,000 circulars, 30 s per wrk run, 32 connections; 2,000 req/s for 15 s
#   COUNT=2000 DURATION=10s CONNECTIONS=16 RATE=1000 RATE_SECONDS=10 bash bench/api/run.sh
set -euo pipefail

COUNT=${COUNT:-10000}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
RATE=${RATE:-2000}
RATE_SECONDS=${RATE_SECONDS:-15}
PORT=${PORT:-5087}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${WORK:-$(mktemp -d /tmp/gecc-api-bench-XXXXXX)}
mkdir -p "$work"
here="$repo/bench/api"

if ! command -v wrk >/dev/null; then
  echo "installing wrk" >&2
  apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

echo "building (Release)" >&2
dotnet build "$repo/search-api/GeccPortal.SearchApi.csproj" -c Release -v quiet -nologo >/dev/null
dotnet build "$here/IndexBuilder/GeccPortal.Bench.ApiIndex.csproj" -c Release -v quiet -nologo >/dev/null
dotnet build "$here/RateClient/GeccPortal.Bench.RateClient.csproj" -c Release -v quiet -nologo >/dev/null

echo "building a synthetic index of $COUNT circulars in $work" >&2
rm -rf "$work/index" "$work/paths"
dotnet "$here/IndexBuilder/bin/Release/net10.0/GeccPortal.Bench.ApiIndex.dll" "$work/index" "$work/paths" "$COUNT" | tee "$work/index.txt" >&2
index_size=$(du -sh "$work/index" | cut -f1)

# The rate limiter is off: wrk is one client asking thousands of times a second, which it exists to refuse.
dotnet "$repo/search-api/bin/Release/net10.0/GeccPortal.SearchApi.dll" \
  --index "$work/index" --urls "http://127.0.0.1:$PORT" --Search:RateLimit:PerSecond=0 >"$work/api.log" 2>&1 &
api=$!
trap 'kill "$api" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null || { echo "API not ready; log: $work/api.log" >&2; exit 1; }

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$api/stat"; }
run() { # name paths-file duration; also records the API's CPU time over the run
  local before
  before=$(cpu_ticks)
  WRK_PATHS="$work/paths/$2" WRK_THREADS="$THREADS" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency -s "$here/paths.lua" \
    "http://127.0.0.1:$PORT" >"$work/$1.txt"
  echo $(($(cpu_ticks) - before)) >"$work/$1.cpu"
}
# CPU milliseconds the API spent per request: unlike requests/s, this does not depend on what else runs.
cpu_ms() {
  awk -v ticks="$(cat "$work/$1.cpu")" -v hz="$(getconf CLK_TCK)" '/requests in/ { printf "%.2f", ticks * 1000 / hz / $1 }' "$work/$1.txt"
}
rss_mb() { awk -v key="$1" '$1 == key":" { printf "%.0f", $2 / 1024 }' "/proc/$api/status"; }
field() { # file pattern -> value with unit, from wrk's output
  awk -v pattern="$2" '$1 == pattern { print $2; exit }' "$work/$1.txt"
}
at_rate() { # name paths-file; latency at $RATE requests/s, and the API's CPU over the run
  local before
  before=$(cpu_ticks)
  dotnet "$here/RateClient/bin/Release/net10.0/GeccPortal.Bench.RateClient.dll" \
    "http://127.0.0.1:$PORT" "$work/paths/$2" "$RATE" "$RATE_SECONDS" >"$work/$1.txt"
  echo $(($(cpu_ticks) - before)) >"$work/$1.cpu"
}
rate_field() { # file key -> value, from the rate client's key=value line
  tr ' ' '\n' <"$work/$1.txt" | awk -F= -v key="$2" '$1 == key { print $2 }'
}
rate_row() { # label file
  local sent
  sent=$(($(rate_field "$2" ok) + $(rate_field "$2" non2xx)))
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$(rate_field "$2" achieved)" "$(rate_field "$2" p50)" \
    "$(rate_field "$2" p90)" "$(rate_field "$2" p99)" "$(rate_field "$2" max)" \
    "$(rate_field "$2" non2xx) / $(rate_field "$2" failed) / $(rate_field "$2" dropped)" \
    "$(awk -v ticks="$(cat "$work/$2.cpu")" -v hz="$(getconf CLK_TCK)" -v n="$sent" 'BEGIN { if (n > 0) printf "%.2f", ticks * 1000 / hz / n }')"
}
non2xx() { awk '/Non-2xx/ { print $NF; found=1 } END { if (!found) print 0 }' "$work/$1.txt"; }

echo "warming up" >&2
run warmup search-paths.txt 10s
run warmup-lookup lookup-paths.txt 5s
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "measuring search for $DURATION" >&2
run search search-paths.txt "$DURATION"
echo "measuring uncached search for $DURATION" >&2
run search-uncached search-unique-paths.txt "$DURATION"
echo "measuring lookup for $DURATION" >&2
run lookup lookup-paths.txt "$DURATION"
echo "measuring uncached lookup for $DURATION" >&2
run lookup-uncached lookup-unique-paths.txt "$DURATION"
echo "measuring lookup of refs with one slip (404 + did you mean) for $DURATION" >&2
run lookup-slip lookup-slip-paths.txt "$DURATION"
for name in search search-unique lookup lookup-unique lookup-slip; do
  echo "measuring $name at $RATE requests/s for $RATE_SECONDS s" >&2
  at_rate "rate-$name" "$name-paths.txt"
done

cat <<TABLE

machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(uname -sr); wrk and the API share the cores
load average before measuring: $load_before (other work on the machine competes for the same cores)
corpus: $COUNT synthetic circulars, index $index_size ($(cat "$work/index.txt"))
wrk: -t$THREADS -c$CONNECTIONS -d$DURATION --latency (paths: $work/paths)

| run | requests/s | p50 | p90 | p99 | non-2xx | API CPU ms/request |
|---|---|---|---|---|---|---|
| search, 2,000 queries replayed | $(awk '/Requests\/sec/ { print $2 }' "$work/search.txt") | $(field search 50%) | $(field search 90%) | $(field search 99%) | $(non2xx search) | $(cpu_ms search) |
| search, every query new | $(awk '/Requests\/sec/ { print $2 }' "$work/search-uncached.txt") | $(field search-uncached 50%) | $(field search-uncached 90%) | $(field search-uncached 99%) | $(non2xx search-uncached) | $(cpu_ms search-uncached) |
| lookup, 2,000 refs replayed | $(awk '/Requests\/sec/ { print $2 }' "$work/lookup.txt") | $(field lookup 50%) | $(field lookup 90%) | $(field lookup 99%) | $(non2xx lookup) | $(cpu_ms lookup) |
| lookup, every ref new | $(awk '/Requests\/sec/ { print $2 }' "$work/lookup-uncached.txt") | $(field lookup-uncached 50%) | $(field lookup-uncached 90%) | $(field lookup-uncached 99%) | $(non2xx lookup-uncached) | $(cpu_ms lookup-uncached) |
| lookup, every ref new with one slip (all 404 with didYouMean) | $(awk '/Requests\/sec/ { print $2 }' "$work/lookup-slip.txt") | $(field lookup-slip 50%) | $(field lookup-slip 90%) | $(field lookup-slip 99%) | $(non2xx lookup-slip) | $(cpu_ms lookup-slip) |

At a fixed rate (bench/api/RateClient, an open loop after 2 s of warm-up: request i is due at i/$RATE s, latency counts from its
due time, and more than 1,000 waiting requests are dropped, not sent), $RATE requests/s for $RATE_SECONDS s:

| run | answered/s | p50 | p90 | p99 | max | non-2xx / failed / dropped | API CPU ms/request |
|---|---|---|---|---|---|---|---|
$(rate_row "search, 2,000 queries replayed" rate-search)
$(rate_row "search, every query new" rate-search-unique)
$(rate_row "lookup, 2,000 refs replayed" rate-lookup)
$(rate_row "lookup, every ref new" rate-lookup-unique)
$(rate_row "lookup, every ref new with one slip (404 + didYouMean)" rate-lookup-slip)

API memory: RSS $(rss_mb VmRSS) MB now, peak $(rss_mb VmHWM) MB
TABLE
