#!/usr/bin/env bash
# The floor under the contest's requests (docs/benchmarks.md, "The contest under load"; issue 11 item 8): what
# the packaged application costs per request when it does almost nothing, beside nginx serving the same bytes.
# Starts the application on PostgreSQL in a scratch database with the demo data (as run.sh does) and nginx
# (tools/bench/nginx.sh), then runs wrk (2 threads, BENCH_CONNECTIONS connections, default 64; a 10 s warm-up
# that is not counted, then BENCH_SECONDS, default 20) on:
#   1. the application's registration page of the demo's open contest (kept as rendered HTML, each request
#      with its own CSRF token and cookie: a new visitor's first page), then nginx serving its bytes;
#   2. the application's style sheet /assets/css/parindex.css (no template, no database: Tomcat, the filter
#      chain, finding the handler and the resource handler), then nginx serving the same bytes;
# with requests per second, p50/p99 latency, and the application's CPU time per request (from /proc).
# Usage (from the repository root, as root so that `su postgres` works, after `mvn -DskipTests package`):
#   tools/bench/contest-load/floor.sh ROLE PASSWORD
# Environment: BENCH_DATABASE (default parindex_load), BENCH_PORT (default 18611), BENCH_NGINX_PORT (default
# 18080), BENCH_CONNECTIONS, BENCH_SECONDS, BENCH_JAR (default target/parindex-*.jar).
set -euo pipefail
cd "$(dirname "$0")/../../.."
role=${1:?"usage: tools/bench/contest-load/floor.sh ROLE PASSWORD"}
password=${2:?"usage: tools/bench/contest-load/floor.sh ROLE PASSWORD"}
db=${BENCH_DATABASE:-parindex_load}
[[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_DATABASE: letters, digits and _ only" >&2; exit 2; }
port=${BENCH_PORT:-18611}
nginx_port=${BENCH_NGINX_PORT:-18080}
connections=${BENCH_CONNECTIONS:-64}
seconds=${BENCH_SECONDS:-20}
jar=${BENCH_JAR:-$(ls target/parindex-*.jar 2> /dev/null | head -1)}
[ -n "$jar" ] || { echo "run mvn -DskipTests package first" >&2; exit 2; }
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
here=tools/bench/contest-load
work=$(mktemp -d /tmp/parindex-contest-floor-XXXXXX)
app_pid=

# shellcheck source=app.sh
. "$here/app.sh"
# shellcheck source=../nginx.sh
. tools/bench/nginx.sh

cleanup() {
  stop_app
  stop_nginx
  su postgres -c "dropdb --if-exists --force $db"
  rm -rf "$work"
}
trap cleanup EXIT

# the application's CPU time so far, in clock ticks (utime + stime of /proc/PID/stat)
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$app_pid/stat"
}

# measure NAME URL [app]: wrk's warm-up, then the counted run; with "app", the application's CPU per request
measure() {
  local name=$1 url=$2 before after requests
  wrk -t2 -c"$connections" -d10s "$url" > /dev/null
  before=$(cpu_ticks)
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url" > "$work/wrk.txt"
  after=$(cpu_ticks)
  requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
  awk -v name="$name" -v ticks="$((after - before))" -v hz="$(getconf CLK_TCK)" -v requests="$requests" \
    -v app="${3:-}" -v seconds="$seconds" '
    /Requests\/sec/ { rate = $2 }
    /^ +50%/ { p50 = $2 }
    /^ +99%/ { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    END {
      printf "  %-34s %9.0f requests/s  p50 %8s  p99 %8s  non-2xx %s", name, rate, p50, p99, bad ? bad : 0
      if (app) printf "  application CPU %.2f cores, %.3f ms per request", ticks / hz / seconds, 1000 * ticks / hz / requests
      printf "\n"
    }' "$work/wrk.txt"
}

su postgres -c "dropdb --if-exists --force $db && createdb -O $role $db"
start_app
start_nginx
page=/cuoc-thi/cchc-thu-nghiem/dang-ky
curl -fs -o "$nginx_dir/www/dang-ky.html" "http://127.0.0.1:$port$page"
curl -fs -o "$nginx_dir/www/parindex.css" "http://127.0.0.1:$port/assets/css/parindex.css"
chmod 644 "$nginx_dir/www/"*
echo "== $connections connections, 10 s warm-up, $seconds s counted; $(java -version 2>&1 | head -1); $(uptime)"
echo "   registration page $(stat -c %s "$nginx_dir/www/dang-ky.html") bytes, style sheet $(stat -c %s "$nginx_dir/www/parindex.css") bytes"
measure "application: registration page" "http://127.0.0.1:$port$page" app
measure "nginx: the same bytes" "http://127.0.0.1:$nginx_port/dang-ky.html"
measure "application: style sheet" "http://127.0.0.1:$port/assets/css/parindex.css" app
measure "nginx: the same bytes" "http://127.0.0.1:$nginx_port/parindex.css"
echo "== application: $(grep -c "ERROR" "$work/app.log" || true) ERROR lines in its log; $(uptime)"
