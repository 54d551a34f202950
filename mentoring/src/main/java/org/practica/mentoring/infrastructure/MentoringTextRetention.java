package org.practica.mentoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.practica.kernel.IdList;
import org.practica.kernel.RetainedRecords;
import org.practica.mentoring.domain.session.SupervisionSession;

import java.sql.Date;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mentoring texts an organisation keeps for so many years after a relationship ends: once a
 * relationship's end is older than the cut-off, its sessions' reflections, notes and amendment
 * reasons are removed and the relationship's data keys deleted, so no copy of them opens; the
 * sessions stay, with their hours, for the log book.
 */
@ApplicationScoped
public class MentoringTextRetention implements RetainedRecords {

    private static final int PEOPLE_AT_ONCE = 500;

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @jakarta.inject.Inject
    NoteKeys keys;

    @Override
    public Rule rule() {
        return Rule.MENTORING_TEXTS;
    }

    @Override
    public String kind() {
        return "MENTORING_TEXT";
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> due(Collection<String> people, Instant cutoff) {
        List<String> all = List.copyOf(people);
        List<Long> ids = new ArrayList<>();
        Date before = Date.valueOf(cutoff.atOffset(ZoneOffset.UTC).toLocalDate());
        for (int from = 0; from < all.size(); from += PEOPLE_AT_ONCE) {
            List<String> some = all.subList(from, Math.min(all.size(), from + PEOPLE_AT_ONCE));
            String marks = some.stream().map(p -> "?").collect(Collectors.joining(","));
            var q = em.createNativeQuery("SELECT s.id FROM supervision_session s JOIN mentoring_relationship r ON r.id = s.relationship_id "
                    + "WHERE r.ends_on IS NOT NULL AND r.ends_on < ? AND r.mentee IN (" + marks + ") "
                    + "AND (s.reflection_sealed IS NOT NULL OR s.notes_sealed IS NOT NULL OR s.amendments LIKE '%reason%') ORDER BY s.id");
            q.setParameter(1, before);
            for (int i = 0; i < some.size(); i++) {
                q.setParameter(i + 2, some.get(i));
            }
            for (Object id : q.getResultList()) {
                ids.add(((Number) id).longValue());
            }
        }
        ids.sort(null);
        return ids;
    }

    /** Reflections and notes in one statement; the few sessions with amendments through the aggregate. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int remove(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        String these = IdList.of(ids);
        List<?> amended = em.createNativeQuery("SELECT id FROM supervision_session WHERE id IN (" + these + ") AND amendments LIKE '%reason%'")
                .getResultList();
        // the relationships' keys go too, so no copy of these texts (a backup) opens again; their
        // sessions are all due together, since the rule is on the relationship's end
        List<?> relationships = em.createNativeQuery("SELECT DISTINCT relationship_id FROM supervision_session WHERE id IN (" + these + ")")
                .getResultList();
        int changed = em.createNativeQuery("UPDATE supervision_session SET reflection_sealed = NULL, notes_sealed = NULL, "
                + "version = version + 1 WHERE id IN (" + these + ") AND (reflection_sealed IS NOT NULL OR notes_sealed IS NOT NULL)")
                .executeUpdate();
        keys.shredRelationships(relationships.stream().map(r -> ((Number) r).longValue()).toList());
        for (Object id : amended) {
            SupervisionSession s = em.find(SupervisionSession.class, ((Number) id).longValue());
            if (s != null) {
                em.refresh(s);
                if (s.forgetTexts()) {
                    changed++;
                }
            }
        }
        return changed;
    }
}
