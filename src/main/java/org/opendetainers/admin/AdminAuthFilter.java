package org.opendetainers.admin;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opendetainers.config.AdminConfig;
import org.opendetainers.problem.Problem;
import org.opendetainers.problem.ProblemMappers;

/**
 * Guards {@code /admin}: no key configured → 404 (disabled); no {@code Authorization: Bearer} →
 * 401; a wrong key → 403. The key is compared in constant time. Public endpoints stay anonymous.
 */
public class AdminAuthFilter {

    private final AdminConfig config;

    public AdminAuthFilter(AdminConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/admin") && !path.startsWith("/admin/")) {
            return Optional.empty();
        }
        String instance = path;
        Optional<String> key = config.apiKey().filter(k -> !k.isBlank());
        if (key.isEmpty()) {
            return Optional.of(
                    ProblemMappers.problem(
                            new Problem(
                                    "urn:opendetainers:problem:admin-disabled",
                                    "Not found",
                                    404,
                                    "the admin endpoints are disabled: no opendetainers.admin.api-key is configured",
                                    instance,
                                    null)));
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Response r =
                    ProblemMappers.problem(
                            new Problem(
                                    "urn:opendetainers:problem:unauthorized",
                                    "Unauthorized",
                                    401,
                                    "send the admin API key as 'Authorization: Bearer <key>'",
                                    instance,
                                    null));
            return Optional.of(
                    Response.fromResponse(r)
                            .header(
                                    HttpHeaders.WWW_AUTHENTICATE,
                                    "Bearer realm=\"opendetainers-admin\"")
                            .build());
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        byte[] expected = key.get().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(digest(given), digest(expected))) {
            return Optional.of(
                    ProblemMappers.problem(
                            new Problem(
                                    "urn:opendetainers:problem:forbidden",
                                    "Forbidden",
                                    403,
                                    "the API key is not valid",
                                    instance,
                                    null)));
        }
        return Optional.empty();
    }

    /**
     * Comparing fixed-length digests keeps the comparison's time independent of the key's length
     * too.
     */
    private static byte[] digest(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
