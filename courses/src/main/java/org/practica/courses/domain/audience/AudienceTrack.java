package org.practica.courses.domain.audience;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.Text;

import java.util.regex.Pattern;

/**
 * A group of professionals courses are written for (practitioners, journalists, theologians,
 * teachers...). Administrators add tracks as programmes grow; a track is never removed, since
 * published courses name it.
 */
@Entity
@Table(name = "audience_track")
public class AudienceTrack {

    public static final int NAME_MAX = 100;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Column(name = "name_ru", nullable = false, length = NAME_MAX)
    private String nameRu;

    protected AudienceTrack() {
    }

    public AudienceTrack(String code, String nameEn, String nameRu) {
        String c = Text.required("code", code, 40);
        if (!CODE.matcher(c).matches()) {
            throw new InvalidInput("code", "audience.code.shape");
        }
        this.code = c;
        rename(nameEn, nameRu);
    }

    public void rename(String nameEn, String nameRu) {
        this.nameEn = Text.required("nameEn", nameEn, NAME_MAX);
        this.nameRu = Text.required("nameRu", nameRu, NAME_MAX);
    }

    public String code() {
        return code;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameRu() {
        return nameRu;
    }
}
