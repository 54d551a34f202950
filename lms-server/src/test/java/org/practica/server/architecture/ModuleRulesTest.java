package org.practica.server.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules of docs/architecture.md, checked over the compiled classes of every module (the
 * war's tests see them all): domains know nothing of the web, lower domains nothing of higher ones,
 * and no module reads another's infrastructure.
 */
class ModuleRulesTest {

    private static final String[] DOMAINS = {"org.practica.kernel..", "org.practica.documents..", "org.practica.identity..",
            "org.practica.courses..", "org.practica.assessments..", "org.practica.demo..",
            "org.practica.mentoring..", "org.practica.certificates..", "org.practica.monitoring.."};

    private static JavaClasses all;

    @BeforeAll
    static void importClasses() {
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.practica");
    }

    @Test
    void domainModulesKnowNothingOfTheWebOrTheWar() {
        noClasses().that().resideInAnyPackage(DOMAINS)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..",
                        "jakarta.servlet..", "org.practica.server..")
                .because("a domain's rules must not depend on how people or programs reach them")
                .check(all);
    }

    @Test
    void lowerDomainsKnowNothingOfHigherOnes() {
        noClasses().that().resideInAPackage("org.practica.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.practica.identity..", "org.practica.courses..",
                        "org.practica.assessments..", "org.practica.mentoring..", "org.practica.certificates..")
                .check(all);
        noClasses().that().resideInAnyPackage("org.practica.kernel..", "org.practica.documents..")
                .should().dependOnClassesThat().resideInAnyPackage("org.practica.identity..", "org.practica.demo..")
                .check(all);
        noClasses().that().resideInAnyPackage("org.practica.courses..", "org.practica.assessments..", "org.practica.mentoring..",
                        "org.practica.certificates..")
                .should().dependOnClassesThat().resideInAPackage("org.practica.demo..")
                .because("demonstration content is made through the domains, never the other way")
                .check(all);
        noClasses().that().resideInAPackage("org.practica.identity..")
                .should().dependOnClassesThat().resideInAnyPackage("org.practica.courses..", "org.practica.assessments..",
                        "org.practica.mentoring..", "org.practica.certificates..")
                .because("each domain adapts the accounts to its own port for people; identity serves them all and knows none")
                .check(all);
        noClasses().that().resideInAPackage("org.practica.courses..")
                .should().dependOnClassesThat().resideInAnyPackage("org.practica.assessments..", "org.practica.mentoring..",
                        "org.practica.certificates..")
                .check(all);
        noClasses().that().resideInAnyPackage("org.practica.assessments..", "org.practica.mentoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.practica.certificates..")
                .because("certificates asks the other domains through ports they implement, never the other way")
                .check(all);
        noClasses().that().resideInAPackage("org.practica.mentoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.practica.courses..", "org.practica.assessments..")
                .check(all);
        noClasses().that().resideInAnyPackage("org.practica.kernel..", "org.practica.documents..", "org.practica.identity..",
                        "org.practica.courses..", "org.practica.assessments..", "org.practica.mentoring..", "org.practica.certificates..")
                .should().dependOnClassesThat().resideInAPackage("org.practica.monitoring..")
                .because("the domains tell monitoring what happened through the kernel's TrainingFacts port and know nothing of it")
                .check(all);
        noClasses().that().resideInAPackage("org.practica.monitoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.practica.courses..", "org.practica.assessments..",
                        "org.practica.mentoring..", "org.practica.certificates..", "org.practica.demo..")
                .because("monitoring counts what it was told, in its own table, and reads no domain")
                .check(all);
    }

    @Test
    void noModuleReadsAnothersInfrastructure() {
        String[] modules = {"identity", "courses", "assessments", "mentoring", "certificates", "monitoring"};
        for (String module : modules) {
            String[] others = java.util.Arrays.stream(modules).filter(m -> !m.equals(module))
                    .map(m -> "org.practica." + m + ".infrastructure..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.practica." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("one module reads another only through its application services, value types and ports")
                    .check(all);
        }
    }

    @Test
    void eachContextsPagesAndApiKeepToTheirContext() {
        String[] contexts = {"courses", "assessments", "mentoring", "certificates", "monitoring"};
        for (String context : contexts) {
            java.util.List<String> forbidden = new java.util.ArrayList<>(java.util.List.of("org.practica.server.platform..",
                    "org.practica.server.security..", "org.practica.server.web.home..", "org.practica.server.web.identity..",
                    "org.practica.server.api.identity..", "org.practica.demo.."));
            for (String other : contexts) {
                if (!other.equals(context)) {
                    forbidden.addAll(java.util.List.of("org.practica.server.web." + other + "..", "org.practica.server.api." + other + "..",
                            "org.practica." + other + ".infrastructure.."));
                }
            }
            noClasses().that().resideInAnyPackage("org.practica.server.web." + context + "..", "org.practica.server.api." + context + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because("a context's interface module is built beside the others and below the war that composes them")
                    .check(all);
        }
    }

    @Test
    void theSharedInterfaceSupportKnowsNoContext() {
        noClasses().that().resideInAnyPackage("org.practica.server.web.support..", "org.practica.server.api.support..")
                .should().dependOnClassesThat().resideInAnyPackage("org.practica.server.platform..", "org.practica.server.security..",
                        "org.practica.server.web.home..", "org.practica.server.web.identity..", "org.practica.server.api.identity..",
                        "org.practica.server.web.courses..", "org.practica.server.api.courses..", "org.practica.server.web.assessments..",
                        "org.practica.server.api.assessments..", "org.practica.server.web.mentoring..", "org.practica.server.api.mentoring..",
                        "org.practica.server.web.certificates..", "org.practica.server.api.certificates..", "org.practica.courses..",
                        "org.practica.server.web.monitoring..", "org.practica.server.api.monitoring..",
                        "org.practica.assessments..", "org.practica.mentoring..", "org.practica.certificates..", "org.practica.monitoring..")
                .because("every context builds on it, so it can lean on none of them")
                .check(all);
    }

    @Test
    void theDomainModulesHaveNoCyclesBetweenThem() {
        slices().matching("org.practica.(kernel|documents|identity|courses|assessments|mentoring|certificates|monitoring|demo)..")
                .should().beFreeOfCycles()
                .check(all);
    }

    @Test
    void noPackageDependsOnAPackageThatDependsOnIt() {
        slices().matching("org.practica.(**)")
                .should().beFreeOfCycles()
                .check(all);
    }

    @Test
    void theEmbeddedDatabaseStandsAlone() {
        noClasses().that().resideInAPackage("org.practica.embedded..")
                .should().dependOnClassesThat().resideInAnyPackage("org.practica.server..", "org.practica.kernel..",
                        "jakarta.enterprise..", "jakarta.persistence..")
                .because("it lives in the server's shared library, loaded before and apart from the application")
                .check(all);
    }
}
