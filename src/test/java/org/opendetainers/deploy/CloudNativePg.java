package org.opendetainers.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Typed models of the CloudNativePG resources that {@code k8s/overlays/prod} uses, for strict
 * parsing: {@link ManifestParser} rejects any field that is not declared here, a value of the wrong
 * type and a value outside an enum. They declare only the fields this repository sets (a subset of
 * the operator's schema), so a new field in a manifest needs a field here too.
 *
 * <p>Names, types, enums and required fields follow the CustomResourceDefinitions of CloudNativePG
 * 1.27 ({@code postgresql.cnpg.io/v1} Cluster and ScheduledBackup) and of the Barman Cloud plugin
 * 0.x ({@code barmancloud.cnpg.io/v1} ObjectStore, whose {@code spec.configuration} is
 * CloudNativePG's BarmanObjectStoreConfiguration). The CRDs themselves are not copied into this
 * repository.
 */
final class CloudNativePg {

    private CloudNativePg() {}

    static <T> T required(T value, String field) {
        return Objects.requireNonNull(value, field + " is required");
    }

    // ---- postgresql.cnpg.io/v1 Cluster ------------------------------------------------------

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
        Cluster {
            required(metadata, "metadata");
            required(spec, "spec");
        }
    }

    record ClusterSpec(
            Integer instances,
            String imageName,
            PrimaryUpdateStrategy primaryUpdateStrategy,
            Boolean enableSuperuserAccess,
            Bootstrap bootstrap,
            Postgresql postgresql,
            InheritedMetadata inheritedMetadata,
            Affinity affinity,
            Storage storage,
            Storage walStorage,
            ResourceRequirements resources,
            List<Plugin> plugins) {
        ClusterSpec {
            required(instances, "spec.instances");
            if (instances < 1) {
                throw new IllegalArgumentException("spec.instances must be at least 1");
            }
        }
    }

    enum PrimaryUpdateStrategy {
        unsupervised,
        supervised
    }

    record Bootstrap(InitDb initdb) {}

    record InitDb(String database, String owner, LocalObjectReference secret) {}

    record LocalObjectReference(String name) {
        LocalObjectReference {
            required(name, "name");
        }
    }

    record Postgresql(Map<String, String> parameters) {}

    record InheritedMetadata(Map<String, String> labels, Map<String, String> annotations) {}

    record Affinity(
            Boolean enablePodAntiAffinity,
            String topologyKey,
            PodAntiAffinityType podAntiAffinityType) {}

    enum PodAntiAffinityType {
        preferred,
        required
    }

    record Storage(String size, String storageClass) {}

    record Plugin(
            String name, Boolean enabled, Boolean isWALArchiver, Map<String, String> parameters) {
        Plugin {
            required(name, "plugins[].name");
        }
    }

    // ---- postgresql.cnpg.io/v1 ScheduledBackup ----------------------------------------------

    record ScheduledBackup(
            String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec) {
        ScheduledBackup {
            required(metadata, "metadata");
            required(spec, "spec");
        }
    }

    record ScheduledBackupSpec(
            String schedule,
            Boolean immediate,
            Boolean suspend,
            BackupOwnerReference backupOwnerReference,
            BackupTarget target,
            BackupMethod method,
            PluginConfiguration pluginConfiguration,
            LocalObjectReference cluster) {
        ScheduledBackupSpec {
            required(schedule, "spec.schedule");
            required(cluster, "spec.cluster");
        }
    }

    enum BackupOwnerReference {
        none,
        self,
        cluster
    }

    enum BackupTarget {
        @JsonProperty("primary")
        PRIMARY,
        @JsonProperty("prefer-standby")
        PREFER_STANDBY
    }

    enum BackupMethod {
        barmanObjectStore,
        volumeSnapshot,
        plugin
    }

    record PluginConfiguration(String name, Map<String, String> parameters) {
        PluginConfiguration {
            required(name, "pluginConfiguration.name");
        }
    }

    // ---- barmancloud.cnpg.io/v1 ObjectStore (Barman Cloud plugin) ---------------------------

    record ObjectStore(String apiVersion, String kind, ObjectMeta metadata, ObjectStoreSpec spec) {
        ObjectStore {
            required(metadata, "metadata");
            required(spec, "spec");
        }
    }

    record ObjectStoreSpec(String retentionPolicy, BarmanObjectStoreConfiguration configuration) {
        ObjectStoreSpec {
            required(configuration, "spec.configuration");
            if (retentionPolicy != null && !retentionPolicy.matches("^[1-9][0-9]*[dwm]$")) {
                throw new IllegalArgumentException(
                        "spec.retentionPolicy must look like 30d, 4w or 3m");
            }
        }
    }

    record BarmanObjectStoreConfiguration(
            String destinationPath,
            String endpointURL,
            String serverName,
            S3Credentials s3Credentials,
            WalConfiguration wal,
            DataConfiguration data) {
        BarmanObjectStoreConfiguration {
            required(destinationPath, "spec.configuration.destinationPath");
        }
    }

    record S3Credentials(
            SecretKeySelector accessKeyId,
            SecretKeySelector secretAccessKey,
            SecretKeySelector region,
            SecretKeySelector sessionToken,
            Boolean inheritFromIAMRole) {}

    record SecretKeySelector(String name, String key) {
        SecretKeySelector {
            required(name, "name");
            required(key, "key");
        }
    }

    enum Compression {
        bzip2,
        gzip,
        lz4,
        snappy,
        xz,
        zstd
    }

    record WalConfiguration(Compression compression, Integer maxParallel) {}

    record DataConfiguration(Compression compression, Integer jobs, Boolean immediateCheckpoint) {}
}
