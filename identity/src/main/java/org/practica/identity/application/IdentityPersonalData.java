package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.identity.audit.AuditEntry;
import org.practica.identity.audit.AuditTrail;
import org.practica.identity.domain.SignInRecords;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.identity.domain.notice.NoticeRepository;
import org.practica.kernel.Actor;
import org.practica.kernel.PersonalData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What identity keeps about a person: the account and profile, the notices they accepted, their
 * consents, their sign-ins, what was done to their account (as their account page shows it), the
 * notifications they were told, their e-mail choices and the e-mails sent or kept for them.
 */
@ApplicationScoped
public class IdentityPersonalData implements PersonalData {

    private static final int HISTORY_MAX = 10_000;

    @Inject
    OwnAccount ownAccount;

    @Inject
    PrivacyNotices notices;

    @Inject
    UserAccountRepository accounts;

    @Inject
    NoticeRepository noticeRepository;

    @Inject
    SignInRecords signIns;

    @Inject
    AuditTrail audit;

    @Inject
    org.practica.identity.domain.notification.NotificationRepository notifications;

    @Inject
    org.practica.identity.domain.notification.MailPreferencesRepository mailPreferences;

    @Inject
    org.practica.identity.domain.notification.Outbox outbox;

    /** One notice as the person's copy holds it: its kind, arguments and page, when it came and was read. */
    public record NoticeRecord(String kind, List<String> arguments, String link, java.time.Instant at, boolean read) {
    }

    /** One e-mail: what it carried (a notice or a day's digest), where it stands, when it went. */
    public record MailRecord(Long notice, java.time.LocalDate digestDay, String status, int attempts, java.time.Instant queuedAt,
                             java.time.Instant sentAt) {
    }

    @Override
    public String part() {
        return "account";
    }

    @Override
    public Records of(Actor person) {
        long id = accounts.find(new Username(person.username())).orElseThrow().id();
        List<NoticeRepository.Acceptance> acceptances = noticeRepository.acceptances(id);
        List<PrivacyNotices.ConsentView> consents = notices.consents(person.username());
        List<SignInRecords.SignInRecord> signInList = signIns.of(id);
        List<AuditEntry> history = audit.aboutAccount(person.username(), HISTORY_MAX);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("account", ownAccount.view(person.username()));
        data.put("noticeAcceptances", acceptances);
        data.put("consents", consents);
        data.put("signIns", signInList);
        data.put("accountHistory", history);
        List<NoticeRecord> told = notifications.allOf(id).stream()
                .map(n -> new NoticeRecord(n.kind().name(), n.arguments(), n.link(), n.createdAt(), !n.unread())).toList();
        List<MailRecord> mails = outbox.to(id).stream().map(m -> new MailRecord(m.notificationId(), m.digestDay(), m.status().name(),
                m.attempts(), m.createdAt(), m.sentAt())).toList();
        data.put("notifications", told);
        data.put("emailChoices", mailPreferences.find(id).map(p -> p.choices()).orElse(Map.of()));
        data.put("emails", mails);
        return new Records(data, Map.of("noticeAcceptances", acceptances.size(), "consents", consents.size(),
                "signIns", signInList.size(), "accountHistory", history.size(), "notifications", told.size(), "emails", mails.size()), Map.of());
    }
}
