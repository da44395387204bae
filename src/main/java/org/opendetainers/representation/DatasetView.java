package org.opendetainers.representation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Dataset",
        description =
                "One downloadable data set of a release: a curated table, a published table of detainer statistics, or the disclosure report. Its files never change once published: a past release's files stay downloadable byte for byte with ?release=.")
public record DatasetView(
        @Schema(
                        description =
                                "Name of the data set; its files are /v1/datasets/{name}.csv, .json and .csv.gz.",
                        examples = "figures")
                String name,
        @Schema(description = "Title.", examples = "Figures") String title,
        @Schema(description = "What the data set holds.") String description,
        @Schema(
                        description =
                                "curated (tables from data-seed/), detainer_stats (a published table of anonymized detainer counts) or disclosure (the disclosure report).",
                        examples = "curated",
                        enumeration = {"curated", "detainer_stats", "disclosure"})
                String kind,
        @Schema(
                        description = "Number of rows (the CSV file has one more: its header).",
                        examples = "47")
                long rowCount,
        @Schema(
                        description = "First day the rows cover; null when the rows are not dated.",
                        nullable = true,
                        examples = "2014-10-01")
                LocalDate temporalStart,
        @Schema(
                        description = "Last day the rows cover; null when the rows are not dated.",
                        nullable = true,
                        examples = "2025-09-30")
                LocalDate temporalEnd,
        @Schema(description = "License id of the data.", examples = "PDDL-1.0") String license,
        @Schema(
                        description = "License text.",
                        examples = "https://opendatacommons.org/licenses/pddl/1-0/")
                String licenseUrl,
        @Schema(
                        description =
                                "The release in which this data set's content last changed (this one, or an earlier release whose CSV file was byte-identical).",
                        examples = "2026-11-24")
                String lastChangedRelease,
        @Schema(description = "When that release was published.", examples = "2026-11-24T03:00:00Z")
                OffsetDateTime modified,
        @Schema(
                        description = "Permanent URL of this description, pinned to the release.",
                        examples = "http://localhost:8080/v1/datasets/figures?release=2026-11-24")
                String url,
        @Schema(
                        description =
                                "The files: CSV, JSON and gzipped CSV, with size, SHA-256 and a permanent download URL.")
                List<DatasetFileView> files,
        @Schema(
                        description =
                                "A ready citation (APA-like) of this data set in this release, with its permanent URL.")
                String howToCite) {

    @Schema(name = "DatasetFile", description = "One file of a data set.")
    public record DatasetFileView(
            @Schema(
                            description = "csv, json or csv.gz.",
                            examples = "csv",
                            enumeration = {"csv", "json", "csv.gz"})
                    String format,
            @Schema(
                            description = "Media type served.",
                            examples = "text/csv; charset=utf-8; header=present")
                    String mediaType,
            @Schema(
                            description = "Size in bytes (the Content-Length of a full download).",
                            examples = "41237")
                    long byteSize,
            @Schema(
                            description =
                                    "SHA-256 of the file's bytes, lowercase hex; also its ETag.",
                            examples =
                                    "9f2c4e0a7b1d3e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9d0e1f2a3b")
                    String sha256,
            @Schema(
                            description = "Permanent download URL, pinned to the release.",
                            examples =
                                    "http://localhost:8080/v1/datasets/figures.csv?release=2026-11-24")
                    String url) {}

    @Schema(
            name = "DatasetList",
            description =
                    "The data sets of a release, in catalog order: curated tables, detainer-stats tables, disclosure report.")
    public record Page(
            @Schema(description = "The data sets of this page.") List<DatasetView> data,
            @Schema(description = "Page size and the link to the next page.")
                    org.opendetainers.representation.Page page,
            @Schema(description = "The release these data sets belong to.") ReleaseRef release) {}
}
