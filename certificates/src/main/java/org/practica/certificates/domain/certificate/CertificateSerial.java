package org.practica.certificates.domain.certificate;

import org.practica.kernel.InvalidInput;

import java.util.regex.Pattern;

/**
 * The number a body gives a certificate: its code, the year of issue and a sequence that starts
 * at 1 each year and has no gaps (APK-2026-000123). Printed, quoted on the phone, filed; it is
 * not a secret; the verification code is what proves a certificate.
 */
public record CertificateSerial(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,6}-\\d{4}-\\d{6,9}");

    public CertificateSerial {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInput("serial", "certificate.serial.format");
        }
    }

    public static CertificateSerial of(String bodyCode, int year, long sequence) {
        if (sequence < 1 || sequence > 999_999_999L) {
            throw new IllegalArgumentException("serial sequence out of range: " + sequence);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("serial year out of range: " + year);
        }
        return new CertificateSerial(String.format("%s-%04d-%06d", bodyCode, year, sequence));
    }

    public int year() {
        return Integer.parseInt(value.substring(value.indexOf('-') + 1, value.lastIndexOf('-')));
    }

    public long sequence() {
        return Long.parseLong(value.substring(value.lastIndexOf('-') + 1));
    }

    @Override
    public String toString() {
        return value;
    }
}
