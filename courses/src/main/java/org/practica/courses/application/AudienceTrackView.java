package org.practica.courses.application;

import org.practica.courses.domain.audience.AudienceTrack;

/** An audience track as pages and the API show it, and as an admin adds one. */
public record AudienceTrackView(String code, String nameEn, String nameRu) {

    static AudienceTrackView of(AudienceTrack track) {
        return new AudienceTrackView(track.code(), track.nameEn(), track.nameRu());
    }

    /** The name in Russian for Russian readers, in English for everyone else. */
    public String name(String languageCode) {
        return "ru".equals(languageCode) ? nameRu : nameEn;
    }
}
