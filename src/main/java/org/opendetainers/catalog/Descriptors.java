package org.opendetainers.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.opendetainers.config.ApiConfig;
import org.opendetainers.config.CatalogConfig;
import org.opendetainers.release.Releases.Header;
import org.opendetainers.representation.SourceView;

/**
 * The two machine-readable catalogs of a release's data sets: a Frictionless Data Package (profile
 * tabular-data-package, https://specs.frictionlessdata.io/data-package/) and a DCAT-US 1.1 catalog
 * (Project Open Data {@code data.json}, as data.gov harvests it).
 */
@ApplicationScoped
public class Descriptors {

    /** DCAT-US 1.1 as data.gov's schema names it. */
    public static final String DCAT_US_SCHEMA =
            "https://resources.data.gov/schemas/dcat-us/v1.1/schema";

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final ObjectMapper json;
    private final Catalog catalog;
    private final ApiConfig api;
    private final CatalogConfig config;

    public Descriptors(ObjectMapper json, Catalog catalog, ApiConfig api, CatalogConfig config) {
        this.json = json;
        this.catalog = catalog;
        this.api = api;
        this.config = config;
    }

    private String base() {
        return api.baseUrl();
    }

    private static String seconds(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS)
                .format(SECONDS);
    }

    private String fileUrl(Catalog.Dataset d, DatasetFormat format, Header release) {
        return base()
                + "/v1/datasets/"
                + d.name()
                + "."
                + format.extension
                + "?release="
                + release.id();
    }

    /** The Data Package of a release: one tabular resource (the CSV file) per data set. */
    public ObjectNode dataPackage(Header release, List<SourceView> sources) {
        ObjectNode p = json.createObjectNode();
        p.put("profile", "tabular-data-package");
        p.put("name", "opendetainers");
        p.put("id", base() + "/v1/datapackage.json?release=" + release.id());
        p.put(
                "title",
                "OpenDetainers: ICE detainers, local cooperation policies and their outcomes");
        p.put(
                "description",
                "Anonymized, aggregated public data on ICE immigration detainers (form I-247), the cooperation policies "
                        + "of local governments and their outcomes, release "
                        + release.id()
                        + ". Every figure and policy names its source; "
                        + "detainer statistics are counts from record-level extracts with small cells suppressed.");
        p.put("version", release.id());
        p.put("created", seconds(release.publishedAt()));
        p.put("homepage", base() + "/v1/releases/" + release.id());
        ArrayNode keywords = p.putArray("keywords");
        config.keywords().forEach(keywords::add);
        p.putArray("licenses")
                .addObject()
                .put("name", config.licenseId())
                .put("path", config.licenseUrl())
                .put("title", config.licenseTitle());
        p.putArray("contributors")
                .addObject()
                .put("title", config.publisher())
                .put("role", "publisher")
                .put("email", config.contactEmail());
        ArrayNode sourceList = p.putArray("sources");
        for (SourceView s : sources) {
            ObjectNode node =
                    sourceList
                            .addObject()
                            .put("title", s.citation() != null ? s.citation() : s.title());
            if (s.url() != null && !s.url().isBlank()) {
                node.put("path", s.url());
            }
        }
        ArrayNode resources = p.putArray("resources");
        for (Catalog.Dataset d : catalog.datasets(release.id())) {
            Catalog.File csv = d.file(DatasetFormat.csv).orElseThrow();
            ObjectNode r = resources.addObject();
            r.put("profile", "tabular-data-resource");
            r.put("name", d.name());
            r.put("path", fileUrl(d, DatasetFormat.csv, release));
            r.put("title", d.title());
            r.put("description", d.description());
            r.put("format", "csv");
            r.put("mediatype", "text/csv");
            r.put("encoding", "utf-8");
            r.put("bytes", csv.byteSize());
            r.put("hash", "sha256:" + csv.sha256());
            r.putObject("dialect")
                    .put("delimiter", ",")
                    .put("lineTerminator", "\r\n")
                    .put("quoteChar", "\"")
                    .put("doubleQuote", true)
                    .put("header", true);
            r.set("schema", d.tableSchema());
            ObjectNode opendetainers = r.putObject("opendetainers");
            opendetainers.put("kind", d.kind());
            opendetainers.put("row_count", d.rowCount());
            if (d.temporalStart() != null) {
                opendetainers.put("temporal", d.temporalStart() + "/" + d.temporalEnd());
            }
            opendetainers.put("last_changed_release", d.changedIn());
            ArrayNode alternates = opendetainers.putArray("files");
            for (Catalog.File f : d.files()) {
                alternates
                        .addObject()
                        .put("format", f.format().extension)
                        .put("path", fileUrl(d, f.format(), release))
                        .put("bytes", f.byteSize())
                        .put("hash", "sha256:" + f.sha256());
            }
        }
        return p;
    }

    /** The DCAT-US 1.1 catalog of a release's data sets. */
    public ObjectNode dcat(Header release) {
        ObjectNode c = json.createObjectNode();
        c.put("@context", "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld");
        c.put("@id", base() + "/v1/data.json");
        c.put("@type", "dcat:Catalog");
        c.put("conformsTo", DCAT_US_SCHEMA);
        c.put("describedBy", DCAT_US_SCHEMA + "/catalog.json");
        ArrayNode datasets = c.putArray("dataset");
        String dataPackage = base() + "/v1/datapackage.json?release=" + release.id();
        for (Catalog.Dataset d : catalog.datasets(release.id())) {
            ObjectNode n = datasets.addObject();
            n.put("@type", "dcat:Dataset");
            n.put("identifier", base() + "/v1/datasets/" + d.name());
            n.put("title", "OpenDetainers: " + d.title());
            n.put("description", d.description());
            ArrayNode keywords = n.putArray("keyword");
            config.keywords().forEach(keywords::add);
            n.put("modified", seconds(d.changedAt()));
            n.putObject("publisher")
                    .put("@type", "org:Organization")
                    .put("name", config.publisher());
            n.putObject("contactPoint")
                    .put("@type", "vcard:Contact")
                    .put("fn", config.contactName())
                    .put("hasEmail", "mailto:" + config.contactEmail());
            n.put("accessLevel", "public");
            n.put("license", config.licenseUrl());
            n.put("spatial", config.spatial());
            if (d.temporalStart() != null) {
                n.put("temporal", d.temporalStart() + "/" + d.temporalEnd());
            }
            n.put("accrualPeriodicity", config.accrualPeriodicity());
            n.putArray("language").add("en-US");
            n.put("landingPage", base() + "/v1/datasets/" + d.name() + "?release=" + release.id());
            n.put("describedBy", dataPackage);
            n.put("describedByType", "application/json");
            n.putArray("references")
                    .add(base() + "/q/openapi")
                    .add(base() + "/v1/releases/" + release.id());
            ArrayNode distributions = n.putArray("distribution");
            for (Catalog.File f : d.files()) {
                distributions
                        .addObject()
                        .put("@type", "dcat:Distribution")
                        .put(
                                "title",
                                d.title()
                                        + " ("
                                        + f.format().label
                                        + ", release "
                                        + release.id()
                                        + ")")
                        .put("description", f.byteSize() + " bytes, SHA-256 " + f.sha256())
                        .put("downloadURL", fileUrl(d, f.format(), release))
                        .put("mediaType", f.format().mediaType.split(";")[0])
                        .put("format", f.format().label)
                        .put("describedBy", dataPackage)
                        .put("describedByType", "application/json");
            }
        }
        return c;
    }
}
