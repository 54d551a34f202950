package org.practica.certificates.infrastructure.documents;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import jakarta.enterprise.context.ApplicationScoped;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The installation's keys for signing certificates: EC P-256, each with a self-signed X.509
 * certificate for PDF signatures and a JWK for credentials. Kept in the database so every
 * instance of a cluster signs with the same key; the newest signs, all stay published so
 * documents signed earlier still verify.
 */
@ApplicationScoped
public class IssuerKeys {

    /**
     * Bouncy Castle signs: its P-256 uses precomputed tables for the base point and signs in about
     * half the time of the JDK 17 provider, which matters when a cohort of thousands is certified.
     */
    static final java.security.Provider SIGNING = new org.bouncycastle.jce.provider.BouncyCastleProvider();

    /** A signing key with its certificate and public JWK. */
    public record IssuerKey(String kid, PrivateKey privateKey, X509Certificate certificate, ECKey publicJwk) {
    }

    @jakarta.inject.Inject
    IssuerKeyStore store;

    private volatile List<IssuerKey> keys = List.of();

    public IssuerKey current() {
        List<IssuerKey> known = keys;
        if (known.isEmpty()) {
            known = load();
            if (known.isEmpty()) {
                create();
                known = load();
            }
        }
        return known.get(0);
    }

    /** Every key, newest first, for anyone who checks our signatures. */
    public JWKSet publicKeys() {
        current();
        return new JWKSet(new ArrayList<>(keys.stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.publicJwk()).toList()));
    }

    /** The certificates as PEM, newest first. */
    public String certificatesPem() {
        current();
        StringBuilder pem = new StringBuilder();
        for (IssuerKey k : keys) {
            try {
                pem.append("-----BEGIN CERTIFICATE-----\n")
                        .append(Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(k.certificate().getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return pem.toString();
    }

    private synchronized List<IssuerKey> load() {
        keys = store.load().stream().map(row -> decode(row.kid(), row.privateKey(), row.certificate())).toList();
        return keys;
    }

    private synchronized void create() {
        if (!store.load().isEmpty()) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            String kid = UUID.randomUUID().toString();
            Instant now = Instant.now();
            X500Name name = new X500Name("CN=Practica certificate issuer, O=Practica, OU=" + kid);
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(3650, ChronoUnit.DAYS)), name, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            store.insert(kid, pair.getPrivate().getEncoded(), certificate.getEncoded(), now);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the certificate issuer key", e);
        }
    }

    private static IssuerKey decode(String kid, byte[] privateKey, byte[] certificate) {
        try {
            PrivateKey key = KeyFactory.getInstance("EC", SIGNING).generatePrivate(new PKCS8EncodedKeySpec(privateKey));
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificate));
            ECKey jwk = new ECKey.Builder(Curve.P_256, (ECPublicKey) cert.getPublicKey()).keyID(kid).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256).build();
            return new IssuerKey(kid, key, cert, jwk);
        } catch (Exception e) {
            throw new IllegalStateException("Stored issuer key " + kid + " cannot be read", e);
        }
    }
}
