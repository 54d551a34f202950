package org.practica.server.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Security by default: an endpoint without an explicit role rule fails the build. */
class EveryEndpointHasARoleCheckTest {

    private static final List<Class<?>> RESOURCES = List.of(AuthResource.class, MeResource.class, AdministrationResource.class);

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() {
        List<String> unguarded = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            assertFalse(resource.getAnnotation(Path.class) == null, resource + " is not a resource");
            boolean classRule = resource.isAnnotationPresent(RolesAllowed.class) || resource.isAnnotationPresent(PermitAll.class);
            for (Method m : resource.getDeclaredMethods()) {
                boolean endpoint = m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                        || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class);
                boolean methodRule = m.isAnnotationPresent(RolesAllowed.class) || m.isAnnotationPresent(PermitAll.class);
                if (endpoint && !classRule && !methodRule) {
                    unguarded.add(resource.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), unguarded);
    }

    @Test
    void onlyAuthenticationIsOpenToEveryone() {
        for (Class<?> resource : RESOURCES) {
            if (resource != AuthResource.class) {
                assertFalse(resource.isAnnotationPresent(PermitAll.class), resource.getSimpleName());
            }
        }
    }
}
