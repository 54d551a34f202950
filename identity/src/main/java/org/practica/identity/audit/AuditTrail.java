package org.practica.identity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.practica.kernel.AuditLog;
import org.practica.kernel.InstantColumn;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records actions in the caller's transaction, so an action and its audit line commit together,
 * each line chained to the one before it. A username given as actor, or as a {@code user:}
 * subject, is stored as the account's reference and read back as its current username: the
 * trail never changes, yet erasing a person leaves no name in it.
 */
@ApplicationScoped
public class AuditTrail implements AuditLog {

    private static final String ACCOUNT = "account:";
    private static final String USER = "user:";
    private static final String ORGANISATION = "organisation:";
    private static final int WALK_BATCH = 5_000;
    private static final java.util.regex.Pattern PERSON_IN_DETAIL = java.util.regex.Pattern.compile("user:([a-z0-9][a-z0-9._-]{2,63})");
    private static final java.util.regex.Pattern ACCOUNT_IN_DETAIL = java.util.regex.Pattern.compile("account:(\\d+)");

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    @Override
    public void record(String actor, String action, String subject, String detail) {
        AuditEvent.Party who = account(actor).orElse(new AuditEvent.Party(actor, null));
        AuditEvent.Party what = subject(subject);
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ONLY, LockModeType.PESSIMISTIC_WRITE);
        AuditEvent event = new AuditEvent(clock.instant(), who, action, what, referenced(detail), head.nextSeq(), head.lastHash());
        em.persist(event);
        head.advance(event);
    }

    /** People named in a detail as {@code user:<name>} are stored by reference too. */
    private String referenced(String detail) {
        if (detail == null || !detail.contains(USER)) {
            return detail;
        }
        return PERSON_IN_DETAIL.matcher(detail).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                account(m.group(1)).map(AuditEvent.Party::reference).orElse(m.group())));
    }

    private AuditEvent.Party subject(String subject) {
        if (subject.startsWith(USER)) {
            return account(subject.substring(USER.length())).orElse(new AuditEvent.Party(subject, null));
        }
        if (subject.startsWith(ORGANISATION)) {
            try {
                return new AuditEvent.Party(subject, Long.valueOf(subject.substring(ORGANISATION.length())));
            } catch (NumberFormatException e) {
                return new AuditEvent.Party(subject, null);
            }
        }
        return new AuditEvent.Party(subject, null);
    }

    private Optional<AuditEvent.Party> account(String username) {
        return em.createQuery("select u.id, u.organisation.id from UserAccount u where u.username = :u", Object[].class)
                .setParameter("u", username).getResultStream().findFirst()
                .map(r -> new AuditEvent.Party(ACCOUNT + r[0], ((Number) r[1]).longValue()));
    }

    /** The reference the trail uses for a person, if they have an account. */
    public Optional<String> referenceOf(String username) {
        return account(username).map(AuditEvent.Party::reference);
    }

    /** Every action the trail holds, for choosing one in a search (read through the action's index). */
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEvent e order by e.action", String.class).getResultList();
    }

    /** The latest lines about one person's account, newest first, people shown by username. */
    public List<AuditEntry> aboutAccount(String username, int max) {
        return referenceOf(username)
                .map(ref -> readable(em.createQuery("select e from AuditEvent e where e.subject = :s order by e.occurredAt desc, e.id desc",
                        AuditEvent.class).setParameter("s", ref).setMaxResults(max).getResultList()))
                .orElse(List.of());
    }

    /**
     * Lines matching a search, newest first. {@code organisation} limits them to what people of
     * one organisation did or had done to them; null reads the whole trail.
     */
    public List<AuditEntry> search(AuditQuery query, Long organisation) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.personReference() != null) {
            where.append(" and (e.actor = :person or e.subject = :person)");
            parameters.put("person", query.personReference());
        }
        if (query.action() != null) {
            // "certificate." asks for every action on certificates
            where.append(query.action().endsWith(".") ? " and e.action like :action" : " and e.action = :action");
            parameters.put("action", query.action().endsWith(".") ? query.action() + "%" : query.action());
        }
        if (query.subject() != null) {
            where.append(" and e.subject = :subject");
            parameters.put("subject", query.subject());
        }
        if (query.from() != null) {
            where.append(" and e.occurredAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and e.occurredAt < :to");
            parameters.put("to", query.to());
        }
        if (organisation != null) {
            where.append(" and (e.actorOrganisation = :organisation or e.subjectOrganisation = :organisation)");
            parameters.put("organisation", organisation);
        }
        TypedQuery<AuditEvent> q = em.createQuery("select e from AuditEvent e" + where + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class);
        parameters.forEach(q::setParameter);
        return readable(q.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList());
    }

    private List<AuditEntry> readable(List<AuditEvent> events) {
        Map<Long, String> names = usernames(events.stream()
                .flatMap(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e.actor(), e.subject()), referencesIn(e.detail())))
                .map(AuditTrail::accountId).filter(java.util.Objects::nonNull).distinct().toList());
        List<AuditEntry> entries = new ArrayList<>(events.size());
        for (AuditEvent e : events) {
            entries.add(new AuditEntry(e.seq(), e.occurredAt(), shown(e.actor(), names), e.action(),
                    shown(e.subject(), names), shownDetail(e.detail(), names)));
        }
        return entries;
    }

    private Map<Long, String> usernames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("select u.id, u.username from UserAccount u where u.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                names.put(((Number) r[0]).longValue(), (String) r[1]);
            }
        }
        return names;
    }

    private static Long accountId(String reference) {
        if (reference == null || !reference.startsWith(ACCOUNT)) {
            return null;
        }
        try {
            return Long.valueOf(reference.substring(ACCOUNT.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static java.util.stream.Stream<String> referencesIn(String detail) {
        return detail == null ? java.util.stream.Stream.empty() : ACCOUNT_IN_DETAIL.matcher(detail).results().map(m -> m.group());
    }

    private static String shownDetail(String detail, Map<Long, String> names) {
        return detail == null ? null
                : ACCOUNT_IN_DETAIL.matcher(detail).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(shown(m.group(), names)));
    }

    private static String shown(String reference, Map<Long, String> names) {
        Long id = accountId(reference);
        if (id == null) {
            return reference;
        }
        String username = names.get(id);
        return username == null ? reference : USER + username;
    }

    /**
     * Checks the whole chain, a batch of lines at a time in the order of their places, against
     * the head; reads the stored columns directly, so that nothing the application maps hides a
     * change.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainReport verify() {
        AuditChain.Walk walk = new AuditChain.Walk();
        Number unchained = (Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE seq IS NULL").getSingleResult();
        walk.beforeChain(unchained.longValue());
        long after = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT seq, occurred_at, actor, action, subject, detail, actor_organisation, "
                            + "subject_organisation, prev_hash, hash FROM audit_event WHERE seq > ? ORDER BY seq LIMIT " + WALK_BATCH)
                    .setParameter(1, after).getResultList();
            for (Object[] r : rows) {
                walk.accept(new AuditLine(number(r[0]), InstantColumn.read(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                        number(r[6]), number(r[7]), (String) r[8], (String) r[9]));
            }
            if (rows.size() < WALK_BATCH) {
                break;
            }
            after = number(rows.get(rows.size() - 1)[0]);
        }
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1").getSingleResult();
        return walk.finish(number(head[0]), (String) head[1]);
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

}
