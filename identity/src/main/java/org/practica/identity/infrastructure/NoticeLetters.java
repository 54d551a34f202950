package org.practica.identity.infrastructure;

import org.practica.identity.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.practica.documents.Wording;
import org.practica.documents.Wordings;
import org.practica.identity.application.MailDeliveries;
import org.practica.identity.application.MailSettings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * Puts an e-mail into words: the person's language and time zone, a plain-text part and an HTML
 * part saying the same, a link to the page each notice is about, and the links that change what
 * the person receives. The unsubscribe address is the RFC 8058 one-click address; the page
 * address in the text asks before it changes anything (mail scanners open links).
 */
@ApplicationScoped
public class NoticeLetters {

    @Inject
    Wordings wordings;

    @Inject
    @ConfigProperty(name = "PRACTICA_PUBLIC_URL")
    String publicUrl;

    /** An e-mail as it is sent; {@code oneClick} the List-Unsubscribe address, none for a security notice. */
    public record Composed(String subject, String text, String html, Optional<String> oneClick) {
    }

    public Composed compose(MailDeliveries.Letter letter) {
        Wording words = wordings.in(letter.locale(), letter.zone());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(letter.locale()).withZone(letter.zone());
        boolean security = letter.kind().map(k -> k.security()).orElse(false);
        String unsubscribeKind = letter.kind().map(Enum::name).orElse(MailSettings.DIGEST);
        String query = "?t=" + encode(letter.unsubscribeToken()) + "&k=" + unsubscribeKind;
        String page = base() + "/unsubscribe.xhtml" + query;
        String settings = base() + "/notification-settings.xhtml";

        String subject = letter.kind().isPresent()
                ? words.of("mail.subject", words.of(letter.items().get(0).kind().messageKey(), letter.items().get(0).arguments().toArray()))
                : words.of("mail.subject.digest", letter.items().size());
        StringBuilder text = new StringBuilder(words.of("mail.hello", letter.displayName())).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(letter.locale().toLanguageTag())
                .append("\" dir=\"").append(Language.orEnglish(letter.locale()).direction()).append("\"><head><meta charset=\"utf-8\"><title>").append(escape(subject)).append("</title></head>")
                .append("<body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\"><p>")
                .append(escape(words.of("mail.hello", letter.displayName()))).append("</p>");
        if (letter.kind().isEmpty()) {
            text.append(words.of("mail.digest.intro")).append("\n\n");
            html.append("<p>").append(escape(words.of("mail.digest.intro"))).append("</p>");
        }
        html.append("<ul>");
        for (MailDeliveries.Item item : letter.items()) {
            String said = words.of(item.kind().messageKey(), item.arguments().toArray());
            String link = base() + item.link();
            String at = when.format(item.at());
            text.append("* ").append(said).append(" (").append(at).append(")\n  ").append(words.of("mail.open")).append(": ").append(link).append("\n\n");
            html.append("<li><p>").append(escape(said)).append(" <small>(").append(escape(at)).append(")</small><br><a href=\"")
                    .append(escape(link)).append("\">").append(escape(words.of("mail.open"))).append("</a></p></li>");
        }
        html.append("</ul><hr>");
        text.append("-- \n");
        if (security) {
            text.append(words.of("mail.footer.security")).append('\n');
            html.append("<p><small>").append(escape(words.of("mail.footer.security"))).append("</small></p>");
        } else {
            text.append(words.of("mail.footer.unsubscribe")).append(": ").append(page).append('\n');
            html.append("<p><small><a href=\"").append(escape(page)).append("\">").append(escape(words.of("mail.footer.unsubscribe"))).append("</a></small></p>");
        }
        text.append(words.of("mail.footer.settings")).append(": ").append(settings).append('\n');
        html.append("<p><small><a href=\"").append(escape(settings)).append("\">").append(escape(words.of("mail.footer.settings")))
                .append("</a></small></p></body></html>");
        return new Composed(subject, text.toString(), html.toString(),
                security ? Optional.empty() : Optional.of(base() + "/api/v1/mail/unsubscribe" + query));
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The few characters that change meaning in HTML text and attribute values. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
