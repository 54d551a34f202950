package org.practica.identity.domain.notification;

import org.practica.kernel.NoticeKind;

/** How a person hears of one kind of notice besides the bell. */
public enum Delivery {
    /** The bell and the notifications page only. */
    IN_APP,
    /** An e-mail as soon as it happens. */
    AT_ONCE,
    /** One e-mail a day listing what happened since the last. */
    DAILY_DIGEST;

    /**
     * Until the person chooses: what happens to them by e-mail at once; what piles up for a
     * trainer or registrar (essays, requests waiting) once a day, so a busy week is one e-mail a day.
     */
    public static Delivery byDefault(NoticeKind kind) {
        return switch (kind) {
            case ESSAYS_WAITING, REQUESTS_WAITING -> DAILY_DIGEST;
            default -> AT_ONCE;
        };
    }
}
