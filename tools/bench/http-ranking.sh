#!/usr/bin/env bash
# Load test of the ranking page and ranking API: 16 connections for 10 s with wrk, after a 5 s warm-up.
# Usage (from the repository root, after `mvn -DskipTests package`):
#   tools/bench/http-ranking.sh h2                 # embedded H2 in a temporary directory, demo data
#   tools/bench/http-ranking.sh postgres JDBC_URL USER PASSWORD   # an empty PostgreSQL database
# Needs wrk (Debian package "wrk"). Starts the application on port 8089 and stops it afterwards.
set -euo pipefail
jar=$(ls target/parindex-*.jar | head -n 1)
port=8089
workdir=$(mktemp -d)
case "${1:-h2}" in
  h2) env_vars=() ;;
  postgres) env_vars=(SPRING_DATASOURCE_URL="$2" SPRING_DATASOURCE_USERNAME="$3" SPRING_DATASOURCE_PASSWORD="$4") ;;
  *) echo "usage: $0 h2 | postgres JDBC_URL USER PASSWORD" >&2; exit 2 ;;
esac
(cd "$workdir" && exec env "${env_vars[@]}" java -jar "$OLDPWD/$jar" --server.port=$port --parindex.demo.enabled=true \
  > "$workdir/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$workdir"' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$port/actuator/health" > /dev/null && break; sleep 1; done
for path in /api/v1/reporting/rankings/2021/gia-lai-district /reporting/rankings/2021/gia-lai-district; do
  wrk -t2 -c16 -d5s "http://localhost:$port$path" > /dev/null
  echo "== ${1:-h2} $path"
  wrk -t2 -c16 -d10s --latency "http://localhost:$port$path" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
done
