package org.opendetainers.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opendetainers.traffic.ReadPermits;

/**
 * Sheds the excess of a flood early: on the event loop, before a public read takes a worker
 * thread, a read that would query the database is answered 503 at once when every database permit
 * is taken and as many reads already wait as allowed ({@link ReadPermits#shedIfSaturated()}). A read
 * the response cache holds is never shed: it needs no permit ({@link Reads#isCached}).
 */
public class ShedFilter {

    private final ReadPermits permits;
    private final Reads reads;

    public ShedFilter(ReadPermits permits, Reads reads) {
        this.permits = permits;
        this.reads = reads;
    }

    // non-blocking filters must run before every blocking one, pre-matching ones (AdminAuthFilter) included
    @ServerRequestFilter(preMatching = true, nonBlocking = true, priority = 1)
    public void shedEarly(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        if ((method.equals("GET") || method.equals("HEAD")) && (path.equals("/v1") || path.startsWith("/v1/"))
                && !reads.isCached(request.getUriInfo(), request.getAcceptableMediaTypes())) {
            permits.shedIfSaturated();
        }
    }
}
