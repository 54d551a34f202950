package org.practica.identity.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.audit.AuditTrail;
import org.practica.identity.domain.Organisation;
import org.practica.identity.domain.RetentionRules;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.retention.AccountRetention;
import org.practica.identity.domain.retention.RetentionRun;
import org.practica.identity.domain.retention.RetentionRunRepository;
import org.practica.kernel.NotFound;
import org.practica.kernel.RetainedRecords;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An organisation's retention rules and their runs. A review (the dry run) lists every record
 * the rules would remove as of now, by kind and id, without touching any; an administrator
 * approves that review, and the managed executor applies exactly its list, a chunk of up to a
 * thousand records at a time, each in its own transaction with the place reached, so a run stopped by a restart goes on
 * from there (the scheduled {@code RetentionJob} resumes it). Every step is audited with counts.
 */
@ApplicationScoped
public class RetentionRuns {

    private static final Logger LOG = Logger.getLogger(RetentionRuns.class.getName());
    static final int BATCH = 1000;
    static final String INACTIVE_ACCOUNT = "INACTIVE_ACCOUNT";
    static final String SIGN_IN = "SIGN_IN";

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    @Any
    Instance<RetainedRecords> modules;

    @Inject
    AccountRetention accountRecords;

    @Inject
    RetentionRunRepository runs;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    AdministeredOrganisations administered;

    @Inject
    Clock clock;

    @Inject
    RetentionRuns self;

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    /** A run as administrators read it: when it looked, what it lists by kind, how far it got. */
    public record RunView(long id, long organisationId, Instant asOf, String status, int items, int chunks, int chunksApplied,
                          Map<String, Integer> counts, Instant appliedAt) {
    }

    /** One record a run lists, in its chunk. */
    public record ItemView(int chunk, String kind, long refId) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RetentionRules rules(String actor, long organisationId) {
        return reached(actor, organisationId).retention();
    }

    @Transactional
    public RetentionRules keep(String actor, long organisationId, RetentionRules rules) {
        Organisation organisation = reached(actor, organisationId);
        organisation.keep(rules);
        audit.record(actor, "retention.rules", "organisation:" + organisationId,
                "mentoringTextYears=" + rules.mentoringTextYears() + " inactiveAccountYears=" + rules.inactiveAccountYears());
        return organisation.retention();
    }

    /** The dry run: everything the rules would remove as of now, listed and counted, nothing removed. */
    @Transactional
    public RunView review(String actor, long organisationId) {
        Organisation organisation = reached(actor, organisationId);
        RetentionRules rules = organisation.retention();
        Instant asOf = clock.instant();
        List<RetentionRunRepository.Chunk> chunks = new ArrayList<>();
        if (rules.mentoringTextYears() != null) {
            Instant cutoff = yearsBefore(asOf, rules.mentoringTextYears());
            List<String> people = accounts.usernamesIn(organisationId);
            for (RetainedRecords module : modules) {
                if (module.rule() == RetainedRecords.Rule.MENTORING_TEXTS) {
                    add(chunks, module.kind(), module.due(people, cutoff));
                }
            }
        }
        if (rules.inactiveAccountYears() != null) {
            add(chunks, INACTIVE_ACCOUNT, accountRecords.unusedSince(organisationId, yearsBefore(asOf, rules.inactiveAccountYears())));
        }
        add(chunks, SIGN_IN, accountRecords.signInsBefore(organisationId,
                asOf.atOffset(ZoneOffset.UTC).minusMonths(RetentionRules.SIGN_IN_MONTHS).toInstant()));
        RetentionRun run = new RetentionRun(organisationId, asOf, chunks.stream().mapToInt(c -> c.ids().size()).sum(), chunks.size());
        runs.add(run);
        runs.list(run.id(), chunks);
        Map<String, Integer> counts = runs.counts(run.id());
        audit.record(actor, "retention.reviewed", "retention:" + run.id(), counts.toString());
        return view(run, counts);
    }

    private static Instant yearsBefore(Instant at, int years) {
        return at.atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
    }

    /** The ids of one kind, a batch to a chunk, numbered after those already listed. */
    private static void add(List<RetentionRunRepository.Chunk> chunks, String kind, List<Long> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            chunks.add(new RetentionRunRepository.Chunk(chunks.size() + 1, kind, List.copyOf(ids.subList(from, Math.min(ids.size(), from + BATCH)))));
        }
    }

    /** Approves a review and starts applying exactly what it lists. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RunView apply(String actor, long runId) {
        RunView approved = self.approve(actor, runId);
        if (approved.status().equals(RetentionRun.Status.APPLYING.name())) {
            executor.submit(() -> resume(runId));
        }
        return approved;
    }

    @Transactional
    public RunView approve(String actor, long runId) {
        RetentionRun run = visible(actor, runId);
        boolean latest = runs.ofOrganisation(run.organisationId(), 1).stream().allMatch(r -> r.id().equals(run.id()));
        run.approve(clock.instant(), latest);
        Map<String, Integer> counts = runs.counts(runId);
        audit.record(actor, "retention.approved", "retention:" + runId, counts.toString());
        return view(run, counts);
    }

    /** Applies a run's remaining batches; a second call while one is at work does nothing. */
    public void resume(long runId) {
        if (!running.add(runId)) {
            return;
        }
        try {
            while (self.applyBatch(runId)) {
                // the next batch, in a transaction of its own
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "retention run " + runId + " stopped; it resumes on the next round", e);
        } finally {
            running.remove(runId);
        }
    }

    /** One chunk of a run; true while more remain. */
    @Transactional
    public boolean applyBatch(long runId) {
        RetentionRun run = runs.find(runId).orElseThrow();
        if (run.status() != RetentionRun.Status.APPLYING) {
            return false;
        }
        List<RetentionRunRepository.Chunk> next = runs.chunks(runId, run.appliedThrough(), 1);
        Instant now = clock.instant();
        next.forEach(chunk -> remove(chunk.kind(), chunk.ids(), now));
        run.doneThrough(next.isEmpty() ? run.chunkCount() : next.get(0).ordinal(), now);
        if (run.status() == RetentionRun.Status.APPLIED) {
            audit.record("system", "retention.applied", "retention:" + runId, runs.counts(runId).toString());
            return false;
        }
        return true;
    }

    private void remove(String kind, List<Long> ids, Instant now) {
        switch (kind) {
            case INACTIVE_ACCOUNT -> accountRecords.flagInactive(ids, now);
            case SIGN_IN -> accountRecords.forgetSignIns(ids);
            default -> {
                for (RetainedRecords module : modules) {
                    if (module.kind().equals(kind)) {
                        module.remove(ids);
                    }
                }
            }
        }
    }

    /** Starts every approved run that is not finished (after a restart); the scheduled job calls it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int resumeUnfinished() {
        List<RetentionRun> unfinished = runs.applying();
        unfinished.stream().map(RetentionRun::id).filter(id -> !running.contains(id))
                .forEach(id -> executor.submit(() -> resume(id)));
        return unfinished.size();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RunView run(String actor, long runId) {
        RetentionRun run = visible(actor, runId);
        return view(run, runs.counts(runId));
    }

    /** What a run lists (what it would remove, or removed), in order, the chunks after {@code after}, at most {@code max}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ItemView> items(String actor, long runId, int after, int max) {
        visible(actor, runId);
        return runs.chunks(runId, Math.max(0, after), Math.min(Math.max(1, max), 100)).stream()
                .flatMap(c -> c.ids().stream().map(id -> new ItemView(c.ordinal(), c.kind(), id))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RunView> runsOf(String actor, long organisationId) {
        reached(actor, organisationId);
        return runs.ofOrganisation(organisationId, 20).stream().map(r -> view(r, runs.counts(r.id()))).toList();
    }

    private static RunView view(RetentionRun run, Map<String, Integer> counts) {
        return new RunView(run.id(), run.organisationId(), run.asOf(), run.status().name(), run.itemCount(), run.chunkCount(),
                run.appliedThrough(), counts, run.appliedAt());
    }

    private RetentionRun visible(String actor, long runId) {
        RetentionRun run = runs.find(runId).orElseThrow(() -> new NotFound("retention.notFound"));
        reached(actor, run.organisationId());
        return run;
    }

    private Organisation reached(String actor, long organisationId) {
        return administered.reached(actor, organisationId);
    }
}
