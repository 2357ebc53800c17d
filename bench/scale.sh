#!/usr/bin/env bash
# Issue 12's figures at North Sumatra scale (1.2 M UMKM, ~4 M products, 50 k needs, 60 k dated partnerships), all
# from one run on this machine, portal and PostgreSQL on the same box:
#   bench/scale.sh            # as root: everything below; the data is generated on the first run (~15-25 min)
#   bench/scale.sh data       # only make sure the data set exists (and its cluster is running)
#   STAGES="sql pages" bench/scale.sh     # a subset: data sql startup pages ratio load rss
# The data lives in its own PostgreSQL 15 cluster (SCALE_DIR, default /var/tmp/simitra-scale, port PG_PORT 5440),
# started with deploy/postgresql.conf, never the shared server on 5432; it is kept between runs and reused.
# `bench/scale.sh stop` stops that cluster, `bench/scale.sh drop` also deletes it.
set -euo pipefail
cd "$(dirname "$0")/.."
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
  if [ ! -f "$SCALE_DIR/generated-$SCALE" ]; then
    ./mvnw -q -B test-compile
    SPRING_DATASOURCE_URL=$JDBC_URL SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
      ./mvnw -q -B exec:java -Dexec.mainClass=id.simitra.bench.DirectoryBenchmark -Dexec.args=migrate
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

case "${1:-all}" in
  stop) scale_pg_running && as_postgres "$PG_BIN/pg_ctl" -D "$SCALE_DIR/data" -m fast -w stop; exit 0 ;;
  drop) scale_pg_running && as_postgres "$PG_BIN/pg_ctl" -D "$SCALE_DIR/data" -m fast -w stop; rm -rf "$SCALE_DIR"; exit 0 ;;
  data) STAGES=data ;;
  all) STAGES=${STAGES:-data sql startup pages ratio load rss} ;;
  *) echo "usage: bench/scale.sh [all|data|stop|drop]" >&2; exit 2 ;;
esac

for stage in $STAGES; do
  "stage_$stage"
done
