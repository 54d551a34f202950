#!/usr/bin/env bash
# Sign-in flood: CONNECTIONS (default 200) connections post credentials to the token endpoint for
# SECONDS (default 30) while a second client, already signed in, opens a lesson page and the
# readiness check every 100 ms. Reports the sign-in answers by status (only 200, 401 and 429 are
# acceptable), the lesson page's latency and readiness during the flood, and how soon after it
# everything is normal again.
#
# Usage: benchmarks/signin-flood.sh [base-url] [seconds] [connections]
# Needs a started server with demo content (./mvnw -pl lms-server liberty:run) and wrk.
set -euo pipefail
BASE=${1:-http://localhost:9080}
SECONDS_PER_RUN=${2:-30}
CONNECTIONS=${3:-200}
AFTER=${AFTER_SECONDS:-10}
command -v wrk >/dev/null || { echo "wrk missing: apt-get install wrk" >&2; exit 1; }
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$HERE/session.sh"
learner_session "$BASE" "$WORK"

start=$(python3 -c 'import time; print(time.time() + 2)')
python3 "$HERE/signin_watch.py" "$LESSON_URL" "$BASE/health/ready" "$COOKIE" "$start" "$SECONDS_PER_RUN" "$AFTER" > "$WORK/watch.txt" &
watcher=$!
sleep 2
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 30s -s "$HERE/signin.lua" "$BASE" > "$WORK/wrk.txt" 2>&1
wait "$watcher"
grep -E '^(STATUSES|SIGNIN)' "$WORK/wrk.txt"
cat "$WORK/watch.txt"
if grep '^STATUSES' "$WORK/wrk.txt" | tr ' ' '\n' | grep -q -v -E '^(STATUSES|200:[0-9]+|401:[0-9]+|429:[0-9]+)$'; then
  echo "FAIL: sign-in answered something other than 200, 401 or 429" >&2
  exit 1
fi
