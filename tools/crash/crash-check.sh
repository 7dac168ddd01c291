#!/usr/bin/env bash
# Crash check: fires self-assessment saves from several signed-in sessions at the packaged application,
# kills it with SIGKILL right after a save was acknowledged, restarts it and checks that every save
# answered with the success redirect (and every evidence file) is still there. See docs/operations.md.
#
# Usage (from the repository root, after `mvn -DskipTests package`, which also compiles the checker):
#   tools/crash/crash-check.sh h2 [--runs 3] [--seconds 10] [--sessions 6] [--stop kill|term|alternate]
#   tools/crash/crash-check.sh 'jdbc:postgresql://127.0.0.1:5432/DB?user=U&password=P' [--runs 3] ...
# h2 runs the jar with its default settings in a new temporary directory (embedded H2 under ./data);
# a PostgreSQL URL gets a new schema crash_..., dropped at the end. --stop term stops gracefully
# (SIGTERM) instead of killing: saves in flight must complete. --app-arg --name=value passes a setting to
# the application, e.g. H2's former URL without WRITE_DELAY=0 to see the loss:
#   --app-arg '--spring.datasource.url=jdbc:h2:file:./data/parindex;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH'
# Exits with 1 if anything acknowledged was lost or a save got a server error. The implementation is src/test/java/org/parindex/crash/CrashCheck.java,
# the same code as the integration tests CrashRecoveryH2IT and CrashRecoveryPostgresIT.
set -euo pipefail
cd "$(dirname "$0")/../.."
database=${1:?usage: tools/crash/crash-check.sh h2|JDBC_URL [--runs N] [--seconds S] [--sessions N]}
shift
ls target/parindex-*.jar > /dev/null 2>&1 || { echo "run mvn -DskipTests package first" >&2; exit 2; }
[ -f target/test-classes/org/parindex/crash/CrashCheck.class ] || { echo "run mvn -DskipTests package first" >&2; exit 2; }
# The test classpath (JDBC drivers for creating and dropping the PostgreSQL schema), computed once.
if [ ! -s target/crash-classpath.txt ] || [ pom.xml -nt target/crash-classpath.txt ]; then
  mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/crash-classpath.txt
fi
exec java -cp "target/test-classes:$(cat target/crash-classpath.txt)" org.parindex.crash.CrashCheck \
  --database "$database" "$@"
