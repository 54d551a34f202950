package org.practica.documents;

import java.util.Locale;

/** Where a document made outside a request (a signed certificate, a batch job) finds its words. */
public interface Wordings {

    Wording in(Locale locale);
}
