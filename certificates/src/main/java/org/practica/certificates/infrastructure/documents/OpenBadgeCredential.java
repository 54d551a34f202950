package org.practica.certificates.infrastructure.documents;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.certificates.domain.certificate.Certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certificate as a portable 1EdTech Open Badges 3.0 credential (a W3C Verifiable Credential),
 * secured as a VC-JWT (Open Badges 3.0, section 8.2): a compact JWS signed ES256 with the
 * installation's key, whose public JWK rides in the header and is also published at
 * /api/v1/certificates/issuer-keys. Anyone can check it with any JOSE library and no call to us.
 * The holder's name is carried only as a salted SHA-256 hash: the credential proves who it was
 * issued to when the holder shows their name, and tells a stranger nothing.
 */
final class OpenBadgeCredential {

    static final String CONTEXT_VC = "https://www.w3.org/ns/credentials/v2";
    static final String CONTEXT_OB = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OpenBadgeCredential() {
    }

    static String sign(Certificate c, ProfessionalBody body, String language, String publicUrl, IssuerKeys.IssuerKey key) {
        String id = publicUrl + "/verify.xhtml?code=" + c.verificationCode().value();
        String issuerId = publicUrl + "/api/v1/bodies/" + body.id().value();
        String title = c.title().in(language);
        String wording = c.wording().in(language);
        String validFrom = c.validity().from().atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        String validUntil = c.validity().until().plusDays(1).atStartOfDay(ZoneOffset.UTC).minusSeconds(1).toInstant().toString();

        byte[] saltBytes = new byte[16];
        RANDOM.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", "sha256$" + sha256(c.holderName() + salt));
        identity.put("identityType", "name");
        identity.put("hashed", true);
        identity.put("salt", salt);

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", publicUrl + "/api/v1/programmes/" + c.programmeId().value());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", title);
        achievement.put("description", wording);
        achievement.put("criteria", Map.of("narrative", wording));
        achievement.put("inLanguage", language);

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identity));
        subject.put("achievement", achievement);

        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", issuerId);
        issuer.put("type", List.of("Profile"));
        issuer.put("name", body.names().in(language));

        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(CONTEXT_VC, CONTEXT_OB));
        vc.put("id", id);
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", issuer);
        vc.put("validFrom", validFrom);
        vc.put("validUntil", validUntil);
        vc.put("name", title);
        vc.put("credentialSubject", subject);

        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuerId)
                .jwtID(id)
                .notBeforeTime(Date.from(c.validity().from().atStartOfDay(ZoneOffset.UTC).toInstant()))
                .expirationTime(Date.from(c.validity().until().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .issueTime(Date.from(c.issuedAt()))
                .claim("vc", vc)
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(key.kid()).jwk(key.publicJwk()).build();
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            ECDSASigner signer = new ECDSASigner((java.security.interfaces.ECPrivateKey) key.privateKey());
            signer.getJCAContext().setProvider(IssuerKeys.SIGNING);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the credential", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
