package org.practica.identity.domain.notice;

/**
 * A person withdrew an optional consent. Fired in the withdrawal's transaction, so a module that
 * kept something under that consent forgets it in the same commit, or the withdrawal fails whole.
 */
public record ConsentWithdrawn(long accountId, String username, ConsentPurpose purpose) {
}
