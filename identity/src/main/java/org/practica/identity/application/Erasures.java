package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.audit.AuditTrail;
import org.practica.identity.domain.AccessChanged;
import org.practica.identity.domain.AdministrativeReach;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.identity.domain.erasure.ErasureRequest;
import org.practica.identity.domain.erasure.ErasureRequestRepository;
import org.practica.kernel.Conflict;
import org.practica.kernel.ErasedPerson;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.PersonalDataErasure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The right to erasure. A person asks; an administrator of their organisation approves or refuses
 * with a reason. Approval erases at once, in one transaction with every module's part: the
 * account is emptied and renamed to a pseudonym, the person's texts are removed or masked, their
 * mentoring texts shredded with their data key, their certificates kept as "holder withheld".
 */
@ApplicationScoped
@Transactional
public class Erasures {

    @Inject
    ErasureRequestRepository requests;

    @Inject
    UserAccountRepository accounts;

    @Inject
    @Any
    Instance<PersonalDataErasure> parts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<AccessChanged> accessChanged;

    /** A request as its owner sees it. */
    public record ErasureView(long id, String status, Instant requestedAt, Instant decidedAt, String refusalReason) {

        static ErasureView of(ErasureRequest r) {
            return new ErasureView(r.id(), r.status().name(), r.requestedAt(), r.decidedAt(), r.refusalReason());
        }
    }

    /** A request awaiting an administrator's decision. */
    public record WaitingErasure(long id, String username, String displayName, String organisation, Instant requestedAt) {
    }

    /** What an approval removed, by module. */
    public record ErasureOutcome(long requestId, String pseudonym, Map<String, Integer> changed) {
    }

    public ErasureView request(String username) {
        UserAccount account = account(username);
        if (requests.latest(account.id()).filter(r -> r.status().open()).isPresent()) {
            throw new Conflict("status", "erasure.alreadyRequested");
        }
        ErasureRequest request = new ErasureRequest(account.id(), account.organisation().id(), clock.instant());
        requests.add(request);
        audit.record(username, "erasure.requested", "user:" + username, "request " + request.id());
        return ErasureView.of(request);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ErasureView> latest(String username) {
        return requests.latest(account(username).id()).map(ErasureView::of);
    }

    public ErasureView withdraw(String username) {
        UserAccount account = account(username);
        ErasureRequest request = requests.latest(account.id()).filter(r -> r.status().open())
                .orElseThrow(() -> new NotFound("erasure.notFound"));
        request.withdraw(clock.instant());
        audit.record(username, "erasure.withdrawn", "user:" + username, "request " + request.id());
        return ErasureView.of(request);
    }

    /** Requests the administrator may decide, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WaitingErasure> waiting(String administrator) {
        AdministrativeReach reach = reach(administrator);
        List<WaitingErasure> found = new ArrayList<>();
        for (ErasureRequest r : requests.waiting(reach.platform() ? null : reach.organisationId())) {
            accounts.byId(r.accountId()).filter(reach::covers).ifPresent(a -> found.add(new WaitingErasure(r.id(),
                    a.username().value(), a.displayName(), a.organisation().name(), r.requestedAt())));
        }
        return found;
    }

    public ErasureView refuse(String administrator, long requestId, String reason) {
        Decision d = decision(administrator, requestId);
        d.request().refuse(d.decider().id(), reason, clock.instant());
        audit.record(administrator, "erasure.refused", "user:" + d.person().username().value(), "request " + requestId);
        return ErasureView.of(d.request());
    }

    /** Approves and erases; nothing is erased unless every module's part succeeds. */
    public ErasureOutcome approve(String administrator, long requestId) {
        Decision d = decision(administrator, requestId);
        UserAccount person = d.person();
        d.request().approve(d.decider().id(), clock.instant());
        ErasedPerson erased = new ErasedPerson(person.id(), person.username().value(), ErasedPerson.pseudonymOf(person.id()),
                List.of(person.displayName(), person.email() == null ? "" : person.email()));
        Map<String, Integer> changed = new TreeMap<>();
        for (PersonalDataErasure part : parts) {
            changed.merge(part.part(), part.erase(erased), Integer::sum);
        }
        // recorded while the account still answers to its username, so the line is about it
        audit.record(administrator, "account.erased", "user:" + erased.username(), changed.toString());
        person.erase(erased.pseudonym());
        // every token and session issued under the old name ends with the commit
        accessChanged.fire(new AccessChanged(erased.username()));
        return new ErasureOutcome(requestId, erased.pseudonym(), changed);
    }

    private record Decision(ErasureRequest request, UserAccount person, UserAccount decider) {
    }

    /** One beyond the administrator's reach is answered as if it did not exist. */
    private Decision decision(String administrator, long requestId) {
        UserAccount decider = account(administrator);
        AdministrativeReach reach = AdministrativeReach.of(decider);
        if (reach.organisationId() < 0) {
            throw new NotPermitted("admin.notAnAdministrator");
        }
        ErasureRequest request = requests.find(requestId).orElseThrow(() -> new NotFound("erasure.notFound"));
        UserAccount person = accounts.byId(request.accountId()).filter(reach::covers)
                .orElseThrow(() -> new NotFound("erasure.notFound"));
        return new Decision(request, person, decider);
    }

    private AdministrativeReach reach(String administrator) {
        AdministrativeReach reach = AdministrativeReach.of(account(administrator));
        if (reach.organisationId() < 0) {
            throw new NotPermitted("admin.notAnAdministrator");
        }
        return reach;
    }

    private UserAccount account(String username) {
        return accounts.find(new Username(username)).orElseThrow(() -> new NotFound("user.notFound"));
    }
}
