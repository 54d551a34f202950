package org.practica.server.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;

/** Puts messages from the bundles where the person will see them: next to a field, or at the top. */
public final class FacesFeedback {

    private FacesFeedback() {
    }

    /** The username of the person signed in on this request. */
    public static String signedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Messages.get(faces.getViewRoot().getLocale(), key, arguments);
    }

    /** For when there is no view to ask for its locale (it has expired). */
    public static String textIn(java.util.Locale fallback, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : fallback;
        return Messages.get(locale, key, arguments);
    }

    /**
     * The field named by the rule becomes the component {@code formId:field}, a dot in its path a
     * dash ({@code names.ru} is {@code names-ru}), since component ids have no dots.
     */
    public static void atField(String formId, InvalidInput e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        // each problem found beside its own field, all of them from one submit
        for (InvalidInput problem : e.all()) {
            String clientId = formId + ":" + problem.field().replace('.', '-');
            boolean onPage = formId != null && faces.getViewRoot().findComponent(":" + clientId) != null;
            faces.addMessage(onPage ? clientId : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text(problem.messageKey(), problem.arguments()), null));
        }
        faces.validationFailed();
    }

    /** A refusal from the domain, next to its field when the form has one, else at the top of the page. */
    public static void refused(String formId, RuntimeException e) {
        if (e instanceof InvalidInput invalid) {
            atField(formId, invalid);
        } else if (e instanceof NotFound notFound) {
            error(notFound.messageKey());
        } else if (e instanceof NotPermitted notPermitted) {
            error(notPermitted.messageKey());
        } else {
            throw e;
        }
    }

    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /**
     * Survives the redirect after a successful POST: kept in the person's session and shown by
     * the next page rendered ({@link CarriedNotices}). The Faces flash did this before, but now and
     * then lost the message on the way.
     */
    public static void infoAfterRedirect(String key, Object... arguments) {
        CarriedNotices.carry(FacesContext.getCurrentInstance(), text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }
}
