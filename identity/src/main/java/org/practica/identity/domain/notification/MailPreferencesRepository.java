package org.practica.identity.domain.notification;

import java.util.Optional;

public interface MailPreferencesRepository {

    /** The person's stored preferences, if they ever chose or were e-mailed. */
    Optional<MailPreferences> find(long accountId);

    /**
     * The person's preferences, stored with the defaults the first time; safe when two
     * transactions do it at once.
     */
    MailPreferences of(long accountId);

    Optional<MailPreferences> byToken(String unsubscribeToken);

    /** The stored preferences of these people, by account; those who never chose are left out. */
    java.util.Map<Long, MailPreferences> find(java.util.Collection<Long> accountIds);
}
