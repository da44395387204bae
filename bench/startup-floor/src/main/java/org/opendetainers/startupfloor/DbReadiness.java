package org.opendetainers.startupfloor;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class DbReadiness implements HealthCheck {
    @Inject AgroalDataSource ds;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1")) {
            rs.next();
            return HealthCheckResponse.named("ref-db").status(rs.getInt(1) == 1).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("ref-db")
                    .down()
                    .withData("error", String.valueOf(e))
                    .build();
        }
    }
}
