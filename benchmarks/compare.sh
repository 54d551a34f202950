#!/usr/bin/env bash
# Compares two builds the same hour, the same way: each in its own git worktree, a fresh server
# each time, in the order BEFORE, AFTER, BEFORE again (the machine's speed drifts within the hour).
# Each round: bulk.sh (PEOPLE, default 3000), verify.sh twice, answers.sh, run.sh outline and lesson.
#
# Usage: benchmarks/compare.sh BEFORE-REV AFTER-REV [people]
# ONLY=verify measures verification alone, three times a round, in four rounds (before, after,
# before, after): the scenario whose figures moved most between runs. ONLY=answers runs answers.sh
# once a round, in the same four rounds, with no bulk issuance before it, and counts the
# connection-pool waits that timed out.
# Needs nothing else running on port 9080; writes its figures to /tmp/compare-*.txt. It installs
# each build into the local Maven repository in turn, so build the working tree again afterwards.
set -uo pipefail
BEFORE=$1; AFTER=$2; PEOPLE=${3:-3000}
REPO=$(cd "$(dirname "$0")/.." && pwd)

round() {
  local tree=$1 out=$2
  (cd "$tree" && ./mvnw -q -o clean install -DskipTests > "$out.build" 2>&1) || { echo "build failed, see $out.build" >> "$out"; return; }
  rm -rf "$tree/lms-server/target/liberty/wlp/usr/servers/practica/data"
  (cd "$tree" && PRACTICA_VERIFY_PER_MINUTE=1000000000 nohup ./mvnw -o -pl lms-server liberty:run > "$out.server" 2>&1 &)
  for _ in $(seq 1 240); do curl -sf http://localhost:9080/health/ready >/dev/null 2>&1 && break; sleep 2; done
  local b=$tree/benchmarks
  if [ "${ONLY:-}" = answers ]; then
    for i in 1; do echo "== answers $i"; MAX_WARMUP_ROUNDS=8 bash "$b/answers.sh" http://localhost:9080 30 200 2>&1 | tail -5; done >> "$out" 2>&1
    grep -c J2CA0045E "$tree/lms-server/target/liberty/wlp/usr/servers/practica/logs/messages.log" | sed 's/^/pool waits that timed out: /' >> "$out"
    "$tree/lms-server/target/liberty/wlp/bin/server" stop practica >/dev/null 2>&1
    sleep 3
    return
  fi
  if [ "${ONLY:-}" = verify ]; then
    { echo "== bulk $PEOPLE"; bash "$b/bulk.sh" http://localhost:9080 "$PEOPLE" 2>&1 | tail -1
      for i in 1 2 3; do echo "== verify $i"; MAX_WARMUP_ROUNDS=8 bash "$b/verify.sh" http://localhost:9080 30 32 2>&1 | tail -1; done
    } >> "$out" 2>&1
    "$tree/lms-server/target/liberty/wlp/bin/server" stop practica >/dev/null 2>&1
    sleep 3
    return
  fi
  { echo "== bulk $PEOPLE"; bash "$b/bulk.sh" http://localhost:9080 "$PEOPLE" 2>&1 | tail -1
    echo "== verify"; MAX_WARMUP_ROUNDS=8 bash "$b/verify.sh" http://localhost:9080 30 32 2>&1 | tail -1
    echo "== verify again"; MAX_WARMUP_ROUNDS=3 bash "$b/verify.sh" http://localhost:9080 30 32 2>&1 | tail -1
    echo "== answers"; MAX_WARMUP_ROUNDS=8 bash "$b/answers.sh" http://localhost:9080 30 200 2>&1 | tail -5
    echo "== pages"; MAX_WARMUP_ROUNDS=12 bash "$b/run.sh" http://localhost:9080 15 outline 2>&1 | tail -2
    MAX_WARMUP_ROUNDS=12 bash "$b/run.sh" http://localhost:9080 15 lesson 2>&1 | tail -2
  } >> "$out" 2>&1
  "$tree/lms-server/target/liberty/wlp/bin/server" stop practica >/dev/null 2>&1
  sleep 3
}

for rev in "$BEFORE" "$AFTER"; do
  git -C "$REPO" worktree add -f "/tmp/compare-$rev" "$rev" >/dev/null 2>&1 || true
done
rm -f /tmp/compare-before.txt /tmp/compare-after.txt /tmp/compare-before-again.txt /tmp/compare-after-again.txt
round "/tmp/compare-$BEFORE" /tmp/compare-before.txt
round "/tmp/compare-$AFTER" /tmp/compare-after.txt
round "/tmp/compare-$BEFORE" /tmp/compare-before-again.txt
[ -n "${ONLY:-}" ] && round "/tmp/compare-$AFTER" /tmp/compare-after-again.txt
for f in /tmp/compare-before.txt /tmp/compare-after.txt /tmp/compare-before-again.txt /tmp/compare-after-again.txt; do
  [ -f "$f" ] && { echo "### $f"; cat "$f"; }
done
