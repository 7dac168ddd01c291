#!/usr/bin/env bash
# The survey's benchmarks (docs/benchmarks.md, "The survey: points and online submissions"):
#   points: SurveyPointsBenchmark, 100,000 responses x 30 questions aggregated into survey points for 17
#           and 60 units, on H2 (the default file database) and on PostgreSQL, beside a plain SQL
#           baseline on the same rows, two ways of aggregating in Java and another grouped query (not
#           on H2, where it takes minutes: add --ways ...,sql-by-ids by hand); with the query plans;
#   submit: the machine's baseline, pgbench (TPC-B-like, scale 16, 20 s) with as many clients as
#           respondents (64) and as the application's connection pool (10), then SurveySubmitBenchmark,
#           64 concurrent respondents through the public form against the packaged jar, on PostgreSQL
#           then H2; then the same with a draft save per answer, as the form's script does; beside the
#           thank-you page, nginx on 127.0.0.1:$BENCH_NGINX_PORT (default 18080; started from a config in a
#           temporary directory, stopped by its PID at the end) serves the bytes of the application's
#           thank-you page and of a form page to the same 64 users;
#   exports: SurveyExportHeapRun in bench mode with -Xmx256m -XX:+ExitOnOutOfMemoryError, 100,000
#           responses x 30 questions exported as CSV, XLSX and aggregates beside the database's own
#           CSV write of the same rows (H2 CSVWRITE, PostgreSQL COPY), on H2 then PostgreSQL;
#           then the set's monitoring timed (docs/benchmarks.md, "Survey exports").
# "all" runs points, submit and exports.
# PostgreSQL runs use a scratch database (owner ROLE), created here and dropped at the end (each run works
# in a new schema of it); pgbench's tables live there too. Its name is $BENCH_DATABASE (default parindex_bench:
# give another where someone else may be running the script). $BENCH_UNITS (default "17 60") names the unit
# counts of the points runs; $BENCH_H2_WAYS the ways timed on H2 (default all but sql-by-ids);
# $BENCH_EXPORT_RESPONSES the responses of the exports runs (default 100000) and $BENCH_EXPORT_ON their
# databases (default "h2 postgres"); $BENCH_DRAFTS (default
# "false true") and $BENCH_SUBMIT_ON (default "postgres h2") the submit runs; $BENCH_CODE_ATTEMPTS, when set,
# the application's parindex.survey.code-attempts.capacity in the submit runs (all users share 127.0.0.1:
# with draft saves the default 30 look-ups in flight at once are exceeded and valid codes get 429);
# $BENCH_SUBMIT_WARMUP and $BENCH_SUBMIT_SECONDS (default 10 and 30) the submissions' warm-up and counted
# seconds: with draft saves a respondent takes about 40 s on the loaded machine, give 40 and 90.
# Usage (from the repository root, as root so that `su postgres` works, after `mvn -DskipTests package`):
#   tools/bench/survey.sh all|points|points-h2|points-postgres|submit|exports ROLE PASSWORD
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:-all}
role=${2:?"usage: tools/bench/survey.sh all|points|points-h2|points-postgres|submit|exports ROLE PASSWORD"}
password=${3:?"usage: tools/bench/survey.sh all|points|points-h2|points-postgres|submit|exports ROLE PASSWORD"}
ls target/parindex-*.jar > /dev/null 2>&1 || { echo "run mvn -DskipTests package first" >&2; exit 2; }
if [ ! -s target/bench-classpath.txt ] || [ pom.xml -nt target/bench-classpath.txt ]; then
  mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
db=${BENCH_DATABASE:-parindex_bench}
[[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_DATABASE: letters, digits and _ only" >&2; exit 2; }
url="jdbc:postgresql://127.0.0.1:5432/$db?user=$role&password=$password"

su postgres -c "dropdb --if-exists --force $db && createdb -O $role $db"
# nginx serving a directory that SurveySubmitBenchmark fills with the application's pages' bytes
# shellcheck source=nginx.sh
. tools/bench/nginx.sh
cleanup() {
  stop_nginx
  su postgres -c "dropdb --if-exists --force $db"
}
trap cleanup EXIT

machine_baseline() {
  for clients in 64 10; do
    echo "== baseline: pgbench, $clients clients, 20 s, scale 16, scratch database $db; $(uptime)"
    logs=$(mktemp -d /tmp/parindex-pgbench-XXXXXX)
    chmod 777 "$logs"
    su postgres -c "pgbench -c $clients -j 2 -T 20 -n -l --log-prefix=$logs/tx $db" 2>/dev/null \
      | grep -E "latency average|tps"
    # each transaction's latency (µs) is the third field of pgbench's log
    cat "$logs"/tx* | awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END {
      printf "transactions %d, latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", NR,
        v[int(NR * 0.50 + 0.999)] / 1000, v[int(NR * 0.95 + 0.999)] / 1000, v[int(NR * 0.99 + 0.999)] / 1000 }'
    rm -rf "$logs"
  done
}

points() {
  echo "== survey points: $2 units, ${1%%\?*}; $(uptime)"
  java -cp "$cp" org.parindex.bench.SurveyPointsBenchmark --database "$1" --units "$2" --explain true "${@:3}"
}
if [ "$what" = all ] || [ "$what" = points ] || [ "$what" = points-h2 ]; then
  for units in ${BENCH_UNITS:-17 60}; do
    points h2 "$units" --ways "${BENCH_H2_WAYS:-baseline,sql,java-joined,java-answers,sql-form-ids}"
  done
fi
if [ "$what" = all ] || [ "$what" = points ] || [ "$what" = points-postgres ]; then
  for units in ${BENCH_UNITS:-17 60}; do
    points "$url" "$units"
  done
fi
if [ "$what" = all ] || [ "$what" = submit ]; then
  su postgres -c "pgbench -i -q -s 16 $db" > /dev/null 2>&1
  start_nginx
  for drafts in ${BENCH_DRAFTS:-false true}; do
    for on in ${BENCH_SUBMIT_ON:-postgres h2}; do
      database=$([ "$on" = h2 ] && echo h2 || echo "$url")
      machine_baseline
      echo "== online submissions: 64 users, drafts $drafts, ${database%%\?*}; $(uptime)"
      java -cp "$cp" org.parindex.bench.SurveySubmitBenchmark --database "$database" --drafts "$drafts" \
        --static-dir "$nginx_dir/www" --static-url "http://127.0.0.1:${BENCH_NGINX_PORT:-18080}" \
        --warmup "${BENCH_SUBMIT_WARMUP:-10}" --seconds "${BENCH_SUBMIT_SECONDS:-30}" \
        ${BENCH_CODE_ATTEMPTS:+--code-attempts "$BENCH_CODE_ATTEMPTS"}
    done
  done
fi
if [ "$what" = all ] || [ "$what" = exports ]; then
  for database in ${BENCH_EXPORT_ON:-h2 postgres}; do
    dir=$(mktemp -d /tmp/parindex-export-bench-XXXXXX)
    if [ "$database" = h2 ]; then
      spring=("--spring.datasource.url=jdbc:h2:file:$dir/survey;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
        "--spring.datasource.username=sa" "--spring.datasource.password=")
    else
      schema="export_bench"
      su postgres -c "psql -q -d $db -c 'drop schema if exists $schema cascade'" > /dev/null
      spring=("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db?currentSchema=$schema"
        "--spring.datasource.username=$role" "--spring.datasource.password=$password"
        "--spring.flyway.schemas=$schema" "--spring.flyway.default-schema=$schema")
    fi
    echo "== survey exports: ${BENCH_EXPORT_RESPONSES:-100000} responses x 30 questions, -Xmx256m, $database; $(uptime)"
    java -Xmx256m -XX:+ExitOnOutOfMemoryError -cp "$cp" org.parindex.survey.SurveyExportHeapRun "$dir" \
      "${BENCH_EXPORT_RESPONSES:-100000}" bench \
      "${spring[@]}" 2>&1 | grep -E "^RESULT|Exception|Error|OutOfMemory" || echo "exports on $database: failed"
    ls -l "$dir" | grep -v "^total"
    rm -rf "$dir"
  done
fi
