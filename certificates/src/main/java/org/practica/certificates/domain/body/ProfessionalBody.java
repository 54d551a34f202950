package org.practica.certificates.domain.body;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.kernel.Discipline;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.Country;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.MultilingualText;
import org.practica.kernel.MultilingualTextColumn;
import org.practica.kernel.Refusals;
import org.practica.kernel.Text;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An association, union, board or ministry register that certifies practitioners of one
 * discipline. Its code starts every serial it issues (APK-2026-000123), so the code never changes.
 *
 * <p>Life cycle: an admin registers it and names its registrars (each registrar serves one body);
 * name, country, logo and registrars change over time; it is never deleted, because certificates
 * it issued must stay verifiable.
 */
@Entity
@Table(name = "professional_body")
public class ProfessionalBody {

    public static final int NAME_MAX = 200;
    public static final int LOGO_MAX_BYTES = 200 * 1024;
    private static final Pattern CODE = Pattern.compile("[A-Z]{2,6}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 6, updatable = false, unique = true)
    private String code;

    @Column(nullable = false)
    @Convert(converter = MultilingualTextColumn.class)
    private MultilingualText names;

    @Column(nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Discipline discipline;

    @Column(name = "logo_png")
    private byte[] logo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "body_registrar", joinColumns = @JoinColumn(name = "body_id"))
    @Column(name = "username", length = 64)
    private Set<String> registrars = new TreeSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected ProfessionalBody() {
    }

    public ProfessionalBody(String code, Map<String, String> names, String country, Discipline discipline, Instant now) {
        Refusals refusals = new Refusals();
        this.code = refusals.check(() -> code(code));
        this.createdAt = now;
        refusals.check(() -> describe(names, country, discipline));
        refusals.throwIfAny();
    }

    public static String code(String typed) {
        String c = Text.required("code", typed, 6).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new InvalidInput("code", "body.code.format");
        }
        return c;
    }

    /** Its names (in as many content languages as it goes by), country and discipline. */
    public void describe(Map<String, String> newNames, String newCountry, Discipline newDiscipline) {
        Refusals refusals = new Refusals();
        MultilingualText n = refusals.check(() -> MultilingualText.of("names", newNames, NAME_MAX));
        String c = refusals.check(() -> {
            if (newCountry == null || newCountry.isBlank()) {
                throw new InvalidInput("country", "validation.required");
            }
            return Country.code("country", newCountry, "body.country.format");
        });
        refusals.refuseIf(newDiscipline == null, "discipline", "validation.required");
        refusals.throwIfAny();
        names = n;
        country = c;
        discipline = newDiscipline;
    }

    /** A PNG logo printed on its certificates; checked by its signature bytes, not by what the upload claims. */
    public void useLogo(byte[] png) {
        if (png == null || png.length == 0) {
            logo = null;
            return;
        }
        if (png.length > LOGO_MAX_BYTES) {
            throw new InvalidInput("logo", "body.logo.tooLarge", LOGO_MAX_BYTES / 1024);
        }
        if (png.length < 8 || (png[0] & 0xff) != 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            throw new InvalidInput("logo", "body.logo.png");
        }
        logo = png.clone();
    }

    /** Who registers certificates for this body from now on; usernames, checked by the caller to be registrars. */
    public void appointRegistrars(Collection<String> usernames) {
        registrars.clear();
        usernames.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).forEach(registrars::add);
    }

    public boolean hasRegistrar(String username) {
        return registrars.contains(username);
    }

    public BodyId id() {
        return id == null ? null : new BodyId(id);
    }

    public String code() {
        return code;
    }

    /** Its name in every language it goes by; a certificate prints the one in its own language. */
    public MultilingualText names() {
        return names;
    }

    /** Its name where no reader's language applies (a signature's reason, a log): English, else its first. */
    public String name() {
        return names.in(ContentLanguage.EN.code());
    }

    public String country() {
        return country;
    }

    public Discipline discipline() {
        return discipline;
    }

    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    public Set<String> registrars() {
        return Set.copyOf(registrars);
    }
}
