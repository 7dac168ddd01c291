#!/usr/bin/env bash
# What durable commits cost on the embedded database (docs/benchmarks.md): the same jar with H2's old
# setting (WRITE_DELAY 500 ms, the default before) and the new default (WRITE_DELAY=0), alternated, beside
# a same-run baseline of the machine's PostgreSQL (pgbench on a scratch database, created and dropped).
#   1. pgbench, 1 client, 20 s (TPC-B-like, every commit flushed to the WAL): the machine's state;
#   2. JDBC: one row inserted and committed in a loop, 10 s, H2 file before/after (and PostgreSQL if given);
#   3. HTTP: self-assessment saves of 6 signed-in sessions (the crash check's load), 10 s warm-up, 20 s,
#      H2 before/after (and PostgreSQL, in a new schema, if given).
# Usage (from the repository root, as root, after `mvn -DskipTests package`):
#   tools/crash/durability-bench.sh ['jdbc:postgresql://127.0.0.1:5432/DB?user=U&password=P']
set -euo pipefail
cd "$(dirname "$0")/../.."
postgres_url=${1:-}
ls target/parindex-*.jar > /dev/null 2>&1 || { echo "run mvn -DskipTests package first" >&2; exit 2; }
if [ ! -s target/crash-classpath.txt ] || [ pom.xml -nt target/crash-classpath.txt ]; then
  mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/crash-classpath.txt
fi
cp="target/test-classes:$(cat target/crash-classpath.txt)"
h2='MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH'
before="--spring.datasource.url=jdbc:h2:file:./data/parindex;$h2"

echo "== baseline: pgbench, 1 client, 20 s, scratch database parindex_pgbench"
su postgres -c "dropdb --if-exists parindex_pgbench && createdb parindex_pgbench"
trap 'su postgres -c "dropdb --if-exists parindex_pgbench"' EXIT
su postgres -c "pgbench -i -q parindex_pgbench" > /dev/null 2>&1
su postgres -c "pgbench -c 1 -j 1 -T 20 -n parindex_pgbench" 2>/dev/null | grep -E "latency average|tps"

for round in 1 2; do
  echo "== round $round: JDBC insert + commit, 10 s each"
  java -cp "$cp" org.parindex.crash.CommitBenchmark ";$h2;WRITE_DELAY=500" 10
  java -cp "$cp" org.parindex.crash.CommitBenchmark ";$h2;WRITE_DELAY=0" 10
  if [ -n "$postgres_url" ]; then
    java -cp "$cp" org.parindex.crash.CommitBenchmark "$postgres_url" 10
  fi
  echo "== round $round: HTTP self-assessment saves, 6 sessions"
  java -cp "$cp" org.parindex.crash.SaveBenchmark --app-arg "$before"
  java -cp "$cp" org.parindex.crash.SaveBenchmark
  if [ -n "$postgres_url" ]; then
    java -cp "$cp" org.parindex.crash.SaveBenchmark --database "$postgres_url"
  fi
done
