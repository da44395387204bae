package org.opendetainers.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses rendered Kubernetes YAML (several documents) strictly into typed models: the fabric8
 * Kubernetes model classes for the built-in kinds, {@link CloudNativePg} for the operator's.
 *
 * <p>Strict means: a kind not listed in {@link #KINDS} is an error; a field that the model does not
 * know is an error (the fabric8 classes keep such fields in {@code additionalProperties}, so every
 * object of the parsed tree is walked and any non-empty {@code additionalProperties} is reported
 * with its path); scalars are not coerced (a quoted number where a number belongs is an error); a
 * duplicate key is an error.
 */
final class ManifestParser {

    /** apiVersion/kind → model. The API versions are those served by Kubernetes 1.32. */
    static final Map<String, Class<?>> KINDS =
            Map.ofEntries(
                    Map.entry("v1/ConfigMap", ConfigMap.class),
                    Map.entry("v1/Secret", Secret.class),
                    Map.entry("v1/Service", Service.class),
                    Map.entry("v1/ServiceAccount", ServiceAccount.class),
                    Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
                    Map.entry("apps/v1/Deployment", Deployment.class),
                    Map.entry("apps/v1/StatefulSet", StatefulSet.class),
                    Map.entry("batch/v1/CronJob", CronJob.class),
                    Map.entry("batch/v1/Job", Job.class),
                    Map.entry(
                            "autoscaling/v2/HorizontalPodAutoscaler",
                            HorizontalPodAutoscaler.class),
                    Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
                    Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
                    Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
                    Map.entry("postgresql.cnpg.io/v1/Cluster", CloudNativePg.Cluster.class),
                    Map.entry(
                            "postgresql.cnpg.io/v1/ScheduledBackup",
                            CloudNativePg.ScheduledBackup.class),
                    Map.entry(
                            "barmancloud.cnpg.io/v1/ObjectStore", CloudNativePg.ObjectStore.class));

    private static final YAMLMapper YAML =
            YAMLMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                    .build();

    private static final ObjectMapper STRICT =
            JsonMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                    .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                    .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                    .build();

    private ManifestParser() {}

    /** The manifests of one rendered overlay, typed. */
    record Parsed(List<Object> objects) {

        <T> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T> T one(Class<T> type, String name) {
            List<T> found = all(type).stream().filter(o -> name.equals(nameOf(o))).toList();
            if (found.size() != 1) {
                throw new AssertionError(
                        "expected one "
                                + type.getSimpleName()
                                + " named "
                                + name
                                + ", found "
                                + found.size());
            }
            return found.get(0);
        }
    }

    /** Thrown for any document that does not parse strictly. */
    static final class InvalidManifestException extends RuntimeException {
        InvalidManifestException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static Parsed parse(String yaml) {
        List<Object> objects = new ArrayList<>();
        List<JsonNode> docs;
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            docs = it.readAll();
        } catch (IOException e) {
            throw new InvalidManifestException("not YAML: " + e.getMessage(), e);
        }
        int index = 0;
        for (JsonNode doc : docs) {
            index++;
            if (doc == null
                    || doc.isNull()
                    || doc.isMissingNode()
                    || (doc.isObject() && doc.isEmpty())) {
                continue;
            }
            objects.add(parseOne(doc, index));
        }
        return new Parsed(List.copyOf(objects));
    }

    private static Object parseOne(JsonNode doc, int index) {
        String apiVersion = doc.path("apiVersion").asText("");
        String kind = doc.path("kind").asText("");
        String where =
                "document "
                        + index
                        + " ("
                        + apiVersion
                        + " "
                        + kind
                        + " "
                        + doc.path("metadata").path("name").asText("?")
                        + ")";
        Class<?> model = KINDS.get(apiVersion + "/" + kind);
        if (model == null) {
            throw new InvalidManifestException(
                    where
                            + ": no typed model for apiVersion '"
                            + apiVersion
                            + "' kind '"
                            + kind
                            + "' (known: "
                            + KINDS.keySet().stream().sorted().toList()
                            + ")",
                    null);
        }
        Object typed;
        try {
            typed = STRICT.treeToValue(doc, model);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidManifestException(where + ": " + e.getMessage(), e);
        }
        List<String> unknown = new ArrayList<>();
        unknownFields(typed, kind, unknown, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (!unknown.isEmpty()) {
            throw new InvalidManifestException(
                    where + ": unknown field(s): " + String.join("; ", unknown), null);
        }
        return typed;
    }

    /** Walks the parsed objects and lists every non-empty additionalProperties with its path. */
    static void unknownFields(Object o, String path, List<String> unknown, Set<Object> seen) {
        if (o == null
                || o instanceof String
                || o instanceof Number
                || o instanceof Boolean
                || o instanceof Enum<?>) {
            return;
        }
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown, seen));
            return;
        }
        if (o instanceof Collection<?> list) {
            int i = 0;
            for (Object v : list) {
                unknownFields(v, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        Class<?> type = o.getClass();
        boolean ours = type.getName().startsWith("org.opendetainers.");
        if (!(type.getName().startsWith("io.fabric8.") || ours) || !seen.add(o)) {
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                unknownFields(
                        invoke(rc.getAccessor(), o), path + "." + rc.getName(), unknown, seen);
            }
            return;
        }
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0
                    || Modifier.isStatic(m.getModifiers())
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = m.getName();
            if (name.equals("getAdditionalProperties")) {
                if (invoke(m, o) instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
            } else if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
                unknownFields(
                        invoke(m, o),
                        path + "." + Character.toLowerCase(name.charAt(3)) + name.substring(4),
                        unknown,
                        seen);
            }
        }
    }

    private static Object invoke(Method m, Object o) {
        try {
            return m.invoke(o);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // a computed getter that does not apply (e.g. a Quantity's numerical
            // amount)
        }
    }

    static String nameOf(Object o) {
        if (o instanceof HasMetadata h) {
            return h.getMetadata() == null ? null : h.getMetadata().getName();
        }
        if (o instanceof CloudNativePg.Cluster c) {
            return c.metadata().getName();
        }
        if (o instanceof CloudNativePg.ScheduledBackup b) {
            return b.metadata().getName();
        }
        if (o instanceof CloudNativePg.ObjectStore s) {
            return s.metadata().getName();
        }
        return null;
    }

    static String kindOf(Object o) {
        return o.getClass().getSimpleName();
    }
}
