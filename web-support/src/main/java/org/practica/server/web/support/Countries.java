package org.practica.server.web.support;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.practica.kernel.Country;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The countries a form offers, named in the page's language and sorted as that language sorts
 * ("Казахстан" among the К), so nobody has to know that Kazakhstan is KZ.
 */
@Named("countries")
@RequestScoped
public class Countries {

    public record Choice(String code, String name) {
    }

    private List<Choice> all;

    public List<Choice> getAll() {
        if (all == null) {
            Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            Collator order = Collator.getInstance(ULocale.forLocale(language));
            all = Country.assigned().stream()
                    .map(code -> new Choice(code, name(code, language)))
                    .sorted(Comparator.comparing(Choice::name, order))
                    .toList();
        }
        return all;
    }

    /** A country's name in the page's language; blank for none. */
    public String name(String code) {
        return code == null || code.isBlank() ? "" : name(code, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private static String name(String code, Locale language) {
        return new Locale("", code).getDisplayCountry(language);
    }
}
