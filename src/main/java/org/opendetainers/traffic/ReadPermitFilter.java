package org.opendetainers.traffic;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Takes a {@link ReadPermits} permit for every public read ({@code GET} and {@code HEAD} under
 * {@code /v1}) before its resource runs, and gives it back once the answer is built (or the exchange
 * ends, whichever comes first). Admin, pages, health and metrics take none.
 *
 * <p>Interim: a read answered from the response cache will not need a permit; the read path then
 * takes it itself, after the cache lookup, and this filter goes.
 */
public class ReadPermitFilter {

    private static final String PROPERTY = ReadPermits.Permit.class.getName();

    private final ReadPermits permits;

    public ReadPermitFilter(ReadPermits permits) {
        this.permits = permits;
    }

    /** On the event loop, before the read is handed to a worker: a flood's excess is shed without a worker. */
    // non-blocking filters must run before every blocking one, pre-matching ones (AdminAuthFilter) included
    @ServerRequestFilter(preMatching = true, nonBlocking = true, priority = 1)
    public void shedEarly(ContainerRequestContext request) {
        if (isPublicRead(request)) {
            permits.shedIfSaturated();
        }
    }

    // not nonBlocking: on a blocking read it runs on the worker thread, where waiting is allowed
    @ServerRequestFilter
    public void acquire(ContainerRequestContext request, RoutingContext routing) {
        if (!isPublicRead(request)) {
            return;
        }
        ReadPermits.Permit permit = permits.acquire();
        request.setProperty(PROPERTY, permit);
        routing.addEndHandler(done -> permit.close());
    }

    @ServerResponseFilter
    public void release(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(PROPERTY) instanceof ReadPermits.Permit permit) {
            permit.close();
        }
    }

    private static boolean isPublicRead(ContainerRequestContext request) {
        String method = request.getMethod();
        return (method.equals("GET") || method.equals("HEAD")) && isRead(request.getUriInfo().getPath());
    }

    static boolean isRead(String path) {
        return path.equals("/v1") || path.startsWith("/v1/");
    }
}
