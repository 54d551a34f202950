package org.practica.identity.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.practica.embedded.OwnerOnly;
import org.practica.identity.application.PasswordHashing;
import org.practica.identity.audit.AuditTrail;
import org.practica.identity.domain.Language;
import org.practica.identity.domain.Organisation;
import org.practica.identity.domain.OrganisationKind;
import org.practica.identity.domain.OrganisationRepository;
import org.practica.identity.domain.Profile;
import org.practica.identity.domain.TemporaryPassword;
import org.practica.identity.domain.UserAccount;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Makes sure a new installation can be entered: the first administrator, and on demo
 * installations the demo accounts. Runs at every start and changes nothing once they exist.
 */
@ApplicationScoped
public class AccountProvisioning {

    public static final String DEMO_PASSWORD = "practica-demo";
    private static final Logger LOG = Logger.getLogger(AccountProvisioning.class.getName());

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "PRACTICA_ADMIN_PASSWORD")
    Optional<String> configuredAdminPassword;

    @Resource(lookup = "practica/dataDir")
    String dataDir;

    static final String FIRST_ADMIN_FILE = "first-admin-password";

    @Inject
    Clock clock;

    private record DemoAccount(String username, String displayName, Organisation organisation, Set<Role> roles) {
    }

    @Transactional
    public void provision(boolean demo) {
        if (demo) {
            provisionDemo();
        }
        if (accounts.countWithRole(Role.ADMIN) == 0) {
            provisionFirstAdmin();
        }
    }

    private void provisionDemo() {
        Organisation centre = organisation("Practica Demo Resource Centre", "KZ", OrganisationKind.RESOURCE_CENTRE);
        if (centre.supportResources().isEmpty()) {
            // what a real centre would write; the number is a placeholder, not a real helpline
            centre.offerSupport(Map.of(
                    "en", "The centre's duty psychologist takes calls on weekdays from 9:00 to 18:00 (demo number: +7 700 000 00 00).\n"
                            + "You may also ask your supervisor for a conversation at any time.",
                    "ru", "Дежурный психолог центра отвечает на звонки по будням с 9:00 до 18:00 (демонстрационный номер: +7 700 000 00 00).\n"
                            + "Вы также можете в любое время попросить о разговоре своего супервизора."));
        }
        Organisation media = organisation("Demo Union of Journalists", "KG", OrganisationKind.MEDIA);
        Organisation psychologists = organisation("Demo Association of Psychologists", "KZ", OrganisationKind.PROFESSIONAL_BODY);
        Organisation counsellors = organisation("Demo Board for Religious Counsellors", "UZ", OrganisationKind.PROFESSIONAL_BODY);
        Organisation ministry = organisation("Demo Ministry Register of Teacher Training", "TJ", OrganisationKind.PROFESSIONAL_BODY);
        List<DemoAccount> missing = Stream.of(
                        new DemoAccount("admin", "Aida Administrator", centre, EnumSet.of(Role.ADMIN)),
                        new DemoAccount("admin-journalists", "Aziza Administrator", media, EnumSet.of(Role.ADMIN)),
                        new DemoAccount("trainer", "Timur Trainer", centre, EnumSet.of(Role.TRAINER)),
                        new DemoAccount("learner", "Lola Learner", centre, EnumSet.of(Role.LEARNER)),
                        new DemoAccount("journalist", "Jamila Journalist", media, EnumSet.of(Role.LEARNER)),
                        new DemoAccount("supervisor", "Sanjar Supervisor", centre, EnumSet.of(Role.SUPERVISOR)),
                        new DemoAccount("registrar", "Rustam Registrar", psychologists, EnumSet.of(Role.REGISTRAR)),
                        new DemoAccount("registrar-journalists", "Ajar Registrar", media, EnumSet.of(Role.REGISTRAR)),
                        new DemoAccount("registrar-theology", "Otabek Registrar", counsellors, EnumSet.of(Role.REGISTRAR)),
                        new DemoAccount("registrar-teachers", "Farangis Registrar", ministry, EnumSet.of(Role.REGISTRAR)),
                        new DemoAccount("auditor", "Alisher Auditor", centre, EnumSet.of(Role.AUDITOR)),
                        new DemoAccount("manager", "Madina Manager", centre, EnumSet.of(Role.PROGRAMME_MANAGER)))
                .filter(demo -> accounts.find(new Username(demo.username())).isEmpty())
                .toList();
        // each hash costs a deliberate fraction of a second; on a first start they run side by side
        List<String> hashes = missing.parallelStream().map(demo -> hashing.hash(DEMO_PASSWORD)).toList();
        for (int i = 0; i < missing.size(); i++) {
            DemoAccount demo = missing.get(i);
            Username username = new Username(demo.username());
            UserAccount account = new UserAccount(username, new Profile(demo.displayName(), null, demo.organisation(), Language.EN),
                    demo.roles(), hashes.get(i), clock.instant());
            // the demo's own administrator reaches every organisation; admin-journalists only their union
            account.setPlatformAdministrator(demo.username().equals("admin"));
            // the demo's programme manager counts the training of the whole national programme
            account.setAcrossOrganisations(demo.username().equals("manager"));
            accounts.add(account);
            audit.record("system", "user.created", "user:" + username.value(), "demo account");
        }
    }

    private void provisionFirstAdmin() {
        Organisation organisation = organisation("Practica Administration", null, OrganisationKind.OTHER);
        Username admin = new Username("admin");
        if (accounts.find(admin).isPresent()) {
            // an account named admin exists but lost its role: do not take it over silently
            LOG.warning("No administrator exists and the name 'admin' is taken; create one from the database");
            return;
        }
        String password = configuredAdminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = TemporaryPassword.generate();
        }
        UserAccount first = new UserAccount(admin, new Profile("Administrator", null, organisation, Language.EN),
                EnumSet.of(Role.ADMIN), hashing.hash(password), clock.instant());
        first.setPlatformAdministrator(true);
        if (generated) {
            first.requirePasswordChange();
        }
        accounts.add(first);
        audit.record("system", "user.created", "user:admin", "first administrator");
        if (generated) {
            // never in a log: in a file only the server's OS user can read
            Path file = Path.of(dataDir).resolve(FIRST_ADMIN_FILE);
            try {
                OwnerOnly.directory(file.getParent());
                OwnerOnly.write(file, password + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the first administrator's password to " + file, e);
            }
            LOG.warning("First administrator 'admin' created with a one-time password, in " + file
                    + " (readable by the server's user only). Sign in with it, choose your own, then delete the file;"
                    + " or set PRACTICA_ADMIN_PASSWORD before the first start.");
        } else {
            LOG.info("First administrator 'admin' created with the password from PRACTICA_ADMIN_PASSWORD");
        }
    }

    private Organisation organisation(String name, String country, OrganisationKind kind) {
        return organisations.findByName(name).orElseGet(() -> {
            Organisation created = new Organisation(name, country, kind, clock.instant());
            organisations.add(created);
            return created;
        });
    }
}
