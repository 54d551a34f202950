package org.practica.identity.domain.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Published notices, who accepted which, and people's optional consents. */
public interface NoticeRepository {

    /** The latest version, the one everyone is asked to accept. */
    Optional<PrivacyNotice> current();

    void add(PrivacyNotice notice);

    /** The latest version the account has accepted. */
    OptionalInt acceptedBy(long accountId);

    void accept(long accountId, int version, Instant at);

    /** Every acceptance of the account, oldest first. */
    List<Acceptance> acceptances(long accountId);

    record Acceptance(int version, Instant at) {
    }

    void choose(ConsentChoice choice);

    /** Every choice of the account, oldest first: the latest per purpose is in force. */
    List<ConsentChoice> choices(long accountId);
}
