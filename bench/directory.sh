#!/usr/bin/env bash
# Directory search benchmark at North Sumatra scale on the local PostgreSQL (127.0.0.1:5432).
#   bench/directory.sh                 # 1.2 M UMKM / ~4 M products (generated once, ~10-15 min)
#   UMKM_COUNT=100000 bench/directory.sh   # a smaller data set (use another BENCH_DB)
# Prints p50/p95/max per query and overall, measured server side (SQL + mapping).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-simitra_bench}
SCALE=${UMKM_COUNT:-1200000}
ROUNDS=${ROUNDS:-20}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
export SPRING_DATASOURCE_USERNAME=$PGUSER
export SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-}

if ! psql -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  psql -d postgres -c "create database $DB encoding 'UTF8' template template0"
fi
./mvnw -q -B test-compile
run() { ./mvnw -q -B exec:java -Dexec.mainClass="$1" -Dexec.args="${2:-}"; }
run id.simitra.bench.DirectoryBenchmark migrate
have=$(psql -d "$DB" -tAc "select count(*) from umkm where business_name not like 'Uji%'")
if [ "$have" -lt "$SCALE" ]; then
  echo "Generating $SCALE UMKM into $DB (have $have) ..."
  time psql -d "$DB" -v umkm_count="$SCALE" -f bench/generate.sql
fi
# Fresh planner statistics (migrations that add columns, like the search document, leave none).
psql -d "$DB" -qc "analyze umkm" -c "analyze umkm_kbli" -c "analyze product" -c "analyze need" -c "analyze umkm_certificate"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(psql -d "$DB" -tAc 'select version()' | cut -d, -f1)"
run id.simitra.bench.DirectoryBenchmark "$ROUNDS"
