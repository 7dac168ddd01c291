#!/usr/bin/env bash
# Time of the account import through the page, and of its refusal of an oversized file.
# Usage (from the repository root, after `mvn -DskipTests package`):
#   tools/bench/import-accounts.sh [ROWS...]    # default: 100 300 1000, then a 200,000-row file
#   APP_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/import.jfr" tools/bench/import-accounts.sh 300
# Starts the packaged application (embedded H2 in a temporary directory, demo data) on a free port,
# signs in as the demo administrator, uploads a CSV of ROWS new accounts (each a fresh username; roles
# mixed: appraisers, PAR office, unit officers of the demo's units) and prints curl's total time and the
# size of the answer. Then, in a separate JVM on the same machine, the baseline: the same number of
# BCryptPasswordEncoder(10).encode calls (what one account cost before) and of (4).encode.
# Needs curl and python3; stops the application afterwards.
set -euo pipefail
jar=$(ls "$PWD"/target/parindex-*.jar | head -n 1)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://localhost:$port"
workdir=$(mktemp -d)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 300 1000)
(cd "$workdir" && exec java ${APP_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --parindex.demo.enabled=true > "$workdir/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$workdir"' EXIT
for _ in $(seq 1 600); do curl -sf "$base/actuator/health" > /dev/null && break; sleep 1; done
curl -sf "$base/actuator/health" > /dev/null || { echo "the application did not start; see $workdir/app.log" >&2; exit 1; }

cookies="$workdir/admin.cookies"
token=$(curl -s -c "$cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode "username=admin" \
  --data-urlencode "password=parindex-demo" --data-urlencode "_csrf=$token" "$base/login"
curl -s -b "$cookies" -o /dev/null -w "%{http_code}" "$base/admin/identity/accounts" | grep -q 200 \
  || { echo "could not sign in as admin" >&2; exit 1; }

accounts() { # FILE ROWS PREFIX [ROLE]
  python3 - "$@" <<'PY'
import sys
path, rows, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
forced = sys.argv[4] if len(sys.argv) > 4 else None
units = "pleiku an-khe ayun-pa chu-pah chu-prong chu-puh chu-se dak-doa dak-po duc-co ia-grai ia-pa kbang kong-chro krong-pa mang-yang phu-thien".split()
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write("username,display_name,role,unit\r\n")
    for i in range(rows):
        kind = i % 3
        role, unit = [("APPRAISER", ""), ("PAR_OFFICE", ""), ("UNIT_OFFICER", units[i % len(units)])][kind]
        role = forced or role
        out.write(f"{prefix}.{i},\"Nguyễn Văn Ánh {i}, chuyên viên\",{role},{unit}\r\n")
PY
}

upload() { # FILE
  local token
  token=$(curl -s -b "$cookies" "$base/admin/identity/accounts" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
    | sed 's/.*value="//; s/"$//')
  curl -s -b "$cookies" -o "$workdir/answer.html" -w "%{time_total} s, answer %{size_download} bytes, HTTP %{http_code}" \
    -F "_csrf=$token" -F "file=@$1;filename=accounts.csv" "$base/admin/identity/accounts/import"
}

for rows in "${sizes[@]}"; do
  accounts "$workdir/a.csv" "$rows" "bench$rows"
  echo "== import of $rows new accounts: $(upload "$workdir/a.csv"), created: $(grep -o 'Đã tạo [0-9.]* tài khoản' "$workdir/answer.html" || echo none)"
done
# Every row of the big file names an unknown role, so that nothing is created whatever the limits.
accounts "$workdir/big.csv" 200000 big SECRETARY
echo "== a 200,000-row file ($(stat -c %s "$workdir/big.csv") bytes): $(upload "$workdir/big.csv")"
grep -o 'class="alert[^"]*"[^>]*>[^<]*' "$workdir/answer.html" | head -n 2 || true
curl -s -b "$cookies" "$base/admin/identity/accounts" | grep -o 'class="alert[^"]*"[^>]*>[^<]*' | head -n 2 || true

# Baseline in a separate JVM on the same machine: the password hashing alone.
lib="$workdir/lib"
mkdir -p "$lib"
(cd "$lib" && unzip -q -j "$jar" 'BOOT-INF/lib/spring-security-crypto-*.jar' 'BOOT-INF/lib/spring-core-*.jar' \
  'BOOT-INF/lib/commons-logging-*.jar' 'BOOT-INF/lib/spring-jcl-*.jar' 2>/dev/null || true)
cat > "$workdir/BcryptBaseline.java" <<'JAVA'
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

public class BcryptBaseline {
	public static void main(String[] args) {
		for (String arg : args) {
			int count = Integer.parseInt(arg);
			for (int strength : new int[] { 10, 4 }) {
				BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(strength);
				encoder.encode("warm-up-password");
				long start = System.nanoTime();
				for (int i = 0; i < count; i++) {
					encoder.encode("Ab3dEf6hJk9m");
				}
				System.out.printf("== baseline: %d x BCryptPasswordEncoder(%d).encode: %.3f s%n", count, strength,
						(System.nanoTime() - start) / 1e9);
			}
		}
	}
}
JAVA
java -cp "$lib/*" "$workdir/BcryptBaseline.java" "${sizes[@]}"
