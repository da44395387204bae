package org.opendetainers.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The test profiles shared by several {@code @QuarkusTest} classes, nested in a class of no type of
 * Quarkus: the unit tier (without Quarkus' JUnit classes on its class path) loads every top-level
 * test class ({@code TestTiersTest}), and a top-level class implementing {@code QuarkusTestProfile}
 * cannot be loaded there.
 */
public final class TestProfiles {

    private TestProfiles() {}

    /**
     * The test profile of the classes that need the service with tiny limits and without its admin
     * API ({@code traffic.TrafficLimitsTest}, {@code admin.AdminDisabledTest}): one database read
     * at a time (waiting 100 ms), five requests a minute per client with localhost a trusted proxy
     * (so each test names its own client in X-Forwarded-For), no admin key (the admin endpoints do
     * not exist) and no schedule. One profile for both, because every test profile is another start
     * of the application.
     */
    public static final class TinyService implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "opendetainers.api.max-db-reads",
                    "1",
                    "opendetainers.api.db-read-wait",
                    "100ms",
                    "opendetainers.api.rate-limit.quota",
                    "5",
                    "opendetainers.api.rate-limit.window",
                    "60s",
                    "opendetainers.api.rate-limit.trusted-proxies",
                    "127.0.0.1,::1",
                    "opendetainers.admin.api-key",
                    "",
                    "opendetainers.import.cron",
                    "off");
        }
    }
}
