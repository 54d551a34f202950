#!/usr/bin/env bash
# A national programme manager's dashboard at scale: seed PEOPLE learners (default 100,000,
# disabled accounts in 20 organisations), the facts 85 % of them gave, and about twelve counted
# events each over two years (about 1.2 million: four enrolments, three completions, one
# certificate in two, eight supervised sessions in two of three), ten graded quiz attempts each
# (1,000,000, a fifth of them paired pre-tests and post-tests) and about 200,000 survey replies
# (an anonymous evaluation of each completed course, half answered; a confidential follow-up twelve
# weeks on, a fifth answered) straight into monitoring's tables, as the domains would have told
# them, then time GET /api/v1/monitoring/indicators as the demo's national manager with each filter.
#
# Usage: benchmarks/monitoring.sh [base-url] [people] [rounds]
# Needs a started server with demo content. Seeding runs once (about a minute); later runs reuse
# it. Each filter is asked 3 times unreported, then ROUNDS times (default 20): p50, p95, max in ms.
set -euo pipefail
BASE=${1:-http://localhost:9080}
PEOPLE=${2:-100000}
ROUNDS=${3:-20}
HERE=$(cd "$(dirname "$0")" && pwd)
MIGRATIONS="$HERE/../lms-server/src/main/resources/db/migration"
. "$HERE/embedded-db.sh"
. "$HERE/api.sh"

HAVE=$($DB_CLI -N -e "SELECT COUNT(*) FROM app_user WHERE username LIKE 'melbench-%'")
if [ "$HAVE" -lt "$PEOPLE" ]; then
  echo "seeding $PEOPLE learners and their counted training ..."
  REGIONS=$(grep -v '^#' "$HERE/../monitoring/src/main/resources/org/practica/monitoring/domain/profile/regions.tsv" | cut -f1 | sed "s/.*/'&'/" | paste -sd,)
  NREGIONS=$(echo "$REGIONS" | tr ',' '\n' | wc -l)
  $DB_CLI <<SQL
DELETE f FROM training_fact f JOIN app_user u ON u.id = f.person_id WHERE u.username LIKE 'melbench-%';
DELETE FROM profile_fact WHERE person_id IN (SELECT id FROM app_user WHERE username LIKE 'melbench-%');
DELETE FROM app_user WHERE username LIKE 'melbench-%';
INSERT INTO organisation (name, kind) SELECT CONCAT('Benchmark partner ', seq), 'NGO' FROM seq_1_to_20
  WHERE CONCAT('Benchmark partner ', seq) NOT IN (SELECT name FROM organisation);
SET @first = (SELECT MIN(id) FROM organisation WHERE name LIKE 'Benchmark partner %');
INSERT INTO app_user (username, display_name, password_hash, organisation_id, enabled)
  SELECT CONCAT('melbench-', seq), CONCAT('Benchmark learner ', seq), 'generated', @first + seq % 20, 0 FROM seq_1_to_$PEOPLE;
INSERT INTO profile_fact (person_id, sex, age_band, region, profession, organisation_type, consented_at)
  SELECT id,
         ELT(1 + CRC32(CONCAT('s', id)) % 20, 'FEMALE','FEMALE','FEMALE','FEMALE','FEMALE','FEMALE','FEMALE','FEMALE','FEMALE','FEMALE',
             'FEMALE','FEMALE','FEMALE','MALE','MALE','MALE','MALE','MALE','MALE', NULL),
         ELT(1 + CRC32(CONCAT('a', id)) % 5, 'UNDER_25','FROM_25_TO_34','FROM_35_TO_44','FROM_45_TO_54','FROM_55'),
         ELT(1 + CRC32(CONCAT('r', id)) % $NREGIONS, $REGIONS),
         ELT(1 + CRC32(CONCAT('p', id)) % 11, 'PSYCHOLOGIST','SOCIAL_WORKER','SOCIAL_PEDAGOGUE','THEOLOGIAN','TEACHER',
             'GUARDIANSHIP_OFFICER','PROBATION_OFFICER','MEDICAL','NGO_WORKER','JOURNALIST','OTHER'),
         ELT(1 + CRC32(CONCAT('o', id)) % 9, 'GOVERNMENT','MUNICIPALITY','NGO','UN_AGENCY','RELIGIOUS','MEDIA','ACADEMIC','PRIVATE','OTHER'),
         NOW(6)
  FROM app_user WHERE username LIKE 'melbench-%' AND CRC32(CONCAT('c', id)) % 100 < 85;
INSERT INTO training_fact (event, person_id, organisation_id, course_id, day, month, amount)
  SELECT 'ENROLLED', id, organisation_id, course, day, EXTRACT(YEAR_MONTH FROM day), 1 FROM (
    SELECT u.id, u.organisation_id, 1 + (u.id + c.seq) % 40 AS course,
           DATE_SUB(CURDATE(), INTERVAL CRC32(CONCAT(u.id, '-', c.seq)) % 730 DAY) AS day
    FROM app_user u JOIN seq_1_to_4 c WHERE u.username LIKE 'melbench-%') e;
INSERT INTO training_fact (event, person_id, organisation_id, course_id, day, month, amount)
  SELECT 'COMPLETED', person_id, organisation_id, course_id, day, EXTRACT(YEAR_MONTH FROM day), 1 FROM (
    SELECT f.person_id, f.organisation_id, f.course_id, LEAST(CURDATE(), f.day + INTERVAL 7 + CRC32(f.id) % 50 DAY) AS day
    FROM training_fact f JOIN app_user u ON u.id = f.person_id
    WHERE u.username LIKE 'melbench-%' AND f.event = 'ENROLLED' AND CRC32(CONCAT('d', f.id)) % 100 < 75) e;
INSERT INTO training_fact (event, person_id, organisation_id, course_id, day, month, amount)
  SELECT 'CERTIFIED', id, organisation_id, NULL, day, EXTRACT(YEAR_MONTH FROM day), 1 FROM (
    SELECT id, organisation_id, DATE_SUB(CURDATE(), INTERVAL CRC32(CONCAT('i', id)) % 700 DAY) AS day
    FROM app_user WHERE username LIKE 'melbench-%' AND id % 2 = 0) e;
INSERT INTO training_fact (event, person_id, organisation_id, course_id, day, month, amount)
  SELECT 'HOURS_SIGNED_OFF', id, organisation_id, NULL, day, EXTRACT(YEAR_MONTH FROM day), 1.5 FROM (
    SELECT u.id, u.organisation_id, DATE_SUB(CURDATE(), INTERVAL CRC32(CONCAT(u.id, 'h', s.seq)) % 730 DAY) AS day
    FROM app_user u JOIN seq_1_to_8 s WHERE u.username LIKE 'melbench-%' AND u.id % 3 <> 0) e;
ANALYZE TABLE training_fact, profile_fact;
SQL
  # what the events keep current as they come, rebuilt for the seeded people: the day each enrolment's
  # course was completed, and one summary row per person (as migrations V40 does for earlier events)
  $DB_CLI <<SQL
UPDATE training_fact e JOIN (SELECT f.person_id, f.course_id, MIN(f.day) AS day FROM training_fact f JOIN app_user u ON u.id = f.person_id
                             WHERE u.username LIKE 'melbench-%' AND f.event = 'COMPLETED' GROUP BY f.person_id, f.course_id) c
    ON c.person_id = e.person_id AND c.course_id = e.course_id
SET e.completed_on = c.day WHERE e.event = 'ENROLLED';
DELETE m FROM monitored_person m JOIN app_user u ON u.id = m.person_id WHERE u.username LIKE 'melbench-%';
INSERT INTO monitored_person (person_id, organisation_id, sex, age_band, region, profession, organisation_type,
                              enrolled_a, enrolled_b, completed_a, completed_b, certified_a, certified_b, supervised_a, supervised_b)
SELECT t.person_id, t.organisation_id, p.sex, p.age_band, p.region, p.profession, p.organisation_type,
       t.enrolled_a, t.enrolled_b, t.completed_a, t.completed_b, t.certified_a, t.certified_b, t.supervised_a, t.supervised_b
FROM (SELECT f.person_id, MAX(f.organisation_id) AS organisation_id,
             BIT_OR(IF(f.event = 'ENROLLED' AND f.i BETWEEN 0 AND 62, 1 << f.i, 0)) AS enrolled_a,
             BIT_OR(IF(f.event = 'ENROLLED' AND f.i BETWEEN 63 AND 125, 1 << (f.i - 63), 0)) AS enrolled_b,
             BIT_OR(IF(f.event = 'COMPLETED' AND f.i BETWEEN 0 AND 62, 1 << f.i, 0)) AS completed_a,
             BIT_OR(IF(f.event = 'COMPLETED' AND f.i BETWEEN 63 AND 125, 1 << (f.i - 63), 0)) AS completed_b,
             BIT_OR(IF(f.event = 'CERTIFIED' AND f.i BETWEEN 0 AND 62, 1 << f.i, 0)) AS certified_a,
             BIT_OR(IF(f.event = 'CERTIFIED' AND f.i BETWEEN 63 AND 125, 1 << (f.i - 63), 0)) AS certified_b,
             BIT_OR(IF(f.event = 'HOURS_SIGNED_OFF' AND f.i BETWEEN 0 AND 62, 1 << f.i, 0)) AS supervised_a,
             BIT_OR(IF(f.event = 'HOURS_SIGNED_OFF' AND f.i BETWEEN 63 AND 125, 1 << (f.i - 63), 0)) AS supervised_b
      FROM (SELECT f.person_id, f.organisation_id, f.event, (f.month DIV 100 - 2024) * 12 + f.month MOD 100 - 1 AS i
            FROM training_fact f JOIN app_user u ON u.id = f.person_id WHERE u.username LIKE 'melbench-%') f
      GROUP BY f.person_id) t
LEFT JOIN profile_fact p ON p.person_id = t.person_id;
SQL
  # and each person's monthly enrolments, completions and hours, as migration V46 rebuilds them
  sed -n '/^-- rebuilt from the events/,$p' "$MIGRATIONS/V46__monthly_measures.sql" | $DB_CLI
fi

ATTEMPTS=$((PEOPLE * 10))
HAVE=$($DB_CLI -N -e "SELECT COUNT(*) FROM test_score WHERE quiz_id > 800000")
if [ "$HAVE" -lt "$ATTEMPTS" ]; then
  echo "seeding $ATTEMPTS graded attempts and about $((PEOPLE * 2)) survey replies ..."
  $DB_CLI <<SQL
DELETE FROM test_score WHERE quiz_id > 800000;
DELETE FROM scored_quiz WHERE quiz_id > 800000;
DELETE FROM survey_reply WHERE survey_id > 900000;
DELETE FROM survey_reach WHERE survey_id > 900000;
DELETE FROM counted_survey WHERE survey_id > 900000;
-- each course has a pre-test (800000 + 2c) paired with its final check (800001 + 2c); attempts 1 and 2 of a person sit that pair
INSERT INTO test_score (person_id, organisation_id, course_id, quiz_id, pair_id, phase, day, percent, passed, question_percents)
  SELECT id, organisation_id, course, quiz, IF(a.seq <= 2, 800001 + 2 * course, NULL), IF(a.seq = 1, 'PRE', IF(a.seq = 2, 'POST', NULL)),
         day, score, score >= 60, '[]' FROM (
    SELECT u.id, u.organisation_id, a.seq, 1 + (u.id + a.seq) % 40 AS course,
           IF(a.seq = 1, 800000, 800001) + 2 * (1 + (u.id + a.seq) % 40) AS quiz,
           DATE_SUB(CURDATE(), INTERVAL CRC32(CONCAT(u.id, 'q', a.seq)) % 730 DAY) AS day,
           (CRC32(CONCAT('p', u.id, a.seq)) % 61) + IF(a.seq = 1, 10, 40) AS score
    FROM app_user u JOIN seq_1_to_10 a WHERE u.username LIKE 'melbench-%') a;
-- the months each sat a graded quiz and passed one, in their summary row, as JpaTestScores marks them
INSERT INTO monitored_person (person_id, organisation_id, attempted_a, attempted_b, passed_a, passed_b)
SELECT s.person_id, MAX(s.organisation_id),
       BIT_OR(IF(s.i BETWEEN 0 AND 62, 1 << s.i, 0)), BIT_OR(IF(s.i BETWEEN 63 AND 125, 1 << (s.i - 63), 0)),
       BIT_OR(IF(s.passed AND s.i BETWEEN 0 AND 62, 1 << s.i, 0)), BIT_OR(IF(s.passed AND s.i BETWEEN 63 AND 125, 1 << (s.i - 63), 0))
FROM (SELECT person_id, organisation_id, passed, (YEAR(day) - 2024) * 12 + MONTH(day) - 1 AS i FROM test_score WHERE quiz_id > 800000) s
GROUP BY s.person_id
ON DUPLICATE KEY UPDATE attempted_a = VALUES(attempted_a), attempted_b = VALUES(attempted_b),
                        passed_a = VALUES(passed_a), passed_b = VALUES(passed_b);
INSERT INTO scored_quiz (quiz_id, course_id, course_title, quiz_title)
  SELECT 800000 + 2 * seq, seq, CONCAT('Benchmark course ', seq), 'Starting check' FROM seq_1_to_40
  UNION ALL SELECT 800001 + 2 * seq, seq, CONCAT('Benchmark course ', seq), 'Final check' FROM seq_1_to_40;
INSERT INTO counted_survey (survey_id, course_id, title, follow_up, weeks_after, anonymous)
  SELECT 900000 + seq, seq, CONCAT('Benchmark evaluation ', seq), FALSE, 0, TRUE FROM seq_1_to_40
  UNION ALL SELECT 900040 + seq, seq, CONCAT('Benchmark follow-up ', seq), TRUE, 12, FALSE FROM seq_1_to_40;
-- everyone who completed a course was asked its evaluation that day, half answered; the follow-up twelve weeks on, a fifth answered
INSERT IGNORE INTO survey_reach (survey_id, person_id, organisation_id, invited_on, answered_in)
  SELECT 900000 + f.course_id, f.person_id, f.organisation_id, f.day, IF(CRC32(CONCAT('e', f.id)) % 100 < 50, DATE_FORMAT(f.day, '%Y-%m-01'), NULL)
  FROM training_fact f JOIN app_user u ON u.id = f.person_id WHERE u.username LIKE 'melbench-%' AND f.event = 'COMPLETED';
INSERT IGNORE INTO survey_reach (survey_id, person_id, organisation_id, invited_on, answered_in)
  SELECT 900040 + f.course_id, f.person_id, f.organisation_id, f.day + INTERVAL 84 DAY,
         IF(CRC32(CONCAT('f', f.id)) % 100 < 20, DATE_FORMAT(f.day + INTERVAL 84 DAY, '%Y-%m-01'), NULL)
  FROM training_fact f JOIN app_user u ON u.id = f.person_id
  WHERE u.username LIKE 'melbench-%' AND f.event = 'COMPLETED' AND f.day + INTERVAL 84 DAY <= CURDATE();
INSERT INTO survey_reply (id, survey_id, organisation_id, person_id, answered_in, practice_changed)
  SELECT UUID(), r.survey_id, r.organisation_id, IF(r.survey_id > 900040, r.person_id, NULL), r.answered_in,
         IF(r.survey_id > 900040, ELT(1 + CRC32(CONCAT('c', r.person_id, r.survey_id)) % 20, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE,
            TRUE, TRUE, TRUE, TRUE, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL), NULL)
  FROM survey_reach r WHERE r.survey_id > 900000 AND r.answered_in IS NOT NULL;
-- each invitation and confidential reply carries its person's facts, as monitoring writes them
UPDATE survey_reach r JOIN profile_fact p ON p.person_id = r.person_id
SET r.sex = p.sex, r.age_band = p.age_band, r.region = p.region, r.profession = p.profession, r.organisation_type = p.organisation_type
WHERE r.survey_id > 900000;
UPDATE survey_reply r JOIN profile_fact p ON p.person_id = r.person_id
SET r.sex = p.sex, r.age_band = p.age_band, r.region = p.region, r.profession = p.profession, r.organisation_type = p.organisation_type
WHERE r.survey_id > 900000;
ANALYZE TABLE test_score, survey_reach, survey_reply;
SQL
  # the surveys' monthly sums, as migration V47 rebuilds them
  sed -n '/^-- rebuilt from the invitations/,$p' "$MIGRATIONS/V47__survey_months.sql" | $DB_CLI
fi
HAVE=$($DB_CLI -N -e "SELECT COUNT(*) FROM counted_certificate WHERE certificate_id < -1000000000")
if [ "$HAVE" -eq 0 ]; then
  echo "seeding the certificates held ..."
  # each certificate counted above is held for two years, one in twenty revoked within the first
  $DB_CLI <<SQL
INSERT INTO counted_certificate (certificate_id, person_id, organisation_id, body_id, issued_on, valid_from, valid_until, revoked_on)
  SELECT -1000000000 - f.id, f.person_id, f.organisation_id, 1 + f.person_id % 5, f.day, f.day, f.day + INTERVAL 2 YEAR - INTERVAL 1 DAY,
         IF(CRC32(CONCAT('v', f.id)) % 20 = 0, LEAST(CURDATE(), f.day + INTERVAL CRC32(f.id) % 365 DAY), NULL)
  FROM training_fact f JOIN app_user u ON u.id = f.person_id WHERE u.username LIKE 'melbench-%' AND f.event = 'CERTIFIED';
ANALYZE TABLE counted_certificate;
SQL
fi
HAVE=$($DB_CLI -N -e "SELECT COUNT(*) FROM counted_cohort WHERE cohort_id = 900001")
if [ "$HAVE" -eq 0 ]; then
  echo "seeding a cohort and what the first body's programmes ask for ..."
  # a cohort of course 7: everyone who enrolled in it in the last year; the body asks for courses 1 to 10
  $DB_CLI <<SQL
INSERT INTO counted_cohort (cohort_id, course_id, name) VALUES (900001, 7, 'Benchmark cohort');
INSERT IGNORE INTO cohort_member (course_id, person_id, cohort_id)
  SELECT 7, f.person_id, 900001 FROM training_fact f JOIN app_user u ON u.id = f.person_id
  WHERE u.username LIKE 'melbench-%' AND f.event = 'ENROLLED' AND f.course_id = 7 AND f.day >= CURDATE() - INTERVAL 1 YEAR;
INSERT IGNORE INTO counted_body (body_id, name) VALUES (1, 'Benchmark body');
INSERT INTO body_course (programme_id, body_id, course_id) SELECT -1, 1, seq FROM seq_1_to_10;
SQL
fi
echo "seeded: $($DB_CLI -N -e "SELECT CONCAT((SELECT COUNT(*) FROM test_score), ' graded attempts, ', (SELECT COUNT(*) FROM survey_reach),
  ' people asked a survey, ', (SELECT COUNT(*) FROM survey_reply), ' survey replies, ', (SELECT COUNT(*) FROM counted_certificate),
  ' certificates held')")"
echo "seeded: $($DB_CLI -N -e "SELECT CONCAT((SELECT COUNT(*) FROM app_user WHERE username LIKE 'melbench-%'), ' learners, ',
  (SELECT COUNT(*) FROM profile_fact), ' with facts, ', (SELECT COUNT(*) FROM training_fact), ' counted events')")"

MANAGER=$(token manager practica-demo)
ORG=$($DB_CLI -N -e "SELECT MIN(id) FROM organisation WHERE name LIKE 'Benchmark partner %'")
YEAR="from=$(date -u -d '1 year ago' +%F)&to=$(date -u +%F)"
TWO="from=$(date -u -d '2 years ago' +%F)&to=$(date -u +%F)"
printf '| filter | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|\n'
for filter in "$YEAR" "$TWO" "$YEAR&organisation=$ORG" "$YEAR&course=7" "$YEAR&cohort=900001" "$YEAR&body=1" "$YEAR&sex=FEMALE" "$YEAR&ageBand=FROM_25_TO_34" \
              "$YEAR&region=KZ-75" "$YEAR&profession=TEACHER" "$YEAR&organisationType=NGO" \
              "$YEAR&sex=FEMALE&region=KZ-75&profession=PSYCHOLOGIST" "$TWO&organisation=$ORG&sex=MALE&ageBand=FROM_35_TO_44"; do
  for ((i = 0; i < 3; i++)); do curl -sf -o /dev/null "$BASE/api/v1/monitoring/indicators?$filter" -H "Authorization: Bearer $MANAGER"; done
  for ((i = 0; i < ROUNDS; i++)); do
    curl -sf -o /dev/null -w '%{time_total}\n' "$BASE/api/v1/monitoring/indicators?$filter" -H "Authorization: Bearer $MANAGER"
  done | python3 -c "
import sys
t = sorted(float(x) * 1000 for x in sys.stdin)
q = lambda p: t[min(len(t) - 1, int(round(p * (len(t) - 1))))]
print('| ${filter//&/ } | %.0f | %.0f | %.0f |' % (q(.5), q(.95), t[-1]))"
done
