package org.practica.courses.domain.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practica.courses.domain.course.CourseSettings;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.MultilingualText;
import org.practica.kernel.MultilingualTextColumn;
import org.practica.kernel.Text;

import java.util.Map;

/**
 * A theme courses are found under ("child rights", "safeguarding"), named in as many content
 * languages as someone wrote. A trainer who tags a course with a theme nobody used before brings it
 * into being, named in the course's language from the tag itself; administrators then name it in
 * the others. A theme is never removed, since courses carry it.
 */
@Entity
@Table(name = "course_theme")
public class Theme {

    public static final int NAME_MAX = 100;

    @Id
    @Column(length = CourseSettings.THEME_MAX)
    private String code;

    @Column(nullable = false)
    @Convert(converter = MultilingualTextColumn.class)
    private MultilingualText names;

    protected Theme() {
    }

    public Theme(String code, Map<String, String> names) {
        this.code = codeOf(code);
        rename(names);
    }

    /** A theme first met as a course's tag, named from the tag in the language the course is written in. */
    public static Theme fromTag(String tag, ContentLanguage language) {
        String code = codeOf(tag);
        String spaced = code.replace('-', ' ');
        String named = spaced.substring(0, 1).toUpperCase(language.locale()) + spaced.substring(1);
        return new Theme(code, Map.of(language.code(), named));
    }

    /** A theme's code is the tag as a course keeps it. */
    public static String codeOf(String tag) {
        return CourseSettings.tag(Text.required("code", tag, CourseSettings.THEME_MAX));
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
