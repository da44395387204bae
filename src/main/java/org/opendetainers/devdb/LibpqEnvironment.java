package org.opendetainers.devdb;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps the libpq environment variables (as {@code pg_virtualenv} exports them) to the datasource.
 */
final class LibpqEnvironment {

    private LibpqEnvironment() {}

    static Map<String, String> datasource(Map<String, String> env) {
        String host = env.getOrDefault("PGHOST", "localhost");
        if (host.isBlank() || host.startsWith("/")) {
            // a Unix socket directory cannot go into a JDBC URL; the server also listens on
            // loopback
            host = "localhost";
        }
        String port = env.getOrDefault("PGPORT", "5432");
        String user = env.getOrDefault("PGUSER", "postgres");
        String database = env.getOrDefault("PGDATABASE", user);
        Map<String, String> props = new HashMap<>();
        props.put(
                DatabaseConfigSourceFactory.URL,
                "jdbc:postgresql://" + host + ":" + port + "/" + database);
        props.put("quarkus.datasource.username", user);
        if (env.containsKey("PGPASSWORD")) {
            props.put("quarkus.datasource.password", env.get("PGPASSWORD"));
        }
        return props;
    }
}
