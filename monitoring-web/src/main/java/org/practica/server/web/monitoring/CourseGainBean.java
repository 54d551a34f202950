package org.practica.server.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.Caller;
import org.practica.kernel.Day;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.monitoring.application.KnowledgeGains;
import org.practica.monitoring.application.PairGain;
import org.practica.server.web.support.FacesFeedback;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A trainer's view of whether their course's learners learned (page author/course-gain.xhtml):
 * each pre-test/post-test pair of the course over a period (two years unless chosen), suppressed
 * below five people as the managers' report is.
 */
@Named("courseGain")
@RequestScoped
public class CourseGainBean {

    @Inject
    KnowledgeGains knowledgeGains;

    @Inject
    Caller caller;

    private Long course;
    private String from;
    private String to;
    private List<PairGain> gains;

    public void load() {
        if (course == null) {
            FacesFeedback.error("course.notFound");
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try {
            LocalDate start = from == null || from.isBlank() ? today.minusYears(2) : Day.typed("from", from);
            LocalDate end = to == null || to.isBlank() ? today : Day.typed("to", to);
            from = start.toString();
            to = end.toString();
            gains = knowledgeGains.ofCourse(caller.get(), course, start, end);
        } catch (InvalidInput e) {
            FacesFeedback.error(e.messageKey(), e.arguments());
        } catch (NotFound | NotPermitted e) {
            FacesFeedback.refused("gainForm", e);
        }
    }

    public List<PairGain> getGains() { return gains; }
    public Long getCourse() { return course; }
    public void setCourse(Long course) { this.course = course; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
