package org.practica.systemtest;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/**
 * Checks certificates the way someone outside would, with none of the code that made them: the
 * PDF is parsed by PDFBox, its signature checked with the JDK's own ECDSA over the CMS signed
 * attributes (Bouncy Castle only reads the structure), the QR code decoded by ZXing from a
 * rendering of the page, and the credential's JWS checked with the JDK against the published key.
 */
final class IndependentChecks {

    record PdfSigner(String certificatePem, long coveredBytes) {
    }

    private IndependentChecks() {
    }

    static PdfSigner verifyPdfSignature(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getSignatureDictionaries().size() == 1, "one signature");
            PDSignature signature = doc.getSignatureDictionaries().get(0);
            assertThat("adbe.pkcs7.detached".equals(signature.getSubFilter()), "a detached CMS signature");
            int[] range = signature.getByteRange();
            byte[] signedContent = signature.getSignedContent(pdf);
            // the reserved space after the CMS structure is zero padding: read the one structure, not the padding
            org.bouncycastle.asn1.cms.ContentInfo info;
            try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(signature.getContents(pdf))) {
                info = org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), info);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));

            Attribute digestAttribute = signer.getSignedAttributes().get(CMSAttributes.messageDigest);
            byte[] claimedDigest = ASN1OctetString.getInstance(digestAttribute.getAttrValues().getObjectAt(0)).getOctets();
            byte[] actualDigest = MessageDigest.getInstance("SHA-256").digest(signedContent);
            assertThat(Arrays.equals(claimedDigest, actualDigest), "the signed bytes are the bytes of the file");
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initVerify(certificate.getPublicKey());
            ecdsa.update(signer.getEncodedSignedAttributes());
            assertThat(ecdsa.verify(signer.getSignature()), "the ECDSA signature holds");
            String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            return new PdfSigner(pem, (long) range[2] + range[3]);
        }
    }

    static boolean signatureHolds(byte[] pdf) {
        try {
            verifyPdfSignature(pdf);
            return true;
        } catch (Exception | AssertionError e) {
            return false;
        }
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /**
     * Renders the page and reads the QR code on it, as a phone camera would: like a camera it
     * gets more than one look, because a single rendering's anti-aliasing can leave a module the
     * error correction cannot recover, which made this check fail now and then.
     */
    static String qrCode(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ReaderException last = null;
            for (int dpi : new int[] {300, 200, 150}) {
                BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                try {
                    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                            new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                } catch (ReaderException unreadable) {
                    last = unreadable;
                }
            }
            throw last;
        }
    }

    /**
     * Checks a VC-JWT: ES256 over header and payload, with the key its header carries, which must
     * be one of the published keys; returns the credential ("vc").
     */
    static JsonObject verifyCredential(String jwt, String publishedJwks) throws Exception {
        String[] parts = jwt.split("\\.");
        assertThat(parts.length == 3, "a compact JWS");
        JsonObject header = json(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        assertThat("ES256".equals(header.getString("alg")), "ES256");
        JsonObject jwk = header.getJsonObject("jwk");
        assertThat(publishedJwks.contains(jwk.getString("x")) && publishedJwks.contains(header.getString("kid")), "a published key");
        Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
        ecdsa.initVerify(ecKey(jwk));
        ecdsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(ecdsa.verify(Base64.getUrlDecoder().decode(parts[2])), "the credential's signature holds");
        return json(payload(jwt)).getJsonObject("vc");
    }

    static String payload(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static PublicKey ecKey(JsonObject jwk) throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("x"))),
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("y"))));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, curve));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static void assertThat(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError("not so: " + what);
        }
    }
}
