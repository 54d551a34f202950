package org.practica.identity.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practica.kernel.NoticeKind;

import java.time.Instant;
import java.util.List;

/**
 * One thing a person is told: written unread when it happens, read once they open it or mark all
 * read, deleted with the account. Its words are not stored, only its kind and arguments, so it
 * reads in whatever language the person uses when they look.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int LINK_MAX = 300;
    public static final int ARGUMENT_MAX = 200;
    public static final int ONCE_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NoticeKind kind;

    @Column(nullable = false, length = LINK_MAX)
    private String link;

    @Convert(converter = ArgumentsColumn.class)
    @Column(nullable = false)
    private List<String> arguments;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** For a reminder: the key that makes it told once per person (unique with the recipient). */
    @Column(name = "once_key", length = ONCE_MAX)
    private String onceKey;

    /** The person takes this kind in a daily digest and today's has not gone yet. */
    @Column(name = "digest_pending", nullable = false)
    private boolean digestPending;

    /** The digest e-mail that carried it, once one has. */
    @Column(name = "digest_mail_id")
    private Long digestMailId;

    /** What to tell, before it has a recipient's account: its kind, the page it is about, its arguments. */
    public record Draft(NoticeKind kind, String link, List<String> arguments) {

        public Draft {
            if (kind == null || link == null || !link.startsWith("/") || link.startsWith("//") || link.length() > LINK_MAX) {
                throw new IllegalArgumentException("a notice has a kind and links to a page of this application: " + link);
            }
            arguments = arguments.stream().map(a -> a == null ? "" : a.length() > ARGUMENT_MAX ? a.substring(0, ARGUMENT_MAX) : a).toList();
        }
    }

    protected Notification() {
    }

    public Notification(long recipientId, Draft notice, Instant now) {
        this(recipientId, notice, null, now);
    }

    /** A reminder, told once per person and {@code onceKey}. */
    public Notification(long recipientId, Draft notice, String onceKey, Instant now) {
        if (onceKey != null && (onceKey.isBlank() || onceKey.length() > ONCE_MAX)) {
            throw new IllegalArgumentException("a reminder's key is 1 to " + ONCE_MAX + " characters: " + onceKey);
        }
        this.onceKey = onceKey;
        this.recipientId = recipientId;
        this.kind = notice.kind();
        this.link = notice.link();
        this.arguments = notice.arguments();
        this.createdAt = now;
    }

    /** The person takes this kind in their daily digest: it waits for the next one. */
    public void awaitDigest() {
        digestPending = true;
    }

    public void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public long id() {
        return id;
    }

    public long recipientId() {
        return recipientId;
    }

    public NoticeKind kind() {
        return kind;
    }

    public String link() {
        return link;
    }

    public List<String> arguments() {
        return List.copyOf(arguments);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean unread() {
        return readAt == null;
    }

    public String onceKey() {
        return onceKey;
    }
}
