#!/usr/bin/env bash
# Times the editors' loop: `gecc serve` on a synthetic corpus of N circulars, then EDITS one-title edits, each
# waited for; prints the wall time of each rebuild as serve's summary line gives it, and the median of all
# but the first (which reads the cache file; later ones keep it in memory).
#
#   bench/site/serve.sh [N]        N circulars, default 10000; EDITS=7; SEED=1; BENCH_DIR=/tmp
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
count=${1:-10000}
edits=${EDITS:-7}
work=$(mktemp -d "${BENCH_DIR:-/tmp}/gecc-serve-bench.XXXXXX")
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

python3 -B "$here/make_corpus.py" --count "$count" --seed "${SEED:-1}" --out "$work/content" >/dev/null
dotnet publish "$repo/generator" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/gecc-bin" --artifacts-path "$work/artifacts" --nologo -v quiet >"$work/publish.log" 2>&1

log="$work/serve.log"
dotnet "$work/gecc-bin/gecc.dll" serve --content "$work/content" --output "$work/out/_site" --index "$work/out/_index" --port 0 >"$log" 2>&1 &
server=$!
for _ in $(seq 1 300); do grep -q "http://" "$log" && break; sleep 1; done
grep -q "http://" "$log" || { echo "serve did not start"; tail -n 5 "$log"; exit 1; }
echo "== first build: $(grep -m1 '^build:' "$log" | sed -E 's/.* in ([0-9.]+ s).*/\1/')"

files=("$work"/content/circulars/*.md)
for i in $(seq 1 "$edits"); do
  before=$(grep -c '^rebuild' "$log" || true)
  file=${files[$(( (i * 997) % ${#files[@]} ))]}
  sed -i '0,/^title: /s/^title: \(.*\)$/title: \1 (ฉบับแก้ไข)/' "$file"
  for _ in $(seq 1 100); do [ "$(grep -c '^rebuild' "$log" || true)" -gt "$before" ] && break; sleep 0.2; done
  sleep 1 # past the watcher's quiet period, so the next edit is a rebuild of its own
done

times=$(grep '^rebuild' "$log" | sed -E 's/.* in ([0-9.]+) s .*/\1/')
echo "== rebuilds after one edit each (s): $(echo $times)"
echo "== median after the first: $(echo "$times" | tail -n +2 | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) " s" }')"
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"
