package org.practica.assessments.domain.bank;

/** Names a question bank in URLs and between modules. */
public record BankId(long value) {
}
