package org.practica.server.web.certificates;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.practica.certificates.application.Bodies;
import org.practica.certificates.application.BodyDraft;
import org.practica.certificates.application.BodyView;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.identity.application.Caller;
import org.practica.kernel.Discipline;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.MultilingualText;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.FieldRefusal;
import org.practica.server.web.support.PageExceptions.ReloadedAfterRefusal;
import org.practica.server.web.support.PostedId;
import org.practica.server.web.support.RowNames;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Admins keep the professional bodies (admin/bodies.xhtml): register one with its code, change its
 * name, country, discipline and registrars, and upload the logo printed on its certificates.
 */
@Named("bodiesAdmin")
@ViewScoped
public class BodiesBean implements Serializable, ReloadedAfterRefusal {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Bodies bodies;

    @Inject
    transient Caller caller;

    private String code;
    private final HashMap<String, String> names = new HashMap<>();
    private String country;
    private String discipline = Discipline.PSYCHOLOGY.name();
    private String registrars;
    private transient Part logo;
    private final FieldRefusal refusal = new FieldRefusal();
    private transient List<BodyView> all;

    public void load() {
        all = bodies.all(caller.get());
    }

    public String register() {
        BodyView b = bodies.register(caller.get(), new BodyDraft(code, null, names, country, discipline, usernames(registrars)));
        FacesFeedback.infoAfterRedirect("bodies.registered", shown(b), b.code());
        return "/admin/bodies.xhtml?faces-redirect=true";
    }

    /** Saves the row whose form was sent: names (inputs {@code name-<language>-<code>}), country, discipline, registrars. */
    public String revise() {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        long row = PostedId.required("body", "body.notFound");
        String bodyCode = bodies.body(caller.get(), row).code();
        Map<String, String> typed = RowNames.posted(bodyCode);
        try {
            BodyView b = bodies.revise(caller.get(), row, new BodyDraft(null, null, typed,
                    form.get("country-" + row), form.get("discipline-" + row), usernames(form.getOrDefault("registrars-" + row, ""))));
            FacesFeedback.infoAfterRedirect("bodies.saved", shown(b));
            return "/admin/bodies.xhtml?faces-redirect=true";
        } catch (InvalidInput e) {
            refusal.refuse(row, e);
            load();
            return null;
        }
    }

    public String uploadLogo() {
        long row = PostedId.required("body", "body.notFound");
        try (InputStream in = logo == null ? null : logo.getInputStream()) {
            if (in == null) {
                throw new InvalidInput("logo", "validation.required");
            }
            byte[] png = in.readNBytes(ProfessionalBody.LOGO_MAX_BYTES + 1);
            BodyView b = bodies.useLogo(caller.get(), row, png);
            FacesFeedback.infoAfterRedirect("bodies.logoSaved", shown(b));
            return "/admin/bodies.xhtml?faces-redirect=true";
        } catch (IOException e) {
            FacesFeedback.error("body.logo.png");
        } catch (InvalidInput e) {
            refusal.refuse(row, "logo", e);
        }
        load();
        return null;
    }

    /** Why a row's change was refused, beside the field concerned. */
    public String rowError(long row, String field) {
        return refusal.at(row, field);
    }

    /** The body's name in the admin's language, for the notices that name it. */
    private String shown(BodyView b) {
        return MultilingualText.written(b.names()).in(caller.locale().getLanguage());
    }

    private static List<String> usernames(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    public List<BodyView> getAll() { return all; }
    public List<String> getDisciplines() { return Arrays.stream(Discipline.values()).map(Discipline::name).toList(); }

    public String joined(List<String> names) {
        return names == null ? "" : String.join(", ", names);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Map<String, String> getNames() { return names; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getDiscipline() { return discipline; }
    public void setDiscipline(String discipline) { this.discipline = discipline; }
    public String getRegistrars() { return registrars; }
    public void setRegistrars(String registrars) { this.registrars = registrars; }
    public Part getLogo() { return logo; }
    public void setLogo(Part logo) { this.logo = logo; }
}
