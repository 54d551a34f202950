package org.practica.identity.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NoticeKind;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * How one person wants to hear of each kind of notice, and the token their unsubscribe links
 * carry. Made the first time the person is told something or chooses; a kind never chosen gets
 * {@link Delivery#byDefault}; security notices are e-mailed whatever was chosen. Goes with the
 * account.
 */
@Entity
@Table(name = "mail_preference")
public class MailPreferences {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "account_id")
    private long accountId;

    /** Lets an e-mail's unsubscribe link turn off its own kind without signing in, and nothing more. */
    @Column(name = "unsubscribe_token", nullable = false, length = 43, unique = true)
    private String unsubscribeToken;

    @Convert(converter = ChoicesColumn.class)
    @Column(nullable = false)
    private Map<String, String> choices = new HashMap<>();

    @Version
    private int version;

    protected MailPreferences() {
    }

    public MailPreferences(long accountId) {
        this.accountId = accountId;
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        this.unsubscribeToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    public Delivery deliveryOf(NoticeKind kind) {
        if (kind.security()) {
            return Delivery.AT_ONCE;
        }
        String chosen = choices.get(kind.name());
        return chosen == null ? Delivery.byDefault(kind) : Delivery.valueOf(chosen);
    }

    public void choose(NoticeKind kind, Delivery delivery) {
        if (kind.security() && delivery != Delivery.AT_ONCE) {
            throw new InvalidInput(kind.name(), "notices.settings.security");
        }
        Map<String, String> next = new HashMap<>(choices);
        next.put(kind.name(), delivery.name());
        choices = next;
    }

    /** What an unsubscribe link does: that kind comes to the bell only from now on. */
    public void unsubscribe(NoticeKind kind) {
        choose(kind, Delivery.IN_APP);
    }

    /** What a digest's unsubscribe link does: every kind that came as a digest comes to the bell only. */
    public void unsubscribeDigest() {
        for (NoticeKind kind : NoticeKind.values()) {
            if (deliveryOf(kind) == Delivery.DAILY_DIGEST) {
                choose(kind, Delivery.IN_APP);
            }
        }
    }

    /** The kinds the person chose a delivery for, by kind name (what their copy of their data shows). */
    public java.util.Map<String, String> choices() {
        return java.util.Map.copyOf(choices);
    }

    public long accountId() {
        return accountId;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }
}
