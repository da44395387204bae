package org.opendetainers.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data dictionary (docs/data-dictionary.md), written from the Table Schemas of a data package,
 * so the documentation says exactly what the files hold. The detainer-stats tables share their
 * fields and are described once.
 */
public final class DataDictionary {

    private DataDictionary() {}

    public static String markdown(JsonNode dataPackage) {
        StringBuilder md = new StringBuilder();
        md.append("# Data dictionary\n\n");
        md.append(
                "<!-- Generated from GET /v1/datapackage.json by bin/update-data-dictionary; DataDictionaryTest fails when it drifts. -->\n\n");
        md.append(
                "Every data set of a release is downloadable as `/v1/datasets/{name}.csv`, `.json` and `.csv.gz`, "
                        + "and described, with its Table Schema, in `/v1/datapackage.json` (Frictionless) and `/v1/data.json` (DCAT-US 1.1). "
                        + "This page lists the fields of each file, from those same Table Schemas.\n\n");
        md.append(
                "Conventions: CSV files are RFC 4180, UTF-8, CRLF line ends, with a header row; an empty field is null; "
                        + "a list is written as its values separated by `;`; nested objects become dotted columns (`provisions.max_hold_hours`). "
                        + "JSON files are an array of the API's objects, one per line. Dates are `YYYY-MM-DD`; periods are inclusive.\n\n");

        List<JsonNode> curated = new ArrayList<>();
        List<JsonNode> stats = new ArrayList<>();
        List<JsonNode> other = new ArrayList<>();
        for (JsonNode r : dataPackage.get("resources")) {
            String kind = r.path("opendetainers").path("kind").asText();
            (kind.equals("curated") ? curated : kind.equals("detainer_stats") ? stats : other)
                    .add(r);
        }
        md.append("## Curated tables\n\n");
        for (JsonNode r : curated) {
            resource(md, r);
        }
        if (!stats.isEmpty()) {
            md.append("## Detainer statistics (").append(stats.size()).append(" tables)\n\n");
            md.append(CatalogPublisher.STATS_DESCRIPTION).append("\n\n");
            md.append(
                    "Each table `detainer-stats-{granularity}__{dimensions}` has `period_start`, `period_end`, the columns of its "
                            + "dimensions (none for `__total`), `count`, `suppressed` and `synthetic`. Its primary key is `period_start` and "
                            + "its dimensions.\n\n");
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            for (String name : List.of("period_start", "period_end")) {
                fields.put(name, null);
            }
            for (JsonNode r : stats) {
                for (JsonNode f : r.path("schema").path("fields")) {
                    fields.merge(f.get("name").asText(), f, (a, b) -> a == null ? b : a);
                }
            }
            md.append("| field | type | description |\n|---|---|---|\n");
            fields.values().stream()
                    .filter(f -> f != null)
                    .forEach(
                            f ->
                                    md.append("| `")
                                            .append(f.get("name").asText())
                                            .append("` | ")
                                            .append(type(f))
                                            .append(" | ")
                                            .append(cell(f.path("description").asText()))
                                            .append(" |\n"));
            md.append("\n| data set | title | rows are keyed by |\n|---|---|---|\n");
            for (JsonNode r : stats) {
                List<String> pk = new ArrayList<>();
                r.path("schema").path("primaryKey").forEach(k -> pk.add("`" + k.asText() + "`"));
                md.append("| `")
                        .append(r.get("name").asText())
                        .append("` | ")
                        .append(cell(r.path("title").asText()))
                        .append(" | ")
                        .append(String.join(", ", pk))
                        .append(" |\n");
            }
            md.append('\n');
        }
        if (!other.isEmpty()) {
            md.append("## Reports\n\n");
            for (JsonNode r : other) {
                resource(md, r);
            }
        }
        return md.toString();
    }

    private static void resource(StringBuilder md, JsonNode r) {
        JsonNode schema = r.path("schema");
        md.append("### `")
                .append(r.get("name").asText())
                .append("`: ")
                .append(r.path("title").asText())
                .append("\n\n");
        md.append(r.path("description").asText()).append("\n\n");
        List<String> pk = new ArrayList<>();
        schema.path("primaryKey").forEach(k -> pk.add("`" + k.asText() + "`"));
        md.append("Primary key: ").append(String.join(", ", pk)).append(".");
        List<String> fks = new ArrayList<>();
        schema.path("foreignKeys")
                .forEach(
                        fk ->
                                fks.add(
                                        "`"
                                                + fk.path("fields").asText()
                                                + "` → `"
                                                + fk.path("reference").path("resource").asText()
                                                + "."
                                                + fk.path("reference").path("fields").asText()
                                                + "`"));
        if (!fks.isEmpty()) {
            md.append(" Foreign keys: ").append(String.join(", ", fks)).append(".");
        }
        md.append("\n\n| field | type | required | description |\n|---|---|---|---|\n");
        for (JsonNode f : schema.path("fields")) {
            md.append("| `")
                    .append(f.get("name").asText())
                    .append("` | ")
                    .append(type(f))
                    .append(" | ")
                    .append(f.path("constraints").path("required").asBoolean() ? "yes" : "")
                    .append(" | ")
                    .append(cell(f.path("description").asText()))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static String type(JsonNode field) {
        String type = field.path("type").asText();
        JsonNode values = field.path("constraints").path("enum");
        if (values.isArray() && !values.isEmpty()) {
            List<String> v = new ArrayList<>();
            values.forEach(x -> v.add("`" + x.asText() + "`"));
            return type + ": " + String.join(", ", v);
        }
        return type;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
