package org.practica.identity.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.practica.identity.application.MailDeliveries;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox through Jakarta Mail to the SMTP server named by {@code PRACTICA_SMTP_HOST},
 * every few seconds on the server's managed scheduler; with no server configured it marks each
 * e-mail withheld, for the administrators' page. Each e-mail is taken in a committed step before
 * the mail server hears of it and reported on in another after, so a restart never sends again
 * what was sent; what a killed server had in hand is left uncertain (the bell has it anyway).
 * Gathers the day's digests on the same beat.
 */
@ApplicationScoped
public class MailPost {

    private static final Logger LOG = Logger.getLogger(MailPost.class.getName());
    /** Small, so a slow mail server never holds e-mails anywhere near the lease. */
    private static final int BATCH = 10;
    private static final int TIMEOUT_MILLIS = 10_000;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailDeliveries deliveries;

    @Inject
    NoticeLetters letters;

    @Inject
    @ConfigProperty(name = "PRACTICA_SMTP_HOST")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "PRACTICA_SMTP_PORT", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "PRACTICA_SMTP_USER")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "PRACTICA_SMTP_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "PRACTICA_SMTP_STARTTLS", defaultValue = "true")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "PRACTICA_MAIL_FROM", defaultValue = "Practica <practica@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "PRACTICA_MAIL_RETRY_SECONDS", defaultValue = "60")
    long retrySeconds;

    /** How long an e-mail may stay taken before its sender counts as gone. */
    @Inject
    @ConfigProperty(name = "PRACTICA_MAIL_LEASE_SECONDS", defaultValue = "600")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "PRACTICA_DIGEST_HOUR", defaultValue = "7")
    int digestHour;

    @Inject
    @ConfigProperty(name = "PRACTICA_PUBLIC_URL")
    String publicUrl;

    private ScheduledFuture<?> task;

    public void start() {
        task = scheduler.scheduleWithFixedDelay(this::sweep, 3, 3, TimeUnit.SECONDS);
    }

    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Whether e-mail goes out at all on this installation. */
    public boolean configured() {
        return deliveries.mailServerConfigured();
    }

    void sweep() {
        try {
            deliveries.markLost(Duration.ofSeconds(leaseSeconds), 500);
            for (long recipient : deliveries.awaitingDigest(500)) {
                deliveries.gatherDigest(recipient, digestHour);
            }
            List<Long> taken;
            do {
                taken = deliveries.take(BATCH);
                send(taken);
            } while (taken.size() == BATCH);
        } catch (RuntimeException e) {
            // the next sweep tries again; nothing taken is lost, it is left for the lease to settle
            LOG.log(Level.WARNING, "sending e-mail failed: " + e.getClass().getName());
        }
    }

    private void send(List<Long> taken) {
        if (taken.isEmpty()) {
            return;
        }
        if (!configured()) {
            taken.forEach(deliveries::withhold);
            return;
        }
        Duration firstWait = Duration.ofSeconds(retrySeconds);
        Session session = session();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(host.get(), port, user.filter(u -> !u.isBlank()).orElse(null), password.orElse(null));
            for (long id : taken) {
                try {
                    deliver(session, transport, id, firstWait);
                } catch (RuntimeException oneBadLetter) {
                    // (its person erased meanwhile, say) the others still go; this one is left to the lease
                    LOG.log(Level.WARNING, "e-mail " + id + " could not be prepared: " + oneBadLetter.getClass().getName());
                }
            }
        } catch (MessagingException unreachable) {
            // the server cannot be reached: everything still taken waits for the next try
            for (long id : taken) {
                try {
                    deliveries.notYet(id, reason(unreachable), firstWait);
                } catch (IllegalStateException alreadySettled) {
                    // delivered before the connection dropped
                }
            }
        }
    }

    private void deliver(Session session, Transport transport, long id, Duration firstWait) throws MessagingException {
        Optional<MailDeliveries.Letter> letter = deliveries.letter(id);
        if (letter.isEmpty()) {
            deliveries.refused(id, "no e-mail address");
            return;
        }
        MimeMessage message = message(session, letter.get());
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException refused) {
            Address[] invalid = refused.getInvalidAddresses();
            if (invalid != null && invalid.length > 0) {
                deliveries.refused(id, reason(refused));   // the address bounces: trying again would only bounce again
            } else {
                deliveries.notYet(id, reason(refused), firstWait);
            }
            return;
        }
        deliveries.sent(id);
    }

    private MimeMessage message(Session session, MailDeliveries.Letter letter) throws MessagingException {
        NoticeLetters.Composed composed = letters.compose(letter);
        String messageId = "<practica-mail-" + letter.mailId() + "@" + domain() + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the same e-mail keeps the same id however often it is tried
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        try {
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.address(), letter.displayName(), "UTF-8"));
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        message.setSubject(composed.subject(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Content-Language", letter.locale().toLanguageTag());
        if (composed.oneClick().isPresent()) {
            message.setHeader("List-Unsubscribe", "<" + composed.oneClick().get() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(composed.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(composed.html(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        return message;
    }

    private Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host.orElse("localhost"));
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.auth", String.valueOf(user.filter(u -> !u.isBlank()).isPresent()));
        p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        p.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
        p.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
        return Session.getInstance(p);
    }

    private String domain() {
        String h = URI.create(publicUrl).getHost();
        return h == null ? "practica.invalid" : h;
    }

    /** What went wrong, for the administrators' page: the server's reply, never credentials. */
    private static String reason(MessagingException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String said = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return said.replaceAll("\\s+", " ");
    }
}
