package org.practica.certificates.application;

import org.practica.certificates.domain.certificate.VerifiedStatus;

import java.time.LocalDate;
import java.util.Map;

/**
 * What anyone learns from a verification code: whether the certificate is valid, expired or
 * revoked, what it certifies, who issued it, its dates, and the holder's name only as far as the
 * holder allows (null otherwise), or that the holder is withheld after their erasure. The body is
 * named in every language it goes by ({@code bodyNames}); {@code body} is its English name, for older clients. Never the revocation reason, never the holder's username.
 */
public record VerificationView(VerifiedStatus status, String serial, Map<String, String> programme, String body, Map<String, String> bodyNames,
                               String bodyCountry,
                               LocalDate validFrom, LocalDate validUntil, LocalDate revokedOn, String holderName,
                               boolean holderWithheld) {
}
