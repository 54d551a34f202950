package org.practica.server.certificates;

import org.practica.certificates.application.CertificateView;
import org.practica.server.platform.Messages;
import org.practica.server.platform.SpreadsheetCsv;

import java.util.List;
import java.util.Locale;

/** A registrar's list of their body's certificates as CSV; verification codes stay out of the file. */
public final class CertificatesCsv {

    private static final List<String> COLUMNS = List.of("certificates.serial", "certificates.programme", "certificates.holder",
            "certificates.holderName", "certificates.validFrom", "certificates.validUntil", "certificates.status",
            "certificates.reason", "certificates.issuedAt", "certificates.issuedBy", "certificates.revokedAt",
            "certificates.revocationReason");

    private CertificatesCsv() {
    }

    public static String of(List<CertificateView> certificates, Locale locale) {
        List<String> header = COLUMNS.stream().map(k -> Messages.get(locale, k)).toList();
        List<List<Object>> rows = certificates.stream().map(c -> List.<Object>of(c.serial(),
                org.practica.certificates.domain.programme.LanguageTexts.in(c.title(), locale.getLanguage()),
                c.holder(), c.holderName(), c.validFrom(), c.validUntil(), Messages.get(locale, "certificates.status." + c.status()),
                Messages.get(locale, "certificates.reason." + c.reason()), c.issuedAt(), c.issuedBy(),
                c.revokedAt() == null ? "" : c.revokedAt(), c.revocationReason() == null ? "" : c.revocationReason())).toList();
        return SpreadsheetCsv.of(header, rows);
    }
}
