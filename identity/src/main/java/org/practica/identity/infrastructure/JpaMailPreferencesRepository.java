package org.practica.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.identity.domain.notification.MailPreferences;
import org.practica.identity.domain.notification.MailPreferencesRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaMailPreferencesRepository implements MailPreferencesRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<MailPreferences> find(long accountId) {
        return Optional.ofNullable(em.find(MailPreferences.class, accountId));
    }

    @Override
    public MailPreferences of(long accountId) {
        MailPreferences found = em.find(MailPreferences.class, accountId);
        if (found != null) {
            return found;
        }
        // INSERT IGNORE: a second transaction making the same person's row at the same moment
        // keeps the first one's instead of failing (and failing the event that wanted to tell)
        MailPreferences fresh = new MailPreferences(accountId);
        em.createNativeQuery("INSERT IGNORE INTO mail_preference (account_id, unsubscribe_token, choices, version) VALUES (?, ?, '{}', 0)")
                .setParameter(1, accountId).setParameter(2, fresh.unsubscribeToken()).executeUpdate();
        return em.find(MailPreferences.class, accountId);
    }

    @Override
    public Optional<MailPreferences> byToken(String unsubscribeToken) {
        return em.createQuery("select p from MailPreferences p where p.unsubscribeToken = :t", MailPreferences.class)
                .setParameter("t", unsubscribeToken).getResultStream().findFirst();
    }

    @Override
    public java.util.Map<Long, MailPreferences> find(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, MailPreferences> found = new java.util.HashMap<>();
        if (!accountIds.isEmpty()) {
            em.createQuery("select p from MailPreferences p where p.accountId in :a", MailPreferences.class)
                    .setParameter("a", accountIds).getResultList().forEach(p -> found.put(p.accountId(), p));
        }
        return found;
    }
}
