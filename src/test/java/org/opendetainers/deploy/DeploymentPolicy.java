package org.opendetainers.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The deployment policy of {@code k8s/}, checked on the typed objects of one rendered overlay.
 * {@link #check} returns one sentence per violation (empty: the overlay complies).
 *
 * <ul>
 *   <li>every container of every workload: an image with a pinned tag (not {@code latest}, not
 *       untagged), CPU and memory requests and limits, {@code runAsNonRoot} (container or pod),
 *       {@code readOnlyRootFilesystem}, no privilege escalation, all capabilities dropped; no
 *       secret-looking variable with a literal value;
 *   <li>long-running containers: liveness and readiness probes; the service's container also a
 *       startup probe, all three HTTP GETs of {@code /q/health/started|live|ready}, and {@code
 *       /tmp} writable (an emptyDir);
 *   <li>the service's Deployment: a rolling update with {@code maxUnavailable: 0}, the in-app
 *       import schedule off ({@code OPENDETAINERS_IMPORT_CRON=off}); an HPA and a PDB for it;
 *   <li>the import CronJob: runs the jar's {@code import}, {@code concurrencyPolicy: Forbid}, a
 *       backoff limit, both history limits;
 *   <li>no Secret object at all (secrets are created out of band), no secret-looking key or
 *       password in a ConfigMap;
 *   <li>a default-deny ingress NetworkPolicy; the database pods accept 5432 only from named peers
 *       (never from everyone);
 *   <li>prod: at least 2 replicas and an HPA minimum of at least 2, a CloudNativePG Cluster of 3
 *       instances with a WAL archiver and a ScheduledBackup of it.
 * </ul>
 */
final class DeploymentPolicy {

    static final String APP = "opendetainers";
    static final String IMPORT = "opendetainers-import";
    static final String APP_IMAGE = "registry.example.org/opendetainers/opendetainers";
    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(PASSWORD|PASSWD|SECRET|API_KEY|APIKEY|TOKEN|CREDENTIAL).*");
    private static final Pattern PINNED_TAG =
            Pattern.compile(".+:(?!latest$)[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$");

    enum Environment {
        DEV,
        PROD
    }

    private DeploymentPolicy() {}

    static List<String> check(ManifestParser.Parsed m, Environment env) {
        List<String> v = new ArrayList<>();

        for (Deployment d : m.all(Deployment.class)) {
            podSpec("Deployment " + name(d), d.getSpec().getTemplate().getSpec(), true, v);
        }
        for (StatefulSet s : m.all(StatefulSet.class)) {
            podSpec("StatefulSet " + name(s), s.getSpec().getTemplate().getSpec(), true, v);
        }
        for (CronJob c : m.all(CronJob.class)) {
            podSpec(
                    "CronJob " + name(c),
                    c.getSpec().getJobTemplate().getSpec().getTemplate().getSpec(),
                    false,
                    v);
        }

        // the service
        List<Deployment> apps =
                m.all(Deployment.class).stream().filter(d -> APP.equals(name(d))).toList();
        if (apps.size() != 1) {
            v.add("expected one Deployment " + APP + ", found " + apps.size());
        } else {
            Deployment app = apps.get(0);
            var strategy = app.getSpec().getStrategy();
            if (strategy == null
                    || !"RollingUpdate".equals(strategy.getType())
                    || strategy.getRollingUpdate() == null
                    || !isZero(strategy.getRollingUpdate().getMaxUnavailable())) {
                v.add(
                        "Deployment "
                                + APP
                                + ": the update strategy must be RollingUpdate with maxUnavailable: 0");
            }
            Container c = app.getSpec().getTemplate().getSpec().getContainers().get(0);
            if (!"off".equals(envValue(c, "OPENDETAINERS_IMPORT_CRON"))) {
                v.add(
                        "Deployment "
                                + APP
                                + ": OPENDETAINERS_IMPORT_CRON must be \"off\" (the CronJob imports)");
            }
            if (!c.getImage().startsWith(APP_IMAGE + ":")) {
                v.add("Deployment " + APP + ": image " + c.getImage() + " is not " + APP_IMAGE);
            }
            int replicas = app.getSpec().getReplicas() == null ? 1 : app.getSpec().getReplicas();
            if (env == Environment.PROD && replicas < 2) {
                v.add("Deployment " + APP + ": prod needs at least 2 replicas, has " + replicas);
            }
            Map<String, String> podLabels = app.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> pdbs =
                    m.all(PodDisruptionBudget.class).stream()
                            .filter(p -> selects(p.getSpec().getSelector(), podLabels))
                            .toList();
            if (pdbs.isEmpty()) {
                v.add("Deployment " + APP + ": no PodDisruptionBudget selects its pods");
            }
        }
        List<HorizontalPodAutoscaler> hpas =
                m.all(HorizontalPodAutoscaler.class).stream()
                        .filter(
                                h ->
                                        "Deployment"
                                                        .equals(
                                                                h.getSpec()
                                                                        .getScaleTargetRef()
                                                                        .getKind())
                                                && APP.equals(
                                                        h.getSpec().getScaleTargetRef().getName()))
                        .toList();
        if (hpas.size() != 1) {
            v.add(
                    "expected one HorizontalPodAutoscaler of Deployment "
                            + APP
                            + ", found "
                            + hpas.size());
        } else if (env == Environment.PROD) {
            Integer min = hpas.get(0).getSpec().getMinReplicas();
            if (min == null || min < 2) {
                v.add(
                        "HorizontalPodAutoscaler "
                                + APP
                                + ": prod needs minReplicas >= 2, has "
                                + min);
            }
        }

        if (env == Environment.PROD) {
            rateLimits(m, v);
        }

        // the nightly import
        List<CronJob> imports =
                m.all(CronJob.class).stream().filter(c -> IMPORT.equals(name(c))).toList();
        if (imports.size() != 1) {
            v.add("expected one CronJob " + IMPORT + ", found " + imports.size());
        } else {
            CronJob cj = imports.get(0);
            if (!"Forbid".equals(cj.getSpec().getConcurrencyPolicy())) {
                v.add(
                        "CronJob "
                                + IMPORT
                                + ": concurrencyPolicy must be Forbid, is "
                                + cj.getSpec().getConcurrencyPolicy());
            }
            JobSpec job = cj.getSpec().getJobTemplate().getSpec();
            if (job.getBackoffLimit() == null) {
                v.add("CronJob " + IMPORT + ": backoffLimit must be set");
            }
            if (cj.getSpec().getSuccessfulJobsHistoryLimit() == null
                    || cj.getSpec().getFailedJobsHistoryLimit() == null) {
                v.add(
                        "CronJob "
                                + IMPORT
                                + ": successfulJobsHistoryLimit and failedJobsHistoryLimit must be set");
            }
            Container c = job.getTemplate().getSpec().getContainers().get(0);
            if (c.getArgs() == null
                    || c.getArgs().isEmpty()
                    || !"import".equals(c.getArgs().get(0))) {
                v.add(
                        "CronJob "
                                + IMPORT
                                + ": the container must run the jar's import command, args are "
                                + c.getArgs());
            }
            if (!c.getImage().startsWith(APP_IMAGE + ":")) {
                v.add("CronJob " + IMPORT + ": image " + c.getImage() + " is not " + APP_IMAGE);
            }
        }

        // secrets: created out of band, never rendered
        for (Secret s : m.all(Secret.class)) {
            v.add(
                    "Secret "
                            + name(s)
                            + " is in the rendered output: create secrets out of band (README, \"Deploying\")");
        }
        for (ConfigMap cm : m.all(ConfigMap.class)) {
            if (cm.getData() == null) {
                continue;
            }
            cm.getData()
                    .forEach(
                            (k, val) -> {
                                if (SECRET_NAME.matcher(k).matches()) {
                                    v.add(
                                            "ConfigMap "
                                                    + name(cm)
                                                    + ": key "
                                                    + k
                                                    + " looks like a secret; use a Secret");
                                }
                                if (val != null
                                        && val.toLowerCase().matches("(?s).*[?&;]password=.*")) {
                                    v.add(
                                            "ConfigMap "
                                                    + name(cm)
                                                    + ": value of "
                                                    + k
                                                    + " carries a password");
                                }
                            });
        }

        networkPolicies(m, env, v);

        if (env == Environment.PROD) {
            List<CloudNativePg.Cluster> clusters = m.all(CloudNativePg.Cluster.class);
            if (clusters.size() != 1) {
                v.add("prod: expected one CloudNativePG Cluster, found " + clusters.size());
            } else {
                CloudNativePg.Cluster cluster = clusters.get(0);
                if (cluster.spec().instances() != 3) {
                    v.add(
                            "Cluster "
                                    + cluster.metadata().getName()
                                    + ": prod needs 3 instances, has "
                                    + cluster.spec().instances());
                }
                if (cluster.spec().plugins() == null
                        || cluster.spec().plugins().stream()
                                .noneMatch(p -> Boolean.TRUE.equals(p.isWALArchiver()))) {
                    v.add(
                            "Cluster "
                                    + cluster.metadata().getName()
                                    + ": no WAL archiver (backups) configured");
                }
                if (m.all(CloudNativePg.ScheduledBackup.class).stream()
                        .noneMatch(
                                b ->
                                        cluster.metadata()
                                                .getName()
                                                .equals(b.spec().cluster().name()))) {
                    v.add("Cluster " + cluster.metadata().getName() + ": no ScheduledBackup of it");
                }
            }
        }
        return v;
    }

    private static void podSpec(String where, PodSpec pod, boolean longRunning, List<String> v) {
        PodSecurityContext psc = pod.getSecurityContext();
        boolean podNonRoot =
                psc != null
                        && Boolean.TRUE.equals(psc.getRunAsNonRoot())
                        && !Long.valueOf(0).equals(psc.getRunAsUser());
        List<Container> all = new ArrayList<>(pod.getContainers());
        if (pod.getInitContainers() != null) {
            all.addAll(pod.getInitContainers());
        }
        for (Container c : all) {
            String at = where + ", container " + c.getName();
            String image = c.getImage();
            if (image == null
                    || !(PINNED_TAG.matcher(image).matches() || image.contains("@sha256:"))) {
                v.add(at + ": image " + image + " has no pinned tag (or is latest)");
            }
            ResourceRequirements r = c.getResources();
            for (String res : List.of("cpu", "memory")) {
                if (r == null || quantity(r.getRequests(), res) == null) {
                    v.add(at + ": no " + res + " request");
                }
                if (r == null || quantity(r.getLimits(), res) == null) {
                    v.add(at + ": no " + res + " limit");
                }
            }
            SecurityContext sc = c.getSecurityContext();
            boolean nonRoot =
                    sc != null && sc.getRunAsNonRoot() != null ? sc.getRunAsNonRoot() : podNonRoot;
            if (!nonRoot || (sc != null && Long.valueOf(0).equals(sc.getRunAsUser()))) {
                v.add(at + ": must run as non-root (runAsNonRoot: true)");
            }
            if (sc == null || !Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
                v.add(at + ": readOnlyRootFilesystem must be true");
            }
            if (sc == null || !Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
                v.add(at + ": allowPrivilegeEscalation must be false");
            }
            if (sc == null || Boolean.TRUE.equals(sc.getPrivileged())) {
                v.add(at + ": must not be privileged");
            }
            if (sc == null
                    || sc.getCapabilities() == null
                    || sc.getCapabilities().getDrop() == null
                    || !sc.getCapabilities().getDrop().contains("ALL")) {
                v.add(at + ": capabilities must drop ALL");
            }
            if (c.getEnv() != null) {
                for (EnvVar e : c.getEnv()) {
                    if (SECRET_NAME.matcher(e.getName()).matches()
                            && (e.getValue() != null
                                    || e.getValueFrom() == null
                                    || e.getValueFrom().getSecretKeyRef() == null)) {
                        v.add(
                                at
                                        + ": "
                                        + e.getName()
                                        + " must come from a Secret (secretKeyRef), not a literal value");
                    }
                }
            }
            boolean app = image != null && image.startsWith(APP_IMAGE + ":");
            if (app
                    && (c.getVolumeMounts() == null
                            || c.getVolumeMounts().stream()
                                    .noneMatch(vm -> "/tmp".equals(vm.getMountPath())))) {
                v.add(at + ": the root file system is read-only, /tmp must be a mounted volume");
            }
            if (!longRunning) {
                continue;
            }
            if (c.getLivenessProbe() == null) {
                v.add(at + ": no livenessProbe");
            }
            if (c.getReadinessProbe() == null) {
                v.add(at + ": no readinessProbe");
            }
            if (app) {
                healthProbe(at, "startupProbe", c.getStartupProbe(), "/q/health/started", v);
                healthProbe(at, "livenessProbe", c.getLivenessProbe(), "/q/health/live", v);
                healthProbe(at, "readinessProbe", c.getReadinessProbe(), "/q/health/ready", v);
            }
        }
    }

    private static void healthProbe(String at, String which, Probe p, String path, List<String> v) {
        HTTPGetAction get = p == null ? null : p.getHttpGet();
        if (get == null || !path.equals(get.getPath())) {
            v.add(at + ": " + which + " must be an HTTP GET of " + path);
        }
    }

    private static void networkPolicies(ManifestParser.Parsed m, Environment env, List<String> v) {
        List<NetworkPolicy> policies = m.all(NetworkPolicy.class);
        boolean defaultDeny =
                policies.stream()
                        .anyMatch(
                                p ->
                                        isEmpty(p.getSpec().getPodSelector())
                                                && p.getSpec().getPolicyTypes() != null
                                                && p.getSpec().getPolicyTypes().contains("Ingress")
                                                && (p.getSpec().getIngress() == null
                                                        || p.getSpec().getIngress().isEmpty()));
        if (!defaultDeny) {
            v.add(
                    "no default-deny ingress NetworkPolicy (podSelector: {}, policyTypes: [Ingress], no rules)");
        }
        Map<String, String> dbPod =
                env == Environment.PROD
                        ? Map.of(
                                "cnpg.io/cluster",
                                "opendetainers-db",
                                "opendetainers/role",
                                "database")
                        : Map.of(
                                "app.kubernetes.io/name",
                                "opendetainers-db",
                                "opendetainers/role",
                                "database");
        List<NetworkPolicy> db =
                policies.stream()
                        .filter(
                                p ->
                                        !isEmpty(p.getSpec().getPodSelector())
                                                && selects(p.getSpec().getPodSelector(), dbPod))
                        .toList();
        if (db.isEmpty()) {
            v.add("no NetworkPolicy selects the database pods");
        }
        for (NetworkPolicy p : db) {
            for (NetworkPolicyIngressRule rule :
                    p.getSpec().getIngress() == null
                            ? List.<NetworkPolicyIngressRule>of()
                            : p.getSpec().getIngress()) {
                boolean postgres =
                        rule.getPorts() == null
                                || rule.getPorts().isEmpty()
                                || rule.getPorts().stream()
                                        .map(NetworkPolicyPort::getPort)
                                        .anyMatch(
                                                port ->
                                                        port == null
                                                                || Objects.equals(
                                                                        port.getIntVal(), 5432));
                if (postgres
                        && (rule.getFrom() == null
                                || rule.getFrom().isEmpty()
                                || rule.getFrom().stream()
                                        .anyMatch(DeploymentPolicy::isEveryone))) {
                    v.add(
                            "NetworkPolicy "
                                    + name(p)
                                    + ": the database accepts 5432 from everyone; name the peers");
                }
            }
        }
        // the database's clients are exactly the API and the import
        for (Deployment d : m.all(Deployment.class)) {
            boolean client =
                    "true"
                            .equals(
                                    d.getSpec()
                                            .getTemplate()
                                            .getMetadata()
                                            .getLabels()
                                            .get("opendetainers/db-client"));
            if (client != APP.equals(name(d))) {
                v.add(
                        "Deployment "
                                + name(d)
                                + ": only the service's pods carry opendetainers/db-client=true");
            }
        }
        for (CronJob c : m.all(CronJob.class)) {
            var labels =
                    c.getSpec().getJobTemplate().getSpec().getTemplate().getMetadata().getLabels();
            boolean client = labels != null && "true".equals(labels.get("opendetainers/db-client"));
            if (client != IMPORT.equals(name(c))) {
                v.add(
                        "CronJob "
                                + name(c)
                                + ": only the import's pods carry opendetainers/db-client=true");
            }
        }
    }

    /** A peer that admits every pod of every namespace, or every address. */
    private static boolean isEveryone(NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null) {
            return "0.0.0.0/0".equals(peer.getIpBlock().getCidr())
                    || "::/0".equals(peer.getIpBlock().getCidr());
        }
        return peer.getNamespaceSelector() != null
                && isEmpty(peer.getNamespaceSelector())
                && isEmpty(peer.getPodSelector());
    }

    private static boolean isEmpty(LabelSelector s) {
        return s == null
                || (s.getMatchLabels() == null || s.getMatchLabels().isEmpty())
                        && (s.getMatchExpressions() == null || s.getMatchExpressions().isEmpty());
    }

    /** matchLabels only (what k8s/ uses); a selector with expressions is not taken as selecting. */
    static boolean selects(LabelSelector s, Map<String, String> labels) {
        if (s == null
                || labels == null
                || (s.getMatchExpressions() != null && !s.getMatchExpressions().isEmpty())) {
            return false;
        }
        return s.getMatchLabels() != null
                && s.getMatchLabels().entrySet().stream()
                        .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private static Quantity quantity(Map<String, Quantity> map, String key) {
        return map == null ? null : map.get(key);
    }

    private static boolean isZero(IntOrString value) {
        return value != null
                && (Objects.equals(value.getIntVal(), 0)
                        || "0%".equals(value.getStrVal())
                        || "0".equals(value.getStrVal()));
    }

    /**
     * The same per-client limit at the ingress and in the service: ingress-nginx's limit-rps (the
     * refill rate) and limit-rps x limit-burst-multiplier (the burst) against the service's quota /
     * window and quota (its ConfigMap); and the service reads X-Forwarded-For from the ingress
     * (trusted proxies set).
     */
    private static void rateLimits(ManifestParser.Parsed m, List<String> v) {
        Map<String, String> config = new HashMap<>();
        m.all(ConfigMap.class)
                .forEach(
                        cm -> {
                            if (cm.getData() != null) {
                                config.putAll(cm.getData());
                            }
                        });
        String quota = config.get("OPENDETAINERS_API_RATE_LIMIT_QUOTA");
        String window = config.get("OPENDETAINERS_API_RATE_LIMIT_WINDOW");
        if (quota == null || window == null) {
            v.add(
                    "ConfigMap: prod sets no per-client rate limit (OPENDETAINERS_API_RATE_LIMIT_QUOTA and _WINDOW)");
            return;
        }
        if (config.get("OPENDETAINERS_API_RATE_LIMIT_TRUSTED_PROXIES") == null) {
            v.add(
                    "ConfigMap: OPENDETAINERS_API_RATE_LIMIT_TRUSTED_PROXIES is not set: behind the ingress every client would share its bucket");
        }
        long q = Long.parseLong(quota.strip());
        long w = seconds(window.strip());
        for (Ingress ingress : m.all(Ingress.class)) {
            Map<String, String> a =
                    ingress.getMetadata().getAnnotations() == null
                            ? Map.of()
                            : ingress.getMetadata().getAnnotations();
            String rps = a.get("nginx.ingress.kubernetes.io/limit-rps");
            String burst = a.get("nginx.ingress.kubernetes.io/limit-burst-multiplier");
            if (rps == null || burst == null) {
                v.add(
                        "Ingress "
                                + name(ingress)
                                + ": no rate limit (limit-rps and limit-burst-multiplier annotations)");
                continue;
            }
            long r = Long.parseLong(rps.strip());
            long b = r * Long.parseLong(burst.strip());
            if (r * w != q || b != q) {
                v.add(
                        "Ingress "
                                + name(ingress)
                                + ": rate limit "
                                + r
                                + "/s, bursts of "
                                + b
                                + " differs from the service's "
                                + q
                                + " per "
                                + w
                                + " s");
            }
        }
    }

    /** A Quarkus duration as the ConfigMap gives it: 60s, 2m, PT60S or a number of seconds. */
    private static long seconds(String d) {
        if (d.matches("\\d+")) {
            return Long.parseLong(d);
        }
        if (d.matches("\\d+[smh]")) {
            long n = Long.parseLong(d.substring(0, d.length() - 1));
            return switch (d.charAt(d.length() - 1)) {
                case 'm' -> n * 60;
                case 'h' -> n * 3600;
                default -> n;
            };
        }
        return Duration.parse(d).toSeconds();
    }

    static String envValue(Container c, String name) {
        return c.getEnv() == null
                ? null
                : c.getEnv().stream()
                        .filter(e -> name.equals(e.getName()))
                        .map(EnvVar::getValue)
                        .findFirst()
                        .orElse(null);
    }

    private static String name(HasMetadata o) {
        return o.getMetadata().getName();
    }
}
