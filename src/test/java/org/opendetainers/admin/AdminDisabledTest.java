package org.opendetainers.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Without a configured key the admin endpoints do not exist, even for a caller who sends one; and
 * the schedule can be off.
 */
@QuarkusTest
@TestProfile(AdminDisabledTest.NoKey.class)
class AdminDisabledTest {

    public static class NoKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("opendetainers.admin.api-key", "", "opendetainers.import.cron", "off");
        }
    }

    @Test
    void adminIsDisabledAndTheScheduleOff() {
        given().auth()
                .oauth2("anything")
                .when()
                .post("/admin/imports")
                .then()
                .statusCode(404)
                .body("type", is("urn:opendetainers:problem:admin-disabled"));
        given().when()
                .get("/v1/status")
                .then()
                .statusCode(200)
                .body("schedule", is("off"))
                .body("next_import_due", nullValue());
    }
}
