package org.practica.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;

/** Rows of the signing_key table, newest first. */
@ApplicationScoped
public class SigningKeyStore {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RSAKey> load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT kid, public_key, private_key FROM signing_key ORDER BY created_at DESC, kid").getResultList();
        List<RSAKey> loaded = new ArrayList<>();
        for (Object[] row : rows) {
            loaded.add(decode((String) row[0], (byte[]) row[1], (byte[]) row[2]));
        }
        return List.copyOf(loaded);
    }

    @Transactional
    public void insert(RSAKey key) throws JOSEException {
        em.createNativeQuery("INSERT INTO signing_key (kid, public_key, private_key) VALUES (?, ?, ?)")
                .setParameter(1, key.getKeyID())
                .setParameter(2, key.toRSAPublicKey().getEncoded())
                .setParameter(3, key.toRSAPrivateKey().getEncoded())
                .executeUpdate();
    }

    private static RSAKey decode(String kid, byte[] publicKey, byte[] privateKey) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new RSAKey.Builder((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey)))
                    .privateKey((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
                    .keyID(kid)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("Stored signing key " + kid + " cannot be read", e);
        }
    }
}
