package org.practica.server.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.Caller;
import org.practica.monitoring.application.TargetDraft;
import org.practica.monitoring.application.TargetProgress;
import org.practica.monitoring.application.Targets;
import org.practica.monitoring.domain.Indicator;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.PostedId;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The targets on the dashboard (monitoring/index.xhtml): each read against its period, a form to
 * set one, and removing one after asking. A refused target is said beside its fields.
 */
@Named("targets")
@RequestScoped
public class TargetsBean {

    @Inject
    Targets targets;

    @Inject
    Caller caller;

    private String indicator;
    private Long organisation;
    private String from;
    private String to;
    private BigDecimal target;
    private List<TargetProgress> all;

    public List<TargetProgress> getAll() {
        if (all == null) {
            all = targets.within(caller.get());
        }
        return all;
    }

    public String set() {
        targets.set(caller.get(), new TargetDraft(indicator, organisation, from, to, target));
        FacesFeedback.infoAfterRedirect("monitoring.target.set");
        return "/monitoring/index.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public String remove() {
        targets.remove(caller.get(), PostedId.required("target", "monitoring.target.notFound"));
        FacesFeedback.infoAfterRedirect("monitoring.target.removed");
        return "/monitoring/index.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public List<String> getIndicators() {
        return Arrays.stream(Indicator.values()).map(Indicator::name).toList();
    }

    public String getIndicator() { return indicator; }
    public void setIndicator(String indicator) { this.indicator = indicator; }
    public Long getOrganisation() { return organisation; }
    public void setOrganisation(Long organisation) { this.organisation = organisation; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public BigDecimal getTarget() { return target; }
    public void setTarget(BigDecimal target) { this.target = target; }
}
