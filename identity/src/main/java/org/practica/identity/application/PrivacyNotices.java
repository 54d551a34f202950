package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.audit.AuditTrail;
import org.practica.identity.domain.AdministrativeReach;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.identity.domain.notice.ConsentChoice;
import org.practica.identity.domain.notice.ConsentPurpose;
import org.practica.identity.domain.notice.ConsentWithdrawn;
import org.practica.identity.domain.notice.NoticeRepository;
import org.practica.identity.domain.notice.PrivacyNotice;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The installation's privacy notice and terms, and each person's answers to them: a platform
 * administrator publishes versions; everyone accepts the current one at their next sign-in
 * (where none is published, nobody is asked); optional consents are given and withdrawn from the
 * account page at any time. Every step is audited, never the texts.
 */
@ApplicationScoped
public class PrivacyNotices {

    @Inject
    Event<ConsentWithdrawn> withdrawn;

    @Inject
    NoticeRepository notices;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A version as people read it: both texts in every language it was written in. */
    public record NoticeView(int version, Map<String, String> privacy, Map<String, String> terms, Instant publishedAt) {

        static NoticeView of(PrivacyNotice n) {
            return new NoticeView(n.version(), n.privacy().versions(), n.terms().versions(), n.publishedAt());
        }
    }

    /** Where a person stands: the version they accepted last, the current one, and whether they must still accept it. */
    public record Standing(Integer accepted, Integer current, boolean pending, List<NoticeRepository.Acceptance> acceptances) {
    }

    /** One optional purpose: whether it is allowed now, and since when (null when never chosen). */
    public record ConsentView(String purpose, boolean granted, Instant chosenAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NoticeView> current() {
        return notices.current().map(NoticeView::of);
    }

    @Transactional
    public NoticeView publish(String actor, Map<String, String> privacy, Map<String, String> terms) {
        UserAccount admin = accounts.find(new Username(actor)).filter(a -> AdministrativeReach.of(a).managesOrganisations())
                .orElseThrow(() -> new NotPermitted("notice.platformOnly"));
        int last = notices.current().map(PrivacyNotice::version).orElse(0);
        PrivacyNotice notice = PrivacyNotice.publish(last, privacy, terms, admin.id(), clock.instant());
        notices.add(notice);
        audit.record(actor, "notice.published", "notice:" + notice.version(), String.join(",", notice.privacy().versions().keySet()));
        return NoticeView.of(notice);
    }

    /** The version a person must accept before going on, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OptionalInt pendingFor(String username) {
        OptionalInt current = notices.current().map(n -> OptionalInt.of(n.version())).orElse(OptionalInt.empty());
        if (current.isEmpty()) {
            return current;
        }
        OptionalInt accepted = notices.acceptedBy(account(username).id());
        return accepted.isPresent() && accepted.getAsInt() >= current.getAsInt() ? OptionalInt.empty() : current;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Standing standing(String username) {
        UserAccount account = account(username);
        Integer current = notices.current().map(PrivacyNotice::version).orElse(null);
        OptionalInt accepted = notices.acceptedBy(account.id());
        Integer last = accepted.isPresent() ? accepted.getAsInt() : null;
        return new Standing(last, current, current != null && (last == null || last < current), notices.acceptances(account.id()));
    }

    /**
     * Records that the person accepted {@code version}. Only the current version can be accepted:
     * one published meanwhile must be read first (409).
     */
    @Transactional
    public void accept(String username, Integer version) {
        if (version == null) {
            throw new InvalidInput("version", "validation.required");
        }
        PrivacyNotice current = notices.current().orElseThrow(() -> new NotFound("notice.none"));
        if (current.version() != version) {
            throw new Conflict("version", "notice.outdated", current.version());
        }
        UserAccount account = account(username);
        OptionalInt accepted = notices.acceptedBy(account.id());
        if (accepted.isPresent() && accepted.getAsInt() >= version) {
            return;
        }
        notices.accept(account.id(), version, clock.instant());
        audit.record(username, "notice.accepted", "notice:" + version, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentView> consents(String username) {
        Map<ConsentPurpose, ConsentChoice> latest = new EnumMap<>(ConsentPurpose.class);
        for (ConsentChoice choice : notices.choices(account(username).id())) {
            latest.put(choice.purpose(), choice);
        }
        return Arrays.stream(ConsentPurpose.values()).map(p -> Optional.ofNullable(latest.get(p))
                .map(c -> new ConsentView(p.name(), c.granted(), c.chosenAt()))
                .orElse(new ConsentView(p.name(), false, null))).toList();
    }

    /**
     * Gives or withdraws one optional consent; choosing what is already in force records nothing.
     * A withdrawal is told to whoever keeps data under it ({@link ConsentWithdrawn}).
     */
    @Transactional
    public List<ConsentView> choose(String username, String purpose, Boolean granted) {
        ConsentPurpose p = purpose(purpose);
        if (granted == null) {
            throw new InvalidInput("granted", "validation.required");
        }
        boolean now = consents(username).stream().filter(c -> c.purpose().equals(p.name())).findFirst().orElseThrow().granted();
        if (now != granted) {
            long id = account(username).id();
            notices.choose(new ConsentChoice(id, p, granted, clock.instant()));
            audit.record(username, granted ? "consent.given" : "consent.withdrawn", "consent:" + p.name(), null);
            if (!granted) {
                withdrawn.fire(new ConsentWithdrawn(id, username, p));
            }
        }
        return consents(username);
    }

    private static ConsentPurpose purpose(String purpose) {
        try {
            return ConsentPurpose.valueOf(purpose == null ? "" : purpose.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("purpose", "consent.unknownPurpose", String.valueOf(purpose));
        }
    }

    private UserAccount account(String username) {
        return accounts.find(new Username(username)).orElseThrow(() -> new NotFound("user.notFound"));
    }
}
