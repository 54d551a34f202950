#!/usr/bin/env bash
# Public certificate verification under load: GET /api/v1/certificates/verify/{code} over the
# verification codes of every certificate in the database, round robin.
#
# Usage: benchmarks/verify.sh [base-url] [seconds] [connections]
# Needs a started server with certificates in it (the bulk issuance benchmark makes 10,000) whose
# per-address limit is raised for the run, since all the load comes from one address:
#   PRACTICA_VERIFY_PER_MINUTE=1000000000 in the server's server.env (then restart it).
# Codes are read with the mariadb client of the embedded database (DB_CLI to override).
set -euo pipefail
BASE=${1:-http://localhost:9080}
SECONDS_PER_RUN=${2:-30}
CONNECTIONS=${3:-32}
export HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/embedded-db.sh"

$DB_CLI -N -e "SELECT verification_code FROM certificate" > "$WORK/codes.txt"
count=$(wc -l < "$WORK/codes.txt")
[ "$count" -gt 0 ] || { echo "no certificates to verify" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/certificates/verify/$(head -1 "$WORK/codes.txt")")
[ "$status" = 200 ] || { echo "verification answered $status; is PRACTICA_VERIFY_PER_MINUTE raised?" >&2; exit 1; }

# warm up until throughput settles (at least 4 rounds of 10 s)
prev=0
for round in $(seq 1 "${MAX_WARMUP_ROUNDS:-15}"); do
  rps=$(wrk -t2 -c"$CONNECTIONS" -d10s -s "$HERE/verify.lua" "$BASE" -- "$WORK/codes.txt" 2>/dev/null | awk '/^RESULT/{print $2}')
  if [ "$round" -ge "${MIN_WARMUP_ROUNDS:-4}" ] && awk -v a="$rps" -v b="$prev" 'BEGIN{exit !(b > 0 && a < b * 1.03)}'; then break; fi
  prev=$rps
done
echo "(warm-up: $round rounds of 10 s, last $rps requests/s)"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$HERE/verify.lua" "$BASE" -- "$WORK/codes.txt" > "$WORK/out" 2>&1
read -r _ rps p50 p99 bad < <(grep '^RESULT' "$WORK/out")
printf "verify: %s requests/s over %s codes at %s connections, p50 %s ms, p99 %s ms, %s not 2xx\n" "$rps" "$count" "$CONNECTIONS" "$p50" "$p99" "$bad"
