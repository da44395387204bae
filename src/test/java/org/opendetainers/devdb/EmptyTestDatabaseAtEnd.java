package org.opendetainers.devdb;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * At the end of a test JVM's run, empties the embedded test database ({@link
 * EmbeddedDatabase#emptyTestDatabase()}), so that {@code .embedded-postgres/test} does not keep the
 * last run's data. Registered in {@code META-INF/services}.
 */
public class EmptyTestDatabaseAtEnd implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        EmbeddedDatabase.emptyTestDatabase();
    }
}
