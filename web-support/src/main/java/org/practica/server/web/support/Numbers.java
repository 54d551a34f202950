package org.practica.server.web.support;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as the page's language writes them: "1.5" in English is "1,5" in Russian, and a
 * percentage is a whole number ("98 %", not "97.7778 %") because more digits only look exact.
 */
@Named("numbers")
@RequestScoped
public class Numbers {

    /** Hours, scores and counts: at most two decimals, no trailing zeros. */
    public String of(Number value) {
        return value == null ? "" : decimal(locale()).format(value);
    }

    /** A share out of 100, rounded to a whole percent. */
    public String percent(Number outOfHundred) {
        if (outOfHundred == null) {
            return "";
        }
        BigDecimal share = new BigDecimal(outOfHundred.toString()).setScale(0, RoundingMode.HALF_UP).movePointLeft(2);
        return NumberFormat.getPercentInstance(ULocale.forLocale(locale())).format(share);
    }

    /** A size in bytes, kilobytes or megabytes as the language writes them ("1.2 MB", "1,2 МБ"). */
    public String bytes(long bytes) {
        MeasureUnit unit = bytes >= 1024L * 1024 ? MeasureUnit.MEGABYTE : bytes >= 1024 ? MeasureUnit.KILOBYTE : MeasureUnit.BYTE;
        double amount = unit == MeasureUnit.MEGABYTE ? bytes / (1024.0 * 1024) : unit == MeasureUnit.KILOBYTE ? bytes / 1024.0 : bytes;
        MeasureFormat format = MeasureFormat.getInstance(ULocale.forLocale(locale()), MeasureFormat.FormatWidth.SHORT, decimal(locale()));
        return format.format(new Measure(BigDecimal.valueOf(amount).setScale(unit == MeasureUnit.BYTE ? 0 : 1, RoundingMode.HALF_UP), unit));
    }

    /** The formatter for a language; forms use it too, without grouping, so what they show reads back. */
    static NumberFormat decimal(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(ULocale.forLocale(locale));
        format.setMaximumFractionDigits(2);
        return format;
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }
}
