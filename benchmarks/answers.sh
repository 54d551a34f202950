#!/usr/bin/env bash
# Answer saving under load: 200 learners, each in an attempt, saving answers as fast as the server
# takes them; then proof that every acknowledged save is in the database; then submit-and-grade.
#
# Usage: benchmarks/answers.sh [base-url] [seconds] [learners]
# Needs a started server (./mvnw -pl lms-server liberty:run) and wrk. The count is read with the
# mariadb client of the embedded database (DB_CLI to override, e.g. for an external MariaDB).
set -euo pipefail
BASE=${1:-http://localhost:9080}
SECONDS_PER_RUN=${2:-30}
LEARNERS=${3:-200}
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/embedded-db.sh"

python3 "$HERE/answers.py" "$BASE" "$LEARNERS" "$WORK/attempts.txt"
ATTEMPTS=$(cut -d' ' -f2 "$WORK/attempts.txt" | paste -sd, -)
revisions() { $DB_CLI -N -e "SELECT COALESCE(SUM(revisions),0) FROM attempt_answer WHERE attempt_id IN ($ATTEMPTS)"; }

# warm up until throughput settles, as in run.sh
prev=0
for round in $(seq 1 "${MAX_WARMUP_ROUNDS:-20}"); do
  rps=$(wrk -t2 -c"$LEARNERS" -d10s -s "$HERE/answers.lua" "$BASE" -- "$WORK/attempts.txt" 2>/dev/null | awk '/^RESULT/{print $2}')
  if [ "$round" -ge "${MIN_WARMUP_ROUNDS:-6}" ] && awk -v a="$rps" -v b="$prev" 'BEGIN{exit !(b > 0 && a < b * 1.03)}'; then break; fi
  prev=$rps
done
echo "(warm-up: $round rounds of 10 s, last $rps saves/s)"

before=$(revisions)
wrk -t2 -c"$LEARNERS" -d"${SECONDS_PER_RUN}s" --latency -s "$HERE/answers.lua" "$BASE" -- "$WORK/attempts.txt" > "$WORK/out" 2>&1
after=$(revisions)
read -r _ rps p50 p99 acknowledged sent < <(grep '^RESULT' "$WORK/out")
stored=$((after - before))
printf "saves: %s/s at %s connections, p50 %s ms, p99 %s ms; %s sent, %s acknowledged, %s stored\n" \
  "$rps" "$LEARNERS" "$p50" "$p99" "$sent" "$acknowledged" "$stored"
# wrk stops counting at the end of the run while up to one request per connection is still on its
# way; the server finishes those, so the database may hold up to $LEARNERS more than were counted.
if [ "$stored" -lt "$acknowledged" ]; then
  echo "LOST: $((acknowledged - stored)) acknowledged save(s) are not in the database" >&2
  exit 1
fi
if [ "$stored" -gt $((acknowledged + LEARNERS)) ]; then
  echo "UNEXPECTED: $((stored - acknowledged)) more saves stored than acknowledged, more than were in flight" >&2
  exit 1
fi
echo "every acknowledged save is in the database ($((stored - acknowledged)) more were in flight when wrk stopped counting)"

# the same 200 learners, each thinking 85 ms on average between saves (42 to 127 ms at random):
# about 2,000 saves/s offered, and the latency a learner sees at that load
THINK_MS=${THINK_MS:-85}
wrk -t2 -c"$LEARNERS" -d"${SECONDS_PER_RUN}s" --latency -s "$HERE/answers.lua" "$BASE" -- "$WORK/attempts.txt" "$THINK_MS" > "$WORK/out" 2>&1
read -r _ rps p50 p99 acknowledged sent < <(grep '^RESULT' "$WORK/out")
printf "saves with %s ms thinking time: %s/s, p50 %s ms, p99 %s ms\n" "$THINK_MS" "$rps" "$p50" "$p99"

# submit and grade: every attempt once, 8 at a time
python3 - "$BASE" "$WORK/attempts.txt" <<'PY'
import sys, time, urllib.request, concurrent.futures, json
base, path = sys.argv[1], sys.argv[2]
lines = [l.split() for l in open(path) if l.strip()]
def submit(line):
    token, attempt, _ = line
    req = urllib.request.Request(f"{base}/api/v1/attempts/{attempt}/submit", data=b"", method="POST")
    req.add_header("Authorization", "Bearer " + token)
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=60) as r:
        json.loads(r.read())
    return time.perf_counter() - t0
start = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    times = sorted(pool.map(submit, lines))
elapsed = time.perf_counter() - start
p99 = times[min(len(times) - 1, int(len(times) * 0.99))] * 1000
print(f"submit and grade: {len(lines)} attempts in {elapsed:.2f} s = {len(lines)/elapsed:.1f}/s at 8 connections, p99 {p99:.1f} ms")
PY
