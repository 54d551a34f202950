package org.practica.mentoring.domain.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.practica.kernel.Discipline;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.MultilingualText;
import org.practica.kernel.MultilingualTextColumn;
import org.practica.kernel.Text;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One competency of a discipline's framework, such as risk assessment for social workers: a
 * stable code that sessions and required hours refer to, and its name in the content languages
 * an admin wrote it in.
 *
 * <p>Life cycle: an admin adds it and may rename it; retiring it keeps the hours already logged
 * against it but offers it for no new session or plan.
 */
@Entity
@Table(name = "competency")
@IdClass(Competency.Key.class)
public class Competency {

    public static final int NAME_MAX = 200;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Discipline discipline;
        String code;

        public Key() {
        }

        public Key(Discipline discipline, String code) {
            this.discipline = discipline;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.discipline == discipline && Objects.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(discipline, code);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Discipline discipline;

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false)
    @Convert(converter = MultilingualTextColumn.class)
    private MultilingualText names;

    @Column(nullable = false)
    private boolean retired;

    protected Competency() {
    }

    public Competency(Discipline discipline, String code, Map<String, String> names) {
        if (discipline == null) {
            throw new InvalidInput("discipline", "validation.required");
        }
        this.discipline = discipline;
        this.code = code(code);
        rename(names);
    }

    /** Codes are upper-case letters, digits and underscores, so they read the same in every language. */
    public static String code(String typed) {
        String c = Text.required("code", typed, 40).toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]*")) {
            throw new InvalidInput("code", "competency.code.format");
        }
        return c;
    }

    public void rename(Map<String, String> names) {
        this.names = MultilingualText.of("names", names, NAME_MAX);
    }

    public void retire(boolean retired) {
        this.retired = retired;
    }

    public Discipline discipline() {
        return discipline;
    }

    public String code() {
        return code;
    }

    public MultilingualText names() {
        return names;
    }

    public boolean retired() {
        return retired;
    }

    public String name(Locale locale) {
        return names.in(locale.getLanguage());
    }
}
