package org.practica.documents;

import java.time.ZoneId;
import java.util.Locale;

/** Where a document made outside a request (a signed certificate, a batch job) finds its words. */
public interface Wordings {

    Wording in(Locale locale);

    /** Words for one reader, with times in their zone (an e-mail to them). */
    Wording in(Locale locale, ZoneId zone);
}
