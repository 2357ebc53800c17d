#!/usr/bin/env bash
# The temu-bisnis meeting scheduler on the issue's day (400 UMKM, 40 companies with 60 needs,
# 2 sessions x 9 slots x 30 tables; fixed seed), against the greedy baseline. No database.
# Usage: bench/scheduler.sh [time limit s (6)] [unimproved limit s (2)] [seed (1)]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM; load average $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q -B test-compile
./mvnw -q -B exec:java -Dexec.mainClass=id.simitra.bench.SchedulerBenchmark -Dexec.args="${1:-6} ${2:-2} ${3:-1}" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn 2>&1 | grep -v " INFO " || true
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
