package org.practica.server.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Days as the page's language writes them ("3 Dec 2026", "3 дек. 2026 г."), never a raw instant.
 * The day is taken in one zone for everyone until accounts carry their own (see issue 16).
 */
@Named("dates")
@RequestScoped
public class Dates {

    private static final ZoneId ZONE = ZoneOffset.UTC;

    /** A day in a list or a table. */
    public String day(Instant at) {
        return format(at, FormatStyle.MEDIUM);
    }

    /** A day in a sentence. */
    public String longDay(Instant at) {
        return format(at, FormatStyle.LONG);
    }

    private static String format(Instant at, FormatStyle style) {
        if (at == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale).withZone(ZONE).format(at);
    }
}
