-- The people's summary also holds, per month of the window, the enrolments each person made, how
-- many of those they have completed since, and their supervised hours in hundredths (MonthlyMeasures:
-- eight bytes a month from January 2024, ending at their latest month), so the completion rate and
-- hours come out of the same one pass over people as the counts. JpaCountedEvents keeps it current.
ALTER TABLE monitored_person ADD COLUMN measures VARBINARY(1008) NOT NULL DEFAULT '';

-- rebuilt from the events (benchmarks/monitoring.sh runs this part again after seeding)
UPDATE monitored_person m JOIN (
    WITH v AS (SELECT f.person_id, f.i,
                      SUM(f.event = 'ENROLLED') AS enrolments,
                      SUM(f.event = 'ENROLLED' AND f.completed_on IS NOT NULL) AS completed,
                      CAST(ROUND(SUM(IF(f.event = 'HOURS_SIGNED_OFF', f.amount * 100, 0))) AS UNSIGNED) AS hundredths
               FROM (SELECT person_id, event, completed_on, amount, (month DIV 100 - 2024) * 12 + month MOD 100 - 1 AS i
                     FROM training_fact WHERE event IN ('ENROLLED', 'HOURS_SIGNED_OFF')) f
               WHERE f.i BETWEEN 0 AND 125
               GROUP BY f.person_id, f.i),
         last AS (SELECT person_id, MAX(i) AS i FROM v GROUP BY person_id)
    SELECT l.person_id,
           UNHEX(GROUP_CONCAT(LPAD(HEX(LEAST(IFNULL(v.enrolments, 0), 65535)), 4, '0'),
                              LPAD(HEX(LEAST(IFNULL(v.completed, 0), 65535)), 4, '0'),
                              LPAD(HEX(LEAST(IFNULL(v.hundredths, 0), 4294967295)), 8, '0') ORDER BY s.seq SEPARATOR '')) AS measures
    FROM last l JOIN seq_0_to_125 s ON s.seq <= l.i
    LEFT JOIN v ON v.person_id = l.person_id AND v.i = s.seq
    GROUP BY l.person_id) b ON b.person_id = m.person_id
SET m.measures = b.measures;
