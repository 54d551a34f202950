-- What a report can be narrowed to besides a course: a cohort of a course (its people, told with
-- each enrolment into it) and a professional body (the courses its programmes ask for, told when a
-- programme is defined or revised, and the certificates it issued). Filled here from what exists.
CREATE TABLE counted_cohort (
    cohort_id  BIGINT       NOT NULL PRIMARY KEY,
    course_id  BIGINT       NOT NULL,
    name       VARCHAR(120) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a person is in one cohort of a course at a time
CREATE TABLE cohort_member (
    course_id  BIGINT  NOT NULL,
    person_id  BIGINT  NOT NULL,
    cohort_id  BIGINT  NOT NULL,
    PRIMARY KEY (course_id, person_id),
    INDEX ix_cohort_member (cohort_id, person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE counted_body (
    body_id  BIGINT       NOT NULL PRIMARY KEY,
    name     VARCHAR(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE body_course (
    programme_id  BIGINT  NOT NULL,
    body_id       BIGINT  NOT NULL,
    course_id     BIGINT  NOT NULL,
    PRIMARY KEY (programme_id, course_id),
    INDEX ix_body_course (body_id, course_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO counted_cohort (cohort_id, course_id, name) SELECT id, course_id, name FROM cohort;
INSERT INTO cohort_member (course_id, person_id, cohort_id)
SELECT e.course_id, u.id, e.cohort_id FROM enrollment e JOIN app_user u ON u.username = e.learner WHERE e.cohort_id IS NOT NULL;
INSERT INTO counted_body (body_id, name)
SELECT id, COALESCE(JSON_VALUE(names, '$.en'), code) FROM professional_body;
INSERT INTO body_course (programme_id, body_id, course_id)
SELECT p.id, p.body_id, r.course
FROM certification_programme p,
     JSON_TABLE(p.requirements, '$[*]' COLUMNS (kind VARCHAR(20) PATH '$.kind', course BIGINT PATH '$.course')) r
WHERE r.kind = 'COURSE' AND r.course IS NOT NULL;
