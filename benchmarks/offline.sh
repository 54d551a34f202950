#!/usr/bin/env bash
# Learner pages on a 2G line: the weight and load time of the lesson page and of the quiz page,
# first load (empty cache, no service worker) and repeat load, in headless Chromium over the
# DevTools protocol (offline-loads.js), whether Chromium finds the app installable, and
# Lighthouse's performance and accessibility scores for the lesson page.
#
# Usage: benchmarks/offline.sh [base-url]
# Needs a started server with demo content (the demo learner is enrolled in course 1, which has
# a quiz), chromium, and npm (Lighthouse 12.2.3 is the last that runs on Node 20; it no longer
# has a PWA category, so installability comes from Chromium's own check).
set -euo pipefail
BASE=${1:-http://localhost:9080}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
CHROME=
trap 'kill $CHROME 2>/dev/null && sleep 1; rm -rf "$WORK"' EXIT
. "$HERE/session.sh"
learner_session "$BASE" "$WORK"
QUIZ=$(grep -o 'quiz.xhtml?id=[0-9]*' "$WORK/outline.html" | head -1 | cut -d= -f2)
[ -n "$QUIZ" ] || { echo "no quiz on the outline of course $COURSE" >&2; exit 1; }

NPM="$HERE/target/npm"
[ -d "$NPM/node_modules/lighthouse" ] || npm install --no-save --no-audit --no-fund --prefix "$NPM" \
  lighthouse@12.2.3 chrome-remote-interface@0.34.0 >/dev/null
PORT=9339
chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
  --remote-debugging-port=$PORT --user-data-dir="$WORK/profile" about:blank >/dev/null 2>&1 &
CHROME=$!
for _ in $(seq 50); do curl -s "http://127.0.0.1:$PORT/json/version" >/dev/null && break; sleep 0.2; done

echo "2G: 300 ms round trips, 250 kbit/s down, 50 kbit/s up"
NODE_PATH="$NPM/node_modules" node "$HERE/offline-loads.js" $PORT "$BASE" "$COOKIE" "$LESSON_URL" "$BASE/courses/quiz.xhtml?id=$QUIZ"

echo
echo "Lighthouse 12.2.3 on the lesson page (its mobile defaults: simulated slow 4G, a mid-range phone)"
"$NPM/node_modules/.bin/lighthouse" "$LESSON_URL" --port=$PORT --quiet --output=json --output-path="$WORK/lighthouse.json" \
  --only-categories=performance,accessibility --extra-headers="{\"Cookie\":\"PRACTICA_SESSION=$COOKIE\"}" >/dev/null
node -e '
const r = require(process.argv[1]);
for (const c of Object.values(r.categories)) console.log(`${c.title}: ${Math.round(c.score * 100)}`);
const a = r.audits;
console.log(`first contentful paint ${a["first-contentful-paint"].displayValue}, largest contentful paint ${a["largest-contentful-paint"].displayValue}, total weight ${a["total-byte-weight"].displayValue}`);
' "$WORK/lighthouse.json"
