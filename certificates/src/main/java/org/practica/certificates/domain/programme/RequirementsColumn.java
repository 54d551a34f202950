package org.practica.certificates.domain.programme;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.JsonDocument;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** A programme's requirements as one JSON array of flat objects, each naming its kind. */
@Converter
public class RequirementsColumn implements AttributeConverter<List<Requirement>, String> {

    private static final Type TYPE = JsonDocument.listOf(Row.class);

    /** How a requirement is written down: the kind and the fields that kind uses. */
    public static class Row {
        public String kind;
        public Long course;
        public Long quiz;
        public BigDecimal minPercent;
        public BigDecimal hours;
        public String competency;
        public Integer withinMonths;

        public static Row of(Requirement r) {
            Row row = new Row();
            if (r instanceof Requirement.CourseCompleted c) {
                row.kind = "COURSE";
                row.course = c.courseId();
            } else if (r instanceof Requirement.QuizPassed q) {
                row.kind = "QUIZ";
                row.quiz = q.quizId();
                row.minPercent = q.minPercent();
            } else if (r instanceof Requirement.SupervisedHours s) {
                row.kind = "SUPERVISED_HOURS";
                row.hours = s.hours();
                row.competency = s.competency();
                row.withinMonths = s.withinMonths();
            } else if (r instanceof Requirement.CpdHours c) {
                row.kind = "CPD_HOURS";
                row.hours = c.hours();
                row.withinMonths = c.withinMonths();
            }
            return row;
        }

        /** The requirement this row describes; a missing course or quiz, or an unknown kind, is refused by the requirement. */
        public Requirement requirement() {
            String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
            return switch (k) {
                case "COURSE" -> new Requirement.CourseCompleted(course == null ? 0 : course);
                case "QUIZ" -> new Requirement.QuizPassed(quiz == null ? 0 : quiz, minPercent);
                case "SUPERVISED_HOURS" -> new Requirement.SupervisedHours(hours, competency, withinMonths);
                case "CPD_HOURS" -> new Requirement.CpdHours(hours, withinMonths);
                default -> throw new InvalidInput("requirements", "requirement.kind.unknown", kind == null ? "" : kind);
            };
        }
    }

    @Override
    public String convertToDatabaseColumn(List<Requirement> value) {
        return JsonDocument.write(value == null ? List.of() : value.stream().map(Row::of).toList(), TYPE);
    }

    @Override
    public List<Requirement> convertToEntityAttribute(String json) {
        List<Row> rows = JsonDocument.read(json, TYPE);
        return rows == null ? List.of() : rows.stream().map(Row::requirement).toList();
    }
}
