package org.opendetainers.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opendetainers.problem.ApiProblem;

/**
 * Rejects query parameters that the matched operation does not declare, and parameters given more
 * than once: a misspelled filter must not silently return everything. The allowed names are read
 * from the resource method's {@link QueryParam}s, so they cannot drift from the code (or from the
 * OpenAPI document generated from it).
 */
public class KnownParametersFilter {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null
                || !method.getDeclaringClass().getPackageName().startsWith("org.opendetainers.")) {
            return;
        }
        Set<String> allowed = declared.computeIfAbsent(method, KnownParametersFilter::queryParams);
        for (Map.Entry<String, List<String>> param :
                request.getUriInfo().getQueryParameters().entrySet()) {
            String name = param.getKey();
            if (!allowed.contains(name)) {
                throw new ApiProblem(
                        400,
                        ApiProblem.UNKNOWN_PARAMETER,
                        "Unknown parameter",
                        "'"
                                + name
                                + "' is not a parameter of this operation"
                                + (allowed.isEmpty()
                                        ? ", which takes none"
                                        : "; its parameters are: " + String.join(", ", allowed)),
                        name);
            }
            if (param.getValue().size() > 1) {
                throw ApiProblem.invalidParameter(
                        name,
                        "'"
                                + name
                                + "' is given "
                                + param.getValue().size()
                                + " times; give it once");
            }
        }
    }

    private static Set<String> queryParams(Method method) {
        Set<String> names = new TreeSet<>();
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                } else if (a instanceof BeanParam) {
                    for (Field field : types[i].getFields()) {
                        QueryParam q = field.getAnnotation(QueryParam.class);
                        if (q != null) {
                            names.add(q.value());
                        }
                    }
                }
            }
        }
        return names;
    }
}
