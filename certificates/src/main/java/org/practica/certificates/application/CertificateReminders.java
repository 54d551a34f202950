package org.practica.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.body.BodyRepository;
import org.practica.certificates.domain.certificate.CertificateRepository;
import org.practica.certificates.domain.certificate.RenewalDue;
import org.practica.certificates.domain.request.RequestRepository;
import org.practica.kernel.DueReminders;
import org.practica.kernel.NoticeKind;
import org.practica.kernel.Reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What certification reminds people of: holders, that their certificate is due for renewal (when
 * the window opens 90 days before its end, then 30 and 7 days before); registrars, once a day,
 * that requests have waited more than a day for their decision.
 */
@ApplicationScoped
public class CertificateReminders implements DueReminders {

    /** Certificates looked at per transaction. */
    static final int PAGE = 1_000;
    /** A request younger than this is not yet waiting: registrars see new ones on their page. */
    static final Duration WAITING = Duration.ofDays(1);

    @Inject
    CertificateRepository certificates;

    @Inject
    RequestRepository requests;

    @Inject
    BodyRepository bodies;

    @Inject
    Holders holders;

    @Inject
    Reminders reminders;

    @Inject
    CertificateReminders self;

    @Override
    public String name() {
        return "certificates";
    }

    @Override
    public int remind(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int told = 0;
        long after = 0;
        List<RenewalDue> page;
        do {
            page = self.renewals(today, after);
            if (!page.isEmpty()) {
                told += self.tellRenewals(page, today);
                after = page.get(page.size() - 1).certificateId();
            }
        } while (page.size() == PAGE);
        return told + self.tellWaitingRequests(now, today);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RenewalDue> renewals(LocalDate today, long after) {
        return certificates.renewalsDue(today, after, PAGE);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int tellRenewals(List<RenewalDue> due, LocalDate today) {
        Map<String, String> languages = holders.languages(due.stream().map(RenewalDue::holder).collect(Collectors.toSet()));
        List<Reminders.Reminder> reminders = new ArrayList<>();
        for (RenewalDue d : due) {
            reminders.add(new Reminders.Reminder(d.holder(), NoticeKind.RENEWAL_DUE, d.onceKey(today), "/certificates/index.xhtml",
                    List.of(d.title().in(languages.getOrDefault(d.holder(), "en")), d.serial(), String.valueOf(d.daysLeft(today)))));
        }
        return this.reminders.remindAll(reminders);
    }

    /** Each registrar of a body with requests waiting hears once a day how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int tellWaitingRequests(Instant now, LocalDate today) {
        List<Reminders.Reminder> reminders = new ArrayList<>();
        requests.waitingSince(now.minus(WAITING)).forEach((body, count) -> {
            Set<String> registrars = bodies.find(new BodyId(body)).map(b -> b.registrars()).orElse(Set.of());
            for (String registrar : registrars) {
                reminders.add(new Reminders.Reminder(registrar, NoticeKind.REQUESTS_WAITING, "requests:" + body + ":" + today,
                        "/registry/index.xhtml", List.of(String.valueOf(count))));
            }
        });
        return this.reminders.remindAll(reminders);
    }
}
