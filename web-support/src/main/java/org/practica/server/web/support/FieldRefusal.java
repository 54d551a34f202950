package org.practica.server.web.support;

import org.practica.kernel.InvalidInput;

import java.io.Serializable;

/**
 * Why a page's last action was refused, kept to be shown beside the field it concerns, with a
 * summary at the top: on a list page with a small form per row (bodies, competencies, requests,
 * certificates), beside that row's field; on a form of its own, beside the form's field.
 */
public final class FieldRefusal implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "";

    private String row;
    private String field;
    private String text;

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

    /** Remembers the refusal for {@code row} at {@code field}, whichever field the rule named. */
    public void refuse(Object row, String field, InvalidInput e) {
        this.row = String.valueOf(row);
        this.field = field;
        this.text = FacesFeedback.text(e.messageKey(), e.arguments());
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

    /** The field the last refusal named, or null when there is none. */
    public String field() {
        return row == null ? null : field;
    }

    /** The last refusal's words, or null when there is none. */
    public String text() {
        return row == null ? null : text;
    }

    /** The reason beside a row's field, or null. */
    public String at(Object row, String field) {
        return String.valueOf(row).equals(this.row) && field.equals(this.field) ? text : null;
    }

    /** The reason beside a row, whichever field it concerns, or null. */
    public String at(Object row) {
        return String.valueOf(row).equals(this.row) ? text : null;
    }
}
