# The packaged application for the contest's load runs (sourced by run.sh and crash-check.sh): start_app
# starts it on PostgreSQL ($db, $role, $password) on $port with the demo data, its log in $work/app.log,
# its pid in $app_pid, and waits until it answers (at most BENCH_START_SECONDS, default 300: a machine shared
# with other builds may need more); stop_app kills it by that pid.
# The abuse limits (docs/security.md, "Contest registration and starts") are raised for the run: every
# simulated participant comes from 127.0.0.1.
start_app() {
  local loaded
  loaded=$(grep -cE "Demo data (loaded|present)" "$work/app.log" 2> /dev/null || true)
  loaded=${loaded:-0}
  java -Xmx768m -XX:FlightRecorderOptions=stackdepth=256 "$@" -jar "$jar" --server.port="$port" --parindex.demo.enabled=true \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" \
    --spring.datasource.username="$role" --spring.datasource.password="$password" \
    --parindex.contest.resume.per-address=1000000 --parindex.contest.resume.per-cccd=1000000 \
    --parindex.contest.register.per-address=1000000 --parindex.contest.register.per-cccd=1000000 \
    --parindex.contest.start.per-address=1000000 --parindex.contest.start.per-participant=1000000 \
    >> "$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 "${BENCH_START_SECONDS:-300}"); do
    if [ "$(grep -cE "Demo data (loaded|present)" "$work/app.log")" -gt "$loaded" ] \
      && curl -fs -o /dev/null "http://127.0.0.1:$port/cuoc-thi/cchc-thu-nghiem"; then
      echo "application started (pid $app_pid, port $port)"
      return 0
    fi
    kill -0 "$app_pid" 2> /dev/null || { tail -30 "$work/app.log"; echo "application failed" >&2; exit 1; }
    sleep 1
  done
  echo "application did not start in ${BENCH_START_SECONDS:-300} s (BENCH_START_SECONDS)" >&2
  exit 1
}

stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2> /dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2> /dev/null || true
  fi
  app_pid=
}
