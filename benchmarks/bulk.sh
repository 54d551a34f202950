#!/usr/bin/env bash
# Bulk issuance: certify a cohort of N people (default 10,000) at once, each certificate with its
# signed PDF and signed credential, and time the batch job from start to finish.
#
# Usage: benchmarks/bulk.sh [base-url] [people]
# Needs a started server with demo content. The people, their completed enrolments in the demo
# trauma course and the cohort are written straight into the database with the mariadb client of
# the embedded database (DB_CLI to override); the body, its registrar, the programme and the run
# go through the API.
set -euo pipefail
BASE=${1:-http://localhost:9080}
PEOPLE=${2:-10000}
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/embedded-db.sh"
. "$HERE/api.sh"
post() { curl -sf -X POST "$BASE$1" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d "$3"; }

CODE=B$(python3 -c "import random,string; print(''.join(random.choice(string.ascii_uppercase) for _ in range(5)))")
ADMIN=$(token admin practica-demo)
ORG=$(curl -sf "$BASE/api/v1/admin/organisations" -H "Authorization: Bearer $ADMIN" | python3 -c "import sys,json; print([o['id'] for o in json.load(sys.stdin) if o['name']=='Demo Association of Psychologists'][0])")
REGISTRAR="bench-registrar-${CODE,,}"
post /api/v1/admin/users "$ADMIN" "{\"username\":\"$REGISTRAR\",\"displayName\":\"Bench Registrar\",\"organisationId\":$ORG,\"roles\":[\"REGISTRAR\"],\"password\":\"benchmark registrar\"}" >/dev/null
post /api/v1/bodies "$ADMIN" "{\"code\":\"$CODE\",\"name\":\"Benchmark Guild $CODE\",\"country\":\"KZ\",\"discipline\":\"psychology\",\"registrars\":[\"$REGISTRAR\"]}" >/dev/null
RT=$(token "$REGISTRAR" "benchmark registrar")
PROGRAMME=$(post /api/v1/programmes "$RT" '{"title":{"en":"Trauma-informed care, completed","ru":"Травма-информированная помощь"},"wording":{"en":"has completed the course on trauma-informed care for returnee women and children"},"requirements":[{"kind":"COURSE","courseId":1}],"validityMonths":36,"issuingMode":"AUTOMATIC","signatories":[{"name":"Dana Seitkali","role":"Chair"},{"name":"Aibek Toktosunov","role":"Secretary"}]}' | json "['id']")
post "/api/v1/programmes/$PROGRAMME/activation" "$RT" '' >/dev/null
TRAINER=$(token trainer practica-demo)
COHORT=$(post /api/v1/courses/1/cohorts "$TRAINER" "{\"name\":\"Benchmark $CODE\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-12-31\"}" | json "['id']")
CENTRE=$($DB_CLI -N -e "SELECT id FROM organisation WHERE name = 'Practica Demo Resource Centre'")
VERSION=$($DB_CLI -N -e "SELECT MAX(number) FROM course_version WHERE course_id = 1 AND status = 'PUBLISHED'")
PREFIX="bench-${CODE,,}-"
$DB_CLI -e "INSERT INTO app_user (username, display_name, password_hash, organisation_id, language)
  SELECT CONCAT('$PREFIX', LPAD(seq, 6, '0')), CONCAT('Bench Learner ', seq), 'no sign-in', $CENTRE, IF(seq % 2 = 0, 'ru', 'en') FROM seq_1_to_$PEOPLE;
  INSERT INTO user_role (user_id, role) SELECT id, 'LEARNER' FROM app_user WHERE username LIKE '$PREFIX%';
  INSERT INTO enrollment (course_id, learner, version_number, cohort_id, status, enrolled_by, completed_at)
  SELECT 1, username, $VERSION, $COHORT, 'COMPLETED', 'trainer', CURRENT_TIMESTAMP(3) FROM app_user WHERE username LIKE '$PREFIX%';"

start=$(date +%s.%N)
RUN=$(post /api/v1/certificates/bulk "$RT" "{\"programmeId\":$PROGRAMME,\"cohortId\":$COHORT}" | json "['id']")
while true; do
  state=$(curl -sf "$BASE/api/v1/certificates/bulk/$RUN" -H "Authorization: Bearer $RT")
  status=$(echo "$state" | json "['status']")
  [ "$status" = COMPLETED ] && break
  sleep 0.5
done
end=$(date +%s.%N)
issued=$(echo "$state" | json "['issued']")
printed=$(echo "$state" | json "['printed']")
pdf_bytes=$($DB_CLI -N -e "SELECT COALESCE(SUM(LENGTH(d.pdf)),0) FROM certificate_document d JOIN certificate c ON c.id = d.certificate_id WHERE c.bulk_id = $RUN")
awk -v s="$start" -v e="$end" -v n="$issued" -v p="$printed" -v b="$pdf_bytes" 'BEGIN {
  t = e - s; printf "bulk issuance: %d certificates issued and %d PDFs signed in %.1f s (%.0f certificates/s), PDFs %.1f KB on average\n", n, p, t, n / t, b / p / 1024 }'
