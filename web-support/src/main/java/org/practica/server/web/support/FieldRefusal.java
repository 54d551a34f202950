package org.practica.server.web.support;

import org.practica.kernel.InvalidInput;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a page's last action was refused, kept to be shown beside the field it concerns, with a
 * summary at the top: on a list page with a small form per row (bodies, competencies, requests,
 * certificates), beside that row's field; on a form of its own, beside the form's field.
 */
public final class FieldRefusal implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "";

    private String row;
    /** Each refused field of the row and why, in the order the rules found them. */
    private final LinkedHashMap<String, String> texts = new LinkedHashMap<>();

    /**
     * Runs one row's action. A rule's refusal is kept for that row, at {@code field} (or, when
     * null, the field the rule names); a success forgets the last refusal. Not found and not
     * permitted go on to {@link PageExceptions}, which says them at the top of the page.
     */
    public void run(Object row, String field, Runnable action) {
        try {
            action.run();
            clear();
        } catch (InvalidInput e) {
            refuse(row, field == null ? e.field() : field, e);
        }
    }

    /** Remembers the refusal for {@code row} at the field the rule names. */
    public void refuse(Object row, InvalidInput e) {
        refuse(row, e.field(), e);
    }

    /**
     * Remembers the refusal for {@code row} at {@code field}, whichever field the rule named; when
     * the rules found several problems at once, each stays at the field it names.
     */
    public void refuse(Object row, String field, InvalidInput e) {
        this.row = String.valueOf(row);
        texts.clear();
        if (e.all().size() == 1) {
            texts.put(field, FacesFeedback.text(e.messageKey(), e.arguments()));
        } else {
            for (InvalidInput problem : e.all()) {
                texts.putIfAbsent(problem.field(), FacesFeedback.text(problem.messageKey(), problem.arguments()));
            }
        }
        FacesFeedback.error("form.checkFields");
    }

    /** Remembers the refusal of a page's one form, at the field the rule names. */
    public void refuse(InvalidInput e) {
        refuse(FORM, e.field(), e);
    }

    public void clear() {
        row = null;
    }

    /** The reason beside a field of the page's one form, or null. */
    public String atField(String field) {
        return at(FORM, field);
    }

    /** The refused fields of the page's one form that match none of {@code placed}, and why, joined; or null. */
    public String elsewhere(java.util.regex.Pattern placed) {
        if (!FORM.equals(row)) {
            return null;
        }
        String joined = String.join(" ", texts.entrySet().stream().filter(t -> !placed.matcher(t.getKey()).matches())
                .map(Map.Entry::getValue).toList());
        return joined.isEmpty() ? null : joined;
    }

    /** The reason beside a row's field, or null. */
    public String at(Object row, String field) {
        return String.valueOf(row).equals(this.row) ? texts.get(field) : null;
    }

    /** The reasons beside a row, whichever fields they concern, or null. */
    public String at(Object row) {
        return String.valueOf(row).equals(this.row) ? String.join(" ", texts.values()) : null;
    }
}
