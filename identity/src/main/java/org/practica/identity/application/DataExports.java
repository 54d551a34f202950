package org.practica.identity.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.audit.AuditTrail;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.identity.domain.export.DataExport;
import org.practica.identity.domain.export.DataExportRepository;
import org.practica.identity.domain.export.ExportArchive;
import org.practica.kernel.Actor;
import org.practica.kernel.Conflict;
import org.practica.kernel.NotFound;
import org.practica.kernel.PersonalData;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A person's copy of everything Practica holds about them (the right of access). Asking queues a
 * request and returns at once; the server's managed executor gathers each module's part as the
 * person would read it, writes one archive and keeps it seven days. Asking, downloading and
 * expiry are audited; the archive's content never is, nor logged.
 */
@ApplicationScoped
public class DataExports {

    private static final Logger LOG = Logger.getLogger(DataExports.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    @Any
    Instance<PersonalData> parts;

    @Inject
    DataExportRepository exports;

    @Inject
    UserAccountRepository accounts;

    @Inject
    ExportArchive archive;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    DataExports self;

    /** Where a request stands, as its owner sees it. */
    public record ExportView(long id, String status, int percent, int partsDone, int partsTotal, Instant requestedAt,
                             Instant finishedAt, Instant expiresAt, Long size) {

        static ExportView of(DataExport e) {
            return new ExportView(e.id(), e.status().name(), e.percent(), e.partsDone(), e.partsTotal(), e.requestedAt(),
                    e.finishedAt(), e.expiresAt(), e.fileSize());
        }
    }

    /** A downloaded archive. */
    public record Archive(String fileName, byte[] content) {
    }

    /** Queues a copy of the person's data, or gives the one still being built. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ExportView request(String username) {
        Queued queued = self.queue(username);
        if (queued.fresh()) {
            executor.submit(() -> build(queued.view().id()));
        }
        return queued.view();
    }

    /** A request, and whether it is new (and so still to be built) or one already underway. */
    public record Queued(ExportView view, boolean fresh) {
    }

    @Transactional
    public Queued queue(String username) {
        UserAccount account = account(username);
        Optional<DataExport> underway = exports.latest(account.id()).filter(DataExport::underway);
        if (underway.isPresent()) {
            return new Queued(ExportView.of(underway.get()), false);
        }
        DataExport export = new DataExport(account.id(), sources().size(), clock.instant());
        exports.add(export);
        audit.record(username, "export.requested", "account:" + account.id(), null);
        return new Queued(ExportView.of(export), true);
    }

    /** Builds the archive; each part reads in its own transactions, progress is saved after each. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void build(long exportId) {
        Optional<Person> started;
        try {
            started = self.begin(exportId);
        } catch (RuntimeException e) {
            // most likely another worker took it at the same moment (its version moved on)
            LOG.log(Level.INFO, "data export {0} was not started here: {1}", new Object[] {exportId, e.getClass().getName()});
            return;
        }
        if (started.isEmpty()) {
            return;   // built, or being built, by another call
        }
        try {
            Map<String, PersonalData.Records> gathered = new LinkedHashMap<>();
            for (PersonalData source : sources()) {
                gathered.put(source.part(), source.of(started.get().actor()));
                self.partDone(exportId);
            }
            byte[] content = archive.write(started.get().owner(), gathered, clock.instant());
            self.finish(exportId, content);
        } catch (RuntimeException e) {
            // the class of the failure only: a message could quote the person's data
            LOG.log(Level.WARNING, "building data export {0} failed: {1}", new Object[] {exportId, e.getClass().getName()});
            self.fail(exportId);
        }
    }

    /** The parts in a fixed order, the account first. */
    private List<PersonalData> sources() {
        return parts.stream().sorted(Comparator.comparing((PersonalData p) -> !p.part().equals("account"))
                .thenComparing(PersonalData::part)).toList();
    }

    public record Person(Actor actor, ExportArchive.Owner owner) {
    }

    @Transactional
    public Optional<Person> begin(long exportId) {
        DataExport export = exports.find(exportId).orElseThrow();
        if (!export.start()) {
            return Optional.empty();
        }
        UserAccount account = accounts.byId(export.userId()).orElseThrow();
        Actor actor = new Actor(account.username().value(), account.organisation().id(), account.roles());
        return Optional.of(new Person(actor, new ExportArchive.Owner(account.username().value(), account.displayName(),
                Locale.forLanguageTag(account.language().code()), account.timeZone().orElse(ZoneId.of("UTC")))));
    }

    @Transactional
    public void partDone(long exportId) {
        exports.find(exportId).orElseThrow().partDone();
    }

    @Transactional
    public void finish(long exportId, byte[] content) {
        DataExport export = exports.find(exportId).orElseThrow();
        exports.store(exportId, content);
        export.finish(content.length, clock.instant());
    }

    @Transactional
    public void fail(long exportId) {
        exports.find(exportId).ifPresent(e -> e.fail(clock.instant()));
    }

    /** The person's latest request, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExportView> latest(String username) {
        return exports.latest(account(username).id()).map(ExportView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExportView status(String username, long id) {
        return ExportView.of(own(username, id));
    }

    /** The archive, for its owner only, while it is kept; audited. */
    @Transactional
    public Archive download(String username, long id) {
        DataExport export = own(username, id);
        if (!export.downloadable(clock.instant())) {
            throw new Conflict("export", export.underway() ? "export.notReady" : "export.gone");
        }
        byte[] content = exports.archive(id).orElseThrow(() -> new Conflict("export", "export.gone"));
        audit.record(username, "export.downloaded", "account:" + export.userId(), String.valueOf(content.length));
        return new Archive("practica-data-" + username + "-" + export.requestedAt().atZone(ZoneId.of("UTC")).toLocalDate() + ".zip",
                content);
    }

    /** Deletes the archives past their seven days; returns how many. */
    @Transactional
    public int expire(int max) {
        Instant now = clock.instant();
        int expired = 0;
        for (DataExport export : exports.expiredBy(now, max)) {
            if (export.expire(now)) {
                exports.dropArchive(export.id());
                audit.record("system", "export.expired", "account:" + export.userId(), null);
                expired++;
            }
        }
        return expired;
    }

    private DataExport own(String username, long id) {
        long account = account(username).id();
        // another person's request is answered as if there were none
        return exports.find(id).filter(e -> e.userId() == account).orElseThrow(() -> new NotFound("export.notFound"));
    }

    private UserAccount account(String username) {
        return accounts.find(new Username(username)).orElseThrow(() -> new NotFound("user.notFound"));
    }
}
