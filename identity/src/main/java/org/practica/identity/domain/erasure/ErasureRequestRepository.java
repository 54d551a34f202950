package org.practica.identity.domain.erasure;

import java.util.List;
import java.util.Optional;

public interface ErasureRequestRepository {

    void add(ErasureRequest request);

    Optional<ErasureRequest> find(long id);

    /** The person's latest request, decided or not. */
    Optional<ErasureRequest> latest(long accountId);

    /** Requests awaiting a decision, oldest first; of one organisation, or of all when null. */
    List<ErasureRequest> waiting(Long organisationId);
}
