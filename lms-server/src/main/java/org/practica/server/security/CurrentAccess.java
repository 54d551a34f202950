package org.practica.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.practica.identity.domain.AccessChanged;
import org.practica.identity.domain.AccessState;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;

import java.time.Duration;

/**
 * The current access state of every account that is calling, checked on every request: a token or
 * session issued before its account was disabled, lost a role or had its password changed or reset
 * is refused from the next request on. States are cached (bounded) and forgotten the moment a
 * change commits; a short expiry bounds what another instance of a cluster may miss.
 */
@ApplicationScoped
public class CurrentAccess {

    private static final AccessState UNKNOWN = new AccessState("", false, -1, java.util.Set.of());

    @Inject
    UserAccountRepository accounts;

    private Cache<String, AccessState> states;

    @PostConstruct
    void init() {
        states = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofSeconds(30)).build();
    }

    /** True while a token or session issued under {@code stamp} may still act for the account. */
    public boolean honours(String username, int stamp) {
        return state(username).honours(stamp);
    }

    public AccessState state(String username) {
        return states.get(username, name -> Username.ifValid(name).flatMap(accounts::access).orElse(UNKNOWN));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccessChanged change) {
        states.invalidate(change.username());
    }
}
