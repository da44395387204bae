package org.opendetainers.pages;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Cache headers of the pages' static assets: the bundles' names carry a hash of their content, so a
 * browser or a shared cache keeps them for a year; other files under {@code /static/} (the icon)
 * for a day.
 */
@ApplicationScoped
public class AssetCaching {

    /**
     * main-ABCD1234.js, main-ABCD1234.css, chunk-ABCD1234.js ... as the Web Bundler names them in
     * production.
     */
    static final Pattern FINGERPRINTED =
            Pattern.compile("^/static/bundle/[^/]+-[A-Za-z0-9]{8,}\\.(js|css|map)$");

    void install(@Observes Router router) {
        router.route("/static/*")
                .order(Integer.MIN_VALUE + 1)
                .handler(
                        rc -> {
                            String path = rc.normalizedPath();
                            String cache =
                                    FINGERPRINTED.matcher(path).matches()
                                            ? "public, max-age=31536000, immutable"
                                            : "public, max-age=86400";
                            rc.addHeadersEndHandler(
                                    v -> {
                                        if (rc.response().getStatusCode() == 200
                                                || rc.response().getStatusCode() == 304) {
                                            rc.response().headers().set("Cache-Control", cache);
                                        }
                                    });
                            rc.next();
                        });
    }
}
