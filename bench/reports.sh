#!/usr/bin/env bash
# Officer report and export benchmark on the local PostgreSQL (127.0.0.1:5432), North Sumatra scale.
#   bench/reports.sh                          # uses the database of bench/directory.sh (generated if missing)
#   BENCH_DB=simitra_bench_small bench/reports.sh
# Adds dated partnerships with status history once (bench/reports.sql), then prints dashboard timings
# (p50/p95/max, server side) and export throughput. The JVM runs with a capped heap (BENCH_HEAP, default 512m)
# so a province-wide export of 1.2 M UMKM also shows that exports stream.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-simitra_bench}
SCALE=${UMKM_COUNT:-1200000}
ROUNDS=${ROUNDS:-10}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
export SPRING_DATASOURCE_USERNAME=$PGUSER
export SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-}

if ! psql -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  psql -d postgres -c "create database $DB encoding 'UTF8' template template0"
fi
./mvnw -q -B test-compile
run() { MAVEN_OPTS="-Xmx${BENCH_HEAP:-512m}" ./mvnw -q -B exec:java -Dexec.mainClass="$1" -Dexec.args="${2:-}"; }
run id.simitra.bench.ReportsBenchmark migrate
have=$(psql -d "$DB" -tAc "select count(*) from umkm where business_name not like 'Uji%'")
if [ "$have" -lt "$SCALE" ]; then
  echo "Generating $SCALE UMKM into $DB (have $have) ..."
  time psql -d "$DB" -v umkm_count="$SCALE" -f bench/generate.sql
fi
psql -d "$DB" -v partnership_count="${PARTNERSHIP_COUNT:-60000}" -f bench/reports.sql
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(psql -d "$DB" -tAc 'select version()' | cut -d, -f1)"
run id.simitra.bench.ReportsBenchmark "$ROUNDS"
