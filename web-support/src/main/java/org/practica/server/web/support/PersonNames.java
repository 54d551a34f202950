package org.practica.server.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.DisplayNames;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person as another person sees them on a page: their display name. Usernames are for
 * administrators; domains keep usernames, so pages translate them here, once per request.
 */
@Named("names")
@RequestScoped
public class PersonNames {

    @Inject
    DisplayNames displayNames;

    private final Map<String, String> known = new HashMap<>();

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return known.computeIfAbsent(username, u -> displayNames.of(List.of(u)).get(u));
    }
}
