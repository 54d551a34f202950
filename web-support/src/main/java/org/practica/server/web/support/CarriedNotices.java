package org.practica.server.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Notices that outlive a redirect (post, redirect, get): stored in the session by the action that
 * succeeded and shown, once, by the next page that is rendered.
 */
public class CarriedNotices implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String KEY = CarriedNotices.class.getName();

    public static void carry(FacesContext faces, String text) {
        Map<String, Object> session = faces.getExternalContext().getSessionMap();
        synchronized (session) {
            @SuppressWarnings("unchecked")
            List<String> waiting = (List<String>) session.get(KEY);
            List<String> all = waiting == null ? new ArrayList<>() : new ArrayList<>(waiting);
            all.add(text);
            session.put(KEY, all);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getExternalContext().getSession(false) == null) {
            return;
        }
        Map<String, Object> session = faces.getExternalContext().getSessionMap();
        Object waiting;
        synchronized (session) {
            waiting = session.remove(KEY);
        }
        if (waiting instanceof List<?> notices) {
            for (Object text : notices) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, String.valueOf(text), null));
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() { return PhaseId.RENDER_RESPONSE; }
}
