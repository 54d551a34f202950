package org.practica.assessments.domain.question;

/** The kinds of question a bank holds; each has its own way of being answered and graded. */
public enum QuestionType {
    /** One answer to pick; its credit is the question's (Moodle "multichoice", single). */
    SINGLE_CHOICE(true),
    /** Any number of answers to pick; credits add up, between 0 and full (Moodle "multichoice", multiple). */
    MULTIPLE_RESPONSE(true),
    TRUE_FALSE(true),
    /** Typed words compared with accepted answers, each with its own credit; {@code *} is a wildcard. */
    SHORT_ANSWER(true),
    /** A number, right within a tolerance, optionally with a unit. */
    NUMERICAL(true),
    /** Each prompt paired with one of the answers. */
    MATCHING(true),
    /** Text with embedded answers to type or choose, each graded on its own and weighted (Moodle "multianswer"). */
    CLOZE(true),
    /** Free text graded by a trainer. */
    ESSAY(false),
    /** Text between questions; nothing to answer. */
    DESCRIPTION(false);

    private final boolean autoGraded;

    QuestionType(boolean autoGraded) {
        this.autoGraded = autoGraded;
    }

    public boolean autoGraded() {
        return autoGraded;
    }

    public boolean answerable() {
        return this != DESCRIPTION;
    }
}
