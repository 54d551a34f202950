package org.practica.assessments.domain.bank;

import java.util.List;
import java.util.Optional;

public interface QuestionRepository {

    Optional<Question> find(long id);

    /** In category order, then in the order they were added. */
    List<Question> of(BankId bank);

    void add(Question question);

    long count(BankId bank);
}
