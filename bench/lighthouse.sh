#!/usr/bin/env bash
# Lighthouse (mobile profile, simulated throttling) on four pages of a running portal, with Debian's Chromium.
# Start the portal first, in another terminal:
#   ./mvnw -Dmaven.test.skip spring-boot:run                  # embedded PostgreSQL with the demo data and accounts
#   bench/lighthouse.sh                     # http://127.0.0.1:8080, 3 runs per page, median scores
#   RUNS=5 THRESHOLD=90 BASE_URL=http://127.0.0.1:8090 bench/lighthouse.sh
# Pages: home, a directory search, a storefront found in that search, and a company's need page (top-20 candidates)
# logged in as COMPANY_ACCOUNT (demo "perusahaan1"). Prints one line per page with the median of performance,
# accessibility, best practices (and SEO, not judged) over RUNS runs and their range; reports (JSON and HTML, every
# run) go to target/lighthouse/. Exit code 1 when a median of the first three categories is below THRESHOLD.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE_URL=${BASE_URL:-http://127.0.0.1:8080}
BASE_URL=${BASE_URL%/}
THRESHOLD=${THRESHOLD:-95}
RUNS=${RUNS:-3}
SEARCH=${SEARCH:-q=keripik+singkong&provinsi=12}
COMPANY_ACCOUNT=${COMPANY_ACCOUNT:-perusahaan1@simitra.test:Perusahaan12345}
OUT=${OUT:-target/lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
# Without the background-networking flags Chromium keeps calling Google services, which a closed network refuses.
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
--disable-component-update --disable-sync --no-first-run"

# Only this machine: Lighthouse loads every page several times.
if ! [[ $BASE_URL =~ ^http://(127\.0\.0\.1|localhost)(:[0-9]+)?$ ]]; then
  echo "BASE_URL must be http://127.0.0.1[:port] or http://localhost[:port], got $BASE_URL" >&2
  exit 2
fi
if ! [[ $RUNS =~ ^[1-9][0-9]*$ && $THRESHOLD =~ ^[0-9]+$ ]]; then
  echo "RUNS must be a positive number and THRESHOLD a number from 0 to 100" >&2
  exit 2
fi
if ! curl -fsS -o /dev/null "$BASE_URL/actuator/health/readiness"; then
  echo "The portal at $BASE_URL is not ready (GET /actuator/health/readiness). Start it first: ./mvnw -Dmaven.test.skip spring-boot:run" >&2
  exit 2
fi
if [ ! -x "$CHROME_PATH" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ "$CHROME_PATH" = /usr/bin/chromium ]; then
    echo "Installing chromium (Debian package) ..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; }
  else
    echo "Chromium is missing at $CHROME_PATH: sudo apt-get install -y chromium (or set CHROME_PATH)" >&2
    exit 2
  fi
fi
command -v node >/dev/null 2>&1 || { echo "Node.js 18.20 or newer is needed (lighthouse 12)" >&2; exit 2; }
lighthouse=bench/lighthouse/node_modules/.bin/lighthouse
if [ ! -x "$lighthouse" ]; then
  echo "Installing lighthouse from bench/lighthouse/package-lock.json ..."
  (cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Logs in through the form like a browser (CSRF token from the form); prints "NAME=value" of the session cookie.
login() {
  local email=$1 password=$2 jar="$work/jar" csrf location
  csrf=$(curl -fsS -c "$jar" "$BASE_URL/masuk" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  [ -n "$csrf" ] || return 0
  location=$(curl -sS -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" \
    --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$BASE_URL/masuk")
  [[ $location == */dasbor ]] || return 0
  awk 'NF >= 7 && ($6 == "SESSION" || $6 == "JSESSIONID") { print $6 "=" $7 }' "$jar" | tail -1
}

storefront=$(curl -fsS "$BASE_URL/direktori?$SEARCH" | grep -oE 'href="/direktori/umkm/[0-9]+"' | head -1 \
  | sed 's/^href="//; s/"$//')
if [ -z "$storefront" ]; then
  storefront=$(curl -fsS "$BASE_URL/direktori" | grep -oE 'href="/direktori/umkm/[0-9]+"' | head -1 \
    | sed 's/^href="//; s/"$//')
fi
[ -n "$storefront" ] || { echo "No storefront found in the directory: is there any data?" >&2; exit 2; }

cookie=$(login "${COMPANY_ACCOUNT%%:*}" "${COMPANY_ACCOUNT#*:}")
[ -n "$cookie" ] || { echo "Login failed for ${COMPANY_ACCOUNT%%:*} (demo mode? or set COMPANY_ACCOUNT=email:password)" >&2; exit 2; }
need=$(curl -fsS -b "$cookie" "$BASE_URL/perusahaan" | grep -oE 'href="/perusahaan/kebutuhan/[0-9]+"' | head -1 \
  | sed 's/^href="//; s/"$//')
[ -n "$need" ] || { echo "${COMPANY_ACCOUNT%%:*} has no need on /perusahaan" >&2; exit 2; }
# The session goes with every request of that page (Lighthouse resets cookies and storage before each run).
printf '{"Cookie": "%s"}\n' "$cookie" > "$work/headers.json"

pages=(
  "home|/|"
  "directory|/direktori?$SEARCH|"
  "storefront|$storefront|"
  "need-matches|$need|$work/headers.json"
)

mkdir -p "$OUT"
rm -f "$OUT"/*.report.json "$OUT"/*.report.html
echo "Target: $BASE_URL · $(node --version) · lighthouse $("$lighthouse" --version) · $("$CHROME_PATH" --version 2>/dev/null | head -1)"
echo "Mobile profile (Lighthouse default: Moto G Power, simulated slow 4G, 4x CPU slowdown); $RUNS run(s) per page," \
  "median [min-max]; machine: $(nproc) cores"
failed=0
for entry in "${pages[@]}"; do
  IFS='|' read -r name path headers <<< "$entry"
  for ((run = 1; run <= RUNS; run++)); do
    # Lighthouse exits non-zero on a page it could not load; the report then has a runtimeError and null scores.
    "$lighthouse" "$BASE_URL$path" --quiet --chrome-flags="$CHROME_FLAGS" \
      --only-categories=performance,accessibility,best-practices,seo \
      ${headers:+--extra-headers="$headers"} \
      --output=json --output=html --output-path="$OUT/$name-$run" 2> "$work/lighthouse.err" \
      || { echo "  lighthouse failed on $path (run $run):" >&2; tail -5 "$work/lighthouse.err" >&2; }
  done
  line=$(node bench/lighthouse/summary.mjs "$THRESHOLD" "$name" "$path" "$OUT/$name"-*.report.json) || failed=1
  echo "$line"
done
echo "Reports: $OUT/<page>-<run>.report.html (and .json)"
if [ "$failed" -ne 0 ]; then
  echo "Below $THRESHOLD in performance, accessibility or best practices (marked with !): see the reports" >&2
  exit 1
fi
