#!/usr/bin/env bash
# Time from `server start` to /health/ready answering UP, for the server that
# `./mvnw -pl lms-server liberty:run` created (lms-server/target/liberty/wlp, server practica).
#
# Usage: benchmarks/cold-start.sh [--fresh]
#   --fresh  delete the embedded database first (first start of a new installation:
#            unpacks MariaDB, creates the schema and the demo accounts)
set -euo pipefail
cd "$(dirname "$0")/.."
WLP=lms-server/target/liberty/wlp
SERVER=$WLP/usr/servers/practica
[ -d "$SERVER" ] || { echo "create the server first: ./mvnw -q install -DskipTests && ./mvnw -pl lms-server liberty:create liberty:deploy" >&2; exit 1; }
"$WLP/bin/server" stop practica >/dev/null 2>&1 || true
if [ "${1:-}" = "--fresh" ]; then rm -rf "$SERVER/data"; fi
start=$(date +%s%N)
"$WLP/bin/server" start practica >/dev/null
until curl -sf -m 2 http://localhost:9080/health/ready 2>/dev/null | grep -q '"UP"'; do
  sleep 0.1
  if (( ($(date +%s%N) - start) / 1000000000 > 120 )); then echo "not ready after 120 s" >&2; exit 1; fi
done
ms=$(( ($(date +%s%N) - start) / 1000000 ))
printf "server start -> /health/ready UP: %d.%01d s%s\n" $((ms / 1000)) $((ms % 1000 / 100)) "${1:+ (fresh database)}"
