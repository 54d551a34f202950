package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.audit.AuditEntry;
import org.practica.identity.audit.AuditQuery;
import org.practica.identity.audit.AuditTrail;
import org.practica.identity.audit.ChainReport;
import org.practica.identity.domain.AuditReach;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.Day;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Refusals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reading the audit trail: administrators search their organisation's part of it, auditors and
 * platform administrators the whole; either may export what they found and verify the chain.
 * Reading is not itself audited line by line (it would double the trail), but exports are.
 */
@ApplicationScoped
public class AuditInquiry {

    /** Lines on one page of results. */
    public static final int PAGE = 50;
    /** Lines in one export at most: a longer period is exported in parts. */
    public static final int EXPORT_MAX = 10_000;
    static final int ACTION_MAX = 64;
    static final int SUBJECT_MAX = 200;

    @Inject
    AuditTrail trail;

    @Inject
    UserAccountRepository accounts;

    /** A search as typed in the page or the query string; days are in the reader's zone, both included. */
    public record Search(String person, String action, String subject, String from, String to) {

        public static Search of(String person, String action, String subject, String from, String to) {
            return new Search(blankless(person), blankless(action), blankless(subject), blankless(from), blankless(to));
        }

        private static String blankless(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> search(String reader, Search search, ZoneId zone, int page) {
        // one line more than a page says whether there is a next one
        return trail.search(query(search, zone, Math.max(0, page) * PAGE, PAGE + 1), scope(reader));
    }

    @Transactional
    public List<AuditEntry> export(String reader, Search search, ZoneId zone) {
        List<AuditEntry> lines = trail.search(query(search, zone, 0, EXPORT_MAX), scope(reader));
        trail.record(reader, "audit.exported", "audit", lines.size() + " lines");
        return lines;
    }

    /** The actions the trail holds, for the reader to choose from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> actions(String reader) {
        scope(reader);
        return trail.actions();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainReport verify(String reader) {
        scope(reader);
        return trail.verify();
    }

    /** The organisation the reader is limited to, or null for the whole trail. */
    private Long scope(String reader) {
        OptionalLong limit = reach(reader).limitedTo();
        return limit.isPresent() ? limit.getAsLong() : null;
    }

    private AuditReach reach(String reader) {
        AuditReach reach = accounts.find(new Username(reader)).map(AuditReach::of)
                .orElseThrow(() -> new NotPermitted("audit.notPermitted"));
        if (!reach.readsAny()) {
            throw new NotPermitted("audit.notPermitted");
        }
        return reach;
    }

    /** Every criterion checked at once, each refusal by its field. */
    AuditQuery query(Search search, ZoneId zone, int offset, int limit) {
        Refusals refusals = new Refusals();
        String person = refusals.check(() -> search.person() == null ? null : account("person", search.person()));
        String subject = refusals.check(() -> subject(search.subject()));
        LocalDate from = refusals.check(() -> Day.typed("from", search.from()));
        LocalDate to = refusals.check(() -> Day.typed("to", search.to()));
        refusals.refuseIf(search.action() != null && search.action().length() > ACTION_MAX, "action", "validation.tooLong", ACTION_MAX);
        refusals.refuseIf(from != null && to != null && to.isBefore(from), "to", "audit.period.backwards");
        refusals.throwIfAny();
        return new AuditQuery(person, search.action(), subject,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), offset, limit);
    }

    private String account(String field, String username) {
        return trail.referenceOf(username.startsWith("user:") ? username.substring(5) : username)
                .orElseThrow(() -> new InvalidInput(field, "audit.person.unknown", username));
    }

    /** A subject as the trail shows it; a person's ({@code user:name}) is looked up by account. */
    private String subject(String subject) {
        if (subject == null) {
            return null;
        }
        if (subject.length() > SUBJECT_MAX) {
            throw new InvalidInput("subject", "validation.tooLong", SUBJECT_MAX);
        }
        return subject.startsWith("user:") ? account("subject", subject) : subject;
    }
}
