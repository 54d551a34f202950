package org.practica.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.practica.documents.Wording;
import org.practica.documents.Wordings;
import org.practica.server.web.support.Messages;

import java.time.ZoneId;
import java.util.Locale;

/** Documents made outside a request read their words from the interface's bundles too. */
@ApplicationScoped
public class BundleWordings implements Wordings {

    @Override
    public Wording in(Locale locale) {
        return Messages.wording(locale);
    }

    @Override
    public Wording in(Locale locale, ZoneId zone) {
        return Messages.wording(locale, zone);
    }
}
