package org.practica.certificates.domain.programme;

import org.practica.certificates.domain.body.BodyId;

import java.util.List;
import java.util.Optional;

public interface ProgrammeRepository {

    Optional<CertificationProgramme> find(ProgrammeId id);

    List<CertificationProgramme> ofBody(BodyId body);

    List<CertificationProgramme> active();

    void add(CertificationProgramme programme);
}
