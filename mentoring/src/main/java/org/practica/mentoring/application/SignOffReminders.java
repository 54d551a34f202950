package org.practica.mentoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.kernel.DueReminders;
import org.practica.kernel.NoticeKind;
import org.practica.kernel.Reminders;
import org.practica.mentoring.domain.session.SessionRepository;
import org.practica.mentoring.domain.session.SignOffDue;

import java.time.Instant;
import java.util.List;

/** Supervisors hear of confirmed sessions waiting for their sign-off: after three days, then weekly. */
@ApplicationScoped
public class SignOffReminders implements DueReminders {

    static final int PAGE = 1_000;

    @Inject
    SessionRepository sessions;

    @Inject
    Reminders reminders;

    @Inject
    SignOffReminders self;

    @Override
    public String name() {
        return "mentoring";
    }

    /** What one page held: how many sessions, the last one's id, how many reminders were told. */
    public record Page(int sessions, long lastId, int told) {
    }

    @Override
    public int remind(Instant now) {
        int told = 0;
        Page page = new Page(PAGE, 0, 0);
        while (page.sessions() == PAGE) {
            page = self.tell(now, page.lastId());
            told += page.told();
        }
        return told;
    }

    /** One page of waiting sessions, its reminders told in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Page tell(Instant now, long after) {
        List<SignOffDue> due = sessions.waitingForSignOff(now.minus(SignOffDue.FIRST), after, PAGE);
        int told = reminders.remindAll(due.stream().map(d -> new Reminders.Reminder(d.supervisor(), NoticeKind.SIGN_OFF_WAITING,
                d.onceKey(now), "/mentoring/session.xhtml?id=" + d.sessionId(), List.of(String.valueOf(d.daysWaiting(now))))).toList());
        return new Page(due.size(), due.isEmpty() ? after : due.get(due.size() - 1).sessionId(), told);
    }
}
