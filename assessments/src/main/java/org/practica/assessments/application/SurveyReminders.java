package org.practica.assessments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.kernel.DueReminders;
import org.practica.kernel.NoticeKind;
import org.practica.kernel.Reminders;

import java.time.Instant;
import java.util.List;

/**
 * Asks people the surveys whose moment came for them (completing a course, or the weeks after):
 * each is invited and told once, in batches of their own transactions, so a long round that
 * stops halfway has asked those it got to and the next round asks the rest.
 */
@ApplicationScoped
public class SurveyReminders implements DueReminders {

    static final int CHUNK = 500;

    @Inject
    Surveys surveys;

    @Inject
    Reminders reminders;

    @Inject
    SurveyReminders self;

    @Override
    public String name() {
        return "surveys";
    }

    @Override
    public int remind(Instant now) {
        List<Surveys.Due> due = surveys.due(now);
        int told = 0;
        for (int from = 0; from < due.size(); from += CHUNK) {
            told += self.ask(due.subList(from, Math.min(due.size(), from + CHUNK)));
        }
        return told;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int ask(List<Surveys.Due> batch) {
        int told = 0;
        for (Surveys.Due due : batch) {
            if (surveys.ask(due) && reminders.remind(due.person(), NoticeKind.SURVEY_WAITING, "survey:" + due.survey(),
                    "/courses/survey.xhtml?id=" + due.survey(), due.course())) {
                told++;
            }
        }
        return told;
    }
}
