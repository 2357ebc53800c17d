#!/usr/bin/env bash
# HTTP load test with wrk against a running portal. Start the portal first, in another terminal:
#   ./mvnw spring-boot:run                  # embedded PostgreSQL with the demo data and accounts
#   bench/load.sh                           # http://127.0.0.1:8080; 16, 64 and 256 connections, 20 s each
#   CONNECTIONS="16 64" DURATION=10s BASE_URL=http://127.0.0.1:8081 bench/load.sh
# The mix (weights in %): home 10, directory searches with words and filters 35 (some as htmx updates),
# storefronts 25, a company's candidate ranking for its needs 15, UMKM pages (dashboard, fitting needs ranked,
# products) 15. Logged-in pages use sessions from logging in with curl first: the demo accounts of README
# "Demo logins" (demo mode), or COMPANY_ACCOUNTS / UMKM_ACCOUNTS ("email:password email:password ...").
# Prints requests/s, p50/p95/p99 latency, responses that are not 2xx/3xx, and 5xx (exit code 1 when any).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE_URL=${BASE_URL:-http://127.0.0.1:8080}
BASE_URL=${BASE_URL%/}
CONNECTIONS=${CONNECTIONS:-16 64 256}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
THREADS=${THREADS:-$(nproc)}
COMPANY_ACCOUNTS=${COMPANY_ACCOUNTS:-$(for i in 1 2 3 4 5; do printf 'perusahaan%s@simitra.test:Perusahaan12345 ' "$i"; done)}
UMKM_ACCOUNTS=${UMKM_ACCOUNTS:-$(for i in 01 02 03 04 05 06 07 08; do printf 'umkm%s@simitra.test:Umkm12345 ' "$i"; done)}

# Load goes to this machine only.
if ! [[ $BASE_URL =~ ^http://(127\.0\.0\.1|localhost)(:[0-9]+)?$ ]]; then
  echo "BASE_URL must be http://127.0.0.1[:port] (load tests stay on this machine), got $BASE_URL" >&2
  exit 2
fi
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing wrk (Debian package) ..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
  else
    echo "wrk is missing: sudo apt-get install -y wrk" >&2
    exit 2
  fi
fi
if ! curl -fsS "$BASE_URL/actuator/health/readiness" >/dev/null; then
  echo "The portal at $BASE_URL is not ready (GET /actuator/health/readiness). Start it first: ./mvnw spring-boot:run" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mix="$work/mix.tsv"
: > "$mix"

# Logs in through the form like a browser; prints "NAME=value" of the session cookie, nothing when it fails.
login() {
  local email=$1 password=$2 jar="$work/jar.$RANDOM$RANDOM" csrf location
  csrf=$(curl -fsS -c "$jar" "$BASE_URL/masuk" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  [ -n "$csrf" ] || return 0
  location=$(curl -sS -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" \
    --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$BASE_URL/masuk")
  [[ $location == */dasbor ]] || return 0
  awk 'NF >= 7 && ($6 == "SESSION" || $6 == "JSESSIONID") { print $6 "=" $7 }' "$jar" | tail -1
}

# emit WEIGHT then lines "path<TAB>cookie<TAB>htmx": writes WEIGHT lines, cycling through the given ones.
emit() {
  local weight=$1
  shift
  [ $# -gt 0 ] || return 0
  local lines=("$@") i
  for ((i = 0; i < weight; i++)); do
    printf '%s\n' "${lines[i % ${#lines[@]}]}" >> "$mix"
  done
}

tab=$'\t'
emit 10 "/${tab}${tab}"

searches=(
  "/direktori?q=kopi${tab}${tab}"
  "/direktori?q=kopi+arabika+sangrai${tab}${tab}"
  "/direktori?q=keripik+singkong${tab}${tab}"
  "/direktori?q=kripik+balado${tab}${tab}"
  "/direktori?q=ulos${tab}${tab}"
  "/direktori?q=seragam+kerja&provinsi=12${tab}${tab}"
  "/direktori?q=kopi&wilayah=12.16${tab}${tab}"
  "/direktori?q=kopi&urut=jarak&dari=12.71${tab}${tab}"
  "/direktori?kbli=10&provinsi=12${tab}${tab}"
  "/direktori?sertifikat=HALAL&sertifikat=PIRT${tab}${tab}"
  "/direktori?terverifikasi=ya&kelas=MIKRO${tab}${tab}"
  "/direktori?q=kopi&kapasitas=100&satuan=KG${tab}${tab}1"
  "/direktori?q=keripik&sertifikat=HALAL${tab}${tab}1"
  "/direktori?halaman=1${tab}${tab}"
)
emit 35 "${searches[@]}"

mapfile -t storefronts < <(for page in 0 1 2; do curl -fsS "$BASE_URL/direktori?urut=terbaru&halaman=$page"; done \
  | grep -oE 'href="/direktori/umkm/[0-9]+"' | sed 's/^href="//; s/"$//' | sort -u)
if [ ${#storefronts[@]} -eq 0 ]; then
  echo "No storefronts found in the directory: is there any data?" >&2
  exit 2
fi
emit 25 "${storefronts[@]/%/${tab}${tab}}"

rankings=()
for account in $COMPANY_ACCOUNTS; do
  cookie=$(login "${account%%:*}" "${account#*:}")
  [ -n "$cookie" ] || { echo "  login failed for ${account%%:*} (not in demo mode?)" >&2; continue; }
  while read -r need; do
    rankings+=("${need}${tab}${cookie}${tab}")
  done < <(curl -fsS -b "$cookie" "$BASE_URL/perusahaan" | grep -oE 'href="/perusahaan/kebutuhan/[0-9]+"' \
    | sed 's/^href="//; s/"$//' | sort -u)
done
emit 15 "${rankings[@]}"

umkm_pages=()
for account in $UMKM_ACCOUNTS; do
  cookie=$(login "${account%%:*}" "${account#*:}")
  [ -n "$cookie" ] || { echo "  login failed for ${account%%:*} (not in demo mode?)" >&2; continue; }
  umkm_pages+=("/umkm${tab}${cookie}${tab}" "/umkm/kebutuhan${tab}${cookie}${tab}" "/umkm/produk${tab}${cookie}${tab}")
done
emit 15 "${umkm_pages[@]}"

echo "Target: $BASE_URL ($(curl -fsS "$BASE_URL/actuator/health" | tr -d '\n'))"
echo "Mix: $(wc -l < "$mix") weighted lines: ${#storefronts[@]} storefronts, ${#rankings[@]} need rankings" \
  "(company sessions), ${#umkm_pages[@]} UMKM pages (UMKM sessions), ${#searches[@]} directory searches"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM; wrk, the portal and PostgreSQL share it"

# Every page once, before any load: a page that fails here would fail throughout.
while IFS= read -r line; do
  # (not "IFS=<tab> read": tabs count as white space there, and an empty cookie field would vanish)
  path=$(cut -f1 <<< "$line") cookie=$(cut -f2 <<< "$line") htmx=$(cut -f3 <<< "$line")
  status=$(curl -sS -o /dev/null -w '%{http_code}' ${cookie:+-b "$cookie"} ${htmx:+-H "HX-Request: true"} "$BASE_URL$path")
  if [ "$status" -ge 400 ]; then
    echo "  $path answers $status" >&2
  fi
done < <(sort -u "$mix")

run() {
  LOAD_MIX="$mix" wrk -t "$1" -c "$2" -d "$3" --timeout 10s -s bench/load.lua "$BASE_URL" | grep '^RESULT'
}

echo "Warm-up ($WARMUP, 16 connections) ..."
run "$THREADS" 16 "$WARMUP" >/dev/null

failed=0
printf '%-12s %9s %9s %9s %9s %9s %12s %6s %8s\n' connections 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' 'max ms' 'non-2xx/3xx' 5xx 'sock err'
for c in $CONNECTIONS; do
  t=$THREADS
  [ "$t" -le "$c" ] || t=$c
  line=$(run "$t" "$c" "$DURATION")
  declare -A r=()
  for kv in ${line#RESULT }; do r[${kv%%=*}]=${kv#*=}; done
  printf '%-12s %9s %9s %9s %9s %9s %12s %6s %8s\n' "$c" "${r[rps]}" "${r[p50]}" "${r[p95]}" "${r[p99]}" "${r[max]}" \
    "$((r[s4xx] + r[s5xx]))" "${r[s5xx]}" "$((r[socket_errors] + r[timeouts]))"
  [ "${r[s5xx]}" -eq 0 ] || failed=1
  unset r
done
if [ "$failed" -ne 0 ]; then
  echo "5xx responses under load: see the portal's log (lines carry the request id)" >&2
  exit 1
fi
