package org.practica.courses.application;

import org.practica.courses.domain.audience.AudienceTrack;
import org.practica.kernel.MultilingualText;

import java.util.Map;

/**
 * An audience track as pages and the API show it, and as an admin adds one: {@code names} holds
 * every language's version; {@code nameEn} and {@code nameRu} repeat two of them for clients
 * written before a track could be named in any content language.
 */
public record AudienceTrackView(String code, Map<String, String> names, String nameEn, String nameRu) {

    static AudienceTrackView of(AudienceTrack track) {
        MultilingualText names = track.names();
        return new AudienceTrackView(track.code(), names.versions(), names.exactly("en"), names.exactly("ru"));
    }

    /** The name for a reader of this language, else in English, else in the first language it has. */
    public String name(String languageCode) {
        return MultilingualText.written(names).in(languageCode);
    }

    /** The names this view was sent with, from the map and the two older fields. */
    public Map<String, String> typedNames() {
        return MultilingualText.typed(names, nameEn, nameRu);
    }
}
