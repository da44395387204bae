package org.opendetainers.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answered to the client as problem details; thrown by resources and parameter parsing.
 */
public class ApiProblem extends RuntimeException {

    public static final String INVALID_PARAMETER = "urn:opendetainers:problem:invalid-parameter";
    public static final String UNKNOWN_PARAMETER = "urn:opendetainers:problem:unknown-parameter";
    public static final String NOT_FOUND = "urn:opendetainers:problem:not-found";
    public static final String NO_RELEASE = "urn:opendetainers:problem:no-release";

    /** 503: the instance has as many database reads in flight as it allows (load shedding). */
    public static final String OVERLOADED = "urn:opendetainers:problem:overloaded";

    /** 429: the client used its rate limit. */
    public static final String RATE_LIMITED = "urn:opendetainers:problem:rate-limited";

    private final int status;
    private final String type;
    private final String title;
    private final String parameter;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiProblem(int status, String type, String title, String detail, String parameter) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.parameter = parameter;
    }

    /** 400: a query parameter has a value the API cannot use. */
    public static ApiProblem invalidParameter(String parameter, String detail) {
        return new ApiProblem(400, INVALID_PARAMETER, "Invalid parameter", detail, parameter);
    }

    /** 404: no such item in the release read. */
    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, NOT_FOUND, "Not found", detail, null);
    }

    /** Adds a response header to the problem answer (e.g. Content-Range on a 416). */
    public ApiProblem withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String parameter() {
        return parameter;
    }
}
