package org.practica.identity.infrastructure;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.codec.binary.Base32;
import org.practica.identity.domain.OneTimeCodes;
import org.practica.identity.domain.SecondFactorSecrets;
import org.practica.kernel.Sealer;

import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 codes from java-otp, over secrets sealed with the installation's notes key (AES-GCM,
 * bound to the account), so a copy of the database alone gives no one's second factor away.
 */
@ApplicationScoped
public class TotpCodes implements OneTimeCodes, SecondFactorSecrets {

    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();
    private static final long STEP_SECONDS = TOTP.getTimeStep().getSeconds();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** 160 bits, as RFC 4226 advises. */
    @Override
    public String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    @Override
    public boolean sealedWithCurrentKey(String secretSealed) {
        return secretSealed.startsWith("gcm1:" + Sealer.installed().currentKeyId() + ":");
    }

    @Override
    public String seal(String secretBase32, long userId) {
        return Sealer.installed().seal(secretBase32, context(userId));
    }

    @Override
    public String open(String secretSealed, long userId) {
        return Sealer.installed().open(secretSealed, context(userId));
    }

    @Override
    public long step(Instant at) {
        return at.getEpochSecond() / STEP_SECONDS;
    }

    @Override
    public String codeAt(String secretSealed, long userId, long step) {
        byte[] secret = new Base32().decode(Sealer.installed().open(secretSealed, context(userId)));
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"), Instant.ofEpochSecond(step * STEP_SECONDS),
                    java.util.Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A stored second-factor secret cannot be used", e);
        }
    }

    private static String context(long userId) {
        return "second-factor:" + userId;
    }
}
