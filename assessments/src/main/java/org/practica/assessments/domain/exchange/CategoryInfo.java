package org.practica.assessments.domain.exchange;

import org.practica.assessments.domain.question.FormattedText;
import org.practica.assessments.domain.question.TextFormat;

/** What a bank says about one of its categories, as Moodle keeps it: a description and an id number. */
public record CategoryInfo(CategoryPath path, FormattedText info, String idNumber) {

    public CategoryInfo {
        info = info == null ? FormattedText.empty(TextFormat.MOODLE) : info;
        idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber.strip();
    }

    public boolean says() {
        return !info.blank() || idNumber != null;
    }
}
