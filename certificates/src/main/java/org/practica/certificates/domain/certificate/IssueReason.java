package org.practica.certificates.domain.certificate;

/** Why a certificate was issued: first certification, renewal of an earlier one, or a re-issue of one (a new name). */
public enum IssueReason {
    FIRST,
    RENEWAL,
    REISSUE
}
