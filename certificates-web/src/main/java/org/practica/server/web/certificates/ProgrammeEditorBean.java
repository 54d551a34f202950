package org.practica.server.web.certificates;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.assessments.application.QuizResultRecord;
import org.practica.certificates.application.Bodies;
import org.practica.certificates.application.BodyView;
import org.practica.certificates.application.ProgrammeDraft;
import org.practica.certificates.application.ProgrammeView;
import org.practica.certificates.application.Programmes;
import org.practica.certificates.application.RequirementView;
import org.practica.certificates.domain.programme.ProgrammeStatus;
import org.practica.certificates.domain.programme.Signatory;
import org.practica.courses.application.Catalogue;
import org.practica.courses.application.CatalogueQuery;
import org.practica.identity.application.Caller;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.MultilingualText;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Refusals;
import org.practica.mentoring.application.CompetencyFrameworks;
import org.practica.mentoring.application.CompetencyView;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.TypedNumber;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A registrar writes a certification programme (registry/programme.xhtml): title and wording in
 * any content languages, requirement rows (a course, a quiz with a minimum, supervised hours in total
 * or for a competency, CPD hours, each optionally within the last months), validity, renewal,
 * how certificates are issued and who signs them. Blank rows are ignored.
 */
@Named("programmeEditor")
@ViewScoped
public class ProgrammeEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SPARE_ROWS = 3;

    @Inject
    transient Programmes programmes;

    @Inject
    transient Bodies bodies;

    @Inject
    transient Catalogue catalogue;

    @Inject
    transient QuizResultRecord quizzes;

    @Inject
    transient CompetencyFrameworks frameworks;

    @Inject
    transient Caller caller;

    /** One requirement row as the form holds it. */
    public record Row(int index, String kind, String courseId, String quizId, String minPercent, String hours, String competency,
                      String withinMonths) implements Serializable {
    }

    /** One signatory row as the form holds it. */
    public record SignatoryRow(int index, String name, String role) implements Serializable {
    }

    /** A choice in a list: its value and what the list shows. */
    public record Choice(String value, String label) implements Serializable {
    }

    private Long id;
    private final HashMap<String, String> titles = new HashMap<>();
    private final HashMap<String, String> wordings = new HashMap<>();
    private Integer validityMonths = 36;
    private BigDecimal renewalCpdHours = BigDecimal.valueOf(20);
    private Integer renewalOpensDaysBefore = 90;
    private Integer renewalGraceDays = 90;
    private String issuingMode = "APPROVAL";
    private ProgrammeStatus status;
    private final List<Row> rows = new ArrayList<>();
    private final List<SignatoryRow> signatories = new ArrayList<>();
    private transient BodyView body;
    private transient List<Choice> courses;
    private transient List<Choice> quizChoices;
    private transient List<Choice> competencies;

    public void load() {
        try {
            body = bodies.ownBody(caller.get());
        } catch (NotPermitted e) {
            FacesFeedback.error(e.messageKey());
            return;
        }
        if (id != null && rows.isEmpty()) {
            try {
                fill(programmes.programme(caller.get(), id, "en"));
            } catch (NotFound e) {
                id = null;
                FacesFeedback.error(e.messageKey());
            }
        }
        if (rows.isEmpty()) {
            spareRows(List.of(), List.of());
        }
    }

    private void fill(ProgrammeView p) {
        titles.clear();
        titles.putAll(p.title());
        wordings.clear();
        wordings.putAll(p.wording());
        validityMonths = p.validityMonths();
        renewalCpdHours = p.renewalCpdHours();
        renewalOpensDaysBefore = p.renewalOpensDaysBefore();
        renewalGraceDays = p.renewalGraceDays();
        issuingMode = p.issuingMode();
        status = p.status();
        List<Row> filled = new ArrayList<>();
        for (RequirementView r : p.requirements()) {
            filled.add(new Row(filled.size(), r.kind(), text(r.courseId()), text(r.quizId()), text(r.minPercent()), text(r.hours()),
                    r.competency(), text(r.withinMonths())));
        }
        List<SignatoryRow> people = new ArrayList<>();
        for (Signatory s : p.signatories()) {
            people.add(new SignatoryRow(people.size(), s.name(), s.role()));
        }
        spareRows(filled, people);
    }

    private void spareRows(List<Row> filled, List<SignatoryRow> people) {
        rows.clear();
        rows.addAll(filled);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new Row(rows.size(), "", "", "", "", "", "", ""));
        }
        signatories.clear();
        signatories.addAll(people);
        while (signatories.size() < 4) {
            signatories.add(new SignatoryRow(signatories.size(), "", ""));
        }
    }

    public String save() {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        List<Row> typed = new ArrayList<>();
        for (int i = 0; form.containsKey("req-kind-" + i); i++) {
            typed.add(new Row(i, form.get("req-kind-" + i), form.get("req-course-" + i), form.get("req-quiz-" + i),
                    form.get("req-min-" + i), form.get("req-hours-" + i), form.get("req-competency-" + i), form.get("req-months-" + i)));
        }
        List<SignatoryRow> people = new ArrayList<>();
        for (int i = 0; form.containsKey("sig-name-" + i); i++) {
            people.add(new SignatoryRow(i, form.get("sig-name-" + i), form.get("sig-role-" + i)));
        }
        try {
            // a number the form cannot read is reported together with what the programme refuses
            Refusals typing = new Refusals();
            List<RequirementView> requirements = typing.checkEach(
                    typed.stream().filter(row -> row.kind() != null && !row.kind().isBlank()).toList(), ProgrammeEditorBean::requirement);
            List<Signatory> signing = typing.checkEach(people.stream().filter(s -> s.name() != null && !s.name().isBlank()).toList(),
                    s -> new Signatory(s.name(), s.role()));
            ProgrammeDraft draft = new ProgrammeDraft(titles, wordings, requirements, validityMonths, renewalCpdHours, renewalOpensDaysBefore,
                    renewalGraceDays, issuingMode, signing);
            ProgrammeView saved = id == null ? programmes.define(caller.get(), draft, typing)
                    : programmes.revise(caller.get(), id, draft, typing);
            FacesFeedback.infoAfterRedirect("registry.saved", MultilingualText.written(saved.title()).in(caller.locale().getLanguage()));
            return "/registry/index.xhtml?faces-redirect=true";
        } catch (InvalidInput | NotFound | NotPermitted e) {
            // in place: after a refusal the page shows the rows from the lists it already holds
            rows.clear();
            rows.addAll(typed);
            signatories.clear();
            signatories.addAll(people);
            FacesFeedback.refused("programmeForm", e);
            load();
            return null;
        }
    }

    private static RequirementView requirement(Row r) {
        Long months = TypedNumber.whole("requirements", r.withinMonths(), "requirement.number");
        return new RequirementView(r.kind(), TypedNumber.whole("requirements", r.courseId(), "requirement.number"),
                TypedNumber.whole("requirements", r.quizId(), "requirement.number"),
                TypedNumber.decimal("requirements", r.minPercent(), "requirement.number"),
                TypedNumber.decimal("requirements", r.hours(), "requirement.number"),
                r.competency() == null || r.competency().isBlank() ? null : r.competency(),
                months == null ? null : months.intValue(), null);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }

    public List<Choice> getKinds() {
        return List.of(new Choice("", FacesFeedback.text("requirement.kind.none")),
                new Choice("COURSE", FacesFeedback.text("requirement.kind.COURSE")),
                new Choice("QUIZ", FacesFeedback.text("requirement.kind.QUIZ")),
                new Choice("SUPERVISED_HOURS", FacesFeedback.text("requirement.kind.SUPERVISED_HOURS")),
                new Choice("CPD_HOURS", FacesFeedback.text("requirement.kind.CPD_HOURS")));
    }

    /** Published courses, by title. */
    public List<Choice> getCourses() {
        if (courses == null) {
            courses = new ArrayList<>(List.of(new Choice("", "—")));
            catalogue.search(new CatalogueQuery(null, null, null, null), ContentLanguage.of("language", caller.locale().getLanguage()))
                    .forEach(c -> courses.add(new Choice(String.valueOf(c.id()), c.title())));
        }
        return courses;
    }

    /** The quizzes of published courses, named with their course. */
    public List<Choice> getQuizzes() {
        if (quizChoices == null) {
            quizChoices = new ArrayList<>(List.of(new Choice("", "—")));
            for (Choice course : getCourses()) {
                if (!course.value().isEmpty()) {
                    quizzes.ofCourse(Long.parseLong(course.value()))
                            .forEach(q -> quizChoices.add(new Choice(String.valueOf(q.id()), course.label() + " — " + q.title())));
                }
            }
        }
        return quizChoices;
    }

    /** The body's discipline's competencies, and "all" for hours in total. */
    public List<Choice> getCompetencies() {
        if (competencies == null && body != null) {
            competencies = new ArrayList<>(List.of(new Choice("", FacesFeedback.text("requirement.allCompetencies"))));
            for (CompetencyView c : frameworks.of(body.discipline())) {
                if (!c.retired()) {
                    competencies.add(new Choice(c.code(), c.name(FacesContext.getCurrentInstance().getViewRoot().getLocale())));
                }
            }
        }
        return competencies == null ? List.of() : competencies;
    }

    public boolean selected(String current, String value) {
        return value.equals(current == null ? "" : current);
    }

    public BodyView getBody() { return body; }
    public List<Row> getRows() { return rows; }
    public List<SignatoryRow> getSignatories() { return signatories; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ProgrammeStatus getStatus() { return status; }
    public Map<String, String> getTitles() { return titles; }
    public Map<String, String> getWordings() { return wordings; }
    public Integer getValidityMonths() { return validityMonths; }
    public void setValidityMonths(Integer validityMonths) { this.validityMonths = validityMonths; }
    public BigDecimal getRenewalCpdHours() { return renewalCpdHours; }
    public void setRenewalCpdHours(BigDecimal renewalCpdHours) { this.renewalCpdHours = renewalCpdHours; }
    public Integer getRenewalOpensDaysBefore() { return renewalOpensDaysBefore; }
    public void setRenewalOpensDaysBefore(Integer renewalOpensDaysBefore) { this.renewalOpensDaysBefore = renewalOpensDaysBefore; }
    public Integer getRenewalGraceDays() { return renewalGraceDays; }
    public void setRenewalGraceDays(Integer renewalGraceDays) { this.renewalGraceDays = renewalGraceDays; }
    public String getIssuingMode() { return issuingMode; }
    public void setIssuingMode(String issuingMode) { this.issuingMode = issuingMode; }
}
