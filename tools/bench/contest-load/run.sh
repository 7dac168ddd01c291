#!/usr/bin/env bash
# The contest under load (docs/benchmarks.md, "The contest under load"; issue 11 item 8).
# Starts the packaged application on PostgreSQL in a scratch database with the demo data (whose contest
# "cchc-thu-nghiem" is open now: weekly rounds, 10 questions, 15 minutes, 3 attempts), then in the same run:
#   1. the machine's limit: pgbench, 16 clients, 10 s, one single-row INSERT per transaction;
#   2. ContestLoad.java --mode load: 16, 64 and 256 concurrent participants (registration page, register,
#      participant page, start, attempt page, its questions' JSON, two batched saves, submit answered with the
#      result), completed attempts per second, p50/p99 of each step, errors, load average, the application's
#      CPU per request and per attempt, and the ratio to pgbench's rate;
#   3. ContestLoad.java --mode soak (unless BENCH_SOAK=0): BENCH_SOAK participants (default 10000) holding
#      open attempts with a save every 30 s for BENCH_SOAK_SECONDS (default 300).
# The abuse limits are raised by configuration for the run (all participants come from 127.0.0.1).
# BENCH_PROFILE=1 records a JFR profile of the application during the load runs (target/contest-load.jfr) and
# prints where the request threads' CPU time went (profile.py over jfr print --events jdk.ExecutionSample).
# Usage (from the repository root, as root so that `su postgres` works, after `mvn -DskipTests package`):
#   tools/bench/contest-load/run.sh ROLE PASSWORD
# Environment: BENCH_DATABASE (default parindex_load), BENCH_PORT (default 18611), BENCH_LEVELS
# (default 16,64,256; none: the soak only), BENCH_WARMUP/BENCH_SECONDS (default 20/40), BENCH_SOAK,
# BENCH_SOAK_SECONDS, BENCH_JAR (default target/parindex-*.jar).
set -euo pipefail
cd "$(dirname "$0")/../../.."
role=${1:?"usage: tools/bench/contest-load/run.sh ROLE PASSWORD"}
password=${2:?"usage: tools/bench/contest-load/run.sh ROLE PASSWORD"}
db=${BENCH_DATABASE:-parindex_load}
[[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_DATABASE: letters, digits and _ only" >&2; exit 2; }
port=${BENCH_PORT:-18611}
jar=${BENCH_JAR:-$(ls target/parindex-*.jar 2> /dev/null | head -1)}
[ -n "$jar" ] || { echo "run mvn -DskipTests package first" >&2; exit 2; }
here=tools/bench/contest-load
work=$(mktemp -d /tmp/parindex-contest-load-XXXXXX)
app_pid=

# shellcheck source=app.sh
. "$here/app.sh"

cleanup() {
  stop_app
  su postgres -c "dropdb --if-exists --force $db"
  rm -rf "$work"
}
trap cleanup EXIT

su postgres -c "dropdb --if-exists --force $db && createdb -O $role $db"
start_app

echo "== baseline: pgbench, 16 clients, 10 s, single-row INSERT, database $db; $(uptime)"
PGPASSWORD=$password psql -q -h 127.0.0.1 -U "$role" -d "$db" \
  -c "create table bench_insert (id bigserial primary key, note varchar(40), at timestamptz default now())"
echo "insert into bench_insert (note) values ('pgbench');" > "$work/insert.sql"
PGPASSWORD=$password pgbench -n -h 127.0.0.1 -U "$role" -c 16 -j 2 -T 10 -f "$work/insert.sql" "$db" \
  2> /dev/null | tee "$work/pgbench.txt" | grep -E "latency average|tps"
tps=$(grep -oE "tps = [0-9.]+" "$work/pgbench.txt" | head -1 | grep -oE "[0-9.]+$")

echo "== contest load: $(java -version 2>&1 | head -1); $(uptime)"
if [ "${BENCH_PROFILE:-0}" = 1 ]; then
  jcmd "$app_pid" JFR.start name=contest-load settings=profile > /dev/null
fi
if [ "${BENCH_LEVELS:-}" != none ]; then
  java "$here/ContestLoad.java" --mode load --base "http://127.0.0.1:$port" --levels "${BENCH_LEVELS:-16,64,256}" \
    --warmup "${BENCH_WARMUP:-20}" --seconds "${BENCH_SECONDS:-40}" --pgbench-tps "$tps" --app-pid "$app_pid"
fi

if [ "${BENCH_PROFILE:-0}" = 1 ]; then
  jcmd "$app_pid" JFR.stop name=contest-load filename="$PWD/target/contest-load.jfr" > /dev/null
  echo "== profile of the load runs (target/contest-load.jfr): CPU samples of the request threads"
  jfr print --stack-depth 256 --events jdk.ExecutionSample target/contest-load.jfr | python3 "$here/profile.py"
fi
if [ "${BENCH_SOAK:-10000}" != 0 ]; then
  java "$here/ContestLoad.java" --mode soak --base "http://127.0.0.1:$port" --participants "${BENCH_SOAK:-10000}" \
    --seconds "${BENCH_SOAK_SECONDS:-300}" --first-id 5000000 --app-pid "$app_pid"
fi
echo "== application: $(grep -c "ERROR" "$work/app.log" || true) ERROR lines in its log; $(uptime)"
