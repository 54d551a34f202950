package org.practica.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.practica.identity.domain.AccountFacts;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.Actor;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.Role;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in caller as domain modules see them, looked up once per request. */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    UserAccountRepository accounts;

    private Actor actor;
    private ContentLanguage language;
    private ZoneId zone;

    public Actor get() {
        if (actor == null) {
            String username = security.getCallerPrincipal().getName();
            AccountFacts account = accounts.facts(new Username(username)).orElseThrow();
            Set<Role> roles = Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.name()))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            actor = new Actor(username, account.organisationId(), roles);
            language = ContentLanguage.of("language", account.language());
            zone = ZoneId.of(account.timeZone() == null ? "UTC" : account.timeZone());
        }
        return actor;
    }

    /** Who is calling, without looking up the rest: enough where only ownership is checked. */
    public String username() {
        return actor != null ? actor.username() : security.getCallerPrincipal().getName();
    }

    /** The interface language the person chose, for headers and messages built outside pages. */
    public Locale locale() {
        get();
        return Locale.forLanguageTag(language.code());
    }

    /** The time zone the person chose (UTC until they do), for times in documents built outside pages. */
    public ZoneId zone() {
        get();
        return zone;
    }

    /**
     * The language to read content in: the one asked for ({@code ?lang=}), else the one the
     * person chose for the interface.
     */
    public ContentLanguage reader(String asked) {
        if (asked != null && !asked.isBlank()) {
            return ContentLanguage.of("lang", asked);
        }
        get();
        return language;
    }
}
