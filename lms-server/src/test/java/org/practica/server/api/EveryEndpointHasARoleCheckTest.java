package org.practica.server.api;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Security by default: every resource the API has, found by scanning the package rather than
 * listed, says who may call each of its endpoints; a new resource without a rule fails the build.
 */
class EveryEndpointHasARoleCheckTest {

    /** The endpoints anyone may call: signing in, verifying a certificate, the public keys. */
    private static final List<String> OPEN_TO_ALL = List.of("AuthResource", "VerificationResource", "IssuerKeysResource", "NoticeResource",
            "UnsubscribeResource");   // an e-mail's one-click unsubscribe (RFC 8058): its token is the key

    private static List<Class<?>> resources;

    @BeforeAll
    static void findResources() {
        resources = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.practica.server.api").stream()
                .filter(c -> c.isAnnotatedWith(Path.class))
                .map(JavaClass::reflect)
                .toList();
    }

    @Test
    void theScanFindsTheResources() {
        assertTrue(resources.size() >= 20, "only " + resources.size() + " resources found: " + resources);
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() {
        List<String> unguarded = new ArrayList<>();
        for (Class<?> resource : resources) {
            boolean classRule = hasRule(resource);
            for (Method m : resource.getDeclaredMethods()) {
                if (isEndpoint(m) && !classRule && !hasRule(m)) {
                    unguarded.add(resource.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), unguarded);
    }

    @Test
    void onlyTheEndpointsMeantForEveryoneAreOpen() {
        List<String> open = new ArrayList<>();
        for (Class<?> resource : resources) {
            boolean classOpen = resource.isAnnotationPresent(PermitAll.class);
            for (Method m : resource.getDeclaredMethods()) {
                boolean methodOpen = m.isAnnotationPresent(PermitAll.class)
                        || (classOpen && !m.isAnnotationPresent(RolesAllowed.class) && !m.isAnnotationPresent(DenyAll.class));
                if (isEndpoint(m) && methodOpen && !OPEN_TO_ALL.contains(resource.getSimpleName())) {
                    open.add(resource.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), open);
    }

    private static boolean isEndpoint(Method m) {
        return Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class).anyMatch(m::isAnnotationPresent);
    }

    private static boolean hasRule(AnnotatedElement e) {
        return Stream.<Class<? extends Annotation>>of(RolesAllowed.class, PermitAll.class, DenyAll.class).anyMatch(e::isAnnotationPresent);
    }
}
