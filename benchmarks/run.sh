#!/usr/bin/env bash
# Load benchmark against a server that is already running (./mvnw -pl lms-server liberty:run).
#
# Tool: wrk (Debian package). It is a single small C binary that keeps up with thousands of
# requests per second on one core, so on this 2-core machine the load generator takes little
# CPU from the server it measures; it reports latency percentiles and can send a session cookie.
#
# Usage: benchmarks/run.sh [base-url] [seconds] [page]   (pages: login dashboard outline lesson)
set -euo pipefail
BASE=${1:-http://localhost:9080}
SECONDS_PER_RUN=${2:-15}
ONLY=${3:-}
command -v wrk >/dev/null || { echo "wrk missing: apt-get install wrk" >&2; exit 1; }

HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Sign in once as the demo learner through the real login form; reuse the session cookie.
. "$HERE/session.sh"
learner_session "$BASE" "$WORK"

# First load of a lesson on an empty browser cache: the page and every static file it links.
css_bytes=$(curl -s -H 'Accept-Encoding: gzip' "$BASE/jakarta.faces.resource/css/practica.css.xhtml" | wc -c)
lesson_bytes=$(curl -s -H 'Accept-Encoding: gzip' -b "PRACTICA_SESSION=$COOKIE" "$BASE/courses/lesson.xhtml?course=$COURSE&lesson=$LESSON" | wc -c)
linked=$(curl -s -b "PRACTICA_SESSION=$COOKIE" "$BASE/courses/lesson.xhtml?course=$COURSE&lesson=$LESSON" | grep -o '<script[^>]*src=\|<link[^>]*stylesheet' | wc -l)
echo "lesson first load: ${lesson_bytes} B page + ${css_bytes} B stylesheet = $((lesson_bytes + css_bytes)) B over the wire, ${linked} linked static file(s)"

# On this 2-core machine Liberty's JIT keeps improving for two to four minutes of traffic (the
# outline page climbs from ~150 to ~500 requests/s). Figures taken before that describe the
# compiler, not the server, so each page is loaded in 10 s rounds until a round is within 3 % of
# the one before (at least 3 rounds, at most MAX_WARMUP_ROUNDS); those rounds are not reported.
warm_up() {
  local url=$1; shift
  local prev=0 rounds=0 rps
  while :; do
    rounds=$((rounds + 1))
    rps=$(wrk -t2 -c8 -d10s -s "$HERE/report.lua" "$@" -H 'Accept-Encoding: gzip' "$url" 2>/dev/null | awk '/^RESULT/{print $2}')
    if [ "$rounds" -ge 3 ] && awk -v a="$rps" -v b="$prev" 'BEGIN{exit !(b > 0 && a < b * 1.03)}'; then break; fi
    [ "$rounds" -ge "${MAX_WARMUP_ROUNDS:-30}" ] && break
    prev=$rps
  done
  echo "  (warm-up: $rounds rounds of 10 s, last $rps requests/s)" >&2
}

printf "%-12s %5s %12s %10s %10s %14s\n" page conns "requests/s" "p50 ms" "p99 ms" "bytes/resp"
for page in login dashboard outline lesson; do
  [ -n "$ONLY" ] && [ "$ONLY" != "$page" ] && continue
  hdr=(-H "Cookie: PRACTICA_SESSION=$COOKIE")
  case $page in
    login) url="$BASE/login.xhtml"; hdr=() ;;
    dashboard) url="$BASE/index.xhtml" ;;
    outline) url="$BASE/courses/course.xhtml?id=$COURSE" ;;
    lesson) url="$BASE/courses/lesson.xhtml?course=$COURSE&lesson=$LESSON" ;;
  esac
  # what a browser on a slow line receives: gzip-compressed HTML
  bytes=$(curl -s -H 'Accept-Encoding: gzip' "${hdr[@]}" "$url" | wc -c)
  warm_up "$url" "${hdr[@]}"
  for c in 8 64; do
    wrk -t2 -c$c -d${SECONDS_PER_RUN}s --latency -s "$HERE/report.lua" "${hdr[@]}" -H 'Accept-Encoding: gzip' "$url" > "$WORK/out" 2>&1
    rps=$(awk '/^RESULT/{print $2}' "$WORK/out"); p50=$(awk '/^RESULT/{print $3}' "$WORK/out"); p99=$(awk '/^RESULT/{print $4}' "$WORK/out")
    errs=$(awk '/^RESULT/{print $5}' "$WORK/out")
    printf "%-12s %5s %12s %10s %10s %14s %s\n" "$page" "$c" "$rps" "$p50" "$p99" "$bytes" "$( [ "${errs:-0}" != 0 ] && echo "(non-2xx: $errs)" )"
  done
done
