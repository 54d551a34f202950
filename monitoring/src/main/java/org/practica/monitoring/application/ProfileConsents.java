package org.practica.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.application.PrivacyNotices;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.identity.domain.notice.ConsentPurpose;
import org.practica.identity.domain.notice.ConsentWithdrawn;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.NotFound;
import org.practica.monitoring.domain.profile.ProfileFacts;
import org.practica.monitoring.domain.profile.ProfileFactsRepository;

import java.time.Clock;
import java.util.Optional;

/**
 * A person's own facts for programme reports: only they read, state or withdraw them. The facts
 * live under the person's statistics consent (the one on their account page): stating them gives
 * it, and withdrawing it, here or there, deletes them in the same transaction. The audit trail
 * records that the person stated or withdrew, never what they stated.
 */
@ApplicationScoped
@Transactional
public class ProfileConsents {

    private static final String PURPOSE = ConsentPurpose.STATISTICS.name();

    @Inject
    ProfileFactsRepository facts;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PrivacyNotices notices;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProfileFacts> mine(Actor person) {
        return facts.find(account(person).id());
    }

    /** Whether the person's statistics consent is in force, so a form can show its box ticked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean consented(Actor person) {
        return notices.consents(person.username()).stream().anyMatch(c -> c.purpose().equals(PURPOSE) && c.granted());
    }

    public ProfileFacts state(Actor person, ProfileFacts.Statement statement) {
        long id = account(person).id();
        ProfileFacts mine = facts.find(id).orElseGet(() -> new ProfileFacts(id));
        mine.state(statement == null ? new ProfileFacts.Statement(null, null, null, null, null, false) : statement, clock.instant());
        facts.save(mine);
        notices.choose(person.username(), PURPOSE, true);
        audit.record(person.username(), "profile.factsStated", "account:" + id, "");
        return mine;
    }

    /** Withdraws the consent, which forgets the facts; whether there were any to forget. */
    public boolean withdraw(Actor person) {
        boolean had = mine(person).isPresent();
        notices.choose(person.username(), PURPOSE, false);
        forget(account(person).id(), person.username());
        return had;
    }

    /** However the consent was withdrawn, the facts go with it. */
    void withdrawn(@Observes ConsentWithdrawn withdrawal) {
        if (withdrawal.purpose() == ConsentPurpose.STATISTICS) {
            forget(withdrawal.accountId(), withdrawal.username());
        }
    }

    private void forget(long id, String username) {
        if (facts.remove(id)) {
            audit.record(username, "profile.factsWithdrawn", "account:" + id, "");
        }
    }

    private UserAccount account(Actor person) {
        return Username.ifValid(person.username()).flatMap(accounts::find).orElseThrow(() -> new NotFound("user.notFound"));
    }
}
