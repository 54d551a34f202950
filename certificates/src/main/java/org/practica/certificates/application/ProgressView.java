package org.practica.certificates.application;

import java.util.List;

/**
 * A person's way towards one programme: every requirement checked, whether they are eligible,
 * their current certificate under it and any request waiting for a registrar.
 */
public record ProgressView(ProgrammeView programme, boolean eligible, List<CheckView> checks, CertificateView certificate,
                           RequestView pendingRequest, boolean renewable) {
}
