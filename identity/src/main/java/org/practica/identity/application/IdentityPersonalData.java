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
 * consents, their sign-ins, and what was done to their account (as their account page shows it).
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
        return new Records(data, Map.of("noticeAcceptances", acceptances.size(), "consents", consents.size(),
                "signIns", signInList.size(), "accountHistory", history.size()), Map.of());
    }
}
