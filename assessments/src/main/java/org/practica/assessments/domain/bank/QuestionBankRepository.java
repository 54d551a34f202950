package org.practica.assessments.domain.bank;

import org.practica.courses.domain.course.CourseId;

import java.util.List;
import java.util.Optional;

public interface QuestionBankRepository {

    Optional<QuestionBank> find(BankId id);

    List<QuestionBank> of(CourseId course);

    boolean nameTaken(CourseId course, String name);

    void add(QuestionBank bank);

    /** The bank and its questions. */
    void remove(QuestionBank bank);
}
