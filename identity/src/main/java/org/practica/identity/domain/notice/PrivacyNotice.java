package org.practica.identity.domain.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practica.identity.domain.Language;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.MultilingualText;
import org.practica.kernel.MultilingualTextColumn;
import org.practica.kernel.Refusals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One version of the installation's privacy notice and terms of use. Life cycle: a platform
 * administrator publishes it, whole, in every interface language, numbered after the last one;
 * from then on it is never changed, and everyone is asked to accept it at their next sign-in.
 * A correction is a new version.
 */
@Entity
@Table(name = "privacy_notice")
public class PrivacyNotice {

    /** Long enough for a full notice; a notice longer than this is not read. */
    public static final int TEXT_MAX = 40_000;

    @Id
    private int version;

    @Convert(converter = MultilingualTextColumn.class)
    @Column(nullable = false, columnDefinition = "MEDIUMTEXT", updatable = false)
    private MultilingualText privacy;

    @Convert(converter = MultilingualTextColumn.class)
    @Column(nullable = false, columnDefinition = "MEDIUMTEXT", updatable = false)
    private MultilingualText terms;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private long publishedBy;

    protected PrivacyNotice() {
    }

    private PrivacyNotice(int version, MultilingualText privacy, MultilingualText terms, long publishedBy, Instant now) {
        this.version = version;
        this.privacy = privacy;
        this.terms = terms;
        this.publishedBy = publishedBy;
        this.publishedAt = now;
    }

    /**
     * The version after {@code last} (0 when none was published). Both texts are required in every
     * interface language, since a person accepts what they can read; every missing or overlong
     * text is reported at once, by field ({@code privacy.ru}, {@code terms.en}).
     */
    public static PrivacyNotice publish(int last, Map<String, String> privacy, Map<String, String> terms, long publishedBy,
                                        Instant now) {
        Refusals refusals = new Refusals();
        MultilingualText p = refusals.check(() -> complete("privacy", privacy));
        MultilingualText t = refusals.check(() -> complete("terms", terms));
        refusals.throwIfAny();
        return new PrivacyNotice(last + 1, p, t, publishedBy, now);
    }

    private static MultilingualText complete(String field, Map<String, String> typed) {
        Refusals refusals = new Refusals();
        // one rule for all languages, so that each missing one is reported, not only the first
        refusals.checkEach(List.of(Language.values()), language -> {
            String text = typed == null ? null : typed.get(language.code());
            if (text == null || text.isBlank()) {
                throw new InvalidInput(field + "." + language.code(), "validation.required");
            }
            return language;
        });
        MultilingualText text = refusals.check(() -> MultilingualText.of(field, typed, TEXT_MAX));
        refusals.throwIfAny();
        return text;
    }

    public int version() {
        return version;
    }

    public MultilingualText privacy() {
        return privacy;
    }

    public MultilingualText terms() {
        return terms;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
