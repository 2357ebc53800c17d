#!/usr/bin/env bash
# bench/load.sh against the generated North Sumatra data set (1.2 M UMKM, bench/generate.sql, made by
# bench/directory.sh) on the local PostgreSQL: starts a portal on 127.0.0.1:PORTAL_PORT (8081) on that database,
# lets a few generated accounts log in, runs the load levels, stops the portal.
#   bench/directory.sh                 # once: creates and fills simitra_bench (~10-15 min)
#   bench/load-sumut.sh                # then: 16, 64, 256 connections, 20 s each
#   CONNECTIONS="16 64" DURATION=30s bench/load-sumut.sh
# Generated accounts cannot log in (no valid hash). This script gives COMPANIES company accounts (those with the
# most open needs) and UMKM_OWNERS owner accounts (with products) the password BENCH_PASSWORD: logging in is not
# part of the measured mix (sessions are made before
# the load), so the hash's cost does not matter, and only these generated bench accounts are touched.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DB=${BENCH_DB:-simitra_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PORTAL_PORT=${PORTAL_PORT:-8081}
COMPANIES=${COMPANIES:-5}
UMKM_OWNERS=${UMKM_OWNERS:-8}
# The portal's password encoder takes "{bcrypt}" hashes (no "{noop}"): this is Bench12345's, computed once with
# Spring Security's BCryptPasswordEncoder(10).
BENCH_PASSWORD=Bench12345
BENCH_HASH='{bcrypt}$2a$10$JPSmmVeHkZs7XXHla.QwAubopMD97yC.aihsUUCPztyKXOIG1N2rK'
[[ $PGHOST =~ ^(127\.0\.0\.1|localhost)$ ]] || { echo "PGHOST must be this machine" >&2; exit 2; }

have=$(psql -d "$DB" -tAc "select count(*) from umkm where business_name not like 'Uji%'" 2>/dev/null || echo 0)
[ "$have" -gt 0 ] || { echo "No generated data in $DB: run bench/directory.sh first" >&2; exit 2; }
ensure_jar

# Accounts that make the logged-in pages meaningful: companies with open needs, owners with a profile and products.
companies=$(psql -d "$DB" -tA -v ON_ERROR_STOP=1 -c "
  select a.email from account a join company c on c.owner_id = a.id join need n on n.company_id = c.id
  where a.email like 'gen-pt-%' and n.status = 'OPEN'
  group by a.email order by count(*) desc, a.email limit $COMPANIES")
owners=$(psql -d "$DB" -tA -v ON_ERROR_STOP=1 -c "
  select a.email from account a join umkm u on u.owner_id = a.id
  where a.email like 'gen-umkm-%' and exists (select 1 from product p where p.umkm_id = u.id)
  order by a.id limit $UMKM_OWNERS")
# shellcheck disable=SC2086
# (on stdin: psql interpolates :'pw' there, not in -c)
psql -d "$DB" -qAt -v ON_ERROR_STOP=1 -v pw="$BENCH_HASH" >/dev/null \
  <<< "update account set password_hash = :'pw' where email in ($(printf "'%s'," $companies $owners | sed 's/,$//'));"
COMPANY_ACCOUNTS=$(for e in $companies; do printf '%s:%s ' "$e" "$BENCH_PASSWORD"; done)
UMKM_ACCOUNTS=$(for e in $owners; do printf '%s:%s ' "$e" "$BENCH_PASSWORD"; done)
# A few needs per company: each ranking is checked once before the load, and there are enough of them for the mix.
NEEDS_PER_COMPANY=${NEEDS_PER_COMPANY:-5}
export COMPANY_ACCOUNTS UMKM_ACCOUNTS NEEDS_PER_COMPANY
echo "Data: $have UMKM, $(psql -d "$DB" -tAc "select count(*) from product") products," \
  "$(psql -d "$DB" -tAc "select count(*) from need where status = 'OPEN'") open needs in $DB"
echo "Accounts: $(wc -w <<< "$companies") companies, $(wc -w <<< "$owners") UMKM owners (password set for the bench)"

work=$(mktemp -d /tmp/simitra-load-sumut.XXXXXX)
portal_pid=''
cleanup() {
  [ -z "$portal_pid" ] || stop_pid "$portal_pid" 40
  if [ -n "${KEEP_LOGS:-}" ]; then echo "Portal log kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "Portal on 127.0.0.1:$PORTAL_PORT against $DB ..."
DB_USER=$PGUSER
DB_PASSWORD=${PGPASSWORD:-}
portal_pid=$(start_portal "$PORTAL_PORT" "$work/portal.log" \
  "jdbc:postgresql://$PGHOST:$PGPORT/$DB")
wait_ready "http://127.0.0.1:$PORTAL_PORT" 300 || { echo "Portal not ready after 300 s" >&2; tail -20 "$work/portal.log" >&2; exit 1; }
status=0
BASE_URL=http://127.0.0.1:$PORTAL_PORT bench/load.sh || status=$?
echo "Portal log: $(grep -c ' ERROR ' "$work/portal.log" || true) ERROR lines, $(grep -c ' WARN ' "$work/portal.log" || true) WARN lines"
exit "$status"
