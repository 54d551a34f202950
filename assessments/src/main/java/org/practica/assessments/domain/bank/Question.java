package org.practica.assessments.domain.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.assessments.domain.exchange.CategoryPath;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionTexts;
import org.practica.kernel.ContentLanguage;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A question in a bank: its category and its definition in the language it was written in. Created
 * by a trainer or an import; an edit replaces the definition as a whole, and attempts already
 * started keep the definition they were given (they copy it), so an edit never changes a grade.
 */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bank_id", nullable = false)
    private long bankId;

    @Column(nullable = false, length = CategoryPath.MAX)
    private String category;

    @Column(nullable = false, length = QuestionDefinition.NAME_MAX)
    private String name;

    @Column(nullable = false, length = 24)
    private String type;

    @Column(nullable = false, length = 8)
    private String language;

    @Convert(converter = DefinitionColumn.class)
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private QuestionDefinition definition;

    @Convert(converter = TranslationsColumn.class)
    @Column(columnDefinition = "LONGTEXT")
    private Map<String, QuestionTexts> translations;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Question() {
    }

    public Question(BankId bank, CategoryPath category, ContentLanguage language, QuestionDefinition definition, Instant now) {
        this.bankId = bank.value();
        this.language = language.code();
        this.createdAt = now;
        file(category);
        replace(definition, now);
    }

    public void replace(QuestionDefinition newDefinition, Instant now) {
        this.definition = newDefinition;
        this.name = newDefinition.name();
        this.type = newDefinition.type().name();
        this.updatedAt = now;
    }

    /**
     * A trainer's new version of the question, filed where they say. Translations that still fit
     * its shape are kept; the languages whose translation no longer fits (answers added or
     * removed) are dropped and returned, for the trainer to translate again.
     */
    public java.util.Set<String> revise(QuestionDefinition newDefinition, CategoryPath path, Instant now) {
        java.util.Set<String> dropped = new java.util.TreeSet<>();
        if (translations != null && !translations.isEmpty()) {
            Map<String, QuestionTexts> kept = new TreeMap<>();
            translations.forEach((lang, texts) -> {
                try {
                    texts.applyTo(newDefinition);
                    kept.put(lang, texts);
                } catch (org.practica.kernel.InvalidInput e) {
                    dropped.add(lang);
                }
            });
            translations = kept;
        }
        file(path);
        replace(newDefinition, now);
        return dropped;
    }

    public void file(CategoryPath path) {
        this.category = path.value();
    }

    public long id() {
        return id;
    }

    public BankId bankId() {
        return new BankId(bankId);
    }

    public CategoryPath category() {
        return new CategoryPath(category);
    }

    public ContentLanguage language() {
        return ContentLanguage.of("language", language);
    }

    public QuestionDefinition definition() {
        return definition;
    }

    /** The question as a reader of {@code wanted} sits it: translated if it has been, else as written. */
    /** The language {@link #definitionIn} words the question in for a reader of {@code wanted}. */
    public String wordedIn(ContentLanguage wanted) {
        return translations != null && translations.containsKey(wanted.code()) ? wanted.code() : language;
    }

    public QuestionDefinition definitionIn(ContentLanguage wanted) {
        QuestionTexts texts = translations == null ? null : translations.get(wanted.code());
        return texts == null ? definition : texts.applyTo(definition);
    }

    /** Adds or replaces the words in one language; checked against the question's shape first. */
    public void translate(ContentLanguage into, QuestionTexts texts, Instant now) {
        if (into.code().equals(language)) {
            throw new org.practica.kernel.InvalidInput("language", "question.translation.original");
        }
        texts.applyTo(definition);
        Map<String, QuestionTexts> all = translations == null ? new TreeMap<>() : new TreeMap<>(translations);
        all.put(into.code(), texts);
        translations = all;
        updatedAt = now;
    }

    public java.util.Optional<QuestionTexts> translationIn(ContentLanguage language) {
        return java.util.Optional.ofNullable(translations == null ? null : translations.get(language.code()));
    }

    public java.util.Set<String> translatedInto() {
        return translations == null ? java.util.Set.of() : java.util.Set.copyOf(translations.keySet());
    }

    public int version() {
        return version;
    }
}
