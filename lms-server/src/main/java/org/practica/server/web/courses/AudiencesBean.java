package org.practica.server.web.courses;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.courses.application.AudienceTrackView;
import org.practica.courses.application.AudienceTracks;
import org.practica.identity.application.Caller;
import org.practica.server.web.support.FacesFeedback;

import java.util.List;

/** Audience tracks, and adding one (page admin/audiences.xhtml). */
@Named("audiences")
@RequestScoped
public class AudiencesBean {

    @Inject
    AudienceTracks tracks;

    @Inject
    Caller caller;

    private String code;
    private String nameEn;
    private String nameRu;

    public List<AudienceTrackView> getTracks() {
        return tracks.all();
    }

    public String add() {
        AudienceTrackView added = tracks.add(caller.get(), code, nameEn, nameRu);
        FacesFeedback.infoAfterRedirect("audience.added", added.code());
        return "/admin/audiences.xhtml?faces-redirect=true";
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }
}
