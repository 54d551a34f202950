#!/usr/bin/env bash
# Retention over many sessions: an organisation with 1,000 mentees whose supervision ended ten
# years ago, a thousand sessions each (1,000,000 sessions with a reflection and notes), written
# straight into the database; then its rules keep mentoring texts five years, and the script times
# the review (the dry run that lists every session) and its application to the end.
#
# Usage: benchmarks/retention.sh [base-url] [mentees] [sessions-per-mentee]
set -euo pipefail
BASE=${1:-http://localhost:9080}
MENTEES=${2:-1000}
PER=${3:-1000}
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/embedded-db.sh"
. "$HERE/api.sh"
now() { date +%s.%N; }
since() { python3 -c "print(f'{$(now) - $1:.1f}')"; }

TAG=$(python3 -c "import random,string; print(''.join(random.choice(string.ascii_lowercase) for _ in range(5)))")
ADMIN=$(token admin practica-demo)
ORG=$(call POST /api/v1/admin/organisations "$ADMIN" "{\"name\":\"Retention bench $TAG\",\"country\":\"KZ\",\"kind\":\"NGO\"}" | json "['id']")
PREFIX="ret-$TAG-"
T0=$(now)
$DB_CLI -e "
  INSERT INTO app_user (username, display_name, password_hash, organisation_id, language)
    SELECT CONCAT('$PREFIX', LPAD(seq, 6, '0')), CONCAT('Bench Mentee ', seq), 'no sign-in', $ORG, 'en' FROM seq_1_to_$MENTEES;
  INSERT INTO mentoring_relationship (supervisor, mentee, discipline, starts_on, ends_on, required_hours, status, arranged_by)
    SELECT 'supervisor', username, 'PSYCHOLOGY', '2014-01-01', '2016-01-01', '{}', 'ENDED', 'trainer' FROM app_user WHERE username LIKE '$PREFIX%';
  INSERT INTO supervision_session (seal_id, relationship_id, supervisor, mentee, starts_at, ends_at, minutes, modality, competencies,
      case_references, status, logged_by, reflection_sealed, notes_sealed, amendments)
    SELECT UUID(), r.id, 'supervisor', r.mentee, '2015-01-01', '2015-01-01 01:00:00', 60, 'INDIVIDUAL_ONLINE', '[]', '[]', 'SIGNED_OFF',
      'supervisor', 'sealed reflection (benchmark)', 'sealed notes (benchmark)', '[]'
    FROM mentoring_relationship r JOIN seq_1_to_$PER s WHERE r.mentee LIKE '$PREFIX%';"
SESSIONS=$($DB_CLI -N -e "SELECT COUNT(*) FROM supervision_session WHERE mentee LIKE '$PREFIX%'")
echo "seeded $SESSIONS sessions of $MENTEES mentees in $(since "$T0") s"

call PUT "/api/v1/admin/organisations/$ORG/retention" "$ADMIN" '{"mentoringTextYears":5}' >/dev/null
T0=$(now)
RUN=$(call POST "/api/v1/admin/organisations/$ORG/retention-runs" "$ADMIN" '' | json "['id']")
REVIEW=$(since "$T0")
LISTED=$(curl -sf "$BASE/api/v1/admin/retention-runs/$RUN" -H "Authorization: Bearer $ADMIN" | json "['items']")
echo "review (dry run): $LISTED records listed in $REVIEW s"
T0=$(now)
call POST "/api/v1/admin/retention-runs/$RUN/application" "$ADMIN" '' >/dev/null
while :; do
  STATUS=$(curl -sf "$BASE/api/v1/admin/retention-runs/$RUN" -H "Authorization: Bearer $ADMIN" | json "['status']")
  [ "$STATUS" = APPLIED ] && break
  sleep 1
done
echo "applied in $(since "$T0") s; texts left: $($DB_CLI -N -e "SELECT COUNT(*) FROM supervision_session WHERE mentee LIKE '$PREFIX%' AND (reflection_sealed IS NOT NULL OR notes_sealed IS NOT NULL)")"
