#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile preset, the default: emulated phone, simulated slow 4G and CPU) with Debian's Chromium
# on the home page, a circular and the search page with results, served on loopback by `gecc serve` (site and
# search API from one host, as the README's run command does). Prints one line per page with the performance
# and accessibility scores and keeps the full JSON reports in bench/out/lighthouse/.
#   bash bench/lighthouse/run.sh            # builds content/ and serves it on port 8099
#   PORT=9000 bash bench/lighthouse/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${PORT:-8099}
out=bench/out/lighthouse
work=$(mktemp -d)
mkdir -p "$out"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

# The README's `dotnet run --project generator -c Release -- serve`, with the built program started directly so
# that $! is the server itself and stopping it leaves nothing behind.
dotnet build generator -c Release -v quiet -nologo >/dev/null
dotnet generator/bin/Release/net10.0/gecc.dll serve --content content --output "$work/site" --index "$work/index" --port "$port" >"$work/serve.log" 2>&1 &
server=$!
stop() {
  # gecc serve may outlive SIGTERM (it stops on Ctrl+C); it is our own child, so make sure it is gone.
  kill "$server" 2>/dev/null || true
  for _ in 1 2 3 4 5; do kill -0 "$server" 2>/dev/null || break; sleep 1; done
  kill -9 "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/" >/dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/" >/dev/null || { echo "lighthouse: gecc serve did not start"; cat "$work/serve.log"; exit 1; }

# The first circular page the home page links to, and a Thai query that has results.
circular=$(curl -s "http://127.0.0.1:$port/" | grep -o 'href="/circulars/[^"]*/"' | head -1 | sed 's/href="\(.*\)"/\1/')
query=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("ศูนย์ราชการสะดวก"))')

flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
printf '%-8s %-11s %-13s %s\n' page performance accessibility url
for pair in "home|/" "circular|$circular" "search|/search/?q=$query"; do
  name=${pair%%|*}
  url="http://127.0.0.1:$port${pair#*|}"
  npx -y lighthouse@12.2.3 "$url" --quiet --chrome-flags="$flags" \
    --only-categories=performance,accessibility --output=json --output-path="$out/$name.json" >/dev/null 2>"$work/$name.err" \
    || { echo "lighthouse failed on $url"; cat "$work/$name.err"; exit 1; }
  node -e '
    const r = require(process.argv[1]);
    const s = c => Math.round(r.categories[c].score * 100);
    console.log(process.argv[2].padEnd(8), String(s("performance")).padEnd(11), String(s("accessibility")).padEnd(13), process.argv[3]);
  ' "$PWD/$out/$name.json" "$name" "$url"
done
