package org.practica.courses.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.courses.domain.audience.AudienceTrack;
import org.practica.courses.domain.audience.AudienceTrackRepository;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.Conflict;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Role;

import java.util.List;
import java.util.Map;

/** The groups of professionals courses are written for; administrators add new ones. */
@ApplicationScoped
@Transactional
public class AudienceTracks {

    @Inject
    AudienceTrackRepository tracks;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AudienceTrackView> all() {
        return tracks.all().stream().map(AudienceTrackView::of).toList();
    }

    public AudienceTrackView add(Actor admin, String code, Map<String, String> names) {
        if (!admin.has(Role.ADMIN)) {
            throw new NotPermitted("audience.adminsOnly");
        }
        AudienceTrack track = new AudienceTrack(code, names);
        if (tracks.find(track.code()).isPresent()) {
            throw new Conflict("code", "audience.code.taken");
        }
        tracks.add(track);
        audit.record(admin.username(), "audience.added", "audience:" + track.code(), track.names().in("en"));
        return AudienceTrackView.of(track);
    }
}
