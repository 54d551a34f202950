package org.practica.server.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.practica.identity.application.OwnAccount;
import org.practica.identity.application.SecondFactors;
import org.practica.identity.domain.TimeZoneChoice;
import org.practica.kernel.InvalidInput;
import org.practica.server.security.SessionIdentity;
import org.practica.server.web.support.CurrentUser;
import org.practica.server.web.support.Dates;
import org.practica.server.web.support.FacesFeedback;

import java.util.List;

/** The person's own account page: password, second factor, time zone and the account's history. */
@Named("account")
@RequestScoped
public class AccountBean {

    static final String FORM = "passwordForm";
    static final String ZONE_FORM = "zoneForm";

    @Inject
    OwnAccount ownAccount;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private List<HistoryLine> history;
    static final String SECOND_FACTOR_FORM = "secondFactorForm";
    private SecondFactors.Status secondFactor;
    private SecondFactors.Enrolment enrolment;
    private List<String> recoveryCodes;
    private String code;

    @Inject
    SecondFactors secondFactors;

    @Inject
    Dates dates;

    @Inject
    CurrentUser currentUser;

    private String timeZone;

    public List<String> getTimeZones() {
        return TimeZoneChoice.offered();
    }

    public String getTimeZone() {
        return timeZone != null ? timeZone : dates.getZoneName();
    }

    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }

    public String saveTimeZone() {
        try {
            ownAccount.chooseTimeZone(FacesFeedback.signedIn(), timeZone);
        } catch (InvalidInput e) {
            FacesFeedback.atField(ZONE_FORM, e);
            return null;
        }
        FacesFeedback.infoAfterRedirect("account.timeZone.saved", timeZone);
        return "/account.xhtml?faces-redirect=true";
    }

    private Boolean dataSaver;

    public boolean isDataSaver() {
        return dataSaver != null ? dataSaver : currentUser.getAccount().dataSaver();
    }

    public void setDataSaver(boolean dataSaver) { this.dataSaver = dataSaver; }

    public String saveDataSaver() {
        ownAccount.chooseDataSaver(FacesFeedback.signedIn(), isDataSaver());
        FacesFeedback.infoAfterRedirect(isDataSaver() ? "account.dataSaver.on" : "account.dataSaver.off");
        return "/account.xhtml?faces-redirect=true";
    }

    public String changePassword() {
        if (newPassword != null && !newPassword.equals(repeatPassword)) {
            FacesFeedback.atField(FORM, new InvalidInput("repeatPassword", "validation.password.repeatMismatch"));
            return null;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        int stamp = ownAccount.changePassword(external.getUserPrincipal().getName(), currentPassword, newPassword);
        // every other session and token of the account has ended; this one carries on
        SessionIdentity.renew((HttpServletRequest) external.getRequest(), stamp);
        FacesFeedback.infoAfterRedirect("account.password.changed");
        return "/account.xhtml?faces-redirect=true";
    }

    public SecondFactors.Status getSecondFactor() {
        if (secondFactor == null) {
            secondFactor = secondFactors.status(FacesFeedback.signedIn());
        }
        return secondFactor;
    }

    /** The begun factor's QR code (inline SVG) and secret, while it waits for its first code. */
    public SecondFactors.Enrolment getEnrolment() {
        if (enrolment == null && getSecondFactor().pending()) {
            enrolment = secondFactors.begun(FacesFeedback.signedIn()).orElse(null);
        }
        return enrolment;
    }

    public String getEnrolmentQr() {
        SecondFactors.Enrolment e = getEnrolment();
        return e == null ? "" : QrSvg.of(e.uri(), FacesFeedback.text("secondFactor.qr"));
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    public String getEnrolmentSecret() {
        SecondFactors.Enrolment e = getEnrolment();
        return e == null ? "" : e.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public void beginSecondFactor() {
        secondFactors.begin(FacesFeedback.signedIn());
        secondFactor = null;
    }

    public void confirmSecondFactor() {
        try {
            recoveryCodes = secondFactors.confirm(FacesFeedback.signedIn(), code);
            SessionIdentity.secondFactorEnrolled((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
            FacesFeedback.info("secondFactor.on");
            secondFactor = null;
        } catch (InvalidInput e) {
            FacesFeedback.atField(SECOND_FACTOR_FORM, e);
        }
        code = null;
    }

    public void turnOffSecondFactor() {
        try {
            secondFactors.turnOff(FacesFeedback.signedIn(), code);
            FacesFeedback.info("secondFactor.off");
            secondFactor = null;
        } catch (InvalidInput e) {
            // the page's field for a current code has an id of its own
            FacesFeedback.atField(SECOND_FACTOR_FORM, new InvalidInput("currentCode", e.messageKey(), e.arguments()));
        }
        code = null;
    }

    public List<String> getRecoveryCodes() { return recoveryCodes; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }

    /** A line of the account's history as the page shows it: when (in the reader's format), what, by whom. */
    public record HistoryLine(String when, String what, String by) {
    }

    public List<HistoryLine> getHistory() {
        if (history == null) {
            history = ownAccount.history(FacesFeedback.signedIn()).stream()
                    .map(e -> new HistoryLine(dates.dateTime(e.at()), FacesFeedback.text("history." + e.action()),
                            "system".equals(e.by()) ? FacesFeedback.text("history.bySystem") : e.by()))
                    .toList();
        }
        return history;
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }
}
