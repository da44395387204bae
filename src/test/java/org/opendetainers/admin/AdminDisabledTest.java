package org.opendetainers.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.testing.TestProfiles.TinyService;

/**
 * Without a configured key the admin endpoints do not exist, even for a caller who sends one; and
 * the schedule can be off. It shares the profile of {@code traffic.TrafficLimitsTest} ({@link
 * TinyService}: one start of the application for both), so it names a client of its own in
 * X-Forwarded-For, whose bucket of five requests a minute no other test uses.
 */
@QuarkusTest
@Tag("settings")
@TestProfile(TinyService.class)
class AdminDisabledTest {

    private static final String CLIENT = "198.51.100.99";

    @Test
    void adminIsDisabledAndTheScheduleOff() {
        given().header("X-Forwarded-For", CLIENT)
                .auth()
                .oauth2("anything")
                .when()
                .post("/admin/imports")
                .then()
                .statusCode(404)
                .body("type", is("urn:opendetainers:problem:admin-disabled"));
        given().header("X-Forwarded-For", CLIENT)
                .when()
                .get("/v1/status")
                .then()
                .statusCode(200)
                .body("schedule", is("off"))
                .body("next_import_due", nullValue());
    }
}
