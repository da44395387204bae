package org.opendetainers.api;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opendetainers.problem.ApiProblem;

/** The representations the public API serves. */
public enum Format {
    json(MediaType.APPLICATION_JSON),
    csv("text/csv; charset=utf-8; header=present");

    public static final String CSV_MEDIA_TYPE = "text/csv";

    public final String contentType;

    Format(String contentType) {
        this.contentType = contentType;
    }

    /**
     * {@code ?format=} wins over {@code Accept}; {@code Accept: *}{@code /*} or none gives JSON.
     */
    public static Format of(String formatParam, HttpHeaders headers) {
        return of(formatParam, headers.getAcceptableMediaTypes());
    }

    /** The same, from the media types a request accepts, in order of preference. */
    public static Format of(String formatParam, List<MediaType> acceptable) {
        if (formatParam != null) {
            return switch (formatParam) {
                case "json" -> json;
                case "csv" -> csv;
                default ->
                        throw ApiProblem.invalidParameter(
                                "format", "'" + formatParam + "' is not one of: json, csv");
            };
        }
        for (MediaType accepted : acceptable) {
            if (accepted.isWildcardType()) {
                return json;
            }
            if ("text".equals(accepted.getType())
                    && (accepted.isWildcardSubtype() || "csv".equals(accepted.getSubtype()))) {
                return csv;
            }
            if ("application".equals(accepted.getType())
                    && (accepted.isWildcardSubtype() || "json".equals(accepted.getSubtype()))) {
                return json;
            }
        }
        throw new NotAcceptableException();
    }
}
