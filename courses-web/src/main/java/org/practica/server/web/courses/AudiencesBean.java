package org.practica.server.web.courses;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.courses.application.AudienceTrackView;
import org.practica.courses.application.AudienceTracks;
import org.practica.identity.application.Caller;
import org.practica.server.web.support.FacesFeedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Audience tracks, and adding one with its name in any content languages (page admin/audiences.xhtml). */
@Named("audiences")
@RequestScoped
public class AudiencesBean {

    @Inject
    AudienceTracks tracks;

    @Inject
    Caller caller;

    private String code;
    private final Map<String, String> names = new HashMap<>();

    public List<AudienceTrackView> getTracks() { return tracks.all(); }

    public String add() {
        AudienceTrackView added = tracks.add(caller.get(), code, names);
        FacesFeedback.infoAfterRedirect("audience.added", added.code());
        return "/admin/audiences.xhtml?faces-redirect=true";
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Map<String, String> getNames() { return names; }
}
