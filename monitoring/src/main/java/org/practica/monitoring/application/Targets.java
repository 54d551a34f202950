package org.practica.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.domain.MonitoringReach;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.Day;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.Refusals;
import org.practica.kernel.Text;
import org.practica.monitoring.domain.Indicator;
import org.practica.monitoring.domain.IndicatorTarget;
import org.practica.monitoring.domain.IndicatorTargets;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The targets a programme promised, set and removed by its managers within their reach (a target
 * for the whole programme only by a manager of a national programme), each read against the
 * counts of its own period.
 */
@ApplicationScoped
@Transactional
public class Targets {

    @Inject
    IndicatorTargets targets;

    @Inject
    Indicators indicators;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TargetProgress> within(Actor reader) {
        MonitoringReach reach = indicators.reach(reader);
        Map<Long, String> names = indicators.organisationsWithin(reader);
        return targets.all().stream().filter(t -> covers(reach, t.organisationId()))
                .map(t -> progress(reader, t, t.organisationId() == null ? null : names.get(t.organisationId()))).toList();
    }

    /**
     * The target's months so far, each read from the period's start to the month's end, as its
     * progress is: one read of that indicator per month, side by side on the managed executor.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetHistory history(Actor reader, long id) {
        IndicatorTarget t = within(indicators.reach(reader), id);
        YearMonth last = YearMonth.from(t.to());
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        if (now.isBefore(last)) {
            last = now;
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(t.from()); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<TargetHistory.Point> points = indicators.alongsideAll(months, m -> new TargetHistory.Point(m,
                indicators.figure(reader, t.indicator(), IndicatorQuery.period(t.from(), m.atEndOfMonth(), t.organisationId()))));
        return new TargetHistory(progress(reader, t, t.organisationId() == null ? null
                : indicators.organisationsWithin(reader).get(t.organisationId())), points);
    }

    public TargetProgress set(Actor manager, TargetDraft draft) {
        MonitoringReach reach = indicators.reach(manager);
        if (draft == null) {
            throw new InvalidInput("target", "validation.required");
        }
        Refusals refusals = new Refusals();
        Indicator indicator = refusals.check(() -> Text.oneOf(Indicator.class, "indicator", draft.indicator(), "monitoring.indicator.unknown"));
        var from = refusals.check(() -> Day.typed("from", draft.from()));
        var to = refusals.check(() -> Day.typed("to", draft.to()));
        refusals.refuseIf(!covers(reach, draft.organisationId()), "organisation", draft.organisationId() == null
                ? "monitoring.target.wholeOnlyNational" : "monitoring.organisation.outside");
        IndicatorTarget target = refusals.check(() -> new IndicatorTarget(indicator, draft.organisationId(), from, to, draft.target(),
                manager.username(), clock.instant()));
        refusals.throwIfAny();
        targets.add(target);
        audit.record(manager.username(), "monitoring.targetSet", "target:" + target.id(),
                indicator + " " + target.target().toPlainString() + " " + from + ".." + to
                        + (draft.organisationId() == null ? "" : " organisation:" + draft.organisationId()));
        return progress(manager, target, draft.organisationId() == null ? null : indicators.organisationsWithin(manager).get(draft.organisationId()));
    }

    public void remove(Actor manager, long id) {
        IndicatorTarget target = within(indicators.reach(manager), id);
        targets.remove(target);
        audit.record(manager.username(), "monitoring.targetRemoved", "target:" + id, target.indicator().name());
    }

    private TargetProgress progress(Actor reader, IndicatorTarget t, String organisationName) {
        Optional<BigDecimal> reached = indicators.figure(reader, t.indicator(), IndicatorQuery.period(t.from(), t.to(), t.organisationId()));
        Optional<BigDecimal> percent = reached.map(r -> r.multiply(BigDecimal.valueOf(100)).divide(t.target(), 0, RoundingMode.HALF_UP));
        return new TargetProgress(t.id(), t.indicator(), t.organisationId(), organisationName, t.from(), t.to(), t.target(), reached, percent);
    }

    /** The target, when it is within the reach; anyone else is told it does not exist. */
    private IndicatorTarget within(MonitoringReach reach, long id) {
        return targets.find(id).filter(t -> covers(reach, t.organisationId())).orElseThrow(() -> new NotFound("monitoring.target.notFound"));
    }

    private static boolean covers(MonitoringReach reach, Long organisation) {
        return organisation == null ? reach.whole() : reach.covers(organisation);
    }
}
