package org.practica.server.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.practica.kernel.InvalidInput;
import org.practica.server.platform.Messages;

/** Puts messages from the bundles where the person will see them: next to a field, or at the top. */
final class FacesFeedback {

    private FacesFeedback() {
    }

    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Messages.get(faces.getViewRoot().getLocale(), key, arguments);
    }

    /** The field named by the rule becomes the component {@code formId:field}. */
    static void atField(String formId, InvalidInput e) {
        FacesContext.getCurrentInstance().addMessage(formId + ":" + e.field(),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.arguments()), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** Survives the redirect after a successful POST. */
    static void infoAfterRedirect(String key, Object... arguments) {
        info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }
}
