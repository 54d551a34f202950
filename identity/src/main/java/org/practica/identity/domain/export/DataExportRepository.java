package org.practica.identity.domain.export;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface DataExportRepository {

    void add(DataExport export);

    Optional<DataExport> find(long id);

    /** The account's latest request, if any. */
    Optional<DataExport> latest(long userId);

    void store(long exportId, byte[] archive);

    Optional<byte[]> archive(long exportId);

    /** Ready archives past their time, oldest first. */
    List<DataExport> expiredBy(Instant now, int max);

    void dropArchive(long exportId);
}
