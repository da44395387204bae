package org.opendetainers.traffic;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.domain.Release;
import org.opendetainers.testing.MainClasses;

/** The package's role (package-info.java): of this project, it imports only config and problem. */
@Tag("unit")
class TrafficPackageRuleTest {

    static final ArchRule ONLY_CONFIG_AND_PROBLEMS =
            noClasses()
                    .that()
                    .resideInAPackage("org.opendetainers.traffic..")
                    .should()
                    .dependOnClassesThat(
                            resideInAPackage("org.opendetainers..")
                                    .and(
                                            not(
                                                    resideInAnyPackage(
                                                            "org.opendetainers.traffic..",
                                                            "org.opendetainers.config..",
                                                            "org.opendetainers.problem.."))))
                    .because(
                            "traffic control sits in front of the read path and knows nothing of releases or resources");

    @Test
    void trafficImportsOnlyConfigAndProblems() {
        JavaClasses main = MainClasses.get();
        ONLY_CONFIG_AND_PROBLEMS.check(main);
    }

    @Test
    void theRuleFailsOnAViolation() {
        JavaClasses violating = new ClassFileImporter().importClasses(ReadsTheRelease.class);
        AssertionError e =
                assertThrows(AssertionError.class, () -> ONLY_CONFIG_AND_PROBLEMS.check(violating));
        assertTrue(e.getMessage().contains("org.opendetainers.domain.Release"), e.getMessage());
    }

    /** A deliberate violation: a traffic class that reads the release. */
    static class ReadsTheRelease {
        Object current() {
            return new Release();
        }
    }
}
