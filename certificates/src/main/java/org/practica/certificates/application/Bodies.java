package org.practica.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.body.BodyRepository;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.Conflict;
import org.practica.kernel.Discipline;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Refusals;
import org.practica.kernel.Role;

import java.time.Clock;
import java.util.List;

/**
 * Professional bodies: admins register them and appoint their registrars (each registrar serves
 * one body); anyone may read who they are, since the public verify their certificates.
 */
@ApplicationScoped
@Transactional
public class Bodies {

    @Inject
    BodyRepository bodies;

    @Inject
    Holders holders;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public BodyView register(Actor admin, BodyDraft draft) {
        requireAdmin(admin);
        if (draft == null) {
            throw new InvalidInput("body", "body.required");
        }
        Refusals refusals = new Refusals();
        String code = refusals.check(() -> ProfessionalBody.code(draft.code()));
        if (code != null && bodies.byCode(code).isPresent()) {
            refusals.refuse(new Conflict("code", "body.code.taken", code));
        }
        Discipline discipline = refusals.check(() -> Discipline.named("discipline", draft.discipline()));
        ProfessionalBody body = refusals.check(() -> new ProfessionalBody(draft.code(), draft.typedNames(), draft.country(), discipline, clock.instant()));
        if (body != null) {
            refusals.check(() -> appoint(body, draft.registrars()));
        }
        refusals.throwIfAny();
        bodies.add(body);
        audit.record(admin.username(), "body.registered", subject(body), body.code());
        return BodyView.of(body, true);
    }

    public BodyView revise(Actor admin, long id, BodyDraft draft) {
        requireAdmin(admin);
        if (draft == null) {
            throw new InvalidInput("body", "body.required");
        }
        ProfessionalBody body = find(id);
        Refusals refusals = new Refusals();
        Discipline discipline = refusals.check(() -> Discipline.named("discipline", draft.discipline()));
        refusals.check(() -> body.describe(draft.typedNames(), draft.country(), discipline));
        if (draft.registrars() != null) {
            refusals.check(() -> appoint(body, draft.registrars()));
        }
        refusals.throwIfAny();
        audit.record(admin.username(), "body.revised", subject(body), body.registrars().stream().map(r -> "user:" + r).collect(java.util.stream.Collectors.joining(",")));
        return BodyView.of(body, true);
    }

    public BodyView useLogo(Actor admin, long id, byte[] png) {
        requireAdmin(admin);
        ProfessionalBody body = find(id);
        body.useLogo(png);
        audit.record(admin.username(), "body.logo", subject(body), png == null ? "removed" : png.length + " bytes");
        return BodyView.of(body, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BodyView> all(Actor reader) {
        boolean admin = reader != null && reader.has(Role.ADMIN);
        return bodies.all().stream().map(b -> BodyView.of(b, admin)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BodyView body(Actor reader, long id) {
        return BodyView.of(find(id), reader != null && reader.has(Role.ADMIN));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] logo(long id) {
        byte[] logo = find(id).logo();
        if (logo == null) {
            throw new NotFound("body.noLogo");
        }
        return logo;
    }

    /** The body the registrar serves, as they see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BodyView ownBody(Actor registrar) {
        return BodyView.of(servedBy(registrar), false);
    }

    /** The body the registrar serves; refused when they serve none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfessionalBody servedBy(Actor registrar) {
        if (!registrar.has(Role.REGISTRAR)) {
            throw new NotPermitted("body.registrarsOnly");
        }
        return bodies.ofRegistrar(registrar.username()).orElseThrow(() -> new NotPermitted("body.noBody"));
    }

    ProfessionalBody find(long id) {
        return bodies.find(new BodyId(id)).orElseThrow(() -> new NotFound("body.notFound"));
    }

    private void appoint(ProfessionalBody body, List<String> registrars) {
        List<String> names = registrars == null ? List.of() : registrars.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        for (String name : names) {
            Holders.Holder h = holders.find(name).orElseThrow(() -> new InvalidInput("registrars", "body.registrar.unknown", name));
            if (!h.has(Role.REGISTRAR)) {
                throw new InvalidInput("registrars", "body.registrar.notRegistrar", name);
            }
            bodies.ofRegistrar(name).filter(other -> !other.code().equals(body.code()))
                    .ifPresent(other -> {
                        throw new Conflict("registrars", "body.registrar.elsewhere", name, other.name());
                    });
        }
        body.appointRegistrars(names);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new NotPermitted("body.adminOnly");
        }
    }

    private static String subject(ProfessionalBody b) {
        return "body:" + (b.id() == null ? b.code() : b.id().value());
    }
}
