package org.opendetainers.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.opendetainers.representation.DetainerStatView;

/**
 * Rewrites the schemas SmallRye derives from the code into the shapes client generators read
 * correctly, for every schema and every field, present or future:
 *
 * <ul>
 *   <li>a {@code $ref} stands alone: a field's description and examples go beside an {@code allOf}
 *       holding the reference, never beside the reference itself (SmallRye writes {@code type}
 *       beside it, which makes generators drop the referenced model or enum);
 *   <li>a nullable reference is {@code anyOf: [$ref, {type: "null"}]} with no {@code type} beside
 *       it;
 *   <li>references to plain values (LocalDate, OffsetDateTime) are written inline ({@code type:
 *       string, format: date}), so the field keeps its description;
 *   <li>every property of an object is {@code required}: the service always sends every field (null
 *       when it has no value), except the fields marked {@value #OMITTED_WHEN_NULL}, which are left
 *       out of the JSON when null (the marker is removed here);
 *   <li>path parameters come first, in the order of the path, so positional calls build the right
 *       URL;
 *   <li>component schemas that nothing refers to are removed.
 * </ul>
 *
 * It touches schemas and the order of parameters only ({@link ErrorResponsesFilter} declares the
 * answers). Spectral rules in {@code .spectral.yaml} fail when any of the old shapes comes back.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ClientSchemasFilter implements OASFilter {

    /**
     * Extension marking a field that is left out of the JSON when null (Jackson NON_NULL): not
     * required.
     */
    public static final String OMITTED_WHEN_NULL = DetainerStatView.OMITTED;

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas =
                components == null || components.getSchemas() == null
                        ? Map.of()
                        : components.getSchemas();
        Map<String, Schema> aliases = new LinkedHashMap<>();
        schemas.forEach(
                (name, schema) -> {
                    if (isPlainValue(schema)) {
                        aliases.put(PREFIX + name, schema);
                    }
                });
        schemas.values().forEach(s -> fix(s, aliases));
        schemas.values().forEach(ClientSchemasFilter::require);
        if (components != null && components.getResponses() != null) {
            components.getResponses().values().forEach(r -> fixContent(r.getContent(), aliases));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
                for (Operation op : path.getValue().getOperations().values()) {
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> fix(p.getSchema(), aliases));
                        op.setParameters(pathOrder(path.getKey(), op.getParameters()));
                    }
                    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                        op.getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(r -> fixContent(r.getContent(), aliases));
                    }
                    if (op.getRequestBody() != null) {
                        fixContent(op.getRequestBody().getContent(), aliases);
                    }
                }
            }
        }
        if (components != null && components.getSchemas() != null) {
            removeUnreferenced(openAPI, components);
        }
    }

    /**
     * A component that is a single plain type without properties or enum (e.g. LocalDate: string,
     * date).
     */
    private static boolean isPlainValue(Schema s) {
        return s.getRef() == null
                && s.getProperties() == null
                && s.getEnumeration() == null
                && s.getType() != null
                && s.getType().size() == 1
                && s.getType().get(0) != Schema.SchemaType.OBJECT
                && s.getType().get(0) != Schema.SchemaType.ARRAY
                && s.getAllOf() == null
                && s.getAnyOf() == null
                && s.getOneOf() == null;
    }

    private static void fixContent(Content content, Map<String, Schema> aliases) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType m : content.getMediaTypes().values()) {
                fix(m.getSchema(), aliases);
            }
        }
    }

    private static void fix(Schema s, Map<String, Schema> aliases) {
        if (s == null) {
            return;
        }
        List<Schema> anyOf = s.getAnyOf();
        if (anyOf != null
                && anyOf.size() == 2
                && anyOf.get(0).getRef() != null
                && isNull(anyOf.get(1))) {
            Schema alias = aliases.get(anyOf.get(0).getRef());
            s.setType(null);
            if (alias != null) {
                s.setAnyOf(null);
                inline(s, alias, true);
            }
        }
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> fix(p, aliases));
        }
        fix(s.getItems(), aliases);
        fix(s.getAdditionalPropertiesSchema(), aliases);
        fix(s.getNot(), aliases);
        for (List<Schema> list :
                new ArrayList<>(Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf()))) {
            if (list != null) {
                list.forEach(x -> fix(x, aliases));
            }
        }
        String ref = s.getRef();
        if (ref != null) {
            Schema alias = aliases.get(ref);
            if (alias != null) {
                s.setRef(null);
                inline(s, alias, false);
            } else if (s.getType() != null && s.getType().contains(Schema.SchemaType.NULL)) {
                // a nullable reference written as $ref beside type [..., "null"]
                s.setRef(null);
                s.setType(null);
                s.setAnyOf(
                        List.of(
                                OASFactory.createSchema().ref(ref),
                                OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL))));
            } else if (s.getAll().size() > 1) {
                // keep the field's own words; the reference moves into an allOf of one
                s.setRef(null);
                s.setType(null);
                s.setFormat(null);
                s.setEnumeration(null);
                s.setAllOf(List.of(OASFactory.createSchema().ref(ref)));
            }
        }
    }

    private static boolean isNull(Schema s) {
        return s.getRef() == null
                && s.getType() != null
                && s.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    /** Copies a plain value's type, format and pattern into a field that referred to it. */
    private static void inline(Schema field, Schema value, boolean nullable) {
        List<Schema.SchemaType> type = new ArrayList<>(value.getType());
        if (nullable) {
            type.add(Schema.SchemaType.NULL);
        }
        field.setType(type);
        if (value.getFormat() != null) {
            field.setFormat(value.getFormat());
        }
        if (value.getPattern() != null && field.getPattern() == null) {
            field.setPattern(value.getPattern());
        }
        if (field.getDescription() == null && value.getDescription() != null) {
            field.setDescription(value.getDescription());
        }
        if (field.getExamples() == null && value.getExamples() != null) {
            field.setExamples(value.getExamples());
        }
    }

    /**
     * Every property required, except those marked as left out when null; an explicit list stays.
     */
    private static void require(Schema s) {
        if (s.getProperties() == null) {
            return;
        }
        List<String> required = new ArrayList<>();
        s.getProperties()
                .forEach(
                        (name, p) -> {
                            if (p.getExtensions() != null
                                    && p.getExtensions().containsKey(OMITTED_WHEN_NULL)) {
                                p.removeExtension(OMITTED_WHEN_NULL);
                            } else {
                                required.add(name);
                            }
                        });
        if (s.getRequired() == null || s.getRequired().isEmpty()) {
            s.setRequired(required);
        }
    }

    /**
     * Path parameters first, in the order they appear in the path; the others after, as they were.
     */
    private static List<Parameter> pathOrder(String path, List<Parameter> parameters) {
        List<Parameter> sorted = new ArrayList<>(parameters);
        sorted.sort(
                Comparator.comparingInt(
                        p ->
                                p.getIn() == Parameter.In.PATH && p.getName() != null
                                        ? path.indexOf("{" + p.getName() + "}")
                                        : Integer.MAX_VALUE));
        return sorted;
    }

    /**
     * Removes component schemas that neither an operation, a shared response nor another used
     * schema refers to.
     */
    private static void removeUnreferenced(OpenAPI openAPI, Components components) {
        Set<String> used = new HashSet<>();
        List<Schema> pending = new ArrayList<>();
        Consumer<Schema> collect = s -> collectRefs(s, used, pending, components.getSchemas());
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(r -> contentSchemas(r, collect));
        }
        if (components.getHeaders() != null) {
            components.getHeaders().values().forEach(h -> collect.accept(h.getSchema()));
        }
        if (components.getParameters() != null) {
            components.getParameters().values().forEach(p -> collect.accept(p.getSchema()));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation op : item.getOperations().values()) {
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> collect.accept(p.getSchema()));
                    }
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        op.getRequestBody()
                                .getContent()
                                .getMediaTypes()
                                .values()
                                .forEach(m -> collect.accept(m.getSchema()));
                    }
                    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                        op.getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(r -> contentSchemas(r, collect));
                    }
                }
            }
        }
        while (!pending.isEmpty()) {
            collect.accept(pending.remove(pending.size() - 1));
        }
        for (String name : new ArrayList<>(components.getSchemas().keySet())) {
            if (!used.contains(name)) {
                components.removeSchema(name);
            }
        }
    }

    private static void contentSchemas(APIResponse r, Consumer<Schema> collect) {
        if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
            r.getContent().getMediaTypes().values().forEach(m -> collect.accept(m.getSchema()));
        }
        if (r.getHeaders() != null) {
            r.getHeaders().values().forEach(h -> collect.accept(h.getSchema()));
        }
    }

    private static void collectRefs(
            Schema s, Set<String> used, List<Schema> pending, Map<String, Schema> schemas) {
        if (s == null) {
            return;
        }
        if (s.getRef() != null && s.getRef().startsWith(PREFIX)) {
            String name = s.getRef().substring(PREFIX.length());
            if (used.add(name) && schemas.containsKey(name)) {
                pending.add(schemas.get(name));
            }
        }
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> collectRefs(p, used, pending, schemas));
        }
        collectRefs(s.getItems(), used, pending, schemas);
        collectRefs(s.getAdditionalPropertiesSchema(), used, pending, schemas);
        collectRefs(s.getNot(), used, pending, schemas);
        for (List<Schema> list : Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
            if (list != null) {
                list.forEach(x -> collectRefs(x, used, pending, schemas));
            }
        }
    }
}
