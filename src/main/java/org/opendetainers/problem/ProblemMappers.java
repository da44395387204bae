package org.opendetainers.problem;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers every error as RFC 9457 problem details; never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        Response.ResponseBuilder r =
                Response.status(e.status())
                        .type(Problem.MEDIA_TYPE)
                        .entity(
                                new Problem(
                                        e.type(),
                                        e.title(),
                                        e.status(),
                                        e.getMessage(),
                                        path(uri),
                                        e.parameter()));
        e.headers().forEach(r::header);
        return r.build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(
                new Problem(
                        ApiProblem.NOT_FOUND,
                        "Not found",
                        404,
                        "No resource at this path. The API's index is at /v1; its paths are listed at /q/openapi.",
                        path(uri),
                        null));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return problem(
                new Problem(
                        "about:blank",
                        "Not acceptable",
                        406,
                        "This resource is available as application/json or text/csv (also with ?format=json or ?format=csv).",
                        path(uri),
                        null));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Response r =
                problem(
                        new Problem(
                                "about:blank",
                                "Method not allowed",
                                405,
                                "The public API is read-only: use GET.",
                                path(uri),
                                null));
        return Response.fromResponse(r).allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return internal(uri);
        }
        Response.Status s = Response.Status.fromStatusCode(status);
        return problem(
                new Problem(
                        "about:blank",
                        s == null ? "Error" : s.getReasonPhrase(),
                        status,
                        e.getMessage(),
                        path(uri),
                        null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("request failed", e);
        return internal(uri);
    }

    private static Response internal(UriInfo uri) {
        return problem(
                new Problem(
                        "about:blank",
                        "Internal server error",
                        500,
                        "The request could not be answered. The error was logged.",
                        path(uri),
                        null));
    }

    public static Response problem(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
