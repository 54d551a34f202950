package org.practica.certificates.infrastructure.documents;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.TimeZone;

/**
 * Signs a PDF with the installation's key: an invisible signature over the whole file, as a
 * detached CMS (adbe.pkcs7.detached, SHA-256 with ECDSA) carrying the signing certificate, so any
 * PDF reader or library can check that not a byte changed since issue.
 */
final class PdfSignature {

    private static final int RESERVED = 8_192;

    private PdfSignature() {
    }

    static byte[] sign(byte[] pdf, IssuerKeys.IssuerKey key, String reason, String location, Instant at) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + RESERVED * 2 + 2048);
            PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0');
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(at.toEpochMilli());
            appearance.setSignDate(when);
            appearance.setReason(reason);
            appearance.setLocation(location);
            com.lowagie.text.pdf.PdfSignature dictionary = new com.lowagie.text.pdf.PdfSignature(PdfName.ADOBE_PPKLITE,
                    new PdfName("adbe.pkcs7.detached"));
            dictionary.setReason(reason);
            dictionary.setLocation(location);
            dictionary.setDate(new PdfDate(when));
            dictionary.setName(key.certificate().getSubjectX500Principal().getName());
            appearance.setCryptoDictionary(dictionary);
            HashMap<PdfName, Integer> reserved = new HashMap<>();
            reserved.put(PdfName.CONTENTS, RESERVED * 2 + 2);
            appearance.preClose(reserved);

            byte[] signedBytes = appearance.getRangeStream().readAllBytes();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(IssuerKeys.SIGNING).build(key.privateKey()), key.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
            CMSSignedData cms = generator.generate(new CMSProcessableByteArray(signedBytes), false);
            byte[] encoded = cms.getEncoded();
            if (encoded.length > RESERVED) {
                throw new IllegalStateException("the signature needs " + encoded.length + " bytes, more than reserved");
            }
            byte[] contents = new byte[RESERVED];
            System.arraycopy(encoded, 0, contents, 0, encoded.length);
            PdfDictionary update = new PdfDictionary();
            update.put(PdfName.CONTENTS, new PdfString(contents).setHexWriting(true));
            appearance.close(update);
            return out.toByteArray();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not sign the certificate PDF", e);
        }
    }
}
