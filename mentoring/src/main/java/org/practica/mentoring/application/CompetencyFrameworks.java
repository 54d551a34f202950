package org.practica.mentoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.Conflict;
import org.practica.kernel.Discipline;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Role;
import org.practica.mentoring.domain.competency.Competency;
import org.practica.mentoring.domain.competency.CompetencyRepository;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The competency frameworks, one per discipline: admins keep them; everyone reads them; sessions
 * and plans may name only the competencies of their discipline (retired ones only where they
 * were named before).
 */
@ApplicationScoped
@Transactional
public class CompetencyFrameworks {

    @Inject
    CompetencyRepository competencies;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CompetencyView> of(String discipline) {
        return competencies.of(Discipline.named("discipline", discipline)).stream().map(CompetencyView::of).toList();
    }

    public CompetencyView add(Actor admin, CompetencyView draft) {
        requireAdmin(admin);
        Discipline d = Discipline.named("discipline", draft.discipline());
        Competency c = new Competency(d, draft.code(), draft.typedNames());
        if (competencies.find(d, c.code()).isPresent()) {
            throw new Conflict("code", "competency.exists", c.code());
        }
        competencies.add(c);
        audit.record(admin.username(), "competency.added", "competency:" + d + "/" + c.code(), c.names().in("en"));
        return CompetencyView.of(c);
    }

    public CompetencyView change(Actor admin, String discipline, String code, CompetencyView draft) {
        requireAdmin(admin);
        Competency c = competencies.find(Discipline.named("discipline", discipline), Competency.code(code))
                .orElseThrow(() -> new NotFound("competency.notFound"));
        c.rename(draft.typedNames());
        c.retire(draft.retired());
        audit.record(admin.username(), "competency.changed", "competency:" + c.discipline() + "/" + c.code(),
                c.retired() ? "retired" : "offered");
        return CompetencyView.of(c);
    }

    /** Refuses codes that are not in the discipline's framework, or retired unless {@code retiredToo}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireOffered(Discipline discipline, Collection<String> codes, String field, boolean retiredToo) {
        for (String code : codes) {
            competencies.find(discipline, code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                    .filter(x -> retiredToo || !x.retired())
                    .orElseThrow(() -> new InvalidInput(field, "competency.notOffered", String.valueOf(code), discipline.name()));
        }
    }

    /** Adds the competency if the discipline's framework does not have it; for demo installations. */
    public void ensure(Discipline discipline, String code, Map<String, String> names) {
        if (competencies.find(discipline, code).isEmpty()) {
            competencies.add(new Competency(discipline, code, names));
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new NotPermitted("competency.adminOnly");
        }
    }
}
