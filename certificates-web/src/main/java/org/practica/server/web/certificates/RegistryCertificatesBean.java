package org.practica.server.web.certificates;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.certificates.application.CertificateView;
import org.practica.certificates.application.ProgrammeView;
import org.practica.certificates.application.Programmes;
import org.practica.certificates.application.Registry;
import org.practica.certificates.domain.certificate.CertificateQuery;
import org.practica.certificates.domain.certificate.CertificateStatus;
import org.practica.identity.application.Caller;
import org.practica.kernel.Day;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.FieldRefusal;
import org.practica.server.web.support.PageExceptions.ReloadedAfterRefusal;
import org.practica.server.web.support.PostedId;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A registrar's list of their body's certificates (registry/certificates.xhtml): filters in the
 * address, so a filtered list can be bookmarked and exported as it is; revocation with a reason
 * and re-issue under a new name, row by row.
 */
@Named("registryCertificates")
@ViewScoped
public class RegistryCertificatesBean implements Serializable, ReloadedAfterRefusal {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 100;

    @Inject
    transient Registry registry;

    @Inject
    transient Programmes programmes;

    @Inject
    transient Caller caller;

    private Long programme;
    private String status;
    private String from;
    private String to;
    private String holder;
    private final FieldRefusal refusal = new FieldRefusal();
    private transient List<CertificateView> certificates;
    private transient List<ProgrammeView> own;

    public void load() {
        try {
            own = programmes.ofOwnBody(caller.get(), language());
            certificates = registry.certificates(caller.get(), query(0, PAGE));
        } catch (InvalidInput e) {
            FacesFeedback.error(e.messageKey(), e.arguments());
            certificates = List.of();
        } catch (NotPermitted e) {
            FacesFeedback.error(e.messageKey());
        }
    }

    private CertificateQuery query(int offset, int limit) {
        CertificateStatus s = status == null || status.isBlank() ? null : CertificateStatus.valueOf(status);
        return new CertificateQuery(programme, s, Day.typed("from", from), Day.typed("to", to), holder == null || holder.isBlank() ? null : holder.strip(),
                offset, limit);
    }

    public String revoke() {
        long id = PostedId.required("certificate", "certificate.notFound");
        refusal.run(id, "reason", () -> {
            CertificateView c = registry.revoke(caller.get(), id, form().get("reason-" + id));
            FacesFeedback.info("registry.revokedNotice", c.serial());
        });
        load();
        return null;
    }

    public String reissue() {
        long id = PostedId.required("certificate", "certificate.notFound");
        refusal.run(id, "name", () -> {
            CertificateView c = registry.reissue(caller.get(), id, form().get("name-" + id));
            FacesFeedback.info("registry.reissuedNotice", c.serial());
        });
        load();
        return null;
    }

    /** Why a row's action was refused, beside its field. */
    public String rowError(long id, String field) {
        return refusal.at(id, field);
    }

    /** The export link with the same filters as the list. */
    public String getCsvUrl() {
        StringBuilder url = new StringBuilder("/api/v1/certificates/export.csv?");
        param(url, "programme", programme == null ? null : programme.toString());
        param(url, "status", status);
        param(url, "from", from);
        param(url, "to", to);
        param(url, "holder", holder);
        return url.toString();
    }

    private static void param(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)).append('&');
        }
    }

    private static Map<String, String> form() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }

    private String language() {
        return caller.locale().getLanguage();
    }

    public List<CertificateView> getCertificates() { return certificates; }
    public List<ProgrammeView> getOwn() { return own; }
    public Long getProgramme() { return programme; }
    public void setProgramme(Long programme) { this.programme = programme; }
    public String getStatus() { return status; }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() || !(status.equals("ISSUED") || status.equals("REVOKED")) ? null : status;
    }

    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getHolder() { return holder; }
    public void setHolder(String holder) { this.holder = holder; }
}
