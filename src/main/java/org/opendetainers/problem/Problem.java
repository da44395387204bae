package org.opendetainers.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details object, as every error of the API is answered. Its OpenAPI schema is
 * in {@code META-INF/openapi.yaml} ({@code #/components/schemas/Problem}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type, String title, int status, String detail, String instance, String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
