package org.practica.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.identity.domain.export.DataExport;
import org.practica.identity.domain.export.DataExportRepository;
import org.practica.identity.domain.export.ExportStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDataExportRepository implements DataExportRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public void add(DataExport export) {
        em.persist(export);
    }

    @Override
    public Optional<DataExport> find(long id) {
        return Optional.ofNullable(em.find(DataExport.class, id));
    }

    @Override
    public Optional<DataExport> latest(long userId) {
        return em.createQuery("select e from DataExport e where e.userId = :u order by e.id desc", DataExport.class)
                .setParameter("u", userId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void store(long exportId, byte[] archive) {
        em.createNativeQuery("INSERT INTO data_export_file (export_id, content) VALUES (?, ?)")
                .setParameter(1, exportId).setParameter(2, archive).executeUpdate();
    }

    @Override
    public Optional<byte[]> archive(long exportId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT content FROM data_export_file WHERE export_id = ?")
                .setParameter(1, exportId).getResultList();
        return rows.stream().findFirst().map(b -> (byte[]) b);
    }

    @Override
    public List<DataExport> expiredBy(Instant now, int max) {
        return em.createQuery("select e from DataExport e where e.status = :s and e.expiresAt <= :now order by e.expiresAt",
                        DataExport.class)
                .setParameter("s", ExportStatus.READY).setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public void dropArchive(long exportId) {
        em.createNativeQuery("DELETE FROM data_export_file WHERE export_id = ?").setParameter(1, exportId).executeUpdate();
    }
}
