package org.practica.certificates.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.practica.certificates.domain.certificate.CertificateRepository;
import org.practica.certificates.domain.certificate.VerificationCode;
import org.practica.certificates.domain.certificate.NameDisclosure;
import org.practica.certificates.domain.certificate.VerifiedStatus;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Public verification by code, for anyone, without signing in. A malformed code and an unknown
 * one get the same answer, so the answers reveal nothing about which codes exist.
 *
 * <p>Answers are kept for five minutes, since employers and QR scans ask for the same certificates
 * again and again; a revocation or a change of what the holder shows evicts the answer here at
 * once, and other instances of a cluster follow within those five minutes. Expiry at midnight
 * shows as late as that too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Verification {

    @Inject
    CertificateRepository certificates;

    @Inject
    Clock clock;

    private final Cache<String, VerificationView> answers = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(5)).build();

    public VerificationView verify(String typedCode) {
        VerificationCode code;
        try {
            code = VerificationCode.typed(typedCode);
        } catch (InvalidInput e) {
            throw new NotFound("certificate.notVerified");
        }
        VerificationView known = answers.getIfPresent(code.value());
        if (known != null) {
            return known;
        }
        VerificationView answer = lookUp(code);
        answers.put(code.value(), answer);
        return answer;
    }

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Forgets the kept answer for a certificate that changed: now, and again once the change is
     * committed, so a look-up in between cannot keep the old answer for a minute.
     */
    public void forget(VerificationCode code) {
        answers.invalidate(code.value());
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    answers.invalidate(code.value());
                }
            });
        }
    }

    private VerificationView lookUp(VerificationCode code) {
        CertificateRepository.PublicRecord c = certificates.publicRecord(code).orElseThrow(() -> new NotFound("certificate.notVerified"));
        VerifiedStatus status = VerifiedStatus.of(c.status(), c.validUntil(), LocalDate.now(clock));
        return new VerificationView(status, c.serial(), c.title().versions(), c.body().in("en"), c.body().versions(), c.bodyCountry(), c.validFrom(), c.validUntil(),
                c.revokedAt() == null ? null : LocalDate.ofInstant(c.revokedAt(), ZoneOffset.UTC), c.disclosure().shown(c.holderName()),
                c.disclosure() == NameDisclosure.WITHHELD);
    }
}
