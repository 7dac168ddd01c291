#!/usr/bin/env bash
# Load test of the workflow's busiest pages, signed in: the unit's self-assessment page (an area of
# 11 criteria), the live score (requested as a unit officer types), the appraiser's page of a unit
# and the council's table of all units. 16 connections for 10 s with wrk, after a 5 s warm-up.
# Usage (from the repository root, after `mvn -DskipTests package`): tools/bench/http-workflow.sh
# Needs wrk and curl. Starts the application on port 8089 (embedded H2, demo data) and stops it.
set -euo pipefail
jar=$(ls target/parindex-*.jar | head -n 1)
port=8089
base="http://localhost:$port"
workdir=$(mktemp -d)
(cd "$workdir" && exec java -jar "$OLDPWD/$jar" --server.port=$port --parindex.demo.enabled=true \
  > "$workdir/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$workdir"' EXIT
for _ in $(seq 1 120); do curl -sf "$base/actuator/health" > /dev/null && break; sleep 1; done

# Signs in through the login form and prints the session cookie.
session() {
  local jar="$workdir/$1.cookies"
  local token
  token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=parindex-demo" \
    --data-urlencode "_csrf=$token" "$base/login"
  awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar"
}

cycle=3
appraiser=$(session thamdinh)
unit=$(curl -s -H "Cookie: $appraiser" "$base/assessment/cycles/$cycle/appraisal" | grep -A3 'data-unit="dak-po"' \
  | grep -o "units/[0-9]*" | head -n 1 | cut -d/ -f2)
run() {
  wrk -t2 -c16 -d5s -H "Cookie: $2" "$base$3" > /dev/null
  echo "== $1 $3"
  wrk -t2 -c16 -d10s --latency -H "Cookie: $2" "$base$3" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
  # one request at a time: the median of 40
  for _ in $(seq 1 40); do curl -s -o /dev/null -H "Cookie: $2" -w "%{time_total}\n" "$base$3"; done \
    | sort -n | awk '{ t[NR] = $1 } END { printf "   one at a time (median of 40): %.1f ms\n", t[int((NR + 1) / 2)] * 1000 }'
}
officer=$(session dakpo.canbo)
run dakpo.canbo "$officer" "/assessment/cycles/$cycle/unit?area=3"
run dakpo.canbo "$officer" "/assessment/cycles/$cycle/unit/preview?leaf=1.1.2&input.1.1.2.actual=15&input.1.1.2.base=25"
run thamdinh "$appraiser" "/assessment/cycles/$cycle/units/$unit?area=3"
run hoidong "$(session hoidong)" "/assessment/cycles/$cycle/council"
