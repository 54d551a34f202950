package org.practica.server.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.AuditInquiry;
import org.practica.identity.application.Caller;
import org.practica.identity.audit.AuditEntry;
import org.practica.identity.audit.ChainReport;
import org.practica.kernel.InvalidInput;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.FieldRefusal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail page (audit/trail.xhtml): the search lives in the address, so a search can be
 * bookmarked, paged and exported as it is; verifying the chain is a button, as it reads it all.
 */
@Named("auditTrail")
@RequestScoped
public class AuditTrailBean {

    @Inject
    AuditInquiry inquiry;

    @Inject
    Caller caller;

    private String person;
    private String action;
    private String subject;
    private String from;
    private String to;
    private int page;
    private List<AuditEntry> lines = List.of();
    private boolean more;
    private List<String> actions = List.of();
    private ChainReport report;
    private final FieldRefusal refusal = new FieldRefusal();

    public void load() {
        actions = inquiry.actions(caller.username());
        try {
            List<AuditEntry> found = inquiry.search(caller.username(), search(), caller.zone(), page);
            more = found.size() > AuditInquiry.PAGE;
            lines = more ? found.subList(0, AuditInquiry.PAGE) : found;
        } catch (InvalidInput e) {
            refusal.refuse(e);
        }
    }

    public String verify() {
        report = inquiry.verify(caller.username());
        if (report.intact()) {
            FacesFeedback.info("audit.verified");
        } else {
            FacesFeedback.error("audit.broken");
        }
        return null;
    }

    private AuditInquiry.Search search() {
        return AuditInquiry.Search.of(person, action, subject, from, to);
    }

    /** Why a search field was refused, beside it. */
    public String error(String field) {
        return refusal.atField(field);
    }

    public String getCsvUrl() {
        return "/api/v1/audit/events.csv?" + query();
    }

    public String pageUrl(int other) {
        return "/audit/trail.xhtml?" + query() + "page=" + other;
    }

    private String query() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("person", person);
        params.put("action", action);
        params.put("subject", subject);
        params.put("from", from);
        params.put("to", to);
        StringBuilder url = new StringBuilder();
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                url.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)).append('&');
            }
        });
        return url.toString();
    }

    /** Who acted: a person by username, the system by name. */
    public String who(String actor) {
        if ("system".equals(actor)) {
            return FacesFeedback.text("audit.system");
        }
        return actor.startsWith("user:") ? actor.substring("user:".length()) : actor;
    }

    /** The words for an action, or its code when the bundle has none (an action added later). */
    public String actionName(String code) {
        String key = "audit.action." + code;
        String text = FacesFeedback.text(key);
        return text.equals(key) ? code : text;
    }

    public List<AuditEntry> getLines() { return lines; }
    public boolean isMore() { return more; }
    public List<String> getActions() { return actions; }
    public ChainReport getReport() { return report; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
}
