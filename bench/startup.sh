#!/usr/bin/env bash
# Issue 12's start-up target (ready <= 10 s on the bench database, docs/scaling.md "Start-up"): time from `java` to
# ready (readiness answers 200, as bench/scale.sh's portal_up waits), the JVM's CPU time until then, the first home
# page and the RSS, for the plain `java -jar` and for the recommended start (extracted jar + class data sharing
# archive, bench/lib.sh cds_prepare), RUNS starts each, taken in turns so that both see the same load; medians
# side by side, with the load average before and after. Same JVM options as bench/scale.sh.
#   bench/startup.sh                      # the database of SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD
#   BIG=1 bench/startup.sh                # the 1.2 M UMKM cluster of bench/scale.sh, only once it has been generated
#   RUNS=5 PROFILE= bench/startup.sh      # five starts each, default profile
# JAR (default the packaged jar, built when missing or older than the sources), PORT (8089), PROFILE (bench),
# PORTAL_ARGS (more arguments for every start), PORTAL_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR_GIVEN=${JAR:+1}
source bench/lib.sh
RUNS=${RUNS:-3}
PORT=${PORT:-8089}
PROFILE=${PROFILE-bench}
PORTAL_JAVA_OPTS=${PORTAL_JAVA_OPTS:--Xms256m -Xmx384m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=96m -Xss512k -XX:+UseSerialGC}
BASE=http://127.0.0.1:$PORT
args=(--server.port="$PORT" --server.address=127.0.0.1)
[ -z "$PROFILE" ] || args+=(--spring.profiles.active="$PROFILE")
# shellcheck disable=SC2206
[ -z "${PORTAL_ARGS:-}" ] || args+=($PORTAL_ARGS)

if [ -n "${BIG:-}" ]; then
  SCALE_DIR=${SCALE_DIR:-/var/tmp/simitra-scale}
  if [ ! -f "$SCALE_DIR/generated-1200000" ]; then
    echo "The 1.2 M UMKM data set of bench/scale.sh is not there ($SCALE_DIR/generated-1200000)" >&2
    exit 2
  fi
  export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:${PG_PORT:-5440}/simitra SPRING_DATASOURCE_USERNAME=postgres
  export SPRING_DATASOURCE_PASSWORD=
  # its schema is bench/scale.sh's business (and another measurement may be running on it): no migrations from here
  args+=(--spring.flyway.enabled=false)
fi
[ -n "${SPRING_DATASOURCE_URL:-}" ] || { echo "Set SPRING_DATASOURCE_URL (or BIG=1)" >&2; exit 2; }
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "Port $PORT is taken; choose another with PORT" >&2
  exit 2
fi
[ -n "$JAR_GIVEN" ] || ensure_jar
cds_prepare "$JAR" "$PORTAL_JAVA_OPTS" "${args[@]:2}"

work=$(mktemp -d /tmp/simitra-startup.XXXXXX)
pid=''
cleanup() {
  [ -z "$pid" ] || stop_pid "$pid" 40
  if [ -n "${KEEP_LOGS:-}" ]; then echo "Logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
ticks=$(getconf CLK_TCK)

# start MODE RUN: one start; appends "ready_ms cpu_ms home_ms rss_ready_kb rss_home_kb" to $work/MODE.
start() {
  local mode=$1 run=$2 t0 ready home cpu rss_ready rss_home
  local cmd=(java)
  # shellcheck disable=SC2206
  cmd+=($PORTAL_JAVA_OPTS)
  if [ "$mode" = cds ]; then cmd+=(-XX:SharedArchiveFile="$CDS_ARCHIVE" -jar "$CDS_JAR"); else cmd+=(-jar "$JAR"); fi
  t0=$(now_ms)
  "${cmd[@]}" "${args[@]}" > "$work/$mode-$run.log" 2>&1 &
  pid=$!
  until curl -fsS -m 5 -o /dev/null "$BASE/actuator/health/readiness" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "The $mode start ended before it was ready:" >&2; tail -20 "$work/$mode-$run.log" >&2; exit 1; }
    [ $(($(now_ms) - t0)) -lt 600000 ] || { echo "Not ready after 600 s" >&2; exit 1; }
    sleep 0.1
  done
  ready=$(($(now_ms) - t0))
  cpu=$(awk -v t="$ticks" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$pid/stat")
  rss_ready=$(ps -o rss= -p "$pid" | tr -d ' ')
  curl -fsS -m 60 -o /dev/null -H 'Accept-Language: id' "$BASE/"
  home=$(($(now_ms) - t0))
  rss_home=$(ps -o rss= -p "$pid" | tr -d ' ')
  stop_pid "$pid" 40
  pid=''
  echo "$ready $cpu $home $rss_ready $rss_home" >> "$work/$mode"
  printf '  %-5s run %d: ready %6.1f s, CPU %6.1f s, home page %6.1f s, RSS %4d MB; %s\n' "$mode" "$run" \
    "$(echo "$ready / 1000" | bc -l)" "$(echo "$cpu / 1000" | bc -l)" "$(echo "$home / 1000" | bc -l)" \
    $((rss_home / 1024)) "$(grep -o 'Started SimitraApplication in [0-9.]* seconds' "$work/$mode-$run.log" || true)"
}

# median MODE COLUMN
median() {
  cut -d' ' -f"$2" "$work/$1" | sort -n | sed -n "$(((RUNS + 1) / 2))p"
}

echo "Start-up of $JAR, $RUNS starts each (${PROFILE:-default} profile, $SPRING_DATASOURCE_URL); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= RUNS; i++)); do
  start plain "$i"
  start cds "$i"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
printf '%-44s %10s %10s\n' "median of $RUNS" 'java -jar' 'CDS'
row() {
  printf '%-44s %10.1f %10.1f\n' "$1" "$(echo "$(median plain "$2") / $3" | bc -l)" "$(echo "$(median cds "$2") / $3" | bc -l)"
}
row 'STARTUP to ready, s (target <= 10 s)' 1 1000
row 'JVM CPU until ready, s' 2 1000
row 'first home page served, s after start' 3 1000
row 'RSS at ready, MB' 4 1024
row 'RSS after the home page, MB' 5 1024
echo "load average after: $load_after ($(nproc) cores)"
