package org.practica.certificates.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.practica.certificates.application.Verification;
import org.practica.certificates.domain.certificate.NameDisclosure;
import org.practica.certificates.domain.certificate.VerificationCode;
import org.practica.kernel.ErasedPerson;
import org.practica.kernel.ErasureStatements;
import org.practica.kernel.PersonalDataErasure;

import java.util.List;

/**
 * A person's certificates stay, with their serials, dates and status, so anyone holding a code
 * still learns whether it is valid; the verification says the holder is withheld. Their printed
 * documents and signed credentials (both carry the name) go; a reason or a decision written about
 * them loses their name. A registrar erased stops being one.
 */
@ApplicationScoped
public class CertificatesErasure implements PersonalDataErasure {

    private static final String THEIRS = "holder = ?";

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Inject
    Verification verification;

    @Override
    public String part() {
        return "certificates";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(ErasedPerson person) {
        String u = person.username();
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT verification_code FROM certificate WHERE " + THEIRS).setParameter(1, u)
                .getResultList();
        int changed = new ErasureStatements(em, person)
                .run("DELETE FROM certificate_document WHERE certificate_id IN (SELECT id FROM certificate WHERE " + THEIRS + ")", u)
                .run("UPDATE certificate SET holder_name = ?, name_disclosure = ?, credential = NULL WHERE " + THEIRS,
                        person.pseudonym(), NameDisclosure.WITHHELD.name(), u)
                .mask("certificate", "revocation_reason", THEIRS, u)
                .mask("certificate_request", "decision_note", "person = ?", u)
                .run("DELETE FROM body_registrar WHERE username = ?", u)
                .rename("certificate", "holder").rename("certificate", "issued_by").rename("certificate", "revoked_by")
                .rename("certificate_request", "person").rename("certificate_request", "decided_by")
                .rename("bulk_issuance", "requested_by").rename("bulk_issuance_person", "person")
                .rename("certification_programme", "created_by")
                .changed();
        codes.forEach(code -> verification.forget(new VerificationCode(code.strip())));
        return changed;
    }
}
