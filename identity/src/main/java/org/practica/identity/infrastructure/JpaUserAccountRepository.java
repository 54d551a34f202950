package org.practica.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.identity.domain.AccessState;
import org.practica.identity.domain.AccountFacts;
import org.practica.identity.domain.Organisation;
import org.practica.identity.domain.StoredCredentials;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.Role;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<UserAccount> find(Username username) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<StoredCredentials> credentials(Username username) {
        return row(username).map(r -> new StoredCredentials(state(username, r), (String) r[3], truth(r[4]), truth(r[5])));
    }

    @Override
    public Optional<AccessState> access(Username username) {
        return row(username).map(r -> state(username, r));
    }

    /** enabled, access stamp, roles (comma-separated), password hash, must change, second factor on: one round trip, no entity. */
    private Optional<Object[]> row(Username username) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.enabled, u.access_stamp, GROUP_CONCAT(r.role), u.password_hash, u.must_change_password, "
                        + "EXISTS (SELECT 1 FROM second_factor f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL) "
                        + "FROM app_user u LEFT JOIN user_role r ON r.user_id = u.id WHERE u.username = ? GROUP BY u.id")
                .setParameter(1, username.value()).getResultList();
        return rows.stream().findFirst();
    }

    private static AccessState state(Username username, Object[] row) {
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        if (row[2] != null) {
            for (String role : row[2].toString().split(",")) {
                roles.add(Role.valueOf(role));
            }
        }
        return new AccessState(username.value(), truth(row[0]), ((Number) row[1]).intValue(), roles);
    }

    private static boolean truth(Object column) {
        return column instanceof Boolean b ? b : ((Number) column).intValue() != 0;
    }

    @Override
    public Optional<AccountFacts> facts(Username username) {
        return em.createQuery("select new org.practica.identity.domain.AccountFacts(u.organisation.id, u.language, u.timeZone) "
                        + "from UserAccount u where u.username = :u", AccountFacts.class)
                .setParameter("u", username.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<HolderFacts> holderFacts(Username username) {
        List<Object[]> rows = em.createQuery("select u.displayName, u.language, u.organisation.country from UserAccount u "
                + "where u.username = :u", Object[].class).setParameter("u", username.value()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        roles.addAll(em.createQuery("select r from UserAccount u join u.roles r where u.username = :u", Role.class)
                .setParameter("u", username.value()).getResultList());
        Object[] row = rows.get(0);
        return Optional.of(new HolderFacts(username.value(), (String) row[0], (String) row[1], (String) row[2], roles));
    }

    @Override
    public List<UserAccount> named(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from UserAccount u where u.username in :names", UserAccount.class)
                .setParameter("names", usernames).getResultList();
    }

    @Override
    public List<UserAccount> all() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
        em.flush();
    }

    @Override
    public long countWithRole(Role role) {
        return em.createQuery("select count(u) from UserAccount u join u.roles r where r = :role", Long.class)
                .setParameter("role", role).getSingleResult();
    }

    @Override
    public List<UserAccount> enabledWithRole(Role role) {
        return em.createQuery("select u from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.username",
                UserAccount.class).setParameter("role", role).getResultList();
    }

    @Override
    public long countInOrganisation(Organisation organisation) {
        return em.createQuery("select count(u) from UserAccount u where u.organisation = :o", Long.class)
                .setParameter("o", organisation).getSingleResult();
    }

    @Override
    public List<String> usernamesIn(long organisationId) {
        return em.createQuery("select u.username from UserAccount u where u.organisation.id = :o", String.class)
                .setParameter("o", organisationId).getResultList();
    }

    @Override
    public java.util.Map<String, String> languagesOf(java.util.Collection<String> usernames) {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        if (!usernames.isEmpty()) {
            em.createQuery("select u.username, u.language from UserAccount u where u.username in :u", Object[].class)
                    .setParameter("u", usernames).getResultList().forEach(row -> found.put((String) row[0], (String) row[1]));
        }
        return found;
    }
}
