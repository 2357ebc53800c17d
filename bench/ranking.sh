#!/usr/bin/env bash
# Top-20 ranking benchmark at North Sumatra scale on the local PostgreSQL (same data set as
# bench/directory.sh; generated on first use). Prints p50/p95/max per need and overall, and the
# query plans of the candidate pool and of match_factors with a check for sequential scans.
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
run() { ./mvnw -q -B exec:java -Dexec.mainClass="$1" -Dexec.args="${2:-}"; }
run id.simitra.bench.DirectoryBenchmark migrate
have=$(psql -d "$DB" -tAc "select count(*) from umkm")
if [ "$have" -lt "$SCALE" ]; then
  echo "Generating $SCALE UMKM into $DB (have $have) ..."
  time psql -d "$DB" -v umkm_count="$SCALE" -f bench/generate.sql
fi
# Fresh planner statistics (migrations that add columns, like the search document, leave none).
psql -d "$DB" -qc "analyze umkm" -c "analyze umkm_kbli" -c "analyze product" -c "analyze need" -c "analyze umkm_certificate"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(psql -d "$DB" -tAc 'select version()' | cut -d, -f1)"
run id.simitra.bench.RankingBenchmark "$ROUNDS"

echo "== plans (auto_explain of match_factors for the first need's pool; looking for Seq Scan on big tables)"
need=$(psql -d "$DB" -tAc "select min(id) from need where status = 'OPEN'")
plans=$(psql -d "$DB" -q 2>&1 <<SQL
load 'auto_explain';
set auto_explain.log_min_duration = 0;
set auto_explain.log_nested_statements = on;
set client_min_messages = log;
select count(*) from match_factors($need, (select array_agg(umkm_id) from (select umkm_id from umkm_kbli
  where regency_code = (select regency_code from need where id = $need)
    and kbli_code = (select kbli_code from need where id = $need) limit 300) x), current_date);
SQL
)
# The candidate pool query, as the service sends it, for the same need.
pool=$(./mvnw -q -B exec:java -Dexec.mainClass=id.simitra.bench.PoolPlan -Dexec.args="$need" 2>/dev/null | grep -E "Scan|Execution" || true)
echo "$pool" | grep -E "Execution" || true
if printf '%s\n%s\n' "$plans" "$pool" | grep -E "Seq Scan on (umkm|product) " ; then
  echo "SEQUENTIAL SCAN OF umkm OR product FOUND"
else
  echo "no sequential scan of umkm or product (match_factors and the candidate pool)"
fi
