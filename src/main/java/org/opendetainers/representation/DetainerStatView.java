package org.opendetainers.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.anonymize.Dimension;

/**
 * One cell of a published cross-tabulation of detainers. Only the dimensions of the table read
 * appear in a row.
 */
@Schema(
        name = "DetainerStat",
        description =
                "One cell of a published table of detainer counts: a period, the value of each grouped dimension, and the number of detainers. A cell holding 1 to k-1 detainers (k = 11 by default), or one that would let such a cell be derived by subtraction, is published as suppressed with count null. A combination absent from the table had no detainers.")
public record DetainerStatView(
        @Schema(description = "First day of the period (inclusive).", examples = "2017-10-01")
                LocalDate periodStart,
        @Schema(description = "Last day of the period (inclusive).", examples = "2018-09-30")
                LocalDate periodEnd,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(
                        extensions = @Extension(name = OMITTED, value = "true"),
                        description =
                                "Agency that received the detainer (from the facility, through data-seed/mappings/facilities.csv); unknown when the facility is not mapped.",
                        nullable = true,
                        examples = "nypd")
                String agency,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(
                        extensions = @Extension(name = OMITTED, value = "true"),
                        description = "Facility (jail) that received the detainer, upper case.",
                        nullable = true,
                        examples = "QUEENS CENTRAL BOOKING")
                String facility,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(
                        extensions = @Extension(name = OMITTED, value = "true"),
                        description = "ICE area of responsibility.",
                        nullable = true,
                        examples = "New York City Area of Responsibility")
                String aor,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(
                        extensions = @Extension(name = OMITTED, value = "true"),
                        description = "State of the facility (two letters).",
                        nullable = true,
                        examples = "NY")
                String state,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(
                        extensions = @Extension(name = OMITTED, value = "true"),
                        description = "male, female or unknown.",
                        nullable = true,
                        examples = "female")
                String gender,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(
                        extensions = @Extension(name = OMITTED, value = "true"),
                        description =
                                "Age reached in the year of the detainer (only the birth year is known): under-18, 18-24, 25-34, 35-44, 45-54, 55-plus, unknown.",
                        nullable = true,
                        examples = "25-34")
                String ageBand,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(
                        extensions = @Extension(name = OMITTED, value = "true"),
                        description = "Country of citizenship, upper case.",
                        nullable = true,
                        examples = "MEXICO")
                String citizenshipCountry,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(
                        extensions = @Extension(name = OMITTED, value = "true"),
                        description =
                                "Detainer form: i-247, i-247d, i-247n, i-247x, i-247a, i-247g (ICE's form code I247G, whose name no source gives), or unknown.",
                        nullable = true,
                        examples = "i-247a")
                String detainerType,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(
                        extensions = @Extension(name = OMITTED, value = "true"),
                        description =
                                "ICE's criminality classification when the detainer was prepared: convicted, pending_charges, other_immigration_violator, unknown.",
                        nullable = true,
                        examples = "convicted")
                String criminality,
        @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(
                        extensions = @Extension(name = OMITTED, value = "true"),
                        description =
                                "Outcome derived from ICE's lift reason (data-seed/mappings/lift_reasons.csv): ice_custody, lifted, declined, released, other (a lift reason that says none of these, e.g. Judicial Review), or unknown (no lift reason: still pending, or not recorded).",
                        nullable = true,
                        examples = "declined")
                String outcome,
        @Schema(
                        description = "Number of detainers; null when suppressed.",
                        nullable = true,
                        examples = "1204")
                Long count,
        @Schema(
                        description = "True when the count is withheld to protect small groups.",
                        examples = "false")
                boolean suppressed,
        @Schema(
                        description =
                                "True when the cell is computed from synthetic (generated) records, not real data.",
                        examples = "true")
                boolean synthetic)
        implements Dimension.Values {

    /**
     * OpenAPI extension on the dimension fields, which are left out of a row when null (the table
     * does not group by them): the spec's filter makes every other field required.
     */
    public static final String OMITTED = "x-omitted-when-null";

    /**
     * The columns a table with these dimensions is read with: {@code period_start, period_end,
     * <dims>, count, suppressed, synthetic}.
     */
    public static List<String> columns(List<String> dimensions) {
        List<String> columns = new ArrayList<>(List.of("period_start", "period_end"));
        columns.addAll(dimensions);
        columns.addAll(List.of("count", "suppressed", "synthetic"));
        return columns;
    }

    /** The SQL select list {@link #from} reads, from {@code detainer_stat}. */
    public static final String SELECT =
            "period_start, period_end, "
                    + String.join(", ", Dimension.NAMES)
                    + ", count, suppressed, synthetic";

    /**
     * The cell of the current row of a result set selected with {@link #SELECT}, its columns read
     * by name.
     */
    public static DetainerStatView from(ResultSet rs) throws SQLException {
        long count = rs.getLong("count");
        boolean suppressed = rs.getBoolean("suppressed");
        return new DetainerStatView(
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getString(Dimension.agency.name()),
                rs.getString(Dimension.facility.name()),
                rs.getString(Dimension.aor.name()),
                rs.getString(Dimension.state.name()),
                rs.getString(Dimension.gender.name()),
                rs.getString(Dimension.age_band.name()),
                rs.getString(Dimension.citizenship_country.name()),
                rs.getString(Dimension.detainer_type.name()),
                rs.getString(Dimension.criminality.name()),
                rs.getString(Dimension.outcome.name()),
                suppressed ? null : count,
                suppressed,
                rs.getBoolean("synthetic"));
    }

    /**
     * The value of the dimension named {@code dimension} in this cell (null when the table does not
     * group by it).
     */
    public String value(String dimension) {
        Dimension d = Dimension.named(dimension);
        if (d == null) {
            throw new IllegalArgumentException("not a dimension: " + dimension);
        }
        return value(d);
    }

    @Schema(
            name = "DetainerStatList",
            description =
                    "A page of cells of one published table, ordered by period then dimension values.")
    public record Page(
            @Schema(description = "The cells of this page.") List<DetainerStatView> data,
            @Schema(description = "Page size and the link to the next page.")
                    org.opendetainers.representation.Page page,
            @Schema(
                            description =
                                    "The release these cells were read from; published_at tells how fresh they are.")
                    ReleaseRef release) {}
}
