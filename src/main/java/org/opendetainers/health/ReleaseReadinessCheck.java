package org.opendetainers.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers and a release is published: before that, every read would be
 * a 503.
 */
@Readiness
@ApplicationScoped
public class ReleaseReadinessCheck implements HealthCheck {

    private final AgroalDataSource dataSource;

    public ReleaseReadinessCheck(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("published release");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "select r.id, r.published_at from current_release p join release r on r.id = p.release_id");
                ResultSet rs = s.executeQuery()) {
            if (rs.next()) {
                return builder.up()
                        .withData("release", rs.getString(1))
                        .withData("published_at", rs.getString(2))
                        .build();
            }
            return builder.down().withData("reason", "no release published yet").build();
        } catch (Exception e) {
            return builder.down()
                    .withData("reason", "database not answering: " + e.getClass().getSimpleName())
                    .build();
        }
    }
}
