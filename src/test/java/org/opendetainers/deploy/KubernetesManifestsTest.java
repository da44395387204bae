package org.opendetainers.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendetainers.deploy.DeploymentPolicy.Environment;
import org.opendetainers.deploy.ManifestParser.InvalidManifestException;
import org.opendetainers.deploy.ManifestParser.Parsed;
import org.opendetainers.testing.DockerfileLines;
import org.w3c.dom.Document;

/**
 * Validates {@code k8s/} without a cluster: renders both overlays with {@code kubectl kustomize},
 * parses every object strictly into typed models ({@link ManifestParser}), checks the deployment
 * policy ({@link DeploymentPolicy}) and the image build ({@code src/main/docker/Dockerfile.jvm}).
 * Every rule is also shown to fail on a manifest broken on purpose.
 *
 * <p>Needs {@code kubectl} (v1.32, with kustomize v5.5) on the PATH or in {@code $KUBECTL}. Without
 * it the test is skipped on a developer's machine and fails in CI ({@code CI=true}). The rendered
 * overlays are written to {@code target/k8s/}.
 */
@Tag("unit")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    private String devYaml;
    private String prodYaml;
    private Parsed dev;
    private Parsed prod;

    @BeforeAll
    void render() throws Exception {
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        if (!runs(kubectl, "version", "--client")) {
            String message =
                    "kubectl is not installed ("
                            + kubectl
                            + "): it renders k8s/ (.ci/run installs it)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            assumeTrue(false, message + "; skipped outside CI");
        }
        devYaml = kustomize(kubectl, "dev");
        prodYaml = kustomize(kubectl, "prod");
        dev = ManifestParser.parse(devYaml);
        prod = ManifestParser.parse(prodYaml);
    }

    // ---- the committed overlays ---------------------------------------------------------------

    @Test
    void bothOverlaysRenderAndParseStrictly() {
        assertEquals(
                List.of(
                        "ConfigMap",
                        "CronJob",
                        "Deployment",
                        "HorizontalPodAutoscaler",
                        "NetworkPolicy",
                        "PodDisruptionBudget",
                        "Service",
                        "ServiceAccount",
                        "StatefulSet"),
                kinds(dev));
        assertEquals(
                List.of(
                        "Cluster",
                        "ConfigMap",
                        "CronJob",
                        "Deployment",
                        "HorizontalPodAutoscaler",
                        "Ingress",
                        "NetworkPolicy",
                        "ObjectStore",
                        "PodDisruptionBudget",
                        "ScheduledBackup",
                        "Service",
                        "ServiceAccount"),
                kinds(prod));
    }

    @Test
    void devComplies() {
        assertEquals(List.of(), DeploymentPolicy.check(dev, Environment.DEV));
    }

    @Test
    void prodComplies() {
        assertEquals(List.of(), DeploymentPolicy.check(prod, Environment.PROD));
    }

    @Test
    void overlaysDifferWhereTheyShould() {
        assertEquals(1, dev.one(Deployment.class, "opendetainers").getSpec().getReplicas());
        assertTrue(prod.one(Deployment.class, "opendetainers").getSpec().getReplicas() >= 2);
        assertEquals(3, prod.all(CloudNativePg.Cluster.class).get(0).spec().instances());
        assertTrue(dev.all(CloudNativePg.Cluster.class).isEmpty(), "dev runs a plain StatefulSet");
        for (Parsed p : List.of(dev, prod)) {
            // the service and the import reach the database by the names CloudNativePG gives it
            Map<String, String> config = p.all(ConfigMap.class).get(0).getData();
            assertEquals(
                    "jdbc:postgresql://opendetainers-db-rw:5432/opendetainers",
                    config.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertTrue(
                    config.get("JAVA_TOOL_OPTIONS").contains("-XX:MaxRAMPercentage="),
                    "heap sized from the memory limit");
        }
    }

    @Test
    void theDeployedImageIsTheProjectVersion() throws Exception {
        Document pom =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(ROOT.resolve("pom.xml").toFile());
        String version =
                pom.getDocumentElement()
                        .getElementsByTagName("version")
                        .item(0)
                        .getTextContent()
                        .trim();
        for (Parsed p : List.of(dev, prod)) {
            assertEquals(DeploymentPolicy.APP_IMAGE + ":" + version, appContainer(p).getImage());
            assertEquals(
                    DeploymentPolicy.APP_IMAGE + ":" + version,
                    p.one(CronJob.class, DeploymentPolicy.IMPORT)
                            .getSpec()
                            .getJobTemplate()
                            .getSpec()
                            .getTemplate()
                            .getSpec()
                            .getContainers()
                            .get(0)
                            .getImage());
        }
    }

    @Test
    void dockerfileIsPinnedNonRootAndShipsTheSeed() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve(DockerfileLines.DOCKERFILE));
        assertEquals(List.of(), DockerfileCheck.check(dockerfile));
    }

    // ---- every rule can fail ------------------------------------------------------------------

    static Stream<Arguments> brokenManifests() {
        return Stream.of(
                broken(
                        "no readiness probe",
                        "no readinessProbe",
                        p -> appContainer(p).setReadinessProbe(null)),
                broken(
                        "liveness probe elsewhere",
                        "livenessProbe must be an HTTP GET of /q/health/live",
                        p -> appContainer(p).getLivenessProbe().getHttpGet().setPath("/healthz")),
                broken(
                        "no startup probe",
                        "startupProbe must be an HTTP GET of /q/health/started",
                        p -> appContainer(p).setStartupProbe(null)),
                broken(
                        "no memory limit",
                        "no memory limit",
                        p -> appContainer(p).getResources().getLimits().remove("memory")),
                broken(
                        "no CPU request",
                        "no cpu request",
                        p -> importContainer(p).getResources().getRequests().remove("cpu")),
                broken(
                        "root allowed",
                        "must run as non-root",
                        p -> {
                            appContainer(p).getSecurityContext().setRunAsNonRoot(false);
                        }),
                broken(
                        "writable root",
                        "readOnlyRootFilesystem must be true",
                        p ->
                                importContainer(p)
                                        .getSecurityContext()
                                        .setReadOnlyRootFilesystem(false)),
                broken(
                        "privilege escalation",
                        "allowPrivilegeEscalation must be false",
                        p ->
                                appContainer(p)
                                        .getSecurityContext()
                                        .setAllowPrivilegeEscalation(null)),
                broken(
                        "capabilities kept",
                        "capabilities must drop ALL",
                        p ->
                                appContainer(p)
                                        .getSecurityContext()
                                        .getCapabilities()
                                        .setDrop(List.of("NET_RAW"))),
                broken(
                        "no /tmp",
                        "/tmp must be a mounted volume",
                        p -> appContainer(p).setVolumeMounts(List.of())),
                broken(
                        "latest tag",
                        "has no pinned tag",
                        p -> appContainer(p).setImage(DeploymentPolicy.APP_IMAGE + ":latest")),
                broken(
                        "untagged image",
                        "has no pinned tag",
                        p -> importContainer(p).setImage(DeploymentPolicy.APP_IMAGE)),
                broken(
                        "inlined password",
                        "QUARKUS_DATASOURCE_PASSWORD must come from a Secret",
                        p ->
                                appContainer(p).getEnv().stream()
                                        .filter(
                                                e ->
                                                        e.getName()
                                                                .equals(
                                                                        "QUARKUS_DATASOURCE_PASSWORD"))
                                        .forEach(
                                                e -> {
                                                    e.setValueFrom(null);
                                                    e.setValue("hunter2");
                                                })),
                broken(
                        "one replica in prod",
                        "prod needs at least 2 replicas",
                        p -> p.one(Deployment.class, "opendetainers").getSpec().setReplicas(1)),
                broken(
                        "unavailable during updates",
                        "maxUnavailable: 0",
                        p ->
                                p.one(Deployment.class, "opendetainers")
                                        .getSpec()
                                        .getStrategy()
                                        .getRollingUpdate()
                                        .setMaxUnavailable(new IntOrString(1))),
                broken(
                        "in-app schedule on",
                        "OPENDETAINERS_IMPORT_CRON must be \"off\"",
                        p ->
                                appContainer(p)
                                        .getEnv()
                                        .removeIf(
                                                e ->
                                                        e.getName()
                                                                .equals(
                                                                        "OPENDETAINERS_IMPORT_CRON"))),
                broken(
                        "HPA minimum 1",
                        "minReplicas >= 2",
                        p ->
                                p.one(HorizontalPodAutoscaler.class, "opendetainers")
                                        .getSpec()
                                        .setMinReplicas(1)),
                broken(
                        "no PDB",
                        "no PodDisruptionBudget",
                        p ->
                                p.one(PodDisruptionBudget.class, "opendetainers")
                                        .getSpec()
                                        .getSelector()
                                        .getMatchLabels()
                                        .put("app.kubernetes.io/component", "other")),
                broken(
                        "concurrent imports",
                        "concurrencyPolicy must be Forbid",
                        p ->
                                p.one(CronJob.class, DeploymentPolicy.IMPORT)
                                        .getSpec()
                                        .setConcurrencyPolicy("Allow")),
                broken(
                        "no backoff limit",
                        "backoffLimit must be set",
                        p ->
                                p.one(CronJob.class, DeploymentPolicy.IMPORT)
                                        .getSpec()
                                        .getJobTemplate()
                                        .getSpec()
                                        .setBackoffLimit(null)),
                broken(
                        "no history limit",
                        "failedJobsHistoryLimit must be set",
                        p ->
                                p.one(CronJob.class, DeploymentPolicy.IMPORT)
                                        .getSpec()
                                        .setFailedJobsHistoryLimit(null)),
                broken(
                        "import command missing",
                        "must run the jar's import command",
                        p -> importContainer(p).setArgs(List.of())),
                broken(
                        "database open to all",
                        "accepts 5432 from everyone",
                        p ->
                                p.one(NetworkPolicy.class, "opendetainers-db")
                                        .getSpec()
                                        .getIngress()
                                        .get(0)
                                        .setFrom(
                                                List.of(
                                                        new NetworkPolicyPeer(
                                                                null,
                                                                new LabelSelector(),
                                                                new LabelSelector())))),
                broken(
                        "no default deny",
                        "no default-deny ingress NetworkPolicy",
                        p ->
                                p.one(NetworkPolicy.class, "opendetainers-default-deny-ingress")
                                        .getSpec()
                                        .setPolicyTypes(List.of("Egress"))),
                broken(
                        "ingress limit not the service's",
                        "differs from the service's",
                        p ->
                                p.one(Ingress.class, "opendetainers")
                                        .getMetadata()
                                        .getAnnotations()
                                        .put("nginx.ingress.kubernetes.io/limit-rps", "50")),
                broken(
                        "no ingress limit",
                        "no rate limit",
                        p ->
                                p.one(Ingress.class, "opendetainers")
                                        .getMetadata()
                                        .getAnnotations()
                                        .remove(
                                                "nginx.ingress.kubernetes.io/limit-burst-multiplier")),
                broken(
                        "ingress not trusted",
                        "TRUSTED_PROXIES is not set",
                        p ->
                                p.all(ConfigMap.class)
                                        .forEach(
                                                cm ->
                                                        cm.getData()
                                                                .remove(
                                                                        "OPENDETAINERS_API_RATE_LIMIT_TRUSTED_PROXIES"))),
                broken(
                        "a stray database client",
                        "only the service's pods",
                        p -> {
                            Deployment d = p.one(Deployment.class, "opendetainers");
                            d.getSpec()
                                    .getTemplate()
                                    .getMetadata()
                                    .getLabels()
                                    .remove("opendetainers/db-client");
                        }));
    }

    private static Arguments broken(String name, String expected, Consumer<Parsed> breakIt) {
        return Arguments.of(name, expected, breakIt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenManifests")
    void policyCatches(String name, String expected, Consumer<Parsed> breakIt) {
        Parsed copy = ManifestParser.parse(prodYaml);
        breakIt.accept(copy);
        List<String> violations = DeploymentPolicy.check(copy, Environment.PROD);
        assertTrue(
                violations.stream().anyMatch(v -> v.contains(expected)),
                name + ": expected a violation containing '" + expected + "', got " + violations);
    }

    @Test
    void policyCatchesARenderedSecretAndAPasswordInTheConfigMap() {
        String secret =
                """
                ---
                apiVersion: v1
                kind: Secret
                metadata:
                  name: opendetainers-db-app
                stringData:
                  username: opendetainers
                  password: s3cr3t-but-real
                """;
        List<String> v =
                DeploymentPolicy.check(ManifestParser.parse(prodYaml + secret), Environment.PROD);
        assertTrue(
                v.stream()
                        .anyMatch(
                                s ->
                                        s.contains(
                                                "Secret opendetainers-db-app is in the rendered output")),
                v.toString());

        String leaky =
                prodYaml.replace(
                        "jdbc:postgresql://opendetainers-db-rw:5432/opendetainers",
                        "jdbc:postgresql://opendetainers-db-rw:5432/opendetainers?user=app&password=hunter2");
        v = DeploymentPolicy.check(ManifestParser.parse(leaky), Environment.PROD);
        assertTrue(v.stream().anyMatch(s -> s.contains("carries a password")), v.toString());
    }

    @Test
    void policyCatchesAClusterWithoutHighAvailabilityOrBackups() {
        String yaml =
                prodYaml.replace("instances: 3", "instances: 1")
                        .replace("isWALArchiver: true", "isWALArchiver: false");
        List<String> v = DeploymentPolicy.check(ManifestParser.parse(yaml), Environment.PROD);
        assertTrue(
                v.stream().anyMatch(s -> s.contains("prod needs 3 instances, has 1")),
                v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("no WAL archiver")), v.toString());
    }

    // ---- strict parsing can fail --------------------------------------------------------------

    @Test
    void parserRejectsAnUnknownFieldDeepInABuiltInKind() {
        String typo =
                prodYaml.replaceFirst(
                        "readOnlyRootFilesystem: true", "readOnlyRootFileSystem: true");
        InvalidManifestException e =
                assertThrows(InvalidManifestException.class, () -> ManifestParser.parse(typo));
        assertTrue(e.getMessage().contains("readOnlyRootFileSystem"), e.getMessage());
        assertTrue(
                e.getMessage().contains("Deployment") && e.getMessage().contains("unknown field"),
                e.getMessage());
    }

    @Test
    void parserRejectsAWrongType() {
        String quoted = prodYaml.replaceFirst("replicas: 3", "replicas: \"3\"");
        assertThrows(InvalidManifestException.class, () -> ManifestParser.parse(quoted));
        String notAList = prodYaml.replaceFirst("(?m)^(\\s+)- ALL$", "$1ALL");
        assertThrows(InvalidManifestException.class, () -> ManifestParser.parse(notAList));
    }

    @Test
    void parserRejectsAnUnknownKindOrApiVersion() {
        assertThrows(
                InvalidManifestException.class,
                () ->
                        ManifestParser.parse(
                                prodYaml.replace(
                                        "apiVersion: autoscaling/v2",
                                        "apiVersion: autoscaling/v2beta2")));
        assertThrows(
                InvalidManifestException.class,
                () -> ManifestParser.parse("apiVersion: v1\nkind: Pod2\nmetadata:\n  name: x\n"));
    }

    @Test
    void parserRejectsUnknownFieldsAndBadValuesInCloudNativePgResources() {
        InvalidManifestException e =
                assertThrows(
                        InvalidManifestException.class,
                        () ->
                                ManifestParser.parse(
                                        prodYaml.replace(
                                                "enablePodAntiAffinity: true",
                                                "enablePodAntiAfinity: true")));
        assertTrue(e.getMessage().contains("enablePodAntiAfinity"), e.getMessage());
        assertThrows(
                InvalidManifestException.class,
                () ->
                        ManifestParser.parse(
                                prodYaml.replace(
                                        "podAntiAffinityType: required",
                                        "podAntiAffinityType: always")));
        assertThrows(
                InvalidManifestException.class,
                () -> ManifestParser.parse(prodYaml.replace("method: plugin", "method: barman")));
        assertThrows(
                InvalidManifestException.class,
                () ->
                        ManifestParser.parse(
                                prodYaml.replace(
                                        "retentionPolicy: 30d", "retentionPolicy: thirty days")));
        assertThrows(
                InvalidManifestException.class,
                () -> ManifestParser.parse(prodYaml.replace("instances: 3", "instances: \"3\"")));
    }

    @Test
    void dockerfileCheckCatchesRootUnpinnedAndLatest() {
        String good =
                """
                FROM registry.access.redhat.com/ubi10/openjdk-25-runtime:1.24 AS training
                USER 0
                RUN microdnf install -y postgresql-server
                COPY --chown=185 target/quarkus-app/ /deployments/
                COPY --chown=185 data-seed/ /deployments/data-seed/
                ENV JDK_JAVA_OPTIONS="-XX:+UseSerialGC"
                USER 185
                RUN aot-train /deployments/app.aot
                FROM registry.access.redhat.com/ubi10/openjdk-25-runtime:1.24
                COPY --from=training /deployments/ /deployments/
                COPY --from=training /deployments/app.aot /deployments/app.aot
                ENV JDK_JAVA_OPTIONS="-XX:+UseSerialGC"
                USER 185
                ENTRYPOINT ["java", "-XX:AOTCache=/deployments/app.aot", "-jar", "/deployments/quarkus-run.jar"]
                """;
        assertEquals(List.of(), DockerfileCheck.check(good));
        assertFalse(DockerfileCheck.check(good.replace(":1.24", ":latest")).isEmpty());
        assertFalse(DockerfileCheck.check(good.replace(":1.24", "")).isEmpty());
        assertFalse(DockerfileCheck.check(good.replace("USER 185", "USER root")).isEmpty());
        assertFalse(
                DockerfileCheck.check(good.replace("USER 185\nENTRY", "USER 185\nUSER 0\nENTRY"))
                        .isEmpty());
        assertFalse(DockerfileCheck.check(good.replace("USER 185\nENTRY", "ENTRY")).isEmpty());
        assertFalse(
                DockerfileCheck.check(
                                good.replace(
                                        "COPY --chown=185 data-seed/ /deployments/data-seed/\n",
                                        ""))
                        .isEmpty());
        // the cache: trained, on the image's own JVM, after the application is copied, copied into
        // the image with the application's files, with the same JVM options, used by the entry
        // point
        assertEquals(
                List.of("no RUN trains the AOT cache (RUN aot-train CACHE)"),
                DockerfileCheck.check(good.replace("RUN aot-train /deployments/app.aot\n", "")));
        assertEquals(
                List.of(
                        "the entry point does not use the cache (-XX:AOTCache=/deployments/app.aot)"),
                DockerfileCheck.check(good.replace("\"-XX:AOTCache=/deployments/app.aot\", ", "")));
        assertEquals(
                List.of(
                        "the entry point does not use the cache (-XX:AOTCache=/deployments/app.aot)"),
                DockerfileCheck.check(good.replace("AOTCache=/deployments", "AOTCache=/tmp")));
        assertEquals(
                List.of(
                        "the application is copied after the cache is trained: the JVM would refuse the cache"),
                DockerfileCheck.check(
                        good.replace("COPY --chown=185 target/quarkus-app/ /deployments/\n", "")
                                .replace(
                                        "USER 185\nRUN aot-train",
                                        "USER 185\nRUN aot-train /deployments/app.aot\nCOPY --chown=185 target/quarkus-app/ /deployments/\nRUN true")));
        assertEquals(
                List.of(
                        "the cache is trained on registry.access.redhat.com/ubi10/openjdk-25-runtime:1.24"
                                + " but the image runs registry.access.redhat.com/ubi10/openjdk-25-runtime:1.25:"
                                + " another JVM refuses it"),
                DockerfileCheck.check(good.replace(":1.24\nCOPY", ":1.25\nCOPY")));
        assertEquals(
                List.of("the image does not copy the cache /deployments/app.aot from its stage"),
                DockerfileCheck.check(
                        good.replace(
                                "COPY --from=training /deployments/app.aot /deployments/app.aot\n",
                                "")));
        assertEquals(
                List.of(
                        "the image copies the application from the build context, not from the training"
                                + " stage: the cache records the jars' sizes and times"),
                DockerfileCheck.check(
                        good.replace(
                                "COPY --from=training /deployments/ /deployments/",
                                "COPY target/quarkus-app/ /deployments/")));
        assertEquals(
                List.of(
                        "JDK_JAVA_OPTIONS differ between the training and the image: the JVM refuses a"
                                + " cache made with other options"),
                DockerfileCheck.check(
                        good.replace(
                                "ENV JDK_JAVA_OPTIONS=\"-XX:+UseSerialGC\"\nUSER 185\nENTRY",
                                "USER 185\nENTRY")));
    }

    // ---- helpers ------------------------------------------------------------------------------

    static Container appContainer(Parsed p) {
        return p.one(Deployment.class, "opendetainers")
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);
    }

    static Container importContainer(Parsed p) {
        return p.one(CronJob.class, DeploymentPolicy.IMPORT)
                .getSpec()
                .getJobTemplate()
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);
    }

    private static List<String> kinds(Parsed p) {
        return p.objects().stream().map(ManifestParser::kindOf).distinct().sorted().toList();
    }

    private static String kustomize(String kubectl, String overlay) throws Exception {
        Path dir = ROOT.resolve("k8s/overlays/" + overlay);
        Path out = ROOT.resolve("target/k8s/" + overlay + ".yaml");
        Files.createDirectories(out.getParent());
        Process p =
                new ProcessBuilder(kubectl, "kustomize", dir.toString())
                        .redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.PIPE)
                        .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("kubectl kustomize " + dir + " did not finish in 60 s");
        }
        assertEquals(0, p.exitValue(), "kubectl kustomize " + dir + " failed: " + err);
        assertTrue(err.isBlank(), "kubectl kustomize " + dir + " warned: " + err);
        return Files.readString(out);
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Rules for the image build: a pinned base image, a non-root user last, the seed shipped, and
     * the AppCDS archive made after the application's last COPY and used by the entry point.
     */
    static final class DockerfileCheck {

        private static final Pattern FROM = Pattern.compile("(?im)^FROM\\s+(\\S+)");
        private static final Pattern USER = Pattern.compile("(?im)^USER\\s+(\\S+)");
        private static final Pattern APP_COPY = Pattern.compile("(?m)^COPY\\s.*target/quarkus-app");

        static List<String> check(String dockerfile) {
            List<String> v = new ArrayList<>();
            Matcher from = FROM.matcher(dockerfile);
            boolean any = false;
            while (from.find()) {
                any = true;
                String image = from.group(1);
                String afterRegistry = image.substring(image.lastIndexOf('/') + 1);
                if (!image.contains("@sha256:")
                        && (!afterRegistry.contains(":") || afterRegistry.endsWith(":latest"))) {
                    v.add("base image " + image + " is not pinned to a version tag or digest");
                }
            }
            if (!any) {
                v.add("no FROM");
            }
            if (dockerfile.toLowerCase().contains(":latest")) {
                v.add("a :latest reference");
            }
            // the user of the image is that of its last stage (a build stage may run as root)
            List<DockerfileLines.Stage> stages = DockerfileLines.stages(dockerfile);
            Matcher user =
                    USER.matcher(
                            stages.isEmpty() ? dockerfile : stages.get(stages.size() - 1).text());
            String last = null;
            while (user.find()) {
                last = user.group(1);
            }
            if (last == null) {
                v.add("no USER in the last stage: the image would run as the base image's user");
            } else if (last.equals("root")
                    || last.equals("0")
                    || last.startsWith("0:")
                    || last.startsWith("root:")) {
                v.add("the last USER is root");
            }
            if (!dockerfile.matches(
                    "(?s).*COPY[^\\n]*\\sdata-seed/?\\s+/deployments/data-seed/?.*")) {
                v.add(
                        "data-seed/ is not copied to /deployments/data-seed (OPENDETAINERS_IMPORT_SOURCE in k8s/base/app.env)");
            }
            if (!dockerfile.contains("quarkus-run.jar")) {
                v.add("the entry point does not run quarkus-run.jar");
            }
            v.addAll(checkCache(dockerfile));
            return v;
        }

        /**
         * The ahead-of-time cache: trained by a RUN of aot-train after the application's last COPY
         * in its stage, on the final stage's base image (the image's own JVM), copied with the
         * application's files from that stage, used by the entry point, with the same
         * JDK_JAVA_OPTIONS in both stages.
         */
        private static List<String> checkCache(String dockerfile) {
            List<String> v = new ArrayList<>();
            List<DockerfileLines.Stage> stages = DockerfileLines.stages(dockerfile);
            Optional<DockerfileLines.Stage> training =
                    stages.stream()
                            .filter(s -> DockerfileLines.trainingRun(s.text()).isPresent())
                            .findFirst();
            if (training.isEmpty() || stages.isEmpty()) {
                v.add("no RUN trains the AOT cache (RUN aot-train CACHE)");
                return v;
            }
            DockerfileLines.Stage trained = training.get();
            DockerfileLines.TrainingRun run = DockerfileLines.trainingRun(trained.text()).get();
            DockerfileLines.Stage last = stages.get(stages.size() - 1);
            Matcher copy = APP_COPY.matcher(trained.text());
            while (copy.find()) {
                if (copy.start() > run.offset()) {
                    v.add(
                            "the application is copied after the cache is trained: the JVM would refuse the cache");
                }
            }
            if (!trained.image().equals(last.image())) {
                v.add(
                        "the cache is trained on "
                                + trained.image()
                                + " but the image runs "
                                + last.image()
                                + ": another JVM refuses it");
            }
            if (last != trained) {
                String from = "--from=" + trained.name();
                if (trained.name().isEmpty()
                        || !last.text()
                                .matches(
                                        "(?s).*COPY\\s+"
                                                + Pattern.quote(from)
                                                + "\\s+"
                                                + Pattern.quote(run.cache())
                                                + "\\s.*")) {
                    v.add("the image does not copy the cache " + run.cache() + " from its stage");
                }
                if (APP_COPY.matcher(last.text()).find()) {
                    v.add(
                            "the image copies the application from the build context, not from the"
                                    + " training stage: the cache records the jars' sizes and times");
                }
                if (!DockerfileLines.jdkJavaOptions(trained.text())
                        .equals(DockerfileLines.jdkJavaOptions(last.text()))) {
                    v.add(
                            "JDK_JAVA_OPTIONS differ between the training and the image: the JVM"
                                    + " refuses a cache made with other options");
                }
            }
            String uses = "-XX:AOTCache=" + run.cache();
            if (!DockerfileLines.entryPoint(dockerfile)
                    .map(args -> args.contains(uses))
                    .orElse(false)) {
                v.add("the entry point does not use the cache (" + uses + ")");
            }
            return v;
        }
    }
}
