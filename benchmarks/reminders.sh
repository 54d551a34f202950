#!/usr/bin/env bash
# Reminder rounds over many enrolments and certificates: COURSES courses of PER_COURSE learners
# each (100 x 1,000 = 100,000 enrolments, every learner with an e-mail address), CLOSING of those
# courses with a quiz that closes tomorrow, and CERTS certificates whose ends are spread evenly over
# the next three years, all written straight into the database. Then it times a reminder round
# (which tells every reminder due and writes its e-mail to the outbox), a second round (which must
# tell nothing), and counts the reminders per key to show each was told once.
#
# Usage: benchmarks/reminders.sh [base-url] [courses] [learners-per-course] [closing-courses] [certificates]
set -euo pipefail
BASE=${1:-http://localhost:9080}
COURSES=${2:-100}
PER_COURSE=${3:-1000}
CLOSING=${4:-10}
CERTS=${5:-50000}
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/embedded-db.sh"
. "$HERE/api.sh"
now() { date +%s.%N; }
since() { python3 -c "print(f'{$(now) - $1:.1f}')"; }

TAG=$(python3 -c "import random,string; print(''.join(random.choice(string.ascii_lowercase) for _ in range(5)))")
ADMIN=$(token admin practica-demo)
TRAINER=$(token trainer practica-demo)
ORG=$(call POST /api/v1/admin/organisations "$ADMIN" "{\"name\":\"Reminder bench $TAG\",\"country\":\"KZ\",\"kind\":\"NGO\"}" | json "['id']")
# one real quiz, made through the API, whose bank and settings the bench's quizzes copy
COURSE=$(call POST /api/v1/courses "$TRAINER" "{\"language\":\"en\",\"title\":\"Reminder bench $TAG\",\"summary\":\"Bench\",\"audiences\":[\"practitioner\"],\"themes\":[\"bench-$TAG\"],\"estimatedMinutes\":40,\"cpdHours\":1}" | json "['id']")
MODULE=$(call POST "/api/v1/courses/$COURSE/modules" "$TRAINER" '{"language":"en","title":"Module"}' | json "['key']")
BANK=$(call POST /api/v1/question-banks "$TRAINER" "{\"name\":\"Reminder bench $TAG\",\"courseId\":$COURSE}" | json "['id']")
QUESTION=$(call POST "/api/v1/question-banks/$BANK/questions" "$TRAINER" '{"name":"Rest","type":"ESSAY","text":"What helps you rest?"}' | json "['id']")
QUIZ=$(call POST /api/v1/quizzes "$TRAINER" "{\"courseId\":$COURSE,\"quiz\":{\"moduleKey\":\"$MODULE\",\"bankId\":$BANK,\"title\":\"Bench quiz\",\"required\":false,\"slots\":[{\"questionId\":$QUESTION}]}}" | json "['id']")
PROGRAMME=$($DB_CLI -N -e "SELECT id FROM certification_programme ORDER BY id LIMIT 1")
BODY=$($DB_CLI -N -e "SELECT body_id FROM certification_programme WHERE id = $PROGRAMME")
PREFIX="rem-$TAG-"
# serials in the registry's format (RB-2026-nnnnnnnnn), clear of those a previous run took
SERIAL_BASE=$($DB_CLI -N -e "SELECT COALESCE(MAX(CAST(SUBSTRING(serial, 9) AS UNSIGNED)), 0) FROM certificate WHERE serial LIKE 'RB-2026-%'")

T0=$(now)
$DB_CLI -e "
  INSERT INTO app_user (username, display_name, email, password_hash, organisation_id, language)
    SELECT CONCAT('$PREFIX', LPAD(seq, 7, '0')), CONCAT('Bench Learner ', seq), CONCAT('$PREFIX', seq, '@bench.invalid'), 'no sign-in', $ORG,
           IF(seq % 2 = 0, 'ru', 'en') FROM seq_1_to_$PER_COURSE;
  CREATE TEMPORARY TABLE bench_course (n INT PRIMARY KEY, id BIGINT);
  INSERT INTO course (organisation_id, created_by) SELECT $ORG, 'trainer' FROM seq_1_to_$COURSES;
  INSERT INTO bench_course (n, id) SELECT ROW_NUMBER() OVER (ORDER BY id), id FROM course WHERE organisation_id = $ORG;
  INSERT INTO enrollment (course_id, learner, version_number, status, enrolled_by)
    SELECT c.id, u.username, 1, 'ACTIVE', 'trainer' FROM bench_course c JOIN app_user u ON u.username LIKE '$PREFIX%';
  INSERT INTO quiz (course_id, module_key, bank_id, title, required, settings, slots, created_by)
    SELECT c.id, q.module_key, q.bank_id, CONCAT('Bench quiz ', c.n), FALSE,
           JSON_SET(q.settings, '\$.closesAt', DATE_FORMAT(UTC_TIMESTAMP() + INTERVAL 1 DAY, '%Y-%m-%dT%H:%i:%sZ')), q.slots, 'trainer'
    FROM bench_course c JOIN quiz q ON q.id = $QUIZ WHERE c.n <= $CLOSING;
  INSERT INTO certificate (serial, verification_code, body_id, programme_id, holder, holder_name, name_disclosure, title, wording, signatories,
      valid_from, valid_until, reason, issued_at, issued_by, status)
    SELECT CONCAT('RB-2026-', LPAD($SERIAL_BASE + s.seq, 9, '0')), REPLACE(REPLACE(REPLACE(REPLACE(UPPER(LEFT(MD5(CONCAT('$TAG', s.seq)), 26)), '0', 'Q'), '1', 'R'), '8', 'S'), '9', 'T'), $BODY, $PROGRAMME,
           CONCAT('$PREFIX', LPAD(1 + s.seq % $PER_COURSE, 7, '0')), 'Bench Holder', 'FULL_NAME',
           '{\"en\":\"Bench practitioner\",\"ru\":\"Практик\"}', '{\"en\":\"w\"}', '[]',
           CURRENT_DATE - INTERVAL 1 YEAR, CURRENT_DATE + INTERVAL (s.seq % 1095) DAY, 'FIRST', NOW(6), 'registrar', 'ISSUED'
    FROM seq_1_to_$CERTS s;"
ENROLMENTS=$($DB_CLI -N -e "SELECT COUNT(*) FROM enrollment WHERE learner LIKE '$PREFIX%'")
CERTIFICATES=$($DB_CLI -N -e "SELECT COUNT(*) FROM certificate WHERE holder LIKE '$PREFIX%'")
DUE_CLOSING=$((CLOSING * PER_COURSE))
DUE_RENEWAL=$($DB_CLI -N -e "SELECT COUNT(*) FROM certificate WHERE holder LIKE '$PREFIX%' AND valid_until <= CURRENT_DATE + INTERVAL 90 DAY")
echo "seeded $ENROLMENTS enrolments in $COURSES courses ($CLOSING with a quiz closing tomorrow) and $CERTIFICATES certificates in $(since "$T0") s"
echo "due: $DUE_CLOSING closing-quiz reminders, $DUE_RENEWAL renewal reminders"

for round in first second; do
  T0=$(now)
  OUT=$(curl -sf -X POST "$BASE/api/v1/admin/mail/reminder-rounds" -H "Authorization: Bearer $ADMIN" --max-time 600)
  echo "$round round: $(since "$T0") s wall, server says $(echo "$OUT" | json "['millis']") ms, told $(echo "$OUT" | json "['told']")"
done

$DB_CLI -N -e "
  SELECT 'closing reminders told', COUNT(*), 'distinct people', COUNT(DISTINCT n.recipient_id) FROM notification n JOIN app_user u ON u.id = n.recipient_id
    WHERE u.username LIKE '$PREFIX%' AND n.kind = 'QUIZ_CLOSING';
  SELECT 'renewal reminders told', COUNT(*), 'distinct certificates', COUNT(DISTINCT SUBSTRING_INDEX(SUBSTRING_INDEX(n.once_key, ':', 2), ':', -1))
    FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE u.username LIKE '$PREFIX%' AND n.kind = 'RENEWAL_DUE';
  SELECT 'told twice (must be 0)', COUNT(*) FROM (SELECT recipient_id, once_key FROM notification WHERE once_key IS NOT NULL
    GROUP BY recipient_id, once_key HAVING COUNT(*) > 1) t;
  SELECT 'e-mails queued', COUNT(*) FROM outgoing_mail m JOIN app_user u ON u.id = m.recipient_id WHERE u.username LIKE '$PREFIX%';" | tr '\t' ' '
