package org.practica.server.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.kernel.InvalidInput;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Days and times as the page's language writes them ("3 Dec 2026, 14:30"), in the reader's own
 * time zone (chosen on the account page, first guessed from the browser; UTC for visitors and
 * until then), never a raw instant. Forms take times in that zone too.
 */
@Named("dates")
@RequestScoped
public class Dates {

    @Inject
    CurrentUser currentUser;

    private ZoneId zone;

    /** The reader's zone. */
    public ZoneId zone() {
        if (zone == null) {
            // the page's own account view, read once a request for the header and the dates alike
            boolean signedIn = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
            String chosen = signedIn ? currentUser.getAccount().timeZone() : null;
            zone = ZoneId.of(chosen == null ? "UTC" : chosen);
        }
        return zone;
    }

    /** The zone's name as a page states it beside times and time fields ("Asia/Almaty"). */
    public String getZoneName() {
        return zone().getId();
    }

    /** A day in a list or a table. */
    public String day(Instant at) {
        return format(at, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    /** A day in a sentence. */
    public String longDay(Instant at) {
        return format(at, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG));
    }

    /** A day and the time of day. */
    public String dateTime(Instant at) {
        return format(at, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    /** The time of day alone, for a moment today (a deadline). */
    public String time(Instant at) {
        return format(at, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
    }

    /** A calendar day with no time (a validity's last day, a mentoring period's first): no zone applies. */
    public String date(LocalDate day) {
        if (day == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** The value of a {@code datetime-local} field showing this moment. */
    public String field(Instant at) {
        return at == null ? "" : LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MINUTES), zone()).toString();
    }

    /** The moment a {@code datetime-local} field names, read in the reader's zone; a refusal for the field if it is not one. */
    public Instant instant(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "validation.dateTime", typed.strip());
        }
    }

    private String format(Instant at, DateTimeFormatter style) {
        if (at == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return style.withLocale(locale).withZone(zone()).format(at);
    }
}
