# Shared pieces of the load scripts (bench/load.sh, bench/db-restart.sh, bench/cluster.sh). Source it, don't run it.
# Needs: bash, curl, wrk, psql; the PostgreSQL 15 server binaries for the throwaway cluster.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
JAR=${JAR:-target/simitra-0.1.0-SNAPSHOT.jar}
tab=$'\t'
# The demo accounts of README "Demo logins" whose sessions the mix uses, unless the caller names others
# ("email:password email:password ...").
COMPANY_ACCOUNTS=${COMPANY_ACCOUNTS:-$(for i in 1 2 3 4 5; do printf 'perusahaan%s@simitra.test:Perusahaan12345 ' "$i"; done)}
UMKM_ACCOUNTS=${UMKM_ACCOUNTS:-$(for i in 01 02 03 04 05 06 07 08; do printf 'umkm%s@simitra.test:Umkm12345 ' "$i"; done)}

# Load goes to this machine only.
require_local_url() {
  if ! [[ $1 =~ ^http://(127\.0\.0\.1|localhost)(:[0-9]+)?$ ]]; then
    echo "URL must be http://127.0.0.1[:port] (load tests stay on this machine), got $1" >&2
    exit 2
  fi
}

require_wrk() {
  command -v wrk >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing wrk (Debian package) ..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
  else
    echo "wrk is missing: sudo apt-get install -y wrk" >&2
    exit 2
  fi
}

# The "_csrf" value of the first form on a page read from stdin.
csrf_of() {
  grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'
}

# login BASE_URL EMAIL PASSWORD: logs in through the form like a browser; prints "NAME=value" of the session
# cookie, nothing when it fails.
login() {
  local base=$1 email=$2 password=$3 jar csrf location
  jar=$(mktemp)
  csrf=$(curl -fsS -m 20 -c "$jar" "$base/masuk" | csrf_of) || true
  if [ -n "$csrf" ]; then
    location=$(curl -sS -m 20 -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" \
      --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
      "$base/masuk") || true
    if [[ $location == */dasbor ]]; then
      awk 'NF >= 7 && ($6 == "SESSION" || $6 == "JSESSIONID") { print $6 "=" $7 }' "$jar" | tail -1
    fi
  fi
  rm -f "$jar"
}

# wait_ready URL SECONDS: until readiness answers 200, at most SECONDS; returns 1 when it did not.
wait_ready() {
  local url=$1 deadline=$((SECONDS + $2))
  until curl -fsS -m 5 -o /dev/null "$url/actuator/health/readiness" 2>/dev/null; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 1
  done
}

# build_mix BASE_URL MIX_FILE: writes the weighted request mix of bench/load.lua ("path<TAB>cookie<TAB>htmx" per
# line, each line as often as its weight) after logging in with COMPANY_ACCOUNTS and UMKM_ACCOUNTS. Sets
# MIX_SUMMARY and MIX_COOKIES (one session cookie per logged-in account, with the page that proves it is
# logged in: "cookie<TAB>path").
build_mix() {
  local base=$1 mix=$2 account cookie need page
  : > "$mix"
  MIX_COOKIES=()
  # emit WEIGHT LINE...: writes WEIGHT lines, cycling through the given ones.
  emit() {
    local weight=$1 i
    shift
    [ $# -gt 0 ] || return 0
    local lines=("$@")
    for ((i = 0; i < weight; i++)); do
      printf '%s\n' "${lines[i % ${#lines[@]}]}" >> "$mix"
    done
  }

  emit 10 "/${tab}${tab}"

  local searches=(
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

  # Storefront ids from the directory's newest-first pages: a few pages of an ordered, indexed listing, so this
  # stays quick on the 1.2 M UMKM data set too (no count of everything, no deep paging).
  local storefronts
  mapfile -t storefronts < <(for page in 0 1 2; do curl -fsS -m 60 "$base/direktori?urut=terbaru&halaman=$page"; done \
    | grep -oE 'href="/direktori/umkm/[0-9]+"' | sed 's/^href="//; s/"$//' | sort -u)
  if [ ${#storefronts[@]} -eq 0 ]; then
    echo "No storefronts found in the directory: is there any data?" >&2
    exit 2
  fi
  emit 25 "${storefronts[@]/%/${tab}${tab}}"

  local rankings=()
  for account in $COMPANY_ACCOUNTS; do
    cookie=$(login "$base" "${account%%:*}" "${account#*:}")
    [ -n "$cookie" ] || { echo "  login failed for ${account%%:*}" >&2; continue; }
    MIX_COOKIES+=("${cookie}${tab}/perusahaan")
    while read -r need; do
      rankings+=("${need}${tab}${cookie}${tab}")
    done < <(curl -fsS -m 60 -b "$cookie" "$base/perusahaan" | grep -oE 'href="/perusahaan/kebutuhan/[0-9]+"' \
      | sed 's/^href="//; s/"$//' | sort -u | head -n "${NEEDS_PER_COMPANY:-20}")
  done
  emit 15 "${rankings[@]}"

  local umkm_pages=()
  for account in $UMKM_ACCOUNTS; do
    cookie=$(login "$base" "${account%%:*}" "${account#*:}")
    [ -n "$cookie" ] || { echo "  login failed for ${account%%:*}" >&2; continue; }
    MIX_COOKIES+=("${cookie}${tab}/umkm")
    umkm_pages+=("/umkm${tab}${cookie}${tab}" "/umkm/kebutuhan${tab}${cookie}${tab}" "/umkm/produk${tab}${cookie}${tab}")
  done
  emit 15 "${umkm_pages[@]}"

  MIX_SUMMARY="$(wc -l < "$mix") weighted lines: ${#storefronts[@]} storefronts, ${#rankings[@]} need rankings"
  MIX_SUMMARY+=" (company sessions), ${#umkm_pages[@]} UMKM pages (UMKM sessions), ${#searches[@]} directory searches"
}

# cpu_ms PID...: CPU time (user + system, in ms) used so far by these processes and their direct children that are
# still running (a PostgreSQL postmaster's backends, which a connection pool keeps for the whole run).
cpu_ms() {
  local p pids=("$@") total=0 ticks
  for p in "$@"; do
    mapfile -t -O "${#pids[@]}" pids < <(pgrep -P "$p" || true)
  done
  for p in "${pids[@]}"; do
    # fields 14 and 15 of /proc/PID/stat: utime and stime in clock ticks (the command name of java and postgres
    # has no spaces, so the field numbers hold)
    ticks=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)
    total=$((total + ticks))
  done
  echo $((total * 1000 / $(getconf CLK_TCK)))
}

# run_wrk BASE_URL MIX_FILE THREADS CONNECTIONS DURATION: one wrk run with bench/load.lua; prints its RESULT line.
run_wrk() {
  local t=$3
  [ "$t" -le "$4" ] || t=$4
  LOAD_MIX="$2" wrk -t "$t" -c "$4" -d "$5" --timeout 10s -s bench/load.lua "$1" | grep '^RESULT'
}

# The RESULT line of bench/load.lua into the associative array named R (declare -A R first).
parse_result() {
  local kv
  for kv in ${1#RESULT }; do R[${kv%%=*}]=${kv#*=}; done
}

# --- Throwaway PostgreSQL cluster (never the machine's shared server) ---
# start_throwaway_pg PORT DIR: initdb in DIR (owned by postgres), start on 127.0.0.1:PORT with its socket in
# DIR, create database "simitra". Trust authentication: the cluster lives for one run and listens on 127.0.0.1.
start_throwaway_pg() {
  local port=$1 dir=$2
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is taken; choose another with PG_PORT" >&2
    return 1
  fi
  chown postgres: "$dir"
  as_postgres "$PG_BIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  # Settings in the cluster's own file, so that every later restart/start uses them without options.
  printf "port = %s\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\nmax_connections = 100\n" \
    "$port" "$dir" >> "$dir/data/postgresql.conf"
  as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 30 start >/dev/null
  psql -h 127.0.0.1 -p "$port" -U postgres -qc "create database simitra" >/dev/null
}

# pg_ctl on the throwaway cluster: pg_ctl_throwaway DIR ARGS...
pg_ctl_throwaway() {
  local dir=$1
  shift
  as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" "$@"
}

stop_throwaway_pg() {
  local dir=$1
  [ -d "$dir/data" ] && pg_ctl_throwaway "$dir" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# start_portal PORT LOGFILE JDBC_URL [ARGS...]: the packaged jar in the background; prints its pid.
start_portal() {
  local port=$1 log=$2 url=$3
  shift 3
  SPRING_DATASOURCE_URL=$url SPRING_DATASOURCE_USERNAME=${DB_USER:-postgres} SPRING_DATASOURCE_PASSWORD=${DB_PASSWORD:-} \
    java -Xmx1g -jar "$JAR" --server.port="$port" --server.address=127.0.0.1 "$@" > "$log" 2>&1 &
  echo $!
}

# stop_pid PID SECONDS: SIGTERM, wait at most SECONDS, then SIGKILL.
stop_pid() {
  local pid=$1 deadline=$((SECONDS + $2))
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
  wait "$pid" 2>/dev/null || true
}

ensure_jar() {
  if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
    echo "Building $JAR ..."
    ./mvnw -q -B package -DskipTests
  fi
}

# cds_prepare JAR JAVA_OPTS [ARGS...]: the recommended start of docs/scaling.md "Start-up": the jar extracted next to
# itself into ${JAR%.jar}-cds/ (java -Djarmode=tools ... extract: the application jar and lib/, loaded by the JVM's own
# class loader instead of Boot's nested-jar loader) and a class data sharing archive app.jsa written by one training run
# with the same JVM options that refreshes the application context and exits (-Dspring.context.exit=onRefresh; it
# connects to the database of SPRING_DATASOURCE_* like any start, ARGS are passed to it). Made once per jar: again only
# when the jar is newer than the archive. Sets CDS_JAR and CDS_ARCHIVE; start with
# `java JAVA_OPTS -XX:SharedArchiveFile=$CDS_ARCHIVE -jar $CDS_JAR`.
cds_prepare() {
  local jar=$1 opts=$2 dir=${1%.jar}-cds
  shift 2
  CDS_JAR=$dir/$(basename "$jar") CDS_ARCHIVE=$dir/app.jsa
  if [ -f "$CDS_ARCHIVE" ] && [ "$CDS_ARCHIVE" -nt "$jar" ]; then
    return 0
  fi
  rm -rf "$dir"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
  echo "Class data sharing archive for $jar (training run, once per jar) ..." >&2
  # shellcheck disable=SC2086
  if ! java $opts -XX:ArchiveClassesAtExit="$CDS_ARCHIVE" -Dspring.context.exit=onRefresh -jar "$CDS_JAR" \
    --server.port=0 "$@" > "$dir/training.log" 2>&1 || [ ! -f "$CDS_ARCHIVE" ]; then
    echo "CDS training run failed, see $dir/training.log" >&2
    rm -f "$CDS_ARCHIVE"
    return 1
  fi
}

# Milliseconds since the epoch (bash's clock: no process per call, probes call this often).
now_ms() {
  local us=${EPOCHREALTIME/[.,]/}
  echo $((us / 1000))
}

# --- Streaming replica of a throwaway cluster (bench/replica.sh) ---
# start_throwaway_replica PRIMARY_PORT PORT DIR: pg_basebackup -R of the throwaway primary on PRIMARY_PORT into DIR
# (owned by postgres), then a hot standby on 127.0.0.1:PORT with its socket in DIR, streaming from the primary.
# initdb's default pg_hba.conf already lets 127.0.0.1 replicate (trust), and wal_level=replica is the default.
start_throwaway_replica() {
  local primary_port=$1 port=$2 dir=$3
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is taken; choose another with REPLICA_PORT" >&2
    return 1
  fi
  chown postgres: "$dir"
  as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir/data" -R -X stream \
    -c fast --no-sync >/dev/null
  # The copied postgresql.conf has the primary's port and socket; the later lines win.
  printf "port = %s\nunix_socket_directories = '%s'\nhot_standby = on\n" "$port" "$dir" >> "$dir/data/postgresql.conf"
  as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null
}

# write_nginx_conf WORK NGINX_PORT PORT1 PORT2: deploy/nginx.conf as it is documented, inside a minimal main config
# in WORK/nginx (never /etc/nginx); only the listen address, the two upstream ports and the log paths differ, so the
# retry and failure settings under test are the sample's own. Start it with
# nginx -c WORK/nginx/nginx.conf -p WORK/nginx/.
write_nginx_conf() {
  local work=$1 nginx_port=$2 port1=$3 port2=$4
  mkdir -p "$work/nginx/logs"
  sed -e "s|^\( *\)listen 80;|\1listen 127.0.0.1:$nginx_port;|" \
      -e "s|server 127.0.0.1:8081 |server 127.0.0.1:$port1 |" -e "s|server 127.0.0.1:8082 |server 127.0.0.1:$port2 |" \
      -e "s|access_log /var/log/nginx/simitra.access.log simitra;|access_log $work/nginx/logs/access.log simitra;|" \
      deploy/nginx.conf > "$work/nginx/simitra.conf"
  grep -q "listen 127.0.0.1:$nginx_port;" "$work/nginx/simitra.conf" && grep -q "$work/nginx/logs/access.log" "$work/nginx/simitra.conf" \
    && grep -q "server 127.0.0.1:$port1 " "$work/nginx/simitra.conf" && grep -q "server 127.0.0.1:$port2 " "$work/nginx/simitra.conf" \
    || { echo "deploy/nginx.conf changed shape: could not set the listen address, upstream ports or log path" >&2; return 1; }
  cat > "$work/nginx/nginx.conf" <<NGINX
# Made by bench/lib.sh write_nginx_conf; the server block is deploy/nginx.conf.
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    client_body_temp_path $work/nginx/client_body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include $work/nginx/simitra.conf;
}
NGINX
  nginx -t -q -c "$work/nginx/nginx.conf" -p "$work/nginx/"
}
