package org.practica.certificates.domain.programme;

import org.practica.kernel.Text;

/** Someone whose name and role are printed under a certificate's wording. */
public record Signatory(String name, String role) {

    public Signatory {
        name = Text.required("signatories", name, 120);
        role = Text.optional("signatories", role, 120);
    }
}
