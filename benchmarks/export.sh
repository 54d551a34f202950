#!/usr/bin/env bash
# A person's copy of their data: seed five years of one practitioner's records, then time the
# export from the request to a downloadable archive, three times.
#
# Usage: benchmarks/export.sh [base-url] [weeks]
# Needs a started server with demo content. Five years of weekly supervision (default 260
# sessions, each with the mentee's reflection and the supervisor's notes, confirmed and signed
# off), enrolments in the demo courses and a certificate go through the API, as people make them;
# five years of daily sign-ins are written straight into the database (signing in 1,800 times
# through the API would mostly time password hashing).
set -euo pipefail
BASE=${1:-http://localhost:9080}
WEEKS=${2:-260}
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/embedded-db.sh"
. "$HERE/api.sh"

TAG=$(python3 -c "import random,string; print(''.join(random.choice(string.ascii_lowercase) for _ in range(5)))")
ADMIN=$(token admin practica-demo)
CENTRE=$(curl -sf "$BASE/api/v1/admin/organisations" -H "Authorization: Bearer $ADMIN" | python3 -c "import sys,json; print([o['id'] for o in json.load(sys.stdin) if o['name']=='Practica Demo Resource Centre'][0])")
MENTEE="export-$TAG"; SUPERVISOR="export-sup-$TAG"; PASSWORD="five years of practice"
for who in "$MENTEE:LEARNER" "$SUPERVISOR:SUPERVISOR"; do
  call POST /api/v1/admin/users "$ADMIN" "{\"username\":\"${who%%:*}\",\"displayName\":\"Bench ${who%%:*}\",\"organisationId\":$CENTRE,\"roles\":[\"${who##*:}\"],\"password\":\"$PASSWORD\"}" >/dev/null
done
MT=$(token "$MENTEE" "$PASSWORD"); ST=$(token "$SUPERVISOR" "$PASSWORD")
START=$(python3 -c "import datetime; print((datetime.date.today() - datetime.timedelta(weeks=$WEEKS + 1)).isoformat())")
REL=$(call POST /api/v1/mentoring/relationships "$(token trainer practica-demo)" "{\"supervisor\":\"$SUPERVISOR\",\"mentee\":\"$MENTEE\",\"discipline\":\"psychology\",\"startsOn\":\"$START\",\"requiredHours\":{\"TRAUMA_INFORMED_PRACTICE\":100}}" | json "['id']")
CASE=$(call POST /api/v1/mentoring/case-references "$ST" '' | json "['code']")
REFLECTION=$(python3 -c "print('What I noticed in the family meeting, what I would do differently, and what I still need to learn. ' * 6)")
NOTES=$(python3 -c "print('Good attunement; next time slow down before the safety plan. Discussed boundaries with the school. ' * 4)")
echo "seeding $WEEKS weekly sessions since $START ..."
for ((i = 0; i < WEEKS; i++)); do
  AT=$(python3 -c "import datetime; print((datetime.datetime.combine(datetime.date.fromisoformat('$START'), datetime.time(10)) + datetime.timedelta(weeks=$i, days=1)).isoformat() + 'Z')")
  ID=$(call POST "/api/v1/mentoring/relationships/$REL/sessions" "$ST" "{\"startsAt\":\"$AT\",\"minutes\":60,\"modality\":\"individual_online\",\"competencies\":[\"trauma_informed_practice\"],\"caseReferences\":[\"$CASE\"]}" | json "['id']")
  call PUT "/api/v1/mentoring/sessions/$ID/reflection" "$MT" "{\"text\":\"$REFLECTION\"}" >/dev/null
  call PUT "/api/v1/mentoring/sessions/$ID/notes" "$ST" "{\"text\":\"$NOTES\"}" >/dev/null
  call POST "/api/v1/mentoring/sessions/$ID/confirm" "$MT" '' >/dev/null
  call POST "/api/v1/mentoring/sessions/$ID/sign-off" "$ST" '' >/dev/null
done
for course in $(curl -sf "$BASE/api/v1/courses" -H "Authorization: Bearer $MT" | python3 -c "import sys,json; print(' '.join(str(c['id']) for c in json.load(sys.stdin)))"); do
  call POST "/api/v1/courses/$course/enrolments" "$MT" '' >/dev/null || true
done
RT=$(token registrar practica-demo)
PROGRAMME=$(call POST /api/v1/programmes "$RT" '{"title":{"en":"Supervised practitioner (benchmark)"},"wording":{"en":"has practised under supervision"},"requirements":[{"kind":"SUPERVISED_HOURS","hours":50}],"validityMonths":60,"issuingMode":"AUTOMATIC","signatories":[{"name":"Dana Seitkali","role":"Chair"}]}' | json "['id']")
call POST "/api/v1/programmes/$PROGRAMME/activation" "$RT" '' >/dev/null
call POST "/api/v1/programmes/$PROGRAMME/claim" "$MT" '' >/dev/null
DAYS=$((WEEKS * 7))
$DB_CLI -e "INSERT INTO sign_in_event (user_id, signed_in_at, address)
  SELECT u.id, TIMESTAMPADD(DAY, -seq, NOW(3)), '203.0.113.7' FROM app_user u, seq_1_to_$DAYS WHERE u.username = '$MENTEE'"
echo "seeded: $($DB_CLI -N -e "SELECT CONCAT((SELECT COUNT(*) FROM supervision_session WHERE mentee = '$MENTEE'), ' sessions, ',
  (SELECT COUNT(*) FROM enrollment WHERE learner = '$MENTEE'), ' enrolments, ',
  (SELECT COUNT(*) FROM certificate WHERE holder = '$MENTEE'), ' certificate(s), ',
  (SELECT COUNT(*) FROM sign_in_event e JOIN app_user u ON u.id = e.user_id WHERE u.username = '$MENTEE'), ' sign-ins')")"

for run in 1 2 3; do
  T0=$(date +%s.%N)
  ID=$(call POST /api/v1/me/exports "$MT" '' | json "['id']")
  while :; do
    STATUS=$(curl -sf "$BASE/api/v1/me/exports/$ID" -H "Authorization: Bearer $MT" | json "['status']")
    [ "$STATUS" = READY ] && break
    [ "$STATUS" = FAILED ] && { echo "export failed" >&2; exit 1; }
    sleep 0.1
  done
  T1=$(date +%s.%N)
  BYTES=$(curl -sf "$BASE/api/v1/me/exports/$ID/archive" -H "Authorization: Bearer $MT" | wc -c)
  # the client's time includes its polling (a curl and a python per look, every 0.1 s); the
  # server's is from the request to the archive written, as the export records it
  BUILT=$($DB_CLI -N -e "SELECT TIMESTAMPDIFF(MICROSECOND, requested_at, finished_at) / 1e6 FROM data_export WHERE id = $ID")
  printf "run %d: built in %s s on the server, seen ready by the client after %s s, archive %d KB\n" \
    "$run" "$BUILT" "$(python3 -c "print(f'{$T1 - $T0:.2f}')")" $((BYTES / 1024))
done

# Then the person asks to be erased and an administrator approves: one transaction over the same
# five years (texts shredded, names replaced, certificate withheld).
call POST /api/v1/me/erasure-request "$MT" '' >/dev/null
ADMIN=$(token admin practica-demo)
REQUEST=$(curl -sf "$BASE/api/v1/admin/erasure-requests" -H "Authorization: Bearer $ADMIN" | python3 -c "import sys,json; print([r['id'] for r in json.load(sys.stdin) if r['username']=='$MENTEE'][0])")
T0=$(date +%s.%N)
ERASED=$(call POST "/api/v1/admin/erasure-requests/$REQUEST/approval" "$ADMIN" '')
T1=$(date +%s.%N)
printf "erasure approved and applied in %s s: %s\n" "$(python3 -c "print(f'{$T1 - $T0:.2f}')")" "$ERASED"
