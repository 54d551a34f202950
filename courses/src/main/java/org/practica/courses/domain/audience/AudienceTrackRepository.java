package org.practica.courses.domain.audience;

import java.util.List;
import java.util.Optional;

public interface AudienceTrackRepository {

    List<AudienceTrack> all();

    Optional<AudienceTrack> find(String code);

    void add(AudienceTrack track);
}
