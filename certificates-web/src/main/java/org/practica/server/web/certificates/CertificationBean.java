package org.practica.server.web.certificates;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.certificates.application.CertificateView;
import org.practica.certificates.application.Certification;
import org.practica.certificates.application.ProgressView;
import org.practica.identity.application.Caller;
import org.practica.kernel.MultilingualText;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.PostedId;

import java.io.Serializable;
import java.util.List;

/**
 * A person's certification page (certificates/index.xhtml): progress towards every open programme
 * with each requirement and its evidence, asking to be certified or renewed, and their
 * certificates with the signed PDF, the credential and how their name shows to the public.
 */
@Named("certification")
@ViewScoped
public class CertificationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certification certification;

    @Inject
    transient Caller caller;

    private transient List<ProgressView> progress;
    private transient List<CertificateView> certificates;

    public void load() {
        progress = certification.progress(caller.get(), language());
        certificates = certification.mine(caller.get());
    }

    public String claim() {
        ProgressView p = certification.claim(caller.get(), PostedId.required("programme", "programme.notFound"), language());
        FacesFeedback.info(p.certificate() != null && p.pendingRequest() == null ? "certification.issued" : "certification.requested",
                MultilingualText.written(p.programme().title()).in(language()));
        load();
        return null;
    }

    public String renew() {
        ProgressView p = certification.renew(caller.get(), PostedId.required("certificate", "certificate.notFound"), language());
        FacesFeedback.info(p.pendingRequest() == null ? "certification.renewed" : "certification.renewalRequested",
                MultilingualText.written(p.programme().title()).in(language()));
        load();
        return null;
    }

    public String disclose() {
        long id = PostedId.required("certificate", "certificate.notFound");
        certification.disclose(caller.get(), id, FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("disclosure-" + id));
        FacesFeedback.info("certification.disclosureSaved");
        load();
        return null;
    }

    private String language() {
        return caller.locale().getLanguage();
    }

    public List<ProgressView> getProgress() { return progress; }
    public List<CertificateView> getCertificates() { return certificates; }
}
