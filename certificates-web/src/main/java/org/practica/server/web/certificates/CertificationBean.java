package org.practica.server.web.certificates;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.certificates.application.CertificateView;
import org.practica.certificates.application.Certification;
import org.practica.certificates.application.CheckView;
import org.practica.certificates.application.ProgressView;
import org.practica.certificates.application.RequirementView;
import org.practica.identity.application.Caller;
import org.practica.kernel.MultilingualText;
import org.practica.server.web.support.Dates;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.Numbers;
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

    @Inject
    transient Dates dates;

    @Inject
    transient Numbers numbers;

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

    /** What a requirement asks, in words: the course or quiz by name, hours and months in the reader's language. */
    public String describe(RequirementView r) {
        return switch (r.kind()) {
            case "COURSE" -> FacesFeedback.text("requirement.describe.COURSE", r.label());
            case "QUIZ" -> r.minPercent() == null ? FacesFeedback.text("requirement.describe.QUIZ", r.label())
                    : FacesFeedback.text("requirement.describe.QUIZ_MIN", r.label(), r.minPercent());
            case "SUPERVISED_HOURS" -> FacesFeedback.text(r.competency() == null ? "requirement.describe.SUPERVISED_TOTAL"
                    : "requirement.describe.SUPERVISED_COMPETENCY", r.hours(), r.label()) + within(r.withinMonths());
            default -> FacesFeedback.text("requirement.describe.CPD_HOURS", r.hours()) + within(r.withinMonths());
        };
    }

    /** The evidence: when it was done, or what there is against what is needed. */
    public String evidence(CheckView c) {
        if (c.at() != null) {
            return FacesFeedback.text("requirement.evidence.on", dates.day(c.at()))
                    + (c.have() != null ? " · " + numbers.percent(c.have()) : "");
        }
        if (c.have() != null && c.need() != null) {
            return FacesFeedback.text("requirement.evidence.of", c.have(), c.need());
        }
        return c.met() ? "" : FacesFeedback.text("requirement.evidence.none");
    }

    private static String within(Integer months) {
        return months == null ? "" : " " + FacesFeedback.text("requirement.describe.within", months);
    }

    private String language() {
        return caller.locale().getLanguage();
    }

    public List<ProgressView> getProgress() { return progress; }
    public List<CertificateView> getCertificates() { return certificates; }
}
