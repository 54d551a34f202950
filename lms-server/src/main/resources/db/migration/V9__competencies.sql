-- Competency frameworks: per discipline, the competencies supervised hours are counted in.
-- Admins keep them; a demo installation starts with one per discipline.
CREATE TABLE competency (
    discipline  VARCHAR(20)  NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_ru     VARCHAR(200) NOT NULL,
    retired     BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (discipline, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
