#!/usr/bin/env bash
# Times Hugo and our generator (gecc) on the same synthetic corpus of N circulars: Hugo's full build,
# then gecc's full build, a rebuild with nothing changed and a rebuild after one circular changed.
# Wall time and peak memory come from /usr/bin/time -v. Writes the table to bench/site/RESULTS.md.
#
#   bench/site/run.sh [N]          N circulars, default 10000
#   SEED=2 bench/site/run.sh       another corpus of the same size (default seed 1)
#   KEEP=1 bench/site/run.sh 500   keep the work folder (corpus, outputs, logs) for a look afterwards
#   ROUNDS=3 bench/site/run.sh     repeat every build 3 times and report the medians (default 1)
#   BENCH_DIR=/dev/shm bench/site/run.sh   put the work folder there (default /tmp): on a tmpfs, the disk's
#                                  file system (ext4 finding free inodes for 13,000 new folders) is out of it
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
count=${1:-10000}
seed=${SEED:-1}
rounds=${ROUNDS:-1}

need_package() { # command, Debian package
  command -v "$1" >/dev/null 2>&1 && return
  echo "installing $2 ..."
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y "$2" >/dev/null || { $sudo apt-get update >/dev/null && $sudo apt-get install -y "$2" >/dev/null; }
}
need_package hugo hugo
need_package /usr/bin/time time
command -v python3 >/dev/null || { echo "error: python3 is needed to write the corpus" >&2; exit 2; }

work=$(mktemp -d "${BENCH_DIR:-/tmp}/gecc-bench.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "work folder: $work"; else trap 'rm -rf "$work"' EXIT; fi
results="$work/results.tsv"
: >"$results"

# measure TOOL BUILD ROUND OUTPUT_DIR COMMAND...: runs COMMAND under /usr/bin/time -v and appends one row:
# tool, build, exit code, wall seconds, peak RSS kB, HTML pages in the output, files written by this run, and
# for gecc the milliseconds its summary line gives the search index stage (Hugo builds no index).
measure() {
  local tool=$1 build=$2 round=$3 out=$4; shift 4
  local name="$work/$tool-$build-$round"
  local marker="$name.start" timing="$name.time" log="$name.log"
  touch "$marker"
  sleep 0.01 # so files this run writes are strictly newer than the marker
  local code=0
  /usr/bin/time -v -o "$timing" "$@" >"$log" 2>&1 || code=$?
  local wall rss pages written
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$timing")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$timing")
  pages=$(find "$out" -name '*.html' 2>/dev/null | wc -l)
  written=$(find "$out" -type f -newer "$marker" 2>/dev/null | wc -l)
  local index_ms
  index_ms=$(sed -n 's/.*, index \([0-9]*\) ms).*/\1/p' "$log" | tail -n 1)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$build" "$code" "$wall" "$rss" "$pages" "$written" "$index_ms" >>"$results"
  printf '%-5s %-12s exit %s  %6.2f s  %7d MB peak  %6d pages  %6d files written\n' \
    "$tool" "$build" "$code" "$wall" $((rss / 1024)) "$pages" "$written"
  if [ "$code" -ne 0 ]; then echo "  last lines of $tool $build:"; tail -n 5 "$log" | sed 's/^/    /'; return 1; fi
  if [ "$pages" -eq 0 ]; then echo "  $tool $build exited 0 but wrote no pages"; return 1; fi
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cd "$work" # whatever a tool writes by default lands here, never in the caller's folder
echo "== corpus: $count circulars, seed $seed"
python3 -B "$here/make_corpus.py" --count "$count" --seed "$seed" --out "$work/content" --hugo "$work/hugo"
cp -r "$here/hugo/." "$work/hugo/"

echo "== hugo ($(hugo version | cut -d' ' -f2))"
for round in $(seq "$rounds"); do
  rm -rf "$work/hugo-public"
  measure hugo full "$round" "$work/hugo-public" \
    hugo --source "$work/hugo" --destination "$work/hugo-public" --quiet || break
done

echo "== gecc (publishing generator/ in Release, ReadyToRun for linux-x64)"
gecc_note=""
# --artifacts-path keeps this publish out of generator/bin and obj, which a developer may be building.
# ReadyToRun compiles ahead of time, as a release of the tool would ship: a small rebuild is otherwise
# mostly the JIT compiling the code it runs once.
if timeout 900 dotnet publish "$repo/generator" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/gecc-bin" --artifacts-path "$work/artifacts" --nologo -v quiet >"$work/publish.log" 2>&1; then
  # The generator's own validator is the judge of the corpus: it must be valid content.
  if ! dotnet "$work/gecc-bin/gecc.dll" check --content "$work/content" >"$work/check.log" 2>&1; then
    gecc_note="gecc check rejected the corpus: $(grep -m1 -E 'error' "$work/check.log" || tail -n 1 "$work/check.log")"
    echo "  $gecc_note"
  fi
  gecc=(dotnet "$work/gecc-bin/gecc.dll" build --content "$work/content" --output "$work/gecc/_site"
    --index "$work/gecc/_index")
  for round in $(seq "$rounds"); do
    rm -rf "$work/gecc" # a full build starts from nothing: no site, no index, no cache
    measure gecc full "$round" "$work/gecc/_site" "${gecc[@]}" || break
    measure gecc no-change "$round" "$work/gecc/_site" "${gecc[@]}" || break
    # One circular's title changes (another one each round): its page and every listing that shows
    # it must be rewritten.
    changed=$(find "$work/content/circulars" -name '*.md' | sort | sed -n "$(((count + 1) / 2 + round - 1))p")
    sed -i '0,/^title: /s/^title: \(.*\)$/title: \1 (ฉบับแก้ไข)/' "$changed"
    measure gecc one-changed "$round" "$work/gecc/_site" "${gecc[@]}" || break
  done
else
  gecc_note="dotnet publish of generator/ failed; see the last lines below"
  echo "  $gecc_note"; tail -n 5 "$work/publish.log" | sed 's/^/    /'
fi

command=${0#"$repo/"}
python3 -B "$here/report.py" --results "$results" --count "$count" --seed "$seed" \
  --command "${BENCH_DIR:+BENCH_DIR=$BENCH_DIR }ROUNDS=$rounds SEED=$seed bash $command $count" --note "$gecc_note" \
  --load-before "$load_before" --filesystem "$( (findmnt -no FSTYPE -T "$work" 2>/dev/null || stat -f -c %T "$work") | head -n 1)" >"$here/RESULTS.md"
echo "== wrote $here/RESULTS.md"
cat "$here/RESULTS.md"
