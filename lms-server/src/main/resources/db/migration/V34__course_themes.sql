-- Themes get names in every content language, as audience tracks have: a tag stays the course's
-- key for a theme, and this table says how each language calls it. Tags courses already carry
-- are named in English from the tag itself until an administrator names them properly. Codes are
-- compared byte for byte, so two tags that differ only by an accent stay two themes.

CREATE TABLE course_theme (
    code   VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
    names  TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Tags are kept with hyphens between words from now on; a tag written both ways becomes one.
UPDATE IGNORE course_version_theme SET theme = REPLACE(TRIM(theme), ' ', '-') WHERE theme LIKE '% %';
DELETE FROM course_version_theme WHERE theme LIKE '% %';

INSERT INTO course_theme (code, names)
SELECT t.code, JSON_OBJECT('en', CONCAT(UPPER(LEFT(t.code, 1)), REPLACE(SUBSTRING(t.code, 2), '-', ' ')))
FROM (SELECT DISTINCT theme COLLATE utf8mb4_bin AS code FROM course_version_theme) t;

-- The four audience tracks every installation starts with, named in the interface's other languages.
UPDATE audience_track SET names = JSON_INSERT(names,
    '$.kk', 'Мамандар (психологтар, әлеуметтік қызметкерлер)',
    '$.uz', 'Amaliyotchi mutaxassislar (psixologlar, ijtimoiy xodimlar)',
    '$.ky', 'Адистер (психологдор, социалдык кызматкерлер)',
    '$.tg', 'Мутахассисон (равоншиносон, кормандони иҷтимоӣ)',
    '$.sq', 'Praktikues (psikologë, punonjës socialë)',
    '$.ar', 'الممارسون (الأخصائيون النفسيون والاجتماعيون)')
WHERE code = 'practitioner';

UPDATE audience_track SET names = JSON_INSERT(names,
    '$.kk', 'Журналистер',
    '$.uz', 'Jurnalistlar',
    '$.ky', 'Журналисттер',
    '$.tg', 'Рӯзноманигорон',
    '$.sq', 'Gazetarë',
    '$.ar', 'الصحفيون')
WHERE code = 'journalist';

UPDATE audience_track SET names = JSON_INSERT(names,
    '$.kk', 'Теологтар мен діни кеңесшілер',
    '$.uz', 'Ilohiyotchilar va diniy maslahatchilar',
    '$.ky', 'Теологдор жана диний кеңешчилер',
    '$.tg', 'Диншиносон ва мушовирони динӣ',
    '$.sq', 'Teologë dhe këshillues fetarë',
    '$.ar', 'علماء الدين والمرشدون الدينيون')
WHERE code = 'theologian';

UPDATE audience_track SET names = JSON_INSERT(names,
    '$.kk', 'Мұғалімдер мен әлеуметтік педагогтар',
    '$.uz', 'Oʻqituvchilar va ijtimoiy pedagoglar',
    '$.ky', 'Мугалимдер жана социалдык педагогдор',
    '$.tg', 'Омӯзгорон ва педагогҳои иҷтимоӣ',
    '$.sq', 'Mësues dhe pedagogë socialë',
    '$.ar', 'المعلمون والمربّون الاجتماعيون')
WHERE code = 'teacher';
