package org.practica.server.web.certificates;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.certificates.application.Bodies;
import org.practica.certificates.application.BodyView;
import org.practica.certificates.application.CertificateView;
import org.practica.certificates.application.ProgrammeView;
import org.practica.certificates.application.Programmes;
import org.practica.certificates.application.Registry;
import org.practica.certificates.application.RequestView;
import org.practica.identity.application.Caller;
import org.practica.kernel.MultilingualText;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.FieldRefusal;
import org.practica.server.web.support.PageExceptions.ReloadedAfterRefusal;
import org.practica.server.web.support.PostedId;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A registrar's desk (registry/index.xhtml): their body, its programmes to open or retire, and the
 * requests waiting for approval.
 */
@Named("registry")
@ViewScoped
public class RegistryBean implements Serializable, ReloadedAfterRefusal {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Bodies bodies;

    @Inject
    transient Programmes programmes;

    @Inject
    transient Registry registry;

    @Inject
    transient Caller caller;

    private transient BodyView body;
    private transient List<ProgrammeView> own;
    private transient List<RequestView> pending;
    private final FieldRefusal refusal = new FieldRefusal();

    public void load() {
        try {
            body = bodies.ownBody(caller.get());
            own = programmes.ofOwnBody(caller.get(), language());
            pending = registry.pending(caller.get(), language());
        } catch (NotPermitted e) {
            body = null;
            FacesFeedback.error(e.messageKey());
        }
    }

    public String activate() {
        return onProgramme(true);
    }

    public String retire() {
        return onProgramme(false);
    }

    private String onProgramme(boolean open) {
        long id = PostedId.required("programme", "programme.notFound");
        ProgrammeView p = open ? programmes.activate(caller.get(), id) : programmes.retire(caller.get(), id);
        FacesFeedback.info(open ? "registry.activated" : "registry.retired", MultilingualText.written(p.title()).in(language()));
        load();
        return null;
    }

    public String approve() {
        CertificateView issued = registry.approve(caller.get(), PostedId.required("request", "request.notFound"));
        FacesFeedback.info("registry.approved", issued.serial(), issued.holderName());
        load();
        return null;
    }

    public String reject() {
        long id = PostedId.required("request", "request.notFound");
        refusal.run(id, null, () -> {
            registry.reject(caller.get(), id, form().get("reason-" + id));
            FacesFeedback.info("registry.rejected");
        });
        load();
        return null;
    }

    public String rejectError(long request) {
        return refusal.at(request);
    }

    private static Map<String, String> form() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }

    private String language() {
        return caller.locale().getLanguage();
    }

    public BodyView getBody() { return body; }
    public List<ProgrammeView> getOwn() { return own; }
    public List<RequestView> getPending() { return pending; }
}
