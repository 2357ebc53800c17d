#!/usr/bin/env bash
# Two portal instances behind nginx, one stopped (SIGTERM, graceful) in the middle of the load: proves that no
# logged-in user is lost and that nobody gets a 5xx.
#   bench/cluster.sh                          # as root; throwaway PostgreSQL with the demo data; ~5 min
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/simitra DB_USER=simitra DB_PASSWORD=... \
#     COMPANY_ACCOUNTS="a@x:pw ..." UMKM_ACCOUNTS="b@y:pw ..." bench/cluster.sh   # a database you name instead
# What it does, all on 127.0.0.1 and bounded in time:
#  1. Database: a throwaway PostgreSQL 15 cluster on PG_PORT (5439, never the shared server on 5432) with the demo
#     data, or the database DB_URL names (its accounts: COMPANY_ACCOUNTS / UMKM_ACCOUNTS).
#  2. Instances on 127.0.0.1:8081 and :8082 (the packaged jar), nginx with its own prefix and config in a temp dir
#     (never /etc/nginx), made from deploy/nginx.conf with only the listen address (127.0.0.1:8088) and the log
#     paths changed.
#  3. The mix of bench/load.sh through nginx in three phases of PHASE_SECONDS: both up; 8082 stopped with SIGTERM
#     STOP_AFTER s into the phase; only 8081.
#  4. Per phase: requests/s, latency, 5xx, logged-in requests redirected to /masuk (a lost login), requests nginx
#     moved to the other instance; afterwards every session cookie of the mix must still open its logged-in page.
# Exit 1 on any 5xx, any redirect of a logged-in request to /masuk, or a session that no longer works.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
PG_PORT=${PG_PORT:-5439}
NGINX_PORT=${NGINX_PORT:-8088}
PHASE_SECONDS=${PHASE_SECONDS:-20}
STOP_AFTER=${STOP_AFTER:-5}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-$(nproc)}
BASE_URL=http://127.0.0.1:$NGINX_PORT

[ -n "${DB_URL:-}" ] || [ "$(id -u)" = 0 ] \
  || { echo "Run as root (the throwaway cluster runs as user postgres), or name a database with DB_URL" >&2; exit 2; }
if [ -n "${DB_URL:-}" ] && ! [[ $DB_URL =~ ^jdbc:postgresql://(127\.0\.0\.1|localhost)[:/] ]]; then
  echo "DB_URL must point to this machine (jdbc:postgresql://127.0.0.1:...)" >&2
  exit 2
fi
command -v nginx >/dev/null 2>&1 || {
  [ "$(id -u)" = 0 ] || { echo "nginx is missing: sudo apt-get install -y nginx" >&2; exit 2; }
  echo "Installing nginx (Debian package) ..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null; }
}
require_wrk
ensure_jar

work=$(mktemp -d /tmp/simitra-cluster.XXXXXX)
chmod 711 "$work"   # user postgres (cluster) and nginx's workers (nobody) must reach their directories inside
pg_dir="$work/pg"
mkdir "$pg_dir"
pid1='' pid2='' nginx_up=0
cleanup() {
  [ "$nginx_up" = 0 ] || nginx -c "$work/nginx/nginx.conf" -p "$work/nginx/" -s stop 2>/dev/null || true
  [ -z "$pid2" ] || stop_pid "$pid2" 40
  [ -z "$pid1" ] || stop_pid "$pid1" 40
  [ -n "${DB_URL:-}" ] || stop_throwaway_pg "$pg_dir"
  if [ -n "${KEEP_LOGS:-}" ]; then
    echo "Logs kept in $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for port in 8081 8082 "$NGINX_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is taken" >&2
    exit 2
  fi
done

if [ -n "${DB_URL:-}" ]; then
  url=$DB_URL
  profile=()
else
  echo "Throwaway PostgreSQL on 127.0.0.1:$PG_PORT ($pg_dir) ..."
  start_throwaway_pg "$PG_PORT" "$pg_dir"
  url="jdbc:postgresql://127.0.0.1:$PG_PORT/simitra"
  # The demo loader fills only an empty database: the first instance loads, the second finds the accounts.
  profile=(--spring.profiles.active=demo)
fi
echo "Instance 1 on 127.0.0.1:8081 (migrations${profile:+ and demo data}) ..."
pid1=$(start_portal 8081 "$work/portal-8081.log" "$url" "${profile[@]}")
wait_ready http://127.0.0.1:8081 300 || { echo "8081 not ready after 300 s" >&2; tail -20 "$work/portal-8081.log" >&2; exit 1; }
echo "Instance 2 on 127.0.0.1:8082 ..."
pid2=$(start_portal 8082 "$work/portal-8082.log" "$url" "${profile[@]}")
wait_ready http://127.0.0.1:8082 300 || { echo "8082 not ready after 300 s" >&2; tail -20 "$work/portal-8082.log" >&2; exit 1; }

# nginx: deploy/nginx.conf as it is documented, inside a minimal main config; only the listen address and the log
# paths differ, so the retry and failure settings under test are the sample's own.
mkdir -p "$work/nginx/logs"
sed -e "s|^\( *\)listen 80;|\1listen 127.0.0.1:$NGINX_PORT;|" \
    -e "s|access_log /var/log/nginx/simitra.access.log simitra;|access_log $work/nginx/logs/access.log simitra;|" \
    deploy/nginx.conf > "$work/nginx/simitra.conf"
grep -q "listen 127.0.0.1:$NGINX_PORT;" "$work/nginx/simitra.conf" && grep -q "$work/nginx/logs/access.log" "$work/nginx/simitra.conf" \
  || { echo "deploy/nginx.conf changed shape: could not set the listen address or the log path" >&2; exit 1; }
cat > "$work/nginx/nginx.conf" <<EOF
# Made by bench/cluster.sh; the server block is deploy/nginx.conf.
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    client_body_temp_path $work/nginx/client_body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include $work/nginx/simitra.conf;
}
EOF
nginx -t -q -c "$work/nginx/nginx.conf" -p "$work/nginx/"
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx/"
nginx_up=1
wait_ready "$BASE_URL" 30 || { echo "nginx on $BASE_URL does not answer" >&2; exit 1; }

mix="$work/mix.tsv"
build_mix "$BASE_URL" "$mix"
echo "Mix (logged in through nginx): $MIX_SUMMARY; ${#MIX_COOKIES[@]} sessions"
echo "Machine: $(nproc) cores; wrk, nginx, both instances and PostgreSQL share it"
run_wrk "$BASE_URL" "$mix" "$THREADS" "$CONNECTIONS" 5s >/dev/null   # warm-up

access="$work/nginx/logs/access.log"
failed=0
results=()
# phase NAME: one wrk run of PHASE_SECONDS; the access log lines it produced go to $work/phase-NAME.log.
phase() {
  local name=$1 from line
  from=$(wc -l < "$access")
  line=$(run_wrk "$BASE_URL" "$mix" "$THREADS" "$CONNECTIONS" "${PHASE_SECONDS}s")
  tail -n +"$((from + 1))" "$access" > "$work/phase-$name.log"
  results+=("$name $line")
}

echo "Phase 1: both instances, $PHASE_SECONDS s, $CONNECTIONS connections ..."
phase both-up
echo "Phase 2: SIGTERM to 8082 after $STOP_AFTER s ..."
(
  sleep "$STOP_AFTER"
  t=$(now_ms)
  kill -TERM "$pid2"
  while kill -0 "$pid2" 2>/dev/null; do sleep 0.1; done
  echo "$(( $(now_ms) - t ))" > "$work/stop-ms"
) &
stopper=$!
phase stopping
wait "$stopper" || true
wait "$pid2" 2>/dev/null || true
pid2=''
echo "  8082 exited $(awk '{ printf "%.1f", $1 / 1000 }' "$work/stop-ms" 2>/dev/null || echo '?') s after SIGTERM;" \
  "its log: $(grep -o 'Commencing graceful shutdown.*\|Graceful shutdown complete\|Graceful shutdown aborted.*' "$work/portal-8082.log" | tr '\n' ' ')"
echo "Phase 3: only 8081 ..."
phase one-stopped

echo
printf '%-12s %8s %8s %8s %8s %8s %6s %6s %9s %9s %8s %8s\n' phase requests 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' 5xx \
  '4xx' 'to /masuk' 'sock err' 'retried' 'on 8082'
for r in "${results[@]}"; do
  name=${r%% *}
  declare -A R=()
  parse_result "${r#* }"
  # nginx: requests it moved to the other instance ($upstream_addr lists both) and answered by 8082 at the end.
  retried=$(grep -c ', 127.0.0.1:808' "$work/phase-$name.log" || true)
  on8082=$(grep -c ' 127.0.0.1:8082 "' "$work/phase-$name.log" || true)
  printf '%-12s %8s %8s %8s %8s %8s %6s %6s %9s %9s %8s %8s\n' "$name" "${R[requests]}" "${R[rps]}" "${R[p50]}" "${R[p95]}" \
    "${R[p99]}" "${R[s5xx]}" "${R[s4xx]}" "${R[to_login]}" "$((R[socket_errors] + R[timeouts]))" "$retried" "$on8082"
  [ "${R[s5xx]}" -eq 0 ] || { echo "  FAIL: 5xx in phase $name" >&2; failed=1; }
  [ "${R[to_login]}" -eq 0 ] || { echo "  FAIL: logged-in requests sent to /masuk in phase $name" >&2; failed=1; }
  unset R
done
# nginx's own view: 5xx it answered (its 502/504 included) and upstream errors in its error log.
nginx5xx=$(awk '$9 ~ /^5/' "$access" | wc -l)
echo "nginx access log: $(wc -l < "$access") requests, $nginx5xx answered 5xx;" \
  "error log: $(grep -c 'connect() failed\|upstream prematurely closed\|recv() failed' "$work/nginx/logs/error.log" || true) upstream connection errors (retried on the other instance)"
[ "$nginx5xx" -eq 0 ] || failed=1

echo "Sessions after the run (through nginx, only 8081 left):"
lost=0
for entry in "${MIX_COOKIES[@]}"; do
  cookie=${entry%%"$tab"*} path=${entry#*"$tab"}
  out=$(curl -s -m 30 -o /dev/null -w '%{http_code} %{redirect_url}' -b "$cookie" "$BASE_URL$path")
  if [ "${out%% *}" != 200 ]; then
    echo "  $path with ${cookie:0:20}...: $out" >&2
    lost=$((lost + 1))
  fi
done
echo "  ${#MIX_COOKIES[@]} sessions, $((${#MIX_COOKIES[@]} - lost)) still logged in (200 on /perusahaan or /umkm), $lost lost"
[ "$lost" -eq 0 ] || failed=1

if [ "$failed" -ne 0 ]; then
  echo "FAILED (KEEP_LOGS=1 keeps the logs of nginx and both instances)" >&2
  exit 1
fi
echo "OK: no 5xx, no logged-in request sent to /masuk, every session still logged in after one instance stopped"
