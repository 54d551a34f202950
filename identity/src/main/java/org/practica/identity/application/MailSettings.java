package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.identity.domain.notification.Delivery;
import org.practica.identity.domain.notification.MailPreferences;
import org.practica.identity.domain.notification.MailPreferencesRepository;
import org.practica.kernel.Actor;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NoticeKind;
import org.practica.kernel.Refusals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** How a person chooses to hear of each kind of notice, and what an e-mail's unsubscribe link does. */
@ApplicationScoped
@Transactional
public class MailSettings {

    /** What an unsubscribe link in a digest names: the digest itself. */
    public static final String DIGEST = "DIGEST";

    @Inject
    UserAccountRepository accounts;

    @Inject
    MailPreferencesRepository preferences;

    /** One kind of notice as the settings page shows it; a security kind cannot be switched. */
    public record Choice(NoticeKind kind, Delivery delivery, boolean switchable) {
    }

    /** The person's choices, and whether e-mail can reach them at all (they have an address). */
    public record Settings(boolean mailable, List<Choice> choices) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Settings of(Actor me) {
        UserAccount account = account(me);
        MailPreferences mine = preferences.find(account.id()).orElseGet(() -> new MailPreferences(account.id()));
        return new Settings(account.email() != null && !account.email().isBlank(), Arrays.stream(NoticeKind.values())
                .map(k -> new Choice(k, mine.deliveryOf(k), !k.security())).toList());
    }

    /**
     * Stores the person's choices, given as kind name to delivery name; every unknown name and
     * every attempt to switch a security notice off is refused by its kind, and nothing is stored.
     */
    public void choose(Actor me, Map<String, String> chosen) {
        MailPreferences mine = preferences.of(account(me).id());
        Refusals refusals = new Refusals();
        chosen.forEach((kind, delivery) -> refusals.check(() -> {
            NoticeKind k = parse(NoticeKind.class, kind, kind);
            Delivery d = parse(Delivery.class, kind, delivery);
            if (k.security() && d != Delivery.AT_ONCE) {
                throw new InvalidInput(kind, "notices.settings.security");
            }
            return null;
        }));
        refusals.throwIfAny();
        chosen.forEach((kind, delivery) -> mine.choose(NoticeKind.valueOf(kind), Delivery.valueOf(delivery)));
    }

    /**
     * What an unsubscribe link would turn off: a kind's name, or {@code DIGEST} for every kind the
     * person takes as a daily digest; refused for an unknown token or a security notice.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String unsubscribable(String token, String kind) {
        owner(token);
        if (DIGEST.equals(kind)) {
            return DIGEST;
        }
        NoticeKind k = parse(NoticeKind.class, "k", kind);
        if (k.security()) {
            throw new InvalidInput("k", "notices.settings.security");
        }
        return k.name();
    }

    /** The one-click unsubscribe (RFC 8058): from now on that kind (or the digest) comes to the bell only. */
    public String unsubscribe(String token, String kind) {
        String what = unsubscribable(token, kind);
        MailPreferences mine = owner(token);
        if (DIGEST.equals(what)) {
            mine.unsubscribeDigest();
        } else {
            mine.unsubscribe(NoticeKind.valueOf(what));
        }
        return what;
    }

    private MailPreferences owner(String token) {
        return preferences.byToken(token == null ? "" : token).orElseThrow(() -> new NotFound("unsubscribe.unknown"));
    }

    private UserAccount account(Actor me) {
        return accounts.find(new Username(me.username())).orElseThrow(() -> new NotFound("user.notFound"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String name) {
        try {
            return Enum.valueOf(type, name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "validation.choice");
        }
    }
}
