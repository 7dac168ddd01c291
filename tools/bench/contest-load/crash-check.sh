#!/usr/bin/env bash
# The contest's crash check (issue 11 item 9; docs/operations.md, "The contest: crash check").
# Starts the packaged application on PostgreSQL in a scratch database with the demo data (contest
# "cchc-thu-nghiem", open now), drives BENCH_CONCURRENCY (default 32) simulated participants through it
# (ContestLoad.java --mode crash: register, start, the questions, save the answers, submit), kills the
# application with kill -9 after BENCH_KILL_AFTER seconds (default 30), restarts it at once and keeps the
# participants going until BENCH_SECONDS (default 150) have passed. Every submission acknowledged to a
# participant (the submit answered with its result page; until 2026-12-02 with a redirect to it) is written
# down with the score that page showed (-1 when none was read). Then, in the database:
#   - every acknowledged submission is there, submitted (verdict ON_TIME or IN_GRACE) with a score;
#   - its score is the one the participant was shown;
#   - each of those participants has exactly one submitted attempt (one attempt each in this run).
# Exits 1 if any of these fails.
# Usage (from the repository root, as root so that `su postgres` works, after `mvn -DskipTests package`):
#   tools/bench/contest-load/crash-check.sh ROLE PASSWORD
# Environment: BENCH_DATABASE (default parindex_load), BENCH_PORT (default 18611), BENCH_JAR.
set -euo pipefail
cd "$(dirname "$0")/../../.."
role=${1:?"usage: tools/bench/contest-load/crash-check.sh ROLE PASSWORD"}
password=${2:?"usage: tools/bench/contest-load/crash-check.sh ROLE PASSWORD"}
db=${BENCH_DATABASE:-parindex_load}
[[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_DATABASE: letters, digits and _ only" >&2; exit 2; }
port=${BENCH_PORT:-18611}
jar=${BENCH_JAR:-$(ls target/parindex-*.jar 2> /dev/null | head -1)}
[ -n "$jar" ] || { echo "run mvn -DskipTests package first" >&2; exit 2; }
here=tools/bench/contest-load
work=$(mktemp -d /tmp/parindex-contest-crash-XXXXXX)
app_pid=
load_pid=

# shellcheck source=app.sh
. "$here/app.sh"

cleanup() {
  if [ -n "$load_pid" ] && kill -0 "$load_pid" 2> /dev/null; then
    kill "$load_pid"
  fi
  stop_app
  su postgres -c "dropdb --if-exists --force $db"
  rm -rf "$work"
}
trap cleanup EXIT

sql() {
  PGPASSWORD=$password psql -q -X -A -t -h 127.0.0.1 -U "$role" -d "$db" "$@"
}

su postgres -c "dropdb --if-exists --force $db && createdb -O $role $db"
start_app
: > "$work/acks.csv"
java "$here/ContestLoad.java" --mode crash --base "http://127.0.0.1:$port" --levels "${BENCH_CONCURRENCY:-32}" \
  --seconds "${BENCH_SECONDS:-150}" --acks "$work/acks.csv" > "$work/load.txt" 2>&1 &
load_pid=$!
sleep "${BENCH_KILL_AFTER:-30}"
echo "== kill -9 $app_pid after ${BENCH_KILL_AFTER:-30} s: $(wc -l < "$work/acks.csv") submissions acknowledged so far;" \
  "$(sql -c "select count(*) from contest_attempt where submitted_at is not null") submitted in the database; $(uptime)"
kill -9 "$app_pid"
wait "$app_pid" 2> /dev/null || true
app_pid=
killed=$(date +%s)
start_app
echo "== restarted in $(($(date +%s) - killed)) s"
wait "$load_pid" || true
load_pid=
cat "$work/load.txt"

sql -c "create table crash_ack (participant_token varchar(64), attempt_token varchar(64), score integer)"
sql -c "\copy crash_ack from '$work/acks.csv' with (format csv)"
echo "== check: every acknowledged submission in the database exactly once, with its score"
result=$(sql -F ' ' -c "
  select (select count(*) from crash_ack),
         (select count(*) from crash_ack where score < 0),
         (select count(*) from crash_ack k where not exists (select 1 from contest_attempt a
             where a.token = k.attempt_token and a.submitted_at is not null and a.verdict in ('ON_TIME', 'IN_GRACE')
             and a.score is not null)),
         (select count(*) from crash_ack k join contest_attempt a on a.token = k.attempt_token
             where k.score >= 0 and a.score <> k.score),
         (select count(*) from crash_ack k join contest_participant p on p.token = k.participant_token
             where (select count(*) from contest_attempt a where a.participant_id = p.id
                    and a.submitted_at is not null) <> 1),
         (select count(*) from contest_attempt where submitted_at is not null)")
read -r acks unshown missing wrong duplicated submitted <<< "$result"
echo "acknowledged submissions: $acks ($unshown of them without a score read from the result)"
echo "submitted attempts in the database: $submitted"
echo "acknowledged but missing or not counted: $missing"
echo "score differing from the one shown: $wrong"
echo "participants with other than one submitted attempt: $duplicated"
echo "application log: $(grep -c " ERROR " "$work/app.log" || true) ERROR lines"
if [ "$acks" -gt 0 ] && [ "$missing" = 0 ] && [ "$wrong" = 0 ] && [ "$duplicated" = 0 ]; then
  echo "CRASH CHECK PASSED"
else
  echo "CRASH CHECK FAILED"
  exit 1
fi
