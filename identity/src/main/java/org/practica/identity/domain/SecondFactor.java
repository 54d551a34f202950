package org.practica.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A person's second sign-in factor: a TOTP secret shared with their authenticator app, and
 * recovery codes for the day the phone is lost.
 *
 * <p>Life cycle: begun (secret made, shown once as a QR code, not yet in force) → confirmed by a
 * first code from the app (in force; ten recovery codes handed out) → used at each sign-in (a
 * code is accepted once, never again; a recovery code is spent) → removed by its owner with a
 * current code, or by an administrator as a separate, audited step. A password reset leaves it.
 */
@Entity
@Table(name = "second_factor")
public class SecondFactor {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "secret_sealed", nullable = false)
    private String secretSealed;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "second_factor_recovery", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "code_hash", length = 64, nullable = false)
    private Set<String> recoveryHashes = new HashSet<>();

    @Version
    private int version;

    protected SecondFactor() {
    }

    /** Begun for an account, with its secret sealed; not in force until confirmed. */
    public SecondFactor(long userId, String secretSealed) {
        this.userId = userId;
        this.secretSealed = secretSealed;
    }

    /**
     * Puts the factor in force with the first code the app shows, and returns the recovery codes
     * to show the person once (their hashes are kept).
     */
    public List<String> confirm(OneTimeCodes codes, String code, Instant now) {
        if (confirmedAt != null) {
            throw new Conflict("code", "secondFactor.alreadyOn");
        }
        if (!acceptCode(codes, code, now)) {
            throw new InvalidInput("code", "secondFactor.wrongCode");
        }
        confirmedAt = now;
        List<String> plain = new ArrayList<>();
        recoveryHashes.clear();
        for (int i = 0; i < RecoveryCode.COUNT; i++) {
            String c = RecoveryCode.generate();
            plain.add(c);
            recoveryHashes.add(RecoveryCode.hash(c));
        }
        return plain;
    }

    /**
     * True when the code is the app's current one (or the one before or after, for clocks a little
     * apart) and newer than any code used before, or an unspent recovery code, which is spent.
     */
    public boolean accept(OneTimeCodes codes, String typed, Instant now) {
        if (confirmedAt == null || typed == null) {
            return false;
        }
        String hash = RecoveryCode.hash(RecoveryCode.normalise(typed));
        if (recoveryHashes.remove(hash)) {
            return true;
        }
        return acceptCode(codes, typed, now);
    }

    private boolean acceptCode(OneTimeCodes codes, String typed, Instant now) {
        String digits = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return false;
        }
        long current = codes.step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsedStep && codes.codeAt(secretSealed, userId, step).equals(digits)) {
                lastUsedStep = step;
                return true;
            }
        }
        return false;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public int recoveryCodesLeft() {
        return recoveryHashes.size();
    }

    /** The same secret, sealed again with the installation's newest key. */
    public void sealedAgain(String secretSealed) {
        this.secretSealed = secretSealed;
    }

    public String secretSealed() {
        return secretSealed;
    }

    public Long userId() {
        return userId;
    }
}
