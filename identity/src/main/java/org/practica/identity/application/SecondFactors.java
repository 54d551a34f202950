package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.audit.AuditTrail;
import org.practica.identity.domain.AccessChanged;
import org.practica.identity.domain.OneTimeCodes;
import org.practica.identity.domain.SecondFactor;
import org.practica.identity.domain.SecondFactorRepository;
import org.practica.identity.domain.SecondFactorSecrets;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Role;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Second sign-in factors: staff (supervisors, trainers, registrars, administrators) set one up
 * with any authenticator app, use it at every sign-in, and turn it off with a current code; an
 * administrator can remove one as a separate, audited step when a phone is lost.
 */
@ApplicationScoped
public class SecondFactors {

    public static final Set<Role> STAFF = EnumSet.of(Role.SUPERVISOR, Role.TRAINER, Role.REGISTRAR, Role.ADMIN, Role.AUDITOR,
            Role.PROGRAMME_MANAGER);

    @Inject
    UserAccountRepository accounts;

    @Inject
    SecondFactorRepository factors;

    @Inject
    OneTimeCodes codes;

    @Inject
    SecondFactorSecrets secrets;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AccessChanged> accessChanged;

    @Inject
    Clock clock;

    @Inject
    org.practica.kernel.Notifier notifier;

    /** What the authenticator app needs: the secret (also as text, for typing in) and the otpauth address for a QR code. */
    public record Enrolment(String secret, String uri) {
    }

    public record Status(boolean offered, boolean on, boolean pending, int recoveryCodesLeft) {
    }

    public static boolean offeredTo(Set<Role> roles) {
        return roles.stream().anyMatch(STAFF::contains);
    }

    @Transactional
    public Enrolment begin(String username) {
        UserAccount account = account(username);
        if (!offeredTo(account.roles())) {
            throw new NotPermitted("secondFactor.staffOnly");
        }
        Optional<SecondFactor> existing = factors.of(account.id());
        if (existing.isPresent()) {
            if (existing.get().isConfirmed()) {
                throw new Conflict("code", "secondFactor.alreadyOn");
            }
            factors.remove(existing.get());
        }
        String secret = secrets.newSecret();
        factors.add(new SecondFactor(account.id(), secrets.seal(secret, account.id())));
        return enrolment(username, secret);
    }

    /** The begun, not yet confirmed factor's secret again, for the page that shows its QR code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Enrolment> begun(String username) {
        UserAccount account = account(username);
        return factors.of(account.id()).filter(f -> !f.isConfirmed())
                .map(f -> enrolment(username, secrets.open(f.secretSealed(), account.id())));
    }

    private static Enrolment enrolment(String username, String secret) {
        String label = URLEncoder.encode("Practica:" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Practica&digits=6&period=30");
    }

    /** Puts a begun factor in force with the app's first code; the recovery codes are returned once. */
    @Transactional
    public List<String> confirm(String username, String code) {
        UserAccount account = account(username);
        SecondFactor factor = factors.of(account.id()).orElseThrow(() -> new InvalidInput("code", "secondFactor.notBegun"));
        List<String> recovery = factor.confirm(codes, code, clock.instant());
        audit.record(username, "user.secondFactorOn", subject(username), null);
        notifier.tell(username, org.practica.kernel.NoticeKind.SECOND_FACTOR_ADDED, "/account.xhtml");
        return recovery;
    }

    /** Its owner turns it off, proving they hold it with a current code or a recovery code. */
    @Transactional
    public void turnOff(String username, String code) {
        UserAccount account = account(username);
        SecondFactor factor = factors.of(account.id()).filter(SecondFactor::isConfirmed)
                .orElseThrow(() -> new Conflict("code", "secondFactor.notOn"));
        if (!factor.accept(codes, code, clock.instant())) {
            throw new InvalidInput("code", "secondFactor.wrongCode");
        }
        factors.remove(factor);
        audit.record(username, "user.secondFactorOff", subject(username), null);
    }

    /** For a sign-in: true when the code (or an unspent recovery code) is right; a code counts once. */
    @Transactional
    public boolean verify(String username, String code) {
        return accounts.find(new Username(username)).flatMap(a -> factors.of(a.id()))
                .map(f -> f.accept(codes, code, clock.instant())).orElse(false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Status status(String username) {
        UserAccount account = account(username);
        Optional<SecondFactor> factor = factors.of(account.id());
        return new Status(offeredTo(account.roles()), factor.map(SecondFactor::isConfirmed).orElse(false),
                factor.map(f -> !f.isConfirmed()).orElse(false), factor.map(SecondFactor::recoveryCodesLeft).orElse(0));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isOn(UserAccount account) {
        return factors.of(account.id()).map(SecondFactor::isConfirmed).orElse(false);
    }

    /** An administrator's separate step (a reset never does this); the person's sessions end. */
    @Transactional
    public void removeFor(String actor, UserAccount account) {
        SecondFactor factor = factors.of(account.id()).orElseThrow(() -> new NotFound("secondFactor.notOn"));
        factors.remove(factor);
        account.endAccessAfterSecurityChange();
        accessChanged.fire(new AccessChanged(account.username().value()));
        audit.record(actor, "user.secondFactorRemoved", subject(account.username().value()), null);
    }

    private UserAccount account(String username) {
        return accounts.find(new Username(username)).orElseThrow(() -> new NotFound("user.notFound"));
    }

    private static String subject(String username) {
        return "user:" + username;
    }

    /**
     * Seals again with the newest installation key every secret another key sealed; run at
     * start-up, so that after a rotation the old key can be dropped. How many were sealed again.
     */
    @jakarta.transaction.Transactional
    public int sealWithNewestKey() {
        int resealed = 0;
        long after = 0;
        for (List<SecondFactor> batch = factors.after(after, 500); !batch.isEmpty(); batch = factors.after(after, 500)) {
            for (SecondFactor f : batch) {
                if (!secrets.sealedWithCurrentKey(f.secretSealed())) {
                    f.sealedAgain(secrets.seal(secrets.open(f.secretSealed(), f.userId()), f.userId()));
                    resealed++;
                }
                after = f.userId();
            }
        }
        return resealed;
    }
}
