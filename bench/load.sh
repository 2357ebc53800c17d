#!/usr/bin/env bash
# HTTP load test with wrk against a running portal. Start the portal first, in another terminal:
#   ./mvnw -Dmaven.test.skip spring-boot:run                  # embedded PostgreSQL with the demo data and accounts
#   bench/load.sh                           # http://127.0.0.1:8080; 16, 64 and 256 connections, 20 s each
#   CONNECTIONS="16 64" DURATION=10s BASE_URL=http://127.0.0.1:8081 bench/load.sh
# The mix (weights in %): home 10, directory searches with words and filters 35 (some as htmx updates),
# storefronts 25, a company's candidate ranking for its needs 15, UMKM pages (dashboard, fitting needs ranked,
# products) 15. Logged-in pages use sessions from logging in with curl first: the demo accounts of README
# "Demo logins" (demo mode), or COMPANY_ACCOUNTS / UMKM_ACCOUNTS ("email:password email:password ...").
# Prints requests/s, p50/p95/p99 latency, responses that are not 2xx/3xx, 5xx (exit code 1 when any) and
# logged-in requests sent to the login page (lost sessions; exit code 1 too). The mix and the wrk runs are in
# bench/lib.sh and bench/load.lua, shared with bench/db-restart.sh and bench/cluster.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
BASE_URL=${BASE_URL:-http://127.0.0.1:8080}
BASE_URL=${BASE_URL%/}
CONNECTIONS=${CONNECTIONS:-16 64 256}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
THREADS=${THREADS:-$(nproc)}

require_local_url "$BASE_URL"
require_wrk
if ! curl -fsS -m 10 "$BASE_URL/actuator/health/readiness" >/dev/null; then
  echo "The portal at $BASE_URL is not ready (GET /actuator/health/readiness). Start it first: ./mvnw -Dmaven.test.skip spring-boot:run" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mix="$work/mix.tsv"
build_mix "$BASE_URL" "$mix"

echo "Target: $BASE_URL ($(curl -fsS "$BASE_URL/actuator/health" | tr -d '\n'))"
echo "Mix: $MIX_SUMMARY"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM; wrk, the portal and PostgreSQL share it"

# Every page once, before any load: a page that fails here would fail throughout.
while IFS= read -r line; do
  # (not "IFS=<tab> read": tabs count as white space there, and an empty cookie field would vanish)
  path=$(cut -f1 <<< "$line") cookie=$(cut -f2 <<< "$line") htmx=$(cut -f3 <<< "$line")
  status=$(curl -sS -m 60 -o /dev/null -w '%{http_code}' ${cookie:+-b "$cookie"} ${htmx:+-H "HX-Request: true"} "$BASE_URL$path")
  if [ "$status" -ge 400 ]; then
    echo "  $path answers $status" >&2
  fi
done < <(sort -u "$mix")

echo "Warm-up ($WARMUP, 16 connections) ..."
run_wrk "$BASE_URL" "$mix" "$THREADS" 16 "$WARMUP" >/dev/null

# CPU per request, when the caller names the processes (PORTAL_PID: the portal's JVM; PG_PID: the postmaster of its
# database on this machine): less disturbed by other work on a shared machine than req/s, and the capacity of
# the machine follows from it (cores x 1000 ms / (JVM + PostgreSQL ms per request), wrk's own CPU left out).
failed=0
printf '%-12s %9s %9s %9s %9s %9s %12s %6s %6s %8s %7s' connections 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' 'max ms' \
  'non-2xx/3xx' 5xx '(503)' 'sock err' 'to /masuk'
[ -z "${PORTAL_PID:-}${PG_PID:-}" ] || printf ' %10s %10s %10s' 'JVM ms/req' 'PG ms/req' 'CPU cap/s'
echo
for c in $CONNECTIONS; do
  declare -A R=()
  jvm0=0 pg0=0
  [ -z "${PORTAL_PID:-}" ] || jvm0=$(cpu_ms "$PORTAL_PID")
  [ -z "${PG_PID:-}" ] || pg0=$(cpu_ms "$PG_PID")
  parse_result "$(run_wrk "$BASE_URL" "$mix" "$THREADS" "$c" "$DURATION")"
  printf '%-12s %9s %9s %9s %9s %9s %12s %6s %6s %8s %7s' "$c" "${R[rps]}" "${R[p50]}" "${R[p95]}" "${R[p99]}" "${R[max]}" \
    "$((R[s4xx] + R[s5xx]))" "${R[s5xx]}" "(${R[s503]})" "$((R[socket_errors] + R[timeouts]))" "${R[to_login]}"
  if [ -n "${PORTAL_PID:-}${PG_PID:-}" ] && [ "${R[requests]}" -gt 0 ]; then
    jvm=0 pg=0
    [ -z "${PORTAL_PID:-}" ] || jvm=$(($(cpu_ms "$PORTAL_PID") - jvm0))
    [ -z "${PG_PID:-}" ] || pg=$(($(cpu_ms "$PG_PID") - pg0))
    awk -v j="$jvm" -v p="$pg" -v n="${R[requests]}" -v cores="$(nproc)" \
      'BEGIN { t = (j + p) / n; cap = 0; if (t > 0) cap = cores * 1000 / t; printf " %10.1f %10.1f %10.0f", j / n, p / n, cap }'
  fi
  echo
  [ "${R[s5xx]}" -eq 0 ] && [ "${R[to_login]}" -eq 0 ] || failed=1
  unset R
done
if [ "$failed" -ne 0 ]; then
  echo "5xx responses or logged-in requests sent to /masuk under load: see the portal's log (lines carry the request id)" >&2
  exit 1
fi
