package org.practica.courses.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.media.MediaAsset;
import org.practica.courses.domain.media.MediaListing;
import org.practica.courses.domain.media.MediaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMediaRepository implements MediaRepository {

    private static final String LISTING = "select new org.practica.courses.domain.media.MediaListing("
            + "a.id, a.courseId, a.kind, a.fileName, a.contentType, a.sizeBytes, a.width, a.height) from MediaAsset a ";

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<MediaAsset> find(long id) {
        return Optional.ofNullable(em.find(MediaAsset.class, id));
    }

    @Override
    public void add(MediaAsset asset) {
        em.persist(asset);
        em.flush();
    }

    @Override
    public Optional<MediaAsset> same(CourseId course, String sha256, String fileName) {
        return em.createQuery("select a from MediaAsset a where a.courseId = :c and a.sha256 = :s and a.fileName = :n", MediaAsset.class)
                .setParameter("c", course.value()).setParameter("s", sha256).setParameter("n", fileName)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<MediaListing> of(CourseId course) {
        return em.createQuery(LISTING + "where a.courseId = :c order by a.id desc", MediaListing.class)
                .setParameter("c", course.value()).getResultList();
    }

    @Override
    public Optional<byte[]> variant(long assetId, int width) {
        return em.createNativeQuery("SELECT content FROM media_variant WHERE asset_id = ?1 AND width = ?2")
                .setParameter(1, assetId).setParameter(2, width).getResultStream().findFirst().map(b -> (byte[]) b);
    }

    @Override
    public void keepVariant(long assetId, int width, byte[] webp) {
        em.createNativeQuery("INSERT IGNORE INTO media_variant (asset_id, width, content) VALUES (?1, ?2, ?3)")
                .setParameter(1, assetId).setParameter(2, width).setParameter(3, webp).executeUpdate();
    }

    @Override
    public List<MediaListing> listed(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(LISTING + "where a.id in :ids", MediaListing.class)
                .setParameter("ids", ids).getResultList();
    }
}
