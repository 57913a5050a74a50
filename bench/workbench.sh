#!/usr/bin/env bash
# Workbench benchmark: time from `bin/crossroads serve` to the first page served, then latency and throughput
# of GET /api/pack and /api/pack/gas under 20 concurrent clients on loopback (wrk, bounded to 10 s each).
# Usage: bench/workbench.sh [PACK_DIR]   (needs the jar built: CROSSROADS_REBUILD=1 bin/crossroads --version)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pack="${1:-$root/core/src/test/resources/packs/minimal}"
port=7399
db="$(mktemp -d)/bench.db"
start=$(date +%s.%N)
"$root/bin/crossroads" serve --port $port --db "jdbc:sqlite:$db" --pack "$pack" > /tmp/crossroads-bench-serve.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.05; done
ready=$(date +%s.%N)
printf 'first page served %.2f s after launch\n' "$(echo "$ready - $start" | bc)"
grep -h "started in" /tmp/crossroads-bench-serve.log || true
for path in /api/pack /api/pack/gas; do
  curl -fs -o /dev/null -w "$path: %{size_download} bytes\n" "http://127.0.0.1:$port$path"
  wrk -t2 -c20 -d10s --latency "http://127.0.0.1:$port$path"
done
