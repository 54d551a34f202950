package org.practica.kernel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where people's data keys are kept, each only in its wrapped form (sealed by the installation's
 * key). A person has one key per scope (a supervision relationship), so that retention can shred
 * one scope's texts and erasure all of a person's.
 */
public interface DataKeyStore {

    /** The id of the owner's newest key for the scope, if they have one. */
    Optional<String> current(String owner, String scope);

    /** A key's wrapped form; empty once its owner was erased. */
    Optional<String> wrapped(String id);

    /** Keeps a new key; committed at once on its own, so a text sealed with it never outlives it. */
    void add(String id, String owner, String scope, String wrapped);

    /** Deletes every key of the owner; the ids deleted. */
    List<String> forget(String owner);

    /** Deletes every key of these scopes, whoever owns it; the ids deleted. */
    List<String> forgetScopes(java.util.Collection<String> scopes);

    /** Keys wrapped by another installation key than the one given, by id. */
    Map<String, String> wrappedOtherThan(String installationKeyId, int max);

    void rewrap(String id, String wrapped);
}
