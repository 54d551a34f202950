package org.practica.certificates.infrastructure.documents;

import org.practica.certificates.application.CertificateView;
import org.practica.documents.SpreadsheetCsv;
import org.practica.documents.Wording;
import org.practica.kernel.MultilingualText;

import java.util.List;

/** A registrar's list of their body's certificates as CSV; verification codes stay out of the file. */
public final class CertificatesCsv {

    private static final List<String> COLUMNS = List.of("certificates.serial", "certificates.programme", "certificates.holder",
            "certificates.holderName", "certificates.validFrom", "certificates.validUntil", "certificates.status",
            "certificates.reason", "certificates.issuedAt", "certificates.issuedBy", "certificates.revokedAt",
            "certificates.revocationReason");

    private CertificatesCsv() {
    }

    public static String of(List<CertificateView> certificates, Wording words) {
        List<String> header = COLUMNS.stream().map(k -> words.of(k)).toList();
        List<List<Object>> rows = certificates.stream().map(c -> List.<Object>of(c.serial(),
                MultilingualText.written(c.title()).in(words.locale().getLanguage()),
                c.holder(), c.holderName(), c.validFrom(), c.validUntil(), words.of("certificates.status." + c.status()),
                words.of("certificates.reason." + c.reason()), c.issuedAt(), c.issuedBy(),
                c.revokedAt() == null ? "" : c.revokedAt(), c.revocationReason() == null ? "" : c.revocationReason())).toList();
        return SpreadsheetCsv.of(header, rows, words.zone());
    }
}
