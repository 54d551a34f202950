package org.practica.server.web.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.certificates.application.Verification;
import org.practica.certificates.application.VerificationView;
import org.practica.kernel.NotFound;


/** The public verification page (verify.xhtml?code=): no sign-in, no session, one look-up. */
@Named("verifyPage")
@RequestScoped
public class VerifyPageBean {

    @Inject
    Verification verification;

    private String code;
    private VerificationView result;
    private boolean notFound;

    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            result = verification.verify(code);
        } catch (NotFound e) {
            notFound = true;
            // a page that finds nothing says so to machines too, and counts as a miss for the limits
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public VerificationView getResult() { return result; }
    public boolean isNotFound() { return notFound; }
}
