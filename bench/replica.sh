#!/usr/bin/env bash
# Reads on a PostgreSQL streaming replica: two portal instances behind nginx send read-only transactions to a hot
# standby and writes to the primary; the replica stops in the middle of the load and comes back.
#   bench/replica.sh                                   # as root; throwaway clusters with the demo data; ~8-10 min
#   PG_PORT=5451 REPLICA_PORT=5452 PORTAL_PORTS="8094 8095" NGINX_PORT=8098 PHASE_SECONDS=30 bench/replica.sh
# What it does, all on 127.0.0.1 and bounded in time:
#  1. A throwaway PostgreSQL 15 primary on PG_PORT and a streaming replica of it on REPLICA_PORT
#     (pg_basebackup -R, hot standby), both in a temp dir, never the machine's shared servers.
#  2. Two portal instances (PORTAL_PORTS, the packaged jar) with simitra.datasource.replica.url pointing at the
#     replica; the first loads the demo data (on the primary; it streams to the replica). nginx in front, made from
#     deploy/nginx.conf as bench/cluster.sh does.
#  3. Five phases of PHASE_SECONDS with the mix of bench/load.sh through nginx: "replica up"; "replica paused"
#     (replay paused on the replica, pg_wal_replay_pause: it falls behind the lag limit, then catches up);
#     "replica stops" (pg_ctl stop -m fast on the replica STOP_AFTER s into it: queries in flight are cut); "replica
#     down"; then the replica is started again, catches up, and "replica back". Throughout: a writer (an UMKM owner adding products
#     through the form, recording each acknowledged one, and opening its product list right after each write, as
#     a browser follows the redirect) and a sampler of the replication lag.
#  4. Per phase: requests/s, latency, 5xx; transactions and rows read on each server (pg_stat_database) and the
#     read-only transactions the portals sent to each (their simitra_replica_reads metric); the replication lag
#     (pg_stat_replication on the primary); the writes: acknowledged, missing on the primary, missing on the
#     replica after it caught up, and whether each one was on the writer's next page (read-your-writes).
# Exit 1 on any 5xx, an acknowledged write missing, or a write not shown on the writer's next page.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
PG_PORT=${PG_PORT:-5441}
REPLICA_PORT=${REPLICA_PORT:-5442}
read -r PORT1 PORT2 <<< "${PORTAL_PORTS:-8081 8082}"
NGINX_PORT=${NGINX_PORT:-8088}
PHASE_SECONDS=${PHASE_SECONDS:-20}
STOP_AFTER=${STOP_AFTER:-5}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-$(nproc)}
BASE_URL=http://127.0.0.1:$NGINX_PORT
# The writer is an owner outside the read mix (bench/lib.sh uses umkm01-08). Products per UMKM are limited to 500
# (simitra.quota.products); the writer stops at MAX_WRITES.
WRITER_ACCOUNT=${WRITER_ACCOUNT:-umkm20@simitra.test:Umkm12345}
MAX_WRITES=${MAX_WRITES:-450}
PIN_COOKIE=simitra-primary

[ "$(id -u)" = 0 ] || { echo "Run as root: the throwaway clusters run as user postgres (runuser)" >&2; exit 2; }
[ "$STOP_AFTER" -lt "$PHASE_SECONDS" ] || { echo "Need STOP_AFTER < PHASE_SECONDS" >&2; exit 2; }
command -v nginx >/dev/null 2>&1 || {
  echo "Installing nginx (Debian package) ..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null; }
}
require_wrk
ensure_jar

work=$(mktemp -d /tmp/simitra-replica.XXXXXX)
chmod 711 "$work"   # user postgres (clusters) and nginx's workers (nobody) must reach their directories inside
primary_dir="$work/primary"
replica_dir="$work/replica"
mkdir "$primary_dir" "$replica_dir"
pid1='' pid2='' nginx_up=0 writer_pid='' sampler_pid=''
cleanup() {
  local pid
  for pid in $writer_pid $sampler_pid; do kill "$pid" 2>/dev/null || true; done
  [ "$nginx_up" = 0 ] || nginx -c "$work/nginx/nginx.conf" -p "$work/nginx/" -s stop 2>/dev/null || true
  [ -z "$pid2" ] || stop_pid "$pid2" 40
  [ -z "$pid1" ] || stop_pid "$pid1" 40
  stop_throwaway_pg "$replica_dir"
  stop_throwaway_pg "$primary_dir"
  if [ -n "${KEEP_LOGS:-}" ]; then
    echo "Logs kept in $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for port in "$PORT1" "$PORT2" "$NGINX_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is taken" >&2
    exit 2
  fi
done

sql() { # PORT SQL: one value or row (|-separated) from database simitra
  psql -h 127.0.0.1 -p "$1" -U postgres -d simitra -XAtqc "$2"
}

echo "Throwaway primary on 127.0.0.1:$PG_PORT, streaming replica on 127.0.0.1:$REPLICA_PORT ($work) ..."
start_throwaway_pg "$PG_PORT" "$primary_dir"
start_throwaway_replica "$PG_PORT" "$REPLICA_PORT" "$replica_dir"
sql "$REPLICA_PORT" "select pg_is_in_recovery()" | grep -q t || { echo "The replica is not in recovery" >&2; exit 1; }

url="jdbc:postgresql://127.0.0.1:$PG_PORT/simitra"
metrics_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
portal_args=(--spring.profiles.active=demo
  "--simitra.datasource.replica.url=jdbc:postgresql://127.0.0.1:$REPLICA_PORT/simitra"
  --simitra.metrics.username=bench "--simitra.metrics.password=$metrics_password")
echo "Instance 1 on 127.0.0.1:$PORT1 (migrations and demo data, written on the primary) ..."
pid1=$(start_portal "$PORT1" "$work/portal-$PORT1.log" "$url" "${portal_args[@]}")
wait_ready "http://127.0.0.1:$PORT1" 300 || { echo "$PORT1 not ready after 300 s" >&2; tail -20 "$work/portal-$PORT1.log" >&2; exit 1; }
echo "Instance 2 on 127.0.0.1:$PORT2 ..."
pid2=$(start_portal "$PORT2" "$work/portal-$PORT2.log" "$url" "${portal_args[@]}")
wait_ready "http://127.0.0.1:$PORT2" 300 || { echo "$PORT2 not ready after 300 s" >&2; tail -20 "$work/portal-$PORT2.log" >&2; exit 1; }
for port in "$PORT1" "$PORT2"; do
  grep -q "Read replica .* in use" "$work/portal-$port.log" \
    || { echo "Instance $port does not use the replica; its log:" >&2; grep -i replica "$work/portal-$port.log" >&2; exit 1; }
done

write_nginx_conf "$work" "$NGINX_PORT" "$PORT1" "$PORT2"
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx/"
nginx_up=1
wait_ready "$BASE_URL" 30 || { echo "nginx on $BASE_URL does not answer" >&2; exit 1; }

mix="$work/mix.tsv"
build_mix "$BASE_URL" "$mix"
echo "Mix (logged in through nginx): $MIX_SUMMARY"
echo "Machine: $(nproc) cores; wrk, nginx, both instances and both PostgreSQL servers share it; $(uptime | sed 's/.*load/load/')"

# --- The writer: products through the form; after each acknowledged one, the product list as the browser's next
# page (with the cookie the write set) must show it. Names sort first in the list (ascending by name: the newest
# has the smallest number), so page 1 shows the newest.
writer_cookie=$(login "$BASE_URL" "${WRITER_ACCOUNT%%:*}" "${WRITER_ACCOUNT#*:}")
[ -n "$writer_cookie" ] || { echo "Writer login failed (${WRITER_ACCOUNT%%:*})" >&2; exit 1; }
form=$(curl -fsS -m 20 -b "$writer_cookie" "$BASE_URL/umkm/produk/baru")
csrf=$(csrf_of <<< "$form")
kbli=$(grep -o 'name="kbli" value="[^"]*"' <<< "$form" | head -1 | sed 's/.*value="//; s/"$//; s/&mdash;/—/')
[ -n "$csrf" ] && [ -n "$kbli" ] || { echo "Product form without CSRF token or KBLI" >&2; exit 1; }
run_id="R$(date +%s)"
writes="$work/writes.tsv"   # n  start_ms  status  redirect  pinned  seen_next  seen_without_pin  phase
: > "$writes"
writer() {
  local end=$1 n=0 start out status redirect name pin seen bare page
  while [ "$(now_ms)" -lt "$end" ] && [ "$n" -lt "$MAX_WRITES" ]; do
    n=$((n + 1))
    name="0$(printf '%06d' $((999999 - n))) uji $run_id"
    start=$(now_ms)
    out=$(curl -sS -m 15 -o /dev/null -D "$work/write.headers" -w '%{http_code} %{redirect_url}' -b "$writer_cookie" \
      --data-urlencode "_csrf=$csrf" --data-urlencode "name=$name" \
      --data-urlencode "description=Tulisan uji replika" --data-urlencode "kbli=$kbli" \
      --data-urlencode unit=KG --data-urlencode monthlyCapacity=100 --data-urlencode minimumOrder=10 \
      --data-urlencode priceMin=10000 --data-urlencode priceMax=20000 --data-urlencode version= \
      "$BASE_URL/umkm/produk/baru" 2>/dev/null) || out="000 ${out#* }"
    status=${out%% *} redirect=${out#* }
    pin=$(grep -io "^set-cookie: $PIN_COOKIE=[^;]*" "$work/write.headers" | head -1 | sed 's/^[^:]*: *//') || true
    seen=- bare=-
    if [ "$status" = 302 ]; then
      # The browser's next page, with the cookie the write set (if any): must show the new product. (Read whole,
      # then searched: "curl | grep -q" would fail with pipefail when grep stops reading early.)
      page=$(curl -sS -m 15 -b "$writer_cookie${pin:+; $pin}" "$BASE_URL/umkm/produk" 2>/dev/null) || page=''
      [[ $page == *"$name"* ]] && seen=1 || seen=0
      # The same page without that cookie: the replica, unless it is out of use (informative only).
      page=$(curl -sS -m 15 -b "$writer_cookie" "$BASE_URL/umkm/produk" 2>/dev/null) || page=''
      [[ $page == *"$name"* ]] && bare=1 || bare=0
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$start" "$status" "${redirect:--}" "${pin:+1}" "$seen" "$bare" \
      "$(cat "$work/phase")" >> "$writes"
  done
}

# --- The lag sampler: once a second, the primary's view of the replica.
lag="$work/lag.tsv"   # ms_since_t0  phase  replay_lag_ms  bytes_behind  state
: > "$lag"
echo starting > "$work/phase"
sampler() {
  local end=$1 row
  while [ "$(now_ms)" -lt "$end" ]; do
    row=$(sql "$PG_PORT" "select coalesce(round(extract(epoch from replay_lag) * 1000), 0)::bigint || '|' ||
      pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint || '|' || state from pg_stat_replication limit 1" 2>/dev/null) || row=''
    printf '%s\t%s\t%s\n' "$(( $(now_ms) - t0 ))" "$(cat "$work/phase")" "${row:-||none}" | tr '|' '\t' >> "$lag"
    sleep 1
  done
}

# --- Counters per phase.
# db_counters PORT: "transactions rows_read" of database simitra on that server ("- -" when it does not answer).
db_counters() {
  sql "$1" "select xact_commit + xact_rollback, tup_returned + tup_fetched from pg_stat_database where datname = 'simitra'" \
    2>/dev/null | tr '|' ' ' || echo "- -"
}
# portal_reads: read-only transactions both instances sent to "replica primary" (their metric).
portal_reads() {
  local port r=0 p=0 body
  for port in "$PORT1" "$PORT2"; do
    body=$(curl -s -m 10 -u "bench:$metrics_password" "http://127.0.0.1:$port/actuator/prometheus") || continue
    r=$(awk -v t="$r" '$1 ~ /^simitra_replica_reads_total\{/ && $1 ~ /pool="replica"/ { t += $2 } END { printf "%d", t }' <<< "$body")
    p=$(awk -v t="$p" '$1 ~ /^simitra_replica_reads_total\{/ && $1 ~ /pool="primary"/ { t += $2 } END { printf "%d", t }' <<< "$body")
  done
  echo "$r $p"
}
# Stats are flushed by each backend at most once a second: wait that long before reading them.
snapshot() { # NAME
  sleep 1.5
  echo "$(db_counters "$PG_PORT") $(db_counters "$REPLICA_PORT") $(portal_reads)" > "$work/snap-$1"
}

run_wrk "$BASE_URL" "$mix" "$THREADS" "$CONNECTIONS" 5s >/dev/null   # warm-up

access="$work/nginx/logs/access.log"
results=()
phase() { # NAME: one wrk run of PHASE_SECONDS, with counters before and after
  local name=$1 from line
  echo "$name" > "$work/phase"
  snapshot "$name-start"
  from=$(wc -l < "$access")
  line=$(run_wrk "$BASE_URL" "$mix" "$THREADS" "$CONNECTIONS" "${PHASE_SECONDS}s")
  tail -n +"$((from + 1))" "$access" > "$work/phase-$name.log"
  snapshot "$name-end"
  results+=("$name $line")
}

t0=$(now_ms)
total_s=$((5 * (PHASE_SECONDS + 4) + 120))
writer "$((t0 + total_s * 1000))" &
writer_pid=$!
sampler "$((t0 + total_s * 1000))" &
sampler_pid=$!

echo "Phase 1: replica up, $PHASE_SECONDS s, $CONNECTIONS connections ..."
phase replica-up
echo "Phase 2: replay paused on the replica (pg_wal_replay_pause) for the whole phase: it falls behind ..."
sql "$REPLICA_PORT" "select pg_wal_replay_pause()" >/dev/null
phase replica-paused
sql "$REPLICA_PORT" "select pg_wal_replay_resume()" >/dev/null
echo "Phase 3: the replica stops (pg_ctl stop -m fast) $STOP_AFTER s into the phase ..."
(
  sleep "$STOP_AFTER"
  # Its counters just before it stops (they do not survive the stop).
  db_counters "$REPLICA_PORT" > "$work/replica-before-stop"
  echo "$(( $(now_ms) - t0 ))" > "$work/stop-at"
  pg_ctl_throwaway "$replica_dir" -m fast -w -t 60 stop >/dev/null
) &
stopper=$!
phase replica-stops
wait "$stopper" || true
echo "  replica stopped at $(awk '{ printf "%.1f", $1 / 1000 }' "$work/stop-at") s"
echo "Phase 4: replica down ..."
phase replica-down
echo "Starting the replica again; waiting until it has caught up and both instances use it ..."
echo replica-restart > "$work/phase"
back_from=$(now_ms)
pg_ctl_throwaway "$replica_dir" -w -t 60 start >/dev/null
caught_up=''
for _ in $(seq 1 120); do
  state=$(sql "$PG_PORT" "select state || ' ' || (pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) <= 0)::text
    from pg_stat_replication limit 1" 2>/dev/null || true)
  in_use=0
  for port in "$PORT1" "$PORT2"; do
    curl -s -m 5 -u "bench:$metrics_password" "http://127.0.0.1:$port/actuator/prometheus" \
      | grep -q '^simitra_replica_in_use{.*} 1' && in_use=$((in_use + 1))
  done
  if [[ $state == "streaming "* ]] && [ "$in_use" = 2 ]; then
    caught_up=$(( $(now_ms) - back_from ))
    break
  fi
  sleep 0.5
done
[ -n "$caught_up" ] && echo "  streaming again and in use by both instances $(awk -v t="$caught_up" 'BEGIN { printf "%.1f", t / 1000 }') s after the start" \
  || echo "  WARNING: the replica was not back in use within 60 s (state: ${state:-none})" >&2
echo "Phase 5: replica back ..."
phase replica-back
kill "$writer_pid" "$sampler_pid" 2>/dev/null || true
wait "$writer_pid" 2>/dev/null || true
wait "$sampler_pid" 2>/dev/null || true
writer_pid='' sampler_pid=''

# --- Figures ---
failed=0
echo
echo "== Load through nginx ($CONNECTIONS connections, $PHASE_SECONDS s per phase) and where the reads went"
printf '%-14s %8s %7s %7s %7s %5s %9s | %10s %10s %7s | %9s %9s %7s | %12s\n' phase requests 'req/s' 'p50 ms' 'p95 ms' 5xx \
  'to /masuk' 'xact/s pri' 'xact/s rep' 'rep %' 'rows pri' 'rows rep' 'rep %' 'portal rep %'
for r in "${results[@]}"; do
  name=${r%% *}
  declare -A R=()
  parse_result "${r#* }"
  read -r pt0 pr0 rt0 rr0 pmr0 pmp0 < "$work/snap-$name-start"
  read -r pt1 pr1 rt1 rr1 pmr1 pmp1 < "$work/snap-$name-end"
  if [ "$name" = replica-stops ]; then read -r rt1 rr1 < "$work/replica-before-stop"; fi
  if [ "$name" = replica-down ] || [ "$rt0" = - ] || [ "$rt1" = - ]; then rt0=0 rt1=0 rr0=0 rr1=0; fi
  xp=$((pt1 - pt0)) xr=$((rt1 - rt0)) rp=$((pr1 - pr0)) rq=$((rr1 - rr0))
  mr=$((pmr1 - pmr0)) mp=$((pmp1 - pmp0))
  printf '%-14s %8s %7s %7s %7s %5s %9s | %10s %10s %6s%% | %9s %9s %6s%% | %11s%%\n' "$name" "${R[requests]}" "${R[rps]}" \
    "${R[p50]}" "${R[p95]}" "${R[s5xx]}" "${R[to_login]}" \
    "$(awk -v n="$xp" -v s="$PHASE_SECONDS" 'BEGIN { printf "%.0f", n / s }')" \
    "$(awk -v n="$xr" -v s="$PHASE_SECONDS" 'BEGIN { printf "%.0f", n / s }')" \
    "$(awk -v a="$xr" -v b="$xp" 'BEGIN { printf "%.0f", (a + b) ? 100 * a / (a + b) : 0 }')" \
    "$rp" "$rq" "$(awk -v a="$rq" -v b="$rp" 'BEGIN { printf "%.0f", (a + b) ? 100 * a / (a + b) : 0 }')" \
    "$(awk -v a="$mr" -v b="$mp" 'BEGIN { printf "%.0f", (a + b) ? 100 * a / (a + b) : 0 }')"
  [ "${R[s5xx]}" -eq 0 ] || { echo "  FAIL: 5xx in phase $name" >&2; failed=1; }
  [ "${R[to_login]}" -eq 0 ] || { echo "  FAIL: logged-in requests sent to /masuk in phase $name" >&2; failed=1; }
  unset R
done
echo "  (xact/s: transactions per second each server ran, including the primary's session updates and writes;"
echo "   rows: rows read there; portal rep %: share of the portals' read-only transactions served by the replica)"
nginx5xx=$(awk '$9 ~ /^5/' "$access" | wc -l)
echo "  nginx access log: $(wc -l < "$access") requests, $nginx5xx answered 5xx"
[ "$nginx5xx" -eq 0 ] || failed=1
for port in "$PORT1" "$PORT2"; do
  echo "  instance $port: $(grep -c 'failed on the replica, running it on the primary' "$work/portal-$port.log" || true) read-only" \
    "transactions re-run on the primary; replica: $(grep -o 'Read replica [^ ]* \(in use\|out of use\).*' "$work/portal-$port.log" \
    | awk '/ in use / { printf "%sin use", s } / out of use/ { sub(/.*go to the primary: /, ""); printf "%sout of use (%s)", s, substr($0, 1, 45) }
      { s = " -> " }')"
done

echo "== Replication lag (pg_stat_replication on the primary, once a second)"
median_max() { # numbers on stdin -> "median max" ("- -" when none)
  sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%s %s\n", v[int((NR + 1) / 2)], v[NR]; else print "- -" }'
}
for name in replica-up replica-paused replica-stops replica-down replica-back; do
  read -r lag_med lag_max < <(awk -F'\t' -v p="$name" '$2 == p && $5 != "none" && $5 != "" { print $3 }' "$lag" | median_max)
  read -r wal_med wal_max < <(awk -F'\t' -v p="$name" '$2 == p && $5 != "none" && $5 != "" { print $4 }' "$lag" | median_max)
  printf '  %-14s %3d samples: replay lag median %s ms, max %s ms; WAL not yet replayed median %s bytes, max %s bytes;' \
    "$name" "$(awk -F'\t' -v p="$name" '$2 == p' "$lag" | wc -l)" "$lag_med" "$lag_max" "$wal_med" "$wal_max"
  echo " no replica connected in $(awk -F'\t' -v p="$name" '$2 == p && ($5 == "none" || $5 == "")' "$lag" | wc -l)"
done

echo "== Writes (UMKM owner adding products through the form, one after the other, across all phases)"
awk -F'\t' '$3 == "302" && $4 ~ /\/umkm\/produk$/ { print $1 }' "$writes" | sort -n > "$work/acked.txt"
sql "$PG_PORT" "select substring(name from '^0([0-9]{6}) uji $run_id\$') from product where name like '% uji $run_id'" \
  | awk '{ print 999999 - $1 }' | sort -n > "$work/on-primary.txt"
# The replica once it has replayed everything the primary has now.
target=$(sql "$PG_PORT" "select pg_current_wal_lsn()")
for _ in $(seq 1 60); do
  [ "$(sql "$REPLICA_PORT" "select pg_last_wal_replay_lsn() >= '$target'::pg_lsn" 2>/dev/null)" = t ] && break
  sleep 0.5
done
sql "$REPLICA_PORT" "select substring(name from '^0([0-9]{6}) uji $run_id\$') from product where name like '% uji $run_id'" \
  | awk '{ print 999999 - $1 }' | sort -n > "$work/on-replica.txt"
sent=$(wc -l < "$writes")
acked=$(wc -l < "$work/acked.txt")
lost=$(comm -23 "$work/acked.txt" "$work/on-primary.txt" | wc -l)
not_replicated=$(comm -23 "$work/acked.txt" "$work/on-replica.txt" | wc -l)
pinned=$(awk -F'\t' '$3 == "302" && $5 == "1"' "$writes" | wc -l)
unseen=$(awk -F'\t' '$3 == "302" && $6 != "1"' "$writes" | wc -l)
bare_unseen=$(awk -F'\t' '$3 == "302" && $7 == "0"' "$writes" | wc -l)
echo "  sent $sent, acknowledged $acked (302 to /umkm/produk); acknowledged but missing on the primary: $lost;" \
  "missing on the replica after it caught up: $not_replicated"
echo "  read-your-writes: $pinned of $acked acknowledged writes set the $PIN_COOKIE cookie; the next page showed the new" \
  "product $((acked - unseen)) of $acked times; the same page without the cookie (replica when in use) did not show it" \
  "$bare_unseen times$( [ "$bare_unseen" -eq 0 ] || echo " ($(awk -F'\t' '$3 == "302" && $7 == "0" { c[$8]++ } END { for (p in c) printf "%s%s: %d", s, p, c[p]; s = ", " }' "$writes"))")"
awk -F'\t' '{ c[$3]++ } END { for (k in c) printf "             %5d x %s\n", c[k], k }' "$writes"
[ "$acked" -gt 0 ] || { echo "  FAIL: no write was acknowledged" >&2; failed=1; }
if [ "$lost" -ne 0 ]; then echo "  FAIL: acknowledged writes lost: $(comm -23 "$work/acked.txt" "$work/on-primary.txt" | head -20 | tr '\n' ' ')" >&2; failed=1; fi
if [ "$not_replicated" -ne 0 ]; then echo "  FAIL: acknowledged writes missing on the replica after catching up" >&2; failed=1; fi
if [ "$unseen" -ne 0 ]; then echo "  FAIL: $unseen writes not shown on the writer's next page" >&2; failed=1; fi
if awk -F'\t' '$3 ~ /^5/ { bad = 1 } END { exit !bad }' "$writes"; then echo "  FAIL: a write answered 5xx" >&2; failed=1; fi
echo "Load average now: $(uptime | sed 's/.*load average: //')"

if [ "$failed" -ne 0 ]; then
  echo "FAILED (KEEP_LOGS=1 keeps the logs of nginx, both instances and both PostgreSQL servers)" >&2
  exit 1
fi
echo "OK: reads served by the replica, no 5xx when it stopped, every acknowledged write on the primary and the" \
  "replica, and every write on the writer's next page"
