package org.opendetainers.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's own classes (tests left out), as ArchUnit reads them, imported once per test
 * JVM: the architecture rules, the configuration and message-bundle checks all read the same
 * classes, and each import resolves their dependencies from the class path (2 to 6 s each in the
 * unit tier).
 */
public final class MainClasses {

    /** The root package of the application. */
    public static final String ROOT = "org.opendetainers";

    private static JavaClasses classes;

    private MainClasses() {}

    /** Every class under {@link #ROOT} that is not a test's. */
    public static synchronized JavaClasses get() {
        if (classes == null) {
            classes =
                    new ClassFileImporter()
                            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                            .importPackages(ROOT);
        }
        return classes;
    }
}
