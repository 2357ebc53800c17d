#!/usr/bin/env bash
# PostgreSQL restarts in the middle of the load: proves that the portal answers its friendly 503 page (with
# Retry-After) for a few seconds at most, recovers without being restarted, and loses no acknowledged write.
#   bench/db-restart.sh                      # as root (the throwaway cluster runs as user postgres); ~3-4 min
#   LOAD_SECONDS=90 STOP_SECONDS=10 bench/db-restart.sh
# What it does, all on 127.0.0.1 and bounded in time:
#  1. initdb + start a throwaway PostgreSQL 15 cluster on PG_PORT (5439) in a temp dir (never the machine's shared
#     server on 5432), run the packaged portal on PORTAL_PORT (8081) against it with the demo profile (demo accounts).
#  2. For LOAD_SECONDS: the read mix of bench/load.sh (wrk, 16 connections); a writer = an UMKM owner adding products
#     through the web form with its CSRF token, each with a unique marker, recording which ones the portal
#     acknowledged (302 to /umkm/produk); probes every ~150 ms of a public page, a logged-in page and readiness.
#  3. At RESTART_AT s: "pg_ctl restart -m fast"; at STOP_AT s: "pg_ctl stop -m fast", STOP_SECONDS without a
#     database, then start.
#  4. Counts acknowledged writes against the rows really in the database (by marker), the longest window of non-200
#     answers per probe, what those answers were, and checks the portal answers 200 afterwards (same process).
# Exit 1 on a lost acknowledged write, any 500 (or other non-503 5xx), a 503 without the friendly page or
# Retry-After, a logged-in request sent to the login page, or no recovery within RECOVERY_LIMIT s.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
PG_PORT=${PG_PORT:-5439}
PORTAL_PORT=${PORTAL_PORT:-8081}
LOAD_SECONDS=${LOAD_SECONDS:-75}
RESTART_AT=${RESTART_AT:-15}
STOP_AT=${STOP_AT:-45}
STOP_SECONDS=${STOP_SECONDS:-5}
RECOVERY_LIMIT=${RECOVERY_LIMIT:-30}
CONNECTIONS=${CONNECTIONS:-16}
PROBE_INTERVAL=${PROBE_INTERVAL:-0.15}
THREADS=${THREADS:-$(nproc)}
BASE_URL=http://127.0.0.1:$PORTAL_PORT
# The writer is an owner outside the read mix, so that its growing product list does not change the mix.
WRITER_ACCOUNT=${WRITER_ACCOUNT:-umkm20@simitra.test:Umkm12345}
FRIENDLY_TEXT='Layanan sedang gangguan'

[ "$(id -u)" = 0 ] || { echo "Run as root: the throwaway cluster is created for user postgres (runuser)" >&2; exit 2; }
[ "$STOP_AT" -gt "$RESTART_AT" ] && [ "$LOAD_SECONDS" -gt $((STOP_AT + STOP_SECONDS + 10)) ] \
  || { echo "Need RESTART_AT < STOP_AT and LOAD_SECONDS > STOP_AT + STOP_SECONDS + 10" >&2; exit 2; }
require_wrk
ensure_jar

work=$(mktemp -d /tmp/simitra-db-restart.XXXXXX)
chmod 711 "$work"   # user postgres must reach the cluster directory inside
pg_dir="$work/pg"
mkdir "$pg_dir"
portal_pid='' wrk_pid='' writer_pid='' probe_pid=''
cleanup() {
  local pid
  for pid in $wrk_pid $writer_pid $probe_pid; do kill "$pid" 2>/dev/null || true; done
  [ -z "$portal_pid" ] || stop_pid "$portal_pid" 40
  stop_throwaway_pg "$pg_dir"
  if [ -n "${KEEP_LOGS:-}" ]; then
    echo "Logs kept in $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "Throwaway PostgreSQL on 127.0.0.1:$PG_PORT ($pg_dir) ..."
start_throwaway_pg "$PG_PORT" "$pg_dir"
echo "Portal on $BASE_URL (demo profile: migrations and demo data on the empty database; a minute or two) ..."
portal_pid=$(start_portal "$PORTAL_PORT" "$work/portal.log" "jdbc:postgresql://127.0.0.1:$PG_PORT/simitra" \
  --spring.profiles.active=demo)
wait_ready "$BASE_URL" 300 || { echo "Portal not ready after 300 s; log: $work/portal.log" >&2; tail -20 "$work/portal.log" >&2; exit 1; }

mix="$work/mix.tsv"
build_mix "$BASE_URL" "$mix"
echo "Mix: $MIX_SUMMARY"

# The writer's session and form: the product form's CSRF token and the owner's first KBLI subclass as the form
# offers it. The token belongs to the session (kept in PostgreSQL), so it stays valid across the restarts.
writer_cookie=$(login "$BASE_URL" "${WRITER_ACCOUNT%%:*}" "${WRITER_ACCOUNT#*:}")
[ -n "$writer_cookie" ] || { echo "Writer login failed (${WRITER_ACCOUNT%%:*})" >&2; exit 1; }
form=$(curl -fsS -m 20 -b "$writer_cookie" "$BASE_URL/umkm/produk/baru")
csrf=$(csrf_of <<< "$form")
kbli=$(grep -o 'name="kbli" value="[^"]*"' <<< "$form" | head -1 | sed 's/.*value="//; s/"$//; s/&mdash;/—/')
[ -n "$csrf" ] && [ -n "$kbli" ] || { echo "Product form without CSRF token or KBLI" >&2; exit 1; }
probe_cookie=$(login "$BASE_URL" umkm01@simitra.test Umkm12345)
[ -n "$probe_cookie" ] || { echo "Probe login failed (umkm01@simitra.test)" >&2; exit 1; }

run_id="DBR$(date +%s)"
writes="$work/writes.tsv"     # n  start_ms  status  redirect  friendly
probes="$work/probes.tsv"     # kind  start_ms  end_ms  status  retry_after  friendly  redirect
: > "$writes"
: > "$probes"

# writer END_MS: one product after the other until END_MS (at most 100000). Acknowledged = 302 to /umkm/produk,
# what the owner's browser shows as "saved".
writer() {
  local end=$1 n=0 start out status redirect body friendly
  body="$work/write.body"
  while [ "$(now_ms)" -lt "$end" ] && [ "$n" -lt 100000 ]; do
    n=$((n + 1))
    start=$(now_ms)
    out=$(curl -sS -m 15 -o "$body" -w '%{http_code} %{redirect_url}' -b "$writer_cookie" \
      --data-urlencode "_csrf=$csrf" --data-urlencode "name=Produk uji $run_id-$n" \
      --data-urlencode "description=Tulisan uji saat PostgreSQL dimulai ulang" --data-urlencode "kbli=$kbli" \
      --data-urlencode unit=KG --data-urlencode monthlyCapacity=100 --data-urlencode minimumOrder=10 \
      --data-urlencode priceMin=10000 --data-urlencode priceMax=20000 --data-urlencode version= \
      "$BASE_URL/umkm/produk/baru" 2>/dev/null) || out="000 ${out#* }"
    status=${out%% *} redirect=${out#* }
    friendly=0
    grep -q "$FRIENDLY_TEXT" "$body" 2>/dev/null && friendly=1
    printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$start" "$status" "${redirect:--}" "$friendly" >> "$writes"
  done
}

# probe_tick: one curl, three requests in parallel (a public page, a logged-in page whose session comes from
# PostgreSQL, readiness); one line each appended to $probes. Start = when the tick began, end = start + curl's
# time_total. One process per tick keeps the probes light on a shared 2-core machine.
probe_tick() {
  local start f="$work/probe.$BASHPID" file code ra took redirect friendly
  start=$(now_ms)
  local common=(-s -m 10 -w '%{filename_effective}|%{http_code}|%header{retry-after}|%{time_total}|%{redirect_url}\n')
  # (--next: the cookie goes with the logged-in page only)
  curl -Z --parallel-max 3 "${common[@]}" -o "$f.page" "$BASE_URL/direktori?q=kopi" \
    --next "${common[@]}" -b "$probe_cookie" -o "$f.login-page" "$BASE_URL/umkm" \
    --next "${common[@]}" -o "$f.readiness" "$BASE_URL/actuator/health/readiness" > "$f.w" 2>/dev/null || true
  # ("|" separates: with a white-space IFS, empty fields such as a missing Retry-After would vanish)
  while IFS='|' read -r file code ra took redirect; do
    friendly=0
    grep -q "$FRIENDLY_TEXT" "$file" 2>/dev/null && friendly=1
    took=${took/./}
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${file##*.}" "$start" "$((start + 10#$took / 1000))" \
      "${code:-000}" "${ra:--}" "$friendly" "${redirect:--}"
  done < "$f.w" >> "$probes"
  rm -f "$f".*
}

# prober END_MS: a probe tick every PROBE_INTERVAL s, each in the background (a request that waits for the database
# does not hold up the next sample).
prober() {
  local end=$1 i=0
  while [ "$(now_ms)" -lt "$end" ] && [ "$i" -lt 10000 ]; do
    i=$((i + 1))
    probe_tick &
    sleep "$PROBE_INTERVAL"
  done
  wait
}

# wait_recovered LABEL: until readiness answers 200 again (checks the database), at most RECOVERY_LIMIT s; remembers
# when the database was back, so that the figures can say when the probes got their first 200 after that.
back_ms=()
wait_recovered() {
  local from deadline=$((SECONDS + RECOVERY_LIMIT))
  from=$(now_ms)
  back_ms+=("$1:$((from - t0))")
  until [ "$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$BASE_URL/actuator/health/readiness")" = 200 ]; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "  $1: readiness NOT 200 within $RECOVERY_LIMIT s of the database being back" >&2
      return 1
    fi
    sleep 0.2
  done
  echo "  $1: readiness 200 again $(awk -v t="$(( $(now_ms) - from ))" 'BEGIN { printf "%.1f", t / 1000 }') s after the database was back"
}

echo "Load: $LOAD_SECONDS s of the read mix ($CONNECTIONS connections), writer, probes; restart at ${RESTART_AT}s, stop ${STOP_SECONDS}s at ${STOP_AT}s"
t0=$(now_ms)
end_ms=$((t0 + LOAD_SECONDS * 1000))
LOAD_MIX="$mix" wrk -t "$([ "$THREADS" -le "$CONNECTIONS" ] && echo "$THREADS" || echo "$CONNECTIONS")" \
  -c "$CONNECTIONS" -d "${LOAD_SECONDS}s" --timeout 10s -s bench/load.lua "$BASE_URL" > "$work/wrk.out" 2>&1 &
wrk_pid=$!
writer "$end_ms" &
writer_pid=$!
prober "$end_ms" &
probe_pid=$!

sleep_until() { local s=$(( ($1 * 1000 + t0 - $(now_ms)) )); [ "$s" -le 0 ] || sleep "$(awk -v s="$s" 'BEGIN { print s / 1000 }')"; }
recovery_failed=0

sleep_until "$RESTART_AT"
restart_ms=$(( $(now_ms) - t0 ))
echo "  $(awk -v t="$restart_ms" 'BEGIN { printf "%.1f", t / 1000 }') s: pg_ctl restart -m fast"
pg_ctl_throwaway "$pg_dir" -m fast -w -t 60 restart >/dev/null
wait_recovered "restart" || recovery_failed=1

sleep_until "$STOP_AT"
stop_ms=$(( $(now_ms) - t0 ))
echo "  $(awk -v t="$stop_ms" 'BEGIN { printf "%.1f", t / 1000 }') s: pg_ctl stop -m fast, ${STOP_SECONDS} s without database, start"
pg_ctl_throwaway "$pg_dir" -m fast -w -t 60 stop >/dev/null
sleep "$STOP_SECONDS"
pg_ctl_throwaway "$pg_dir" -w -t 60 start >/dev/null
wait_recovered "stop+start" || recovery_failed=1

wait "$wrk_pid" || true
wrk_pid=''
wait "$writer_pid" || true
writer_pid=''
wait "$probe_pid" || true
probe_pid=''

# --- Figures ---
failed=0
echo
echo "== Read load (wrk, $CONNECTIONS connections, $LOAD_SECONDS s, across both outages)"
declare -A R=()
parse_result "$(grep '^RESULT' "$work/wrk.out")"
echo "  requests ${R[requests]}, ${R[rps]} req/s; 2xx ${R[s2xx]}, 3xx ${R[s3xx]}, 4xx ${R[s4xx]}, 5xx ${R[s5xx]} (503: ${R[s503]})," \
  "to /masuk ${R[to_login]}, socket errors ${R[socket_errors]}, timeouts ${R[timeouts]}; p50 ${R[p50]} ms, p99 ${R[p99]} ms, max ${R[max]} ms"
if [ "$((R[s5xx] - R[s503]))" -ne 0 ]; then echo "  FAIL: 5xx other than 503 under load" >&2; failed=1; fi
if [ "${R[to_login]}" -ne 0 ]; then echo "  FAIL: logged-in requests sent to /masuk" >&2; failed=1; fi

echo "== Probes (a tick every ${PROBE_INTERVAL}s; error window = first non-200 answer .. next 200 answer)"
for kind in page login-page readiness; do
  # Ordered by the time the answer arrived. A window runs from the first non-200 answer to the next 200 answer:
  # how long people were shown errors. "000" (no answer within 10 s, the machine was saturated) neither opens
  # nor closes a window and is counted apart.
  sort -t$'\t' -k3,3n "$probes" | awk -F'\t' -v k="$kind" -v t0="$t0" '
    $1 != k { next }
    { n++ }
    $4 == "000" { slow++; next }
    $4 == "200" {
      if (run) { w = $3 - rstart; if (w > longest) longest = w; windows = windows sprintf(" %.1f s (at %.1f s)", w / 1000, (rstart - t0) / 1000); run = 0 }
      next
    }
    {
      bad++; key = $4 ($4 == "503" ? ($5 != "-" ? " Retry-After " $5 : " no Retry-After") ($6 == "1" ? " friendly page" : " other body") : "") ($7 != "-" ? " -> " $7 : "")
      what[key]++
      if (!run) { run = 1; rstart = $3 }
    }
    END {
      if (run) windows = windows sprintf(" not closed (from %.1f s)", (rstart - t0) / 1000)
      printf "  %-10s %d requests, %d answered other than 200, %d no answer within 10 s; error windows:%s; longest %.1f s\n", k, n, bad, slow, (windows == "" ? " none" : windows), longest / 1000
      for (x in what) printf "             %5d x %s\n", what[x], x
    }'
done
# First 200 per probe after each return of the database (answer time; under load it includes the queue wait).
for b in "${back_ms[@]}"; do
  at=${b#*:}
  printf '  after %s (database back at %.1f s): first 200 answered' "${b%%:*}" "$(awk -v t="$at" 'BEGIN { print t / 1000 }')"
  for kind in page login-page readiness; do
    awk -F'\t' -v k="$kind" -v at="$((t0 + at))" '$1 == k && $2 >= at && $4 == "200" && (first == "" || $3 < first) { first = $3 }
      END { if (first == "") printf " %s never;", k; else printf " %s +%.1f s;", k, (first - at) / 1000 }' "$probes"
  done
  echo
done
# Page probes: every non-200 must be the friendly 503 with Retry-After; never a 500, never the login page.
if awk -F'\t' '$1 != "readiness" && $4 != "200" && $4 != "000" && !($4 == "503" && $5 != "-" && $6 == "1") { bad = 1 } END { exit !bad }' "$probes"; then
  echo "  FAIL: a page answered something other than 200 or the friendly 503 with Retry-After" >&2
  failed=1
fi
if awk -F'\t' '$4 ~ /^5/ && $4 != "503" { bad = 1 } END { exit !bad }' "$probes"; then
  echo "  FAIL: 5xx other than 503 from a probe" >&2
  failed=1
fi

echo "== Writes (UMKM owner adding products through the form, one after the other)"
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d simitra -Atc \
  "select substring(name from '$run_id-([0-9]+)\$') from product where name like 'Produk uji $run_id-%'" | sort -n > "$work/found.txt"
awk -F'\t' '$3 == "302" && $4 ~ /\/umkm\/produk$/ { print $1 }' "$writes" | sort -n > "$work/acked.txt"
sent=$(wc -l < "$writes")
acked=$(wc -l < "$work/acked.txt")
found=$(wc -l < "$work/found.txt")
lost=$(comm -23 "$work/acked.txt" "$work/found.txt" | wc -l)
extra=$(comm -13 "$work/acked.txt" "$work/found.txt" | wc -l)
echo "  sent $sent, acknowledged $acked, rows in the database $found; acknowledged but missing: $lost;" \
  "not acknowledged but saved: $extra"
awk -F'\t' '{ k = $3 ($3 == "302" ? " -> " $4 : ($5 == "1" ? " friendly page" : "")); c[k]++ } END { for (k in c) printf "             %5d x %s\n", c[k], k }' "$writes"
if [ "$lost" -ne 0 ]; then echo "  FAIL: acknowledged writes lost: $(comm -23 "$work/acked.txt" "$work/found.txt" | head -20 | tr '\n' ' ')" >&2; failed=1; fi
if awk -F'\t' '$3 ~ /^5/ && $3 != "503" { bad = 1 } END { exit !bad }' "$writes"; then echo "  FAIL: a write answered 5xx other than 503" >&2; failed=1; fi
if awk -F'\t' '$4 ~ /\/masuk/ { bad = 1 } END { exit !bad }' "$writes"; then echo "  FAIL: the writer was sent to the login page" >&2; failed=1; fi

echo "== After the run (same portal process, pid $portal_pid, not restarted)"
kill -0 "$portal_pid" 2>/dev/null || { echo "  FAIL: the portal process is gone" >&2; failed=1; }
for path in /direktori?q=kopi /actuator/health/readiness; do
  s=$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$BASE_URL$path")
  echo "  $path: $s"
  [ "$s" = 200 ] || failed=1
done
s=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -b "$probe_cookie" "$BASE_URL/umkm")
echo "  /umkm with the session from before the restarts: $s"
[ "$s" = 200 ] || failed=1
echo "  portal log: $(grep -c 'answering 503' "$work/portal.log" || true) '503' warnings, $(grep -c ' ERROR ' "$work/portal.log" || true) ERROR lines"
[ "$recovery_failed" -eq 0 ] || failed=1

if [ "$failed" -ne 0 ]; then
  echo "FAILED (KEEP_LOGS=1 keeps the portal and PostgreSQL logs)" >&2
  exit 1
fi
echo "OK: no acknowledged write lost, only friendly 503s while the database was away, recovered without a portal restart"
