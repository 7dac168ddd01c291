#!/usr/bin/env bash
# The survey's benchmarks (docs/benchmarks.md, "The survey: points and online submissions"):
#   points: SurveyPointsBenchmark, 100,000 responses x 30 questions aggregated into survey points for 17
#           and 60 units, on H2 (the default file database) and on PostgreSQL, beside a plain SQL
#           baseline on the same rows, two ways of aggregating in Java and another grouped query (not
#           on H2, where it takes minutes: add --ways ...,sql-by-ids by hand); with the query plans;
#   submit: the machine's baseline, pgbench (TPC-B-like, as many clients as the application's
#           connection pool: 10, 20 s), then SurveySubmitBenchmark, 64 concurrent respondents through the
#           public form against the packaged jar, on PostgreSQL then H2; then the same with a draft save
#           per answer, as the form's script does.
# PostgreSQL runs use a scratch database parindex_bench (owner ROLE), created here and dropped at the end
# (each run works in a new schema of it); pgbench's tables live there too.
# Usage (from the repository root, as root so that `su postgres` works, after `mvn -DskipTests package`):
#   tools/bench/survey.sh all|points|points-h2|points-postgres|submit ROLE PASSWORD
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:-all}
role=${2:?"usage: tools/bench/survey.sh all|points|points-h2|points-postgres|submit ROLE PASSWORD"}
password=${3:?"usage: tools/bench/survey.sh all|points|points-h2|points-postgres|submit ROLE PASSWORD"}
ls target/parindex-*.jar > /dev/null 2>&1 || { echo "run mvn -DskipTests package first" >&2; exit 2; }
if [ ! -s target/bench-classpath.txt ] || [ pom.xml -nt target/bench-classpath.txt ]; then
  mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
url="jdbc:postgresql://127.0.0.1:5432/parindex_bench?user=$role&password=$password"

su postgres -c "dropdb --if-exists --force parindex_bench && createdb -O $role parindex_bench"
trap 'su postgres -c "dropdb --if-exists --force parindex_bench"' EXIT

machine_baseline() {
  echo "== baseline: pgbench, 10 clients, 20 s, scratch database parindex_bench"
  su postgres -c "pgbench -i -q parindex_bench" > /dev/null 2>&1
  su postgres -c "pgbench -c 10 -j 2 -T 20 -n parindex_bench" 2>/dev/null | grep -E "latency average|tps"
}

points() {
  echo "== survey points: $2 units, ${1%%\?*}"
  java -cp "$cp" org.parindex.bench.SurveyPointsBenchmark --database "$1" --units "$2" --explain true "${@:3}"
}
if [ "$what" = all ] || [ "$what" = points ] || [ "$what" = points-h2 ]; then
  for units in 17 60; do
    points h2 "$units" --ways baseline,sql,java-joined,java-answers,sql-form-ids
  done
fi
if [ "$what" = all ] || [ "$what" = points ] || [ "$what" = points-postgres ]; then
  for units in 17 60; do
    points "$url" "$units"
  done
fi
if [ "$what" = all ] || [ "$what" = submit ]; then
  for drafts in false true; do
    for database in "$url" h2; do
      machine_baseline
      echo "== online submissions: 64 users, drafts $drafts, ${database%%\?*}"
      java -cp "$cp" org.parindex.bench.SurveySubmitBenchmark --database "$database" --drafts "$drafts"
    done
  done
fi
