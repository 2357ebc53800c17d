#!/usr/bin/env bash
# Issue 12's figures at North Sumatra scale (1.2 M UMKM, ~4 M products, 50 k needs, 60 k dated partnerships), all
# from one run on this machine, portal and PostgreSQL on the same box:
#   bench/scale.sh            # as root: everything below; the data is generated on the first run (~15-25 min; 37 min at load 11-19)
#   bench/scale.sh data       # only make sure the data set exists (and its cluster is running)
#   STAGES="sql pages" bench/scale.sh     # a subset: data sql startup pages ratio load rss
# The data lives in its own PostgreSQL 15 cluster (SCALE_DIR, default /var/tmp/simitra-scale, port PG_PORT 5440),
# started with deploy/postgresql.conf, never the shared server on 5432; it is kept between runs and reused.
# `bench/scale.sh stop` stops that cluster, `bench/scale.sh drop` also deletes it.
set -euo pipefail
cd "$(dirname "$0")/.."
# JAR=path/to/other.jar measures another build (e.g. an older commit) on the same data; it is not rebuilt. Pass
# PORTAL_ARGS="--spring.flyway.enabled=false" then: an older build must not re-apply its repeatable migrations.
# The portal starts as docs/scaling.md "Start-up" recommends (extracted jar + class data sharing archive, the archive made
# once per jar); PORTAL_CDS=0 starts it as a plain `java -jar`. bench/startup.sh compares the two.
JAR_GIVEN=${JAR:+1}
source bench/lib.sh
SCALE_DIR=${SCALE_DIR:-/var/tmp/simitra-scale}
PG_PORT=${PG_PORT:-5440}
SCALE=${UMKM_COUNT:-1200000}
DB=simitra
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres
JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB"

[ "$(id -u)" = 0 ] || { echo "Run as root: the cluster runs as user postgres" >&2; exit 2; }

scale_pg_running() { as_postgres "$PG_BIN/pg_ctl" -D "$SCALE_DIR/data" status >/dev/null 2>&1; }

scale_pg_start() {
  if [ ! -d "$SCALE_DIR/data" ]; then
    mkdir -p "$SCALE_DIR"
    chown postgres: "$SCALE_DIR"
    as_postgres "$PG_BIN/initdb" -D "$SCALE_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    { cat deploy/postgresql.conf
      printf "\n# bench/scale.sh\nport = %s\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\n" \
        "$PG_PORT" "$SCALE_DIR"; } >> "$SCALE_DIR/data/postgresql.conf"
  fi
  scale_pg_running || as_postgres "$PG_BIN/pg_ctl" -D "$SCALE_DIR/data" -l "$SCALE_DIR/postgres.log" -w -t 60 start >/dev/null
}

stage_data() {
  scale_pg_start
  psql -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
    || psql -d postgres -qc "create database $DB encoding 'UTF8' template template0"
  # The schema of this checkout (a later run after new migrations upgrades the kept data set)
  ./mvnw -q -B test-compile
  SPRING_DATASOURCE_URL=$JDBC_URL SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    ./mvnw -q -B exec:java -Dexec.mainClass=id.simitra.bench.DirectoryBenchmark -Dexec.args=migrate | grep -v '^20' || true
  if [ ! -f "$SCALE_DIR/generated-$SCALE" ]; then
    local t0=$SECONDS
    echo "Generating $SCALE UMKM (bench/generate.sql) ..."
    psql -d "$DB" -v umkm_count="$SCALE" -f bench/generate.sql
    psql -d "$DB" -v partnership_count="${PARTNERSHIP_COUNT:-60000}" -f bench/reports.sql
    echo "DATA generated in $((SECONDS - t0)) s"
    touch "$SCALE_DIR/generated-$SCALE"
  fi
  echo "DATA $(psql -d "$DB" -tAc "select count(*) from umkm") UMKM, $(psql -d "$DB" -tAc "select count(*) from product") products," \
    "$(psql -d "$DB" -tAc "select count(*) from need") needs, $(psql -d "$DB" -tAc "select count(*) from partnership") partnerships," \
    "$(psql -d "$DB" -tAc "select pg_size_pretty(pg_database_size('$DB'))")"
}

# --- the portal: one instance for the stages startup, pages, ratio, load and rss ---
PORTAL_PORT=${PORTAL_PORT:-8085}
BASE=http://127.0.0.1:$PORTAL_PORT
# The JVM settings docs/scaling.md recommends for one instance next to PostgreSQL on a 2-core server.
PORTAL_JAVA_OPTS=${PORTAL_JAVA_OPTS:--Xms256m -Xmx384m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=96m -Xss512k -XX:+UseSerialGC}
# The bench accounts' password and its bcrypt hash (the portal's password encoder accepts "{bcrypt}" hashes; there is
# no "{noop}"), computed once with Spring Security's BCryptPasswordEncoder(10).
BENCH_PASSWORD=Bench12345
BENCH_HASH='{bcrypt}$2a$10$JPSmmVeHkZs7XXHla.QwAubopMD97yC.aihsUUCPztyKXOIG1N2rK'
work=$(mktemp -d /tmp/simitra-scale.XXXXXX)
portal_pid=''
cleanup() {
  [ -z "$portal_pid" ] || stop_pid "$portal_pid" 40
  if [ -n "${KEEP_LOGS:-}" ]; then echo "Logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

portal_up() {
  [ -z "$portal_pid" ] || return 0
  [ -n "$JAR_GIVEN" ] || ensure_jar
  local t0 t1 start=(-jar "$JAR")
  # The recommended deployment start (docs/scaling.md "Start-up"): the extracted jar with a class data sharing
  # archive, made once per jar by a training run before the clock starts. PORTAL_CDS=0: the plain `java -jar`.
  if [ "${PORTAL_CDS:-1}" != 0 ]; then
    # shellcheck disable=SC2086
    SPRING_DATASOURCE_URL=$JDBC_URL SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
      cds_prepare "$JAR" "$PORTAL_JAVA_OPTS" --spring.profiles.active=bench ${PORTAL_ARGS:-}
    start=(-XX:SharedArchiveFile="$CDS_ARCHIVE" -jar "$CDS_JAR")
  fi
  t0=$(now_ms)
  # shellcheck disable=SC2086
  SPRING_DATASOURCE_URL=$JDBC_URL SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    java $PORTAL_JAVA_OPTS "${start[@]}" --server.port="$PORTAL_PORT" --server.address=127.0.0.1 \
    --spring.profiles.active=bench ${PORTAL_ARGS:-} > "$work/portal.log" 2>&1 &
  portal_pid=$!
  wait_ready "$BASE" 300 || { echo "Portal not ready after 300 s" >&2; tail -20 "$work/portal.log" >&2; exit 1; }
  t1=$(now_ms)
  STARTUP_MS=$((t1 - t0))
  STARTED_LINE=$(grep -o 'Started SimitraApplication in [0-9.]* seconds[^)]*)' "$work/portal.log" | head -1 || true)
}

# Sessions for the logged-in pages: generated accounts get the bench password (only these accounts, only in the
# bench cluster), and one officer of North Sumatra is added.
sessions() {
  [ -z "${COMPANY_COOKIE:-}" ] || return 0
  local companies owners
  companies=$(psql -d "$DB" -tA -v ON_ERROR_STOP=1 -c "
    select a.email from account a join company c on c.owner_id = a.id join need n on n.company_id = c.id
    where a.email like 'gen-pt-%' and n.status = 'OPEN' group by a.email order by count(*) desc, a.email limit 5")
  owners=$(psql -d "$DB" -tA -v ON_ERROR_STOP=1 -c "
    select a.email from account a join umkm u on u.owner_id = a.id
    where a.email like 'gen-umkm-%' and exists (select 1 from product p where p.umkm_id = u.id) order by a.id limit 8")
  psql -d "$DB" -qAt -v ON_ERROR_STOP=1 -v pw="$BENCH_HASH" >/dev/null <<SQL
insert into account (email, password_hash, display_name, role, province_code)
values ('gen-petugas@gen.simitra.test', :'pw', 'Petugas Bench', 'OFFICER', '12') on conflict do nothing;
update account set password_hash = :'pw'
where email in ($(printf "'%s'," $companies $owners gen-petugas@gen.simitra.test | sed 's/,$//'));
SQL
  COMPANY_ACCOUNTS=$(for e in $companies; do printf '%s:%s ' "$e" "$BENCH_PASSWORD"; done)
  UMKM_ACCOUNTS=$(for e in $owners; do printf '%s:%s ' "$e" "$BENCH_PASSWORD"; done)
  export COMPANY_ACCOUNTS UMKM_ACCOUNTS NEEDS_PER_COMPANY=5
  local first_company first_owner
  first_company=$(head -1 <<< "$companies") first_owner=$(head -1 <<< "$owners")
  COMPANY_COOKIE=$(login "$BASE" "$first_company" "$BENCH_PASSWORD")
  UMKM_COOKIE=$(login "$BASE" "$first_owner" "$BENCH_PASSWORD")
  OFFICER_COOKIE=$(login "$BASE" gen-petugas@gen.simitra.test "$BENCH_PASSWORD")
  [ -n "$COMPANY_COOKIE" ] && [ -n "$UMKM_COOKIE" ] && [ -n "$OFFICER_COOKIE" ] \
    || { echo "Login failed (company '$COMPANY_COOKIE', UMKM '$UMKM_COOKIE', officer '$OFFICER_COOKIE')" >&2; exit 1; }
  NEED_PATH=$(curl -fsS -b "$COMPANY_COOKIE" "$BASE/perusahaan" | grep -oE 'href="/perusahaan/kebutuhan/[0-9]+"' \
    | head -1 | sed 's/^href="//; s/"$//')
  STOREFRONT_PATH=$(curl -fsS "$BASE/direktori?q=kopi" | grep -oE 'href="/direktori/umkm/[0-9]+"' | head -1 \
    | sed 's/^href="//; s/"$//')
}

# The pages of the targets: "name<TAB>path<TAB>cookie".
page_list() {
  printf '%s\t%s\t%s\n' home / '' storefront "$STOREFRONT_PATH" '' 'directory "kopi"' '/direktori?q=kopi' '' \
    'directory kopi+filters' '/direktori?q=kopi+arabika+sangrai&kbli=10761&terverifikasi=ya' '' \
    'need ranking' "$NEED_PATH" "$COMPANY_COOKIE" 'fitting needs' /umkm/kebutuhan "$UMKM_COOKIE" \
    'officer dashboard' /petugas "$OFFICER_COOKIE" 'officer report' /petugas/laporan "$OFFICER_COOKIE" \
    'error page 404' /direktori/umkm/999999999 ''
}

statements() {
  psql -d "$DB" -tAc "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
                      where d.datname = '$DB'"
}

stage_startup() {
  portal_up
  echo "STARTUP to ready: $((STARTUP_MS / 1000)).$(printf '%03d' $((STARTUP_MS % 1000))) s (target <= 10 s;" \
    "$([ "${PORTAL_CDS:-1}" != 0 ] && echo 'extracted jar + CDS archive' || echo 'java -jar')); ${STARTED_LINE:-}"
}

# Single client, after warm-up: p50/p95 of ROUNDS requests, SQL statements per request (pg_stat_statements,
# everything the portal sends, the session table's updates included), HTML bytes before compression.
stage_pages() {
  portal_up
  sessions
  psql -d "$DB" -qc "create extension if not exists pg_stat_statements" >/dev/null
  local rounds=${ROUNDS:-30} name path cookie i before after times size status
  printf '%-24s %8s %8s %8s %10s %7s\n' PAGE 'p50 ms' 'p95 ms' 'SQL/req' 'HTML KB' status
  while IFS=$'\t' read -r name path cookie; do
    for i in 1 2 3 4 5; do curl -sS -o /dev/null -H "Accept: text/html" -H "Accept-Language: id" ${cookie:+-b "$cookie"} "$BASE$path"; done
    [ -z "${DETAIL:-}" ] || psql -d "$DB" -qtAc "select pg_stat_statements_reset()" >/dev/null
    before=$(statements)
    : > "$work/times"
    for ((i = 0; i < rounds; i++)); do
      curl -sS -o "$work/body" -H "Accept: text/html" -H "Accept-Language: id" -w '%{time_total} %{http_code}\n' ${cookie:+-b "$cookie"} "$BASE$path" >> "$work/times"
    done
    after=$(statements)
    size=$(wc -c < "$work/body")
    # KEEP_LOGS=1 keeps each page's HTML for a look at what makes it heavy
    [ -z "${KEEP_LOGS:-}" ] || cp "$work/body" "$work/page-${name//[^a-z]/_}.html"
    status=$(awk '{print $2}' "$work/times" | sort -u | paste -sd,)
    times=$(awk '{print $1 * 1000}' "$work/times" | sort -n)
    printf '%-24s %8.1f %8.1f %8.1f %10.1f %7s\n' "$name" \
      "$(sed -n "$(( (rounds + 1) / 2 ))p" <<< "$times")" "$(sed -n "$(( (rounds * 95 + 99) / 100 ))p" <<< "$times")" \
      "$(echo "($after - $before - 1) / $rounds" | bc -l)" "$(echo "$size / 1024" | bc -l)" "$status"
    # DETAIL=1: which statements a request of this page sends (calls per request, mean ms, the statement's start)
    [ -z "${DETAIL:-}" ] || psql -d "$DB" -tA -F ' ' -c "
      select to_char(calls::numeric / $rounds, 'FM990.0'), to_char(mean_exec_time, 'FM99990.00') || ' ms',
             left(regexp_replace(query, '\s+', ' ', 'g'), 110)
      from pg_stat_statements s join pg_database d on d.oid = s.dbid
      where d.datname = '$DB' and calls >= $rounds and query not like '%pg_stat_statements%'
      order by calls desc, query" | sed 's/^/    /'
  done < <(page_list)
  echo "(targets: p95 <= 100 ms, officer dashboard <= 300 ms; <= 15 SQL statements; HTML <= 40 KB)"
}

# Framework ratio: each page's throughput against the bare page of the bench profile (/bench/bare: Spring MVC,
# one JdbcClient query, a tiny Thymeleaf template without the layout), same JVM, same run, rounds alternated.
stage_ratio() {
  require_wrk
  portal_up
  sessions
  local secs=${RATIO_SECONDS:-8} name path cookie bare rps
  rate() { # path cookie -> req/s
    printf '%s\t%s\t\n' "$1" "$2" > "$work/one.tsv"
    LOAD_MIX="$work/one.tsv" wrk -t 2 -c 16 -d "${secs}s" --timeout 10s -s bench/load.lua "$BASE" | grep '^RESULT' \
      | sed 's/.*rps=\([0-9.]*\).*/\1/'
  }
  rate /bench/bare '' >/dev/null   # warm-up
  printf '%-24s %10s %10s %8s %s\n' PAGE 'req/s' 'bare' ratio target
  while IFS=$'\t' read -r name path cookie; do
    rate "$path" "$cookie" >/dev/null   # warm-up
    bare=$(rate /bench/bare '')
    rps=$(rate "$path" "$cookie")
    local target=0.2
    case "$name" in storefront|error*) target=0.5 ;; esac
    printf '%-24s %10.1f %10.1f %8.3f >= %s\n' "$name" "$rps" "$bare" "$(echo "$rps / $bare" | bc -l)" "$target"
  done < <(page_list)
}

stage_load() {
  portal_up
  sessions
  PORTAL_PID=$portal_pid PG_PID=$(head -1 "$SCALE_DIR/data/postmaster.pid") \
    CONNECTIONS=${CONNECTIONS:-16 64 256} DURATION=${DURATION:-20s} BASE_URL=$BASE bench/load.sh \
    || echo "LOAD: 5xx or lost logins (see above)"
  echo "(targets: >= 150 req/s at 64 connections with p95 <= 300 ms and 0 errors; >= 100 req/s at 256)"
}

stage_rss() {
  [ -n "$portal_pid" ] || { echo "RSS: no portal running (run it with the load stage)"; return 0; }
  echo "RSS of the portal after the stages: $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' /proc/$portal_pid/status)," \
    "peak $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' /proc/$portal_pid/status) (target <= 512 MB); JVM: $PORTAL_JAVA_OPTS"
}

stage_sql() {
  local t
  for t in directory ranking reports; do
    echo "== bench/$t.sh"
    BENCH_DB=$DB UMKM_COUNT=$SCALE PGPORT=$PG_PORT "bench/$t.sh" 2>&1 | grep -vE '^\[|^$' || echo "bench/$t.sh failed"
  done
  echo "(targets: directory and ranking SQL p95 <= 30 ms per query)"
}

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM; load average $(cut -d' ' -f1-3 /proc/loadavg)"
case "${1:-all}" in
  stop) scale_pg_running && as_postgres "$PG_BIN/pg_ctl" -D "$SCALE_DIR/data" -m fast -w stop; exit 0 ;;
  drop) scale_pg_running && as_postgres "$PG_BIN/pg_ctl" -D "$SCALE_DIR/data" -m fast -w stop; rm -rf "$SCALE_DIR"; exit 0 ;;
  data) STAGES=data ;;
  all) STAGES=${STAGES:-data sql startup pages ratio load rss} ;;
  *) echo "usage: bench/scale.sh [all|data|stop|drop]" >&2; exit 2 ;;
esac

for stage in $STAGES; do
  echo "=== $stage ($(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg))"
  "stage_$stage"
done
