#!/usr/bin/env bash
# A national programme manager's dashboard at scale: seed PEOPLE learners (default 100,000,
# disabled accounts in 20 organisations), the facts 85 % of them gave, and about twelve counted
# events each over two years (about 1.2 million: four enrolments, three completions, one
# certificate in two, eight supervised sessions in two of three) straight into the database, then
# time GET /api/v1/monitoring/indicators as the demo's national manager with each filter.
#
# Usage: benchmarks/monitoring.sh [base-url] [people] [rounds]
# Needs a started server with demo content. Seeding runs once (about a minute); later runs reuse
# it. Each filter is asked 3 times unreported, then ROUNDS times (default 20): p50, p95, max in ms.
set -euo pipefail
BASE=${1:-http://localhost:9080}
PEOPLE=${2:-100000}
ROUNDS=${3:-20}
HERE=$(cd "$(dirname "$0")" && pwd)
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
fi
echo "seeded: $($DB_CLI -N -e "SELECT CONCAT((SELECT COUNT(*) FROM app_user WHERE username LIKE 'melbench-%'), ' learners, ',
  (SELECT COUNT(*) FROM profile_fact), ' with facts, ', (SELECT COUNT(*) FROM training_fact), ' counted events')")"

MANAGER=$(token manager practica-demo)
ORG=$($DB_CLI -N -e "SELECT MIN(id) FROM organisation WHERE name LIKE 'Benchmark partner %'")
YEAR="from=$(date -u -d '1 year ago' +%F)&to=$(date -u +%F)"
TWO="from=$(date -u -d '2 years ago' +%F)&to=$(date -u +%F)"
printf '| filter | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|\n'
for filter in "$YEAR" "$TWO" "$YEAR&organisation=$ORG" "$YEAR&course=7" "$YEAR&sex=FEMALE" "$YEAR&ageBand=FROM_25_TO_34" \
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
