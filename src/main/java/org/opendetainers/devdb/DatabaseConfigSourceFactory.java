package org.opendetainers.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Chooses the database for the dev and test profiles when none is configured.
 *
 * <ol>
 *   <li>{@code QUARKUS_DATASOURCE_JDBC_URL} (or the property) set: nothing to do. This is the only
 *       way the prod profile is configured.
 *   <li>libpq variables ({@code PGHOST}, {@code PGPORT}, ... as exported by {@code pg_virtualenv}):
 *       a server started outside; map them to the datasource.
 *   <li>otherwise: start an embedded PostgreSQL 17 ({@link EmbeddedDatabase}), whose library is a
 *       {@code provided} dependency, present in dev mode and tests only.
 * </ol>
 */
public class DatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean test = profiles.contains("test");
        boolean dev = profiles.contains("dev");
        if (!test && !dev) {
            return List.of();
        }
        ConfigValue url = context.getValue(URL);
        if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
            return List.of();
        }
        Map<String, String> env = System.getenv();
        if (env.containsKey("PGHOST") || env.containsKey("PGPORT")) {
            return List.of(source(LibpqEnvironment.datasource(env)));
        }
        return List.of(source(EmbeddedDatabase.datasource(test ? "test" : "dev")));
    }

    private static ConfigSource source(Map<String, String> properties) {
        // below application.properties (250) and the environment (300)
        return new PropertiesConfigSource(properties, "opendetainers-dev-database", 200);
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(200);
    }
}
