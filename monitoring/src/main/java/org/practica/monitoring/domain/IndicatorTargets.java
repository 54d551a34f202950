package org.practica.monitoring.domain;

import java.util.List;
import java.util.Optional;

public interface IndicatorTargets {

    void add(IndicatorTarget target);

    Optional<IndicatorTarget> find(long id);

    /** Every target, the whole programme's and every organisation's, newest period first. */
    List<IndicatorTarget> all();

    void remove(IndicatorTarget target);
}
