package org.opendetainers.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The admin trigger (key test-admin-key in the test profile) and /v1/status. */
@QuarkusTest
class AdminImportTest {

    @Test
    void adminEndpointsNeedTheKey() {
        given().when()
                .post("/admin/imports")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth()
                .oauth2("wrong-key")
                .when()
                .post("/admin/imports")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2("wrong-key").when().get("/admin/imports").then().statusCode(403);
        given().when().get("/admin/imports/1").then().statusCode(401);
        // public endpoints stay anonymous
        given().when().get("/v1/figures?limit=1").then().statusCode(200);
    }

    @Test
    void anImportStartedByAnOperatorRunsAndIsLogged() throws InterruptedException {
        String location =
                given().auth()
                        .oauth2("test-admin-key")
                        .when()
                        .post("/admin/imports")
                        .then()
                        .statusCode(202)
                        .body("status", is("running"))
                        .body("trigger", is("admin"))
                        .extract()
                        .header("Location");
        assertTrue(location.contains("/admin/imports/"), location);
        String status = "running";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (status.equals("running") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status =
                    given().auth()
                            .oauth2("test-admin-key")
                            .urlEncodingEnabled(false)
                            .when()
                            .get(location)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getString("status");
        }
        // the seed is already published: nothing new
        given().auth()
                .oauth2("test-admin-key")
                .urlEncodingEnabled(false)
                .when()
                .get(location)
                .then()
                .body("status", is("unchanged"))
                .body("report.message", containsString("inputs unchanged"));
        given().auth()
                .oauth2("test-admin-key")
                .when()
                .get("/admin/imports")
                .then()
                .statusCode(200)
                .body("data.trigger", hasItem("admin"));
        given().auth()
                .oauth2("test-admin-key")
                .when()
                .get("/admin/imports/999999")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2("test-admin-key")
                .when()
                .get("/admin/imports?limit=0")
                .then()
                .statusCode(400)
                .body("parameter", is("limit"));
        given().auth()
                .oauth2("test-admin-key")
                .when()
                .get("/admin/imports?limt=5")
                .then()
                .statusCode(400)
                .body("parameter", is("limt"));

        given().when()
                .get("/v1/status")
                .then()
                .statusCode(200)
                .body("current_release.id", notNullValue())
                .body("last_import.status", is("unchanged"))
                .body("last_import.published", is(false))
                .body("last_import.trigger", is("admin"))
                .body("schedule", is("0 0 3 * * ?"))
                .body("next_import_due", containsString("T03:00"));
    }
}
