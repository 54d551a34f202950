package org.practica.courses.domain.audience;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.MultilingualText;
import org.practica.kernel.MultilingualTextColumn;
import org.practica.kernel.Text;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A group of professionals courses are written for (practitioners, journalists, theologians,
 * teachers...), named in as many content languages as the administrator wrote. Administrators
 * add tracks as programmes grow; a track is never removed, since published courses name it.
 */
@Entity
@Table(name = "audience_track")
public class AudienceTrack {

    public static final int NAME_MAX = 100;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false)
    @Convert(converter = MultilingualTextColumn.class)
    private MultilingualText names;

    protected AudienceTrack() {
    }

    public AudienceTrack(String code, Map<String, String> names) {
        String c = Text.required("code", code, 40);
        if (!CODE.matcher(c).matches()) {
            throw new InvalidInput("code", "audience.code.shape");
        }
        this.code = c;
        rename(names);
    }

    public void rename(Map<String, String> names) {
        this.names = MultilingualText.of("names", names, NAME_MAX);
    }

    public String code() {
        return code;
    }

    public MultilingualText names() {
        return names;
    }
}
