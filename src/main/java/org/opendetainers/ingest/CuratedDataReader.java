package org.opendetainers.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opendetainers.domain.Provisions;
import org.opendetainers.domain.vocabulary.AgencyKind;
import org.opendetainers.domain.vocabulary.AgreementModel;
import org.opendetainers.domain.vocabulary.AgreementStatus;
import org.opendetainers.domain.vocabulary.CountSeries;
import org.opendetainers.domain.vocabulary.CountyMethod;
import org.opendetainers.domain.vocabulary.FiscalYearBasis;
import org.opendetainers.domain.vocabulary.JurisdictionKind;
import org.opendetainers.domain.vocabulary.MeasureUnit;
import org.opendetainers.domain.vocabulary.PlaceKind;
import org.opendetainers.domain.vocabulary.PolicyKind;
import org.opendetainers.domain.vocabulary.Qualifier;
import org.opendetainers.domain.vocabulary.SourceKind;
import org.opendetainers.domain.vocabulary.StateFips;
import org.opendetainers.domain.vocabulary.Verification;
import org.opendetainers.ingest.CuratedData.AgencyRecord;
import org.opendetainers.ingest.CuratedData.AgreementRecord;
import org.opendetainers.ingest.CuratedData.CountRecord;
import org.opendetainers.ingest.CuratedData.FacilityRecord;
import org.opendetainers.ingest.CuratedData.FigureRecord;
import org.opendetainers.ingest.CuratedData.JurisdictionRecord;
import org.opendetainers.ingest.CuratedData.MeasureRecord;
import org.opendetainers.ingest.CuratedData.PlaceRecord;
import org.opendetainers.ingest.CuratedData.PolicyRecord;
import org.opendetainers.ingest.CuratedData.SourceRecord;

/**
 * Reads and validates the curated files of a source directory: each row's types, ids and dates,
 * then every reference between files. Returns the data only when there is no problem at all;
 * otherwise throws {@link ImportRejectedException} listing every problem found.
 */
public final class CuratedDataReader {

    public static final String PLACES = "places.csv";
    public static final String JURISDICTIONS = "jurisdictions.csv";
    public static final String AGENCIES = "agencies.csv";
    public static final String SOURCES = "sources.csv";
    public static final String MEASURES = "measures.csv";
    public static final String POLICIES = "policies.csv";
    public static final String FIGURES = "figures.csv";
    public static final String AGREEMENTS = "agreements.csv";
    public static final String FACILITIES = "facilities.csv";
    public static final String AREAS_OF_RESPONSIBILITY = "areas-of-responsibility.csv";
    public static final String COUNTS = "counts.csv";

    /**
     * The curated files, in the order they are read and published. {@link #PLACES}, {@link
     * #AGREEMENTS}, {@link #FACILITIES}, {@link #AREAS_OF_RESPONSIBILITY} and {@link #COUNTS} may
     * be absent (a source directory without them publishes no place, agreement, facility or count;
     * without the areas, a facility's state is not checked against its area of responsibility).
     */
    public static final List<String> FILES =
            List.of(
                    PLACES,
                    JURISDICTIONS,
                    AGENCIES,
                    SOURCES,
                    MEASURES,
                    POLICIES,
                    FIGURES,
                    AGREEMENTS,
                    AREAS_OF_RESPONSIBILITY,
                    FACILITIES,
                    COUNTS);

    // The columns of each curated file, in their order; the published tables store them under the
    // same names, in the same order (release.ReleasePublisher reads these lists).
    public static final List<String> JURISDICTION_COLUMNS =
            List.of("id", "name", "kind", "state", "source_id", "note", "place_id");

    /**
     * The columns of jurisdictions.csv that a file may lack (written before they existed): {@code
     * place_id}, the place of places.csv the jurisdiction is.
     */
    public static final Set<String> JURISDICTION_OPTIONAL_COLUMNS = Set.of("place_id");

    /**
     * The columns of places.csv: states and counties of the Census boundaries and the cities of the
     * data set (tools.Places writes the file).
     */
    public static final List<String> PLACE_COLUMNS =
            List.of("id", "kind", "name", "state", "parent_id", "county_ids", "source_ids", "note");

    private static final Pattern STATE_FIPS = Pattern.compile("[0-9]{2}");
    public static final List<String> AGENCY_COLUMNS =
            List.of("id", "jurisdiction", "name", "kind", "source_id", "note");
    public static final List<String> SOURCE_COLUMNS =
            List.of(
                    "id",
                    "publisher",
                    "title",
                    "published_on",
                    "published_on_precision",
                    "url",
                    "kind",
                    "author",
                    "note",
                    "copy_repository",
                    "copy_commit",
                    "copy_path",
                    "license");

    /**
     * Where the copy of a source that was read is kept (a repository, its commit and the path in
     * it) and the licence of that copy; sources.csv files written before these columns existed may
     * lack them.
     */
    public static final List<String> SOURCE_COPY_COLUMNS =
            List.of("copy_repository", "copy_commit", "copy_path", "license");

    public static final List<String> MEASURE_COLUMNS = List.of("id", "name", "unit", "description");

    /**
     * The columns of policies.csv that hold a policy's provisions, stored together as its {@code
     * provisions}.
     */
    public static final List<String> PROVISION_COLUMNS =
            List.of(
                    "requires_judicial_warrant",
                    "conviction_lookback_years",
                    "covered_offense_count",
                    "covered_offense_list",
                    "terrorist_watchlist_exception",
                    "allows_ice_office",
                    "limits_information_sharing",
                    "max_hold_hours");

    public static final List<String> POLICY_COLUMNS =
            concat(
                    List.of(
                            "id",
                            "title",
                            "kind",
                            "jurisdiction",
                            "agencies",
                            "adopted_on",
                            "adopted_on_precision",
                            "effective_on",
                            "effective_on_precision",
                            "ended_on",
                            "ended_on_precision",
                            "superseded_by",
                            "superseded_by_source_id",
                            "legal_citation",
                            "summary"),
                    PROVISION_COLUMNS,
                    List.of("source_ids", "note"));
    public static final List<String> FIGURE_COLUMNS =
            List.of(
                    "id",
                    "measure",
                    "jurisdiction",
                    "agency",
                    "period_start",
                    "period_end",
                    "fiscal_year_basis",
                    "value",
                    "qualifier",
                    "verification",
                    "source_id",
                    "note");

    /**
     * The columns of agreements.csv: one 287(g) agreement (agency and model) as ICE's lists show it
     * (tools.AgreementSheets writes the file from ICE's sheets of 2025 and, with
     * tools.AgreementPages, its web page of 2021-2024).
     */
    public static final List<String> AGREEMENT_COLUMNS =
            List.of(
                    "id",
                    "agency_id",
                    "agency",
                    "agency_type",
                    "state",
                    "county",
                    "model",
                    "signed_on",
                    "signed_on_precision",
                    "first_listed_on",
                    "last_listed_on",
                    "ended_on",
                    "ended_on_precision",
                    "ended_after",
                    "ended_before",
                    "status",
                    "source_ids",
                    "note");

    /**
     * The columns of facilities.csv: one ICE facility per facility code (DETLOC), as public lists
     * give it (tools.FacilityLists writes the file).
     */
    public static final List<String> FACILITY_COLUMNS =
            List.of(
                    "id",
                    "detloc",
                    "name",
                    "city",
                    "county_fips",
                    "county_fips_methods",
                    "state",
                    "aor",
                    "type_detailed",
                    "type_grouped",
                    "latitude",
                    "longitude",
                    "agency",
                    "agreement_agency_id",
                    "source_ids",
                    "note");

    /**
     * The columns of areas-of-responsibility.csv: ICE's ERO field offices (areas of responsibility)
     * and the states, and in states that several offices share the counties, each covers. Read to
     * check facilities; not published.
     */
    public static final List<String> AREA_COLUMNS =
            List.of("office", "state", "county", "note", "source_id");

    /**
     * How a facility's note starts when its state is not one of the states of its area of
     * responsibility in areas-of-responsibility.csv: the lists disagree, and the row says so.
     */
    public static final String AOR_DISAGREEMENT = "AOR/state disagreement:";

    private static final Pattern DETLOC = Pattern.compile("[A-Z0-9]+");
    // the converter (tools.FacilityLists) checks that a code is a state's; here, its form
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern COUNTY_FIPS = Pattern.compile("[0-9]{5}");

    /**
     * The columns of counts.csv: one count of ICE's detainer records as a third party published it
     * (tools.IceFoiaCounts writes the file from NPR's exports of ICE's FOIA release 15-87693).
     */
    public static final List<String> COUNT_COLUMNS =
            List.of(
                    "id",
                    "series",
                    "period_start",
                    "period_end",
                    "category",
                    "facility_name",
                    "facility_city",
                    "facility_state",
                    "facility_id",
                    "value",
                    "source_id",
                    "note");

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }

    private final LocalDate today;

    public CuratedDataReader(LocalDate today) {
        this.today = today;
    }

    /** Reads the curated files of {@code dir}. */
    public CuratedData read(Path dir) {
        ImportProblems problems = new ImportProblems();
        List<JurisdictionRecord> jurisdictions = new ArrayList<>();
        List<AgencyRecord> agencies = new ArrayList<>();
        List<SourceRecord> sources = new ArrayList<>();
        List<MeasureRecord> measures = new ArrayList<>();
        List<PolicyRecord> policies = new ArrayList<>();
        List<FigureRecord> figures = new ArrayList<>();
        Map<String, Map<String, Long>> idLines = new HashMap<>();

        List<PlaceRecord> places = new ArrayList<>();
        Map<String, Row> placeRows = new HashMap<>();
        if (Files.isRegularFile(dir.resolve(PLACES))) {
            readFile(
                    dir,
                    PLACES,
                    PLACE_COLUMNS,
                    problems,
                    idLines,
                    row -> {
                        PlaceRecord p = place(row);
                        places.add(p);
                        placeRows.put(p.id(), row);
                    });
        }
        Map<String, Row> jurisdictionRows = new HashMap<>();
        readFile(
                dir,
                JURISDICTIONS,
                JURISDICTION_COLUMNS,
                JURISDICTION_OPTIONAL_COLUMNS,
                problems,
                idLines,
                row -> {
                    JurisdictionRecord j =
                            new JurisdictionRecord(
                                    row.slug("id"),
                                    row.text("name"),
                                    row.vocabulary("kind", JurisdictionKind.class),
                                    row.optionalText("state"),
                                    row.optionalSlug("source_id"),
                                    row.optionalText("note"),
                                    row.optionalSlug("place_id"));
                    jurisdictions.add(j);
                    jurisdictionRows.put(j.id(), row);
                });
        readFile(
                dir,
                AGENCIES,
                AGENCY_COLUMNS,
                problems,
                idLines,
                row ->
                        agencies.add(
                                new AgencyRecord(
                                        row.slug("id"),
                                        row.slug("jurisdiction"),
                                        row.text("name"),
                                        row.vocabulary("kind", AgencyKind.class),
                                        row.optionalSlug("source_id"),
                                        row.optionalText("note"))));
        readFile(
                dir,
                SOURCES,
                SOURCE_COLUMNS,
                Set.copyOf(SOURCE_COPY_COLUMNS),
                problems,
                idLines,
                row -> {
                    String publisher = row.text("publisher");
                    String title = row.text("title");
                    PreciseDate published = row.preciseDate("published_on");
                    notInFuture(row, "published_on", published.date());
                    String url = row.optionalUrl("url");
                    String author = row.optionalText("author");
                    String repository = row.optionalText("copy_repository");
                    String commit = row.optionalText("copy_commit");
                    String copyPath = row.optionalText("copy_path");
                    if ((repository == null) != (commit == null)
                            || (repository == null) != (copyPath == null)) {
                        row.problem(
                                "copy_repository",
                                "give the copy's repository, commit and path together, or none");
                    }
                    if (commit != null && !commit.matches("[0-9a-f]{40}")) {
                        row.problem("copy_commit", "'" + commit + "' is not a full commit id");
                    }
                    sources.add(
                            new SourceRecord(
                                    row.slug("id"),
                                    publisher,
                                    title,
                                    published,
                                    url,
                                    row.vocabulary("kind", SourceKind.class),
                                    author,
                                    row.optionalText("note"),
                                    repository,
                                    commit,
                                    copyPath,
                                    row.optionalText("license"),
                                    publisher == null || title == null
                                            ? null
                                            : Citations.of(
                                                    publisher, author, title, published, url)));
                });
        readFile(
                dir,
                MEASURES,
                MEASURE_COLUMNS,
                problems,
                idLines,
                row ->
                        measures.add(
                                new MeasureRecord(
                                        row.measureId("id"),
                                        row.text("name"),
                                        row.vocabulary("unit", MeasureUnit.class),
                                        row.text("description"))));
        Map<String, Row> policyRows = new HashMap<>();
        readFile(
                dir,
                POLICIES,
                POLICY_COLUMNS,
                problems,
                idLines,
                row -> {
                    PolicyRecord policy =
                            new PolicyRecord(
                                    row.slug("id"),
                                    row.text("title"),
                                    row.vocabulary("kind", PolicyKind.class),
                                    row.slug("jurisdiction"),
                                    row.slugList("agencies"),
                                    row.preciseDate("adopted_on"),
                                    row.preciseDate("effective_on"),
                                    row.preciseDate("ended_on"),
                                    row.optionalSlug("superseded_by"),
                                    row.optionalSlug("superseded_by_source_id"),
                                    row.optionalText("legal_citation"),
                                    row.text("summary"),
                                    new Provisions(
                                            row.optionalBoolean("requires_judicial_warrant"),
                                            row.optionalNonNegativeInt("conviction_lookback_years"),
                                            row.optionalNonNegativeInt("covered_offense_count"),
                                            row.optionalText("covered_offense_list"),
                                            row.optionalBoolean("terrorist_watchlist_exception"),
                                            row.optionalBoolean("allows_ice_office"),
                                            row.optionalBoolean("limits_information_sharing"),
                                            row.optionalNonNegativeInt("max_hold_hours")),
                                    row.slugList("source_ids"),
                                    row.optionalText("note"));
                    if (policy.sourceIds().isEmpty()) {
                        row.problem("source_ids", "every policy names at least one source");
                    }
                    if (policy.endedOn().date() != null
                            && policy.inForceFrom() != null
                            && policy.endedOn().date().isBefore(policy.inForceFrom())) {
                        row.problem(
                                "ended_on",
                                "ends ("
                                        + policy.endedOn().date()
                                        + ") before it is in force ("
                                        + policy.inForceFrom()
                                        + ")");
                    }
                    if (policy.endedOn().date() != null && policy.inForceFrom() == null) {
                        row.problem(
                                "ended_on",
                                "an end date is given, but neither adopted_on nor effective_on: when did it start?");
                    }
                    if (policy.supersededBy() != null && policy.supersededBySourceId() == null) {
                        row.problem(
                                "superseded_by_source_id",
                                "superseded_by is '"
                                        + policy.supersededBy()
                                        + "': name the source whose text says so (it must also be in source_ids)");
                    }
                    if (policy.supersededBySourceId() != null && policy.supersededBy() == null) {
                        row.problem("superseded_by_source_id", "given, but superseded_by is blank");
                    }
                    if (policy.supersededBySourceId() != null
                            && !policy.sourceIds().contains(policy.supersededBySourceId())) {
                        row.problem(
                                "superseded_by_source_id",
                                "'"
                                        + policy.supersededBySourceId()
                                        + "' is not one of the row's source_ids");
                    }
                    policies.add(policy);
                    policyRows.put(policy.id(), row);
                });
        Map<String, Row> figureRows = new HashMap<>();
        readFile(
                dir,
                FIGURES,
                FIGURE_COLUMNS,
                problems,
                idLines,
                row -> {
                    LocalDate start = row.date("period_start");
                    LocalDate end = row.date("period_end");
                    if (start != null && end != null && end.isBefore(start)) {
                        row.problem(
                                "period_end",
                                "period ends (" + end + ") before it starts (" + start + ")");
                    }
                    notInFuture(row, "period_end", end);
                    Long value = row.nonNegativeLong("value");
                    FiscalYearBasis basis =
                            row.vocabulary("fiscal_year_basis", FiscalYearBasis.class);
                    String mismatch = FiscalYears.mismatch(basis, start, end);
                    if (mismatch != null) {
                        row.problem("fiscal_year_basis", mismatch);
                    }
                    FigureRecord figure =
                            new FigureRecord(
                                    row.slug("id"),
                                    row.measureId("measure"),
                                    row.slug("jurisdiction"),
                                    row.optionalSlug("agency"),
                                    start,
                                    end,
                                    basis,
                                    value == null ? -1 : value,
                                    row.vocabulary("qualifier", Qualifier.class),
                                    row.vocabulary("verification", Verification.class),
                                    row.slug("source_id"),
                                    row.optionalText("note"),
                                    List.of());
                    figures.add(figure);
                    figureRows.put(figure.id(), row);
                });

        List<AgreementRecord> agreements = new ArrayList<>();
        Map<String, Row> agreementRows = new HashMap<>();
        if (Files.isRegularFile(dir.resolve(AGREEMENTS))) {
            Map<String, AgreementRecord> agencyFirst = new HashMap<>();
            Map<String, AgreementRecord> agencyByName = new HashMap<>();
            readFile(
                    dir,
                    AGREEMENTS,
                    AGREEMENT_COLUMNS,
                    problems,
                    idLines,
                    row -> {
                        AgreementRecord a = agreement(row);
                        agreements.add(a);
                        agreementRows.put(a.id(), row);
                        checkAgency(row, a, agencyFirst, agencyByName, agreementRows);
                    });
        }

        Map<String, Set<String>> areaStates = new HashMap<>();
        Map<Long, String> areaSources = new TreeMap<>();
        if (Files.isRegularFile(dir.resolve(AREAS_OF_RESPONSIBILITY))) {
            readFile(
                    dir,
                    AREAS_OF_RESPONSIBILITY,
                    AREA_COLUMNS,
                    problems,
                    idLines,
                    row -> {
                        String office = row.text("office");
                        String state = row.text("state");
                        row.optionalText("county");
                        row.optionalText("note");
                        String source = row.slug("source_id");
                        if (state != null && !STATE.matcher(state).matches()) {
                            row.problem("state", "'" + state + "' is not a two-letter state code");
                        }
                        if (office != null && state != null) {
                            areaStates.computeIfAbsent(office, o -> new TreeSet<>()).add(state);
                            areaSources.put(row.line(), source);
                        }
                    });
        }
        List<FacilityRecord> facilities = new ArrayList<>();
        Map<String, Row> facilityRows = new HashMap<>();
        if (Files.isRegularFile(dir.resolve(FACILITIES))) {
            Map<String, Long> detlocLines = new HashMap<>();
            readFile(
                    dir,
                    FACILITIES,
                    FACILITY_COLUMNS,
                    problems,
                    idLines,
                    row -> {
                        FacilityRecord f = facility(row, detlocLines, areaStates);
                        facilities.add(f);
                        facilityRows.put(f.id(), row);
                    });
        }

        List<CountRecord> counts = new ArrayList<>();
        Map<String, Row> countRows = new HashMap<>();
        if (Files.isRegularFile(dir.resolve(COUNTS))) {
            readFile(
                    dir,
                    COUNTS,
                    COUNT_COLUMNS,
                    problems,
                    idLines,
                    row -> {
                        CountRecord c = count(row);
                        counts.add(c);
                        countRows.put(c.id(), row);
                    });
            if (problems.isEmpty()) {
                CountChecks.check(counts, id -> countRows.get(id).line(), problems);
            }
        }

        if (problems.isEmpty()) {
            checkReferences(
                    problems,
                    idLines,
                    jurisdictions,
                    agencies,
                    sources,
                    measures,
                    policies,
                    figures,
                    policyRows,
                    figureRows);
            Set<String> sourceIds = ids(sources, SourceRecord::id);
            for (AgreementRecord a : agreements) {
                long line = agreementRows.get(a.id()).line();
                a.sourceIds()
                        .forEach(
                                s ->
                                        ref(
                                                problems,
                                                AGREEMENTS,
                                                line,
                                                "source_ids",
                                                s,
                                                sourceIds,
                                                SOURCES));
            }
        }
        if (problems.isEmpty()) {
            Set<String> sourceIds = ids(sources, SourceRecord::id);
            Set<String> agencyIds = ids(agencies, AgencyRecord::id);
            Set<String> agreementAgencyIds = ids(agreements, AgreementRecord::agencyId);
            areaSources.forEach(
                    (line, source) ->
                            ref(
                                    problems,
                                    AREAS_OF_RESPONSIBILITY,
                                    line,
                                    "source_id",
                                    source,
                                    sourceIds,
                                    SOURCES));
            for (FacilityRecord f : facilities) {
                long line = facilityRows.get(f.id()).line();
                ref(problems, FACILITIES, line, "agency", f.agency(), agencyIds, AGENCIES);
                ref(
                        problems,
                        FACILITIES,
                        line,
                        "agreement_agency_id",
                        f.agreementAgencyId(),
                        agreementAgencyIds,
                        AGREEMENTS + " (agency_id)");
                f.sourceIds()
                        .forEach(
                                s ->
                                        ref(
                                                problems,
                                                FACILITIES,
                                                line,
                                                "source_ids",
                                                s,
                                                sourceIds,
                                                SOURCES));
            }
        }
        if (problems.isEmpty()) {
            Set<String> sourceIds = ids(sources, SourceRecord::id);
            Set<String> facilityIds = ids(facilities, FacilityRecord::id);
            for (CountRecord c : counts) {
                long line = countRows.get(c.id()).line();
                ref(problems, COUNTS, line, "source_id", c.sourceId(), sourceIds, SOURCES);
                ref(problems, COUNTS, line, "facility_id", c.facilityId(), facilityIds, FACILITIES);
            }
        }
        if (problems.isEmpty()) {
            checkPlaces(problems, places, placeRows, jurisdictions, jurisdictionRows, sources);
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        CountyNames countyNames = countyNames(places);
        return new CuratedData(
                places,
                jurisdictions,
                agencies,
                sources,
                measures,
                policies,
                FigureLinks.link(figures),
                agreements.stream()
                        .map(
                                a ->
                                        a.county() == null
                                                ? a
                                                : a.withCountyFips(
                                                        countyNames
                                                                .match(a.state(), a.county())
                                                                .fips()))
                        .toList(),
                facilities,
                counts);
    }

    /**
     * One row of counts.csv: a series, its period, a category or a facility where the series has
     * them (and only then), a count, and the source that published it.
     */
    private CountRecord count(Row row) {
        LocalDate start = row.date("period_start");
        LocalDate end = row.date("period_end");
        if (start != null && end != null && end.isBefore(start)) {
            row.problem("period_end", "period ends (" + end + ") before it starts (" + start + ")");
        }
        notInFuture(row, "period_end", end);
        Long value = row.nonNegativeLong("value");
        CountRecord c =
                new CountRecord(
                        row.slug("id"),
                        row.vocabulary("series", CountSeries.class),
                        start,
                        end,
                        row.optionalText("category"),
                        row.optionalText("facility_name"),
                        row.optionalText("facility_city"),
                        row.optionalText("facility_state"),
                        row.optionalSlug("facility_id"),
                        value == null ? -1 : value,
                        row.slug("source_id"),
                        row.optionalText("note"));
        if (c.series() != null) {
            if (c.series().byCategory() != (c.category() != null)) {
                row.problem(
                        "category",
                        c.series().byCategory()
                                ? "series " + c.series() + " names a category in every row"
                                : "series " + c.series() + " has no category");
            }
            if (c.series().byFacility() != (c.facilityName() != null)) {
                row.problem(
                        "facility_name",
                        c.series().byFacility()
                                ? "series " + c.series() + " names a facility in every row"
                                : "series " + c.series() + " names no facility");
            }
        }
        if (c.facilityState() != null && !c.facilityState().matches("[A-Z]{2}")) {
            row.problem(
                    "facility_state",
                    "'" + c.facilityState() + "' is not a two-letter postal code");
        }
        return c;
    }

    /**
     * One row of facilities.csv, with its checks: the id is the facility code lowercased, a code
     * appears once, and a state that is not one of its area of responsibility's states (in
     * areas-of-responsibility.csv) is either corrected or recorded in the note, which then starts
     * with {@link #AOR_DISAGREEMENT} (a disagreement in ICE's own lists is kept, not dropped).
     */
    private static FacilityRecord facility(
            Row row, Map<String, Long> detlocLines, Map<String, Set<String>> areaStates) {
        FacilityRecord f =
                new FacilityRecord(
                        row.slug("id"),
                        row.text("detloc"),
                        row.text("name"),
                        row.optionalText("city"),
                        row.optionalText("county_fips"),
                        row.vocabularyList("county_fips_methods", CountyMethod.class).stream()
                                .map(Enum::name)
                                .toList(),
                        row.optionalText("state"),
                        row.optionalText("aor"),
                        row.optionalText("type_detailed"),
                        row.optionalText("type_grouped"),
                        coordinate(row, "latitude", 90),
                        coordinate(row, "longitude", 180),
                        row.optionalSlug("agency"),
                        row.optionalSlug("agreement_agency_id"),
                        row.slugList("source_ids"),
                        row.optionalText("note"));
        if (f.detloc() != null) {
            if (!DETLOC.matcher(f.detloc()).matches()) {
                row.problem(
                        "detloc",
                        "'" + f.detloc() + "' is not a facility code (capital letters and digits)");
            } else {
                Long first = detlocLines.putIfAbsent(f.detloc(), row.line());
                if (first != null) {
                    row.problem(
                            "detloc",
                            "facility code '"
                                    + f.detloc()
                                    + "' is already on line "
                                    + first
                                    + ": a facility code names one facility");
                }
                if (f.id() != null && !f.id().equals(f.detloc().toLowerCase(Locale.ROOT))) {
                    row.problem(
                            "id",
                            "'"
                                    + f.id()
                                    + "' is not the facility code lowercased ('"
                                    + f.detloc().toLowerCase(Locale.ROOT)
                                    + "')");
                }
            }
        }
        if (f.countyFips() != null && !COUNTY_FIPS.matcher(f.countyFips()).matches()) {
            row.problem(
                    "county_fips", "'" + f.countyFips() + "' is not a 5-digit county FIPS code");
        } else if (f.countyFips() != null) {
            String stateFips = StateFips.of(f.state()).orElse(null);
            if (stateFips == null) {
                row.problem(
                        "county_fips",
                        "a county needs the facility's state ('"
                                + (f.state() == null ? "" : f.state())
                                + "' is no state with a FIPS code)");
            } else if (!f.countyFips().startsWith(stateFips)) {
                row.problem(
                        "county_fips",
                        "'"
                                + f.countyFips()
                                + "' is not a county of "
                                + f.state()
                                + " (a county's FIPS code starts with its state's, "
                                + stateFips
                                + ")");
            }
        }
        if ((f.countyFips() == null) != f.countyFipsMethods().isEmpty()) {
            row.problem(
                    "county_fips_methods",
                    f.countyFips() == null
                            ? "methods of a county that is not given"
                            : "say how the county was found (one of: "
                                    + String.join(
                                            ", ",
                                            Arrays.stream(CountyMethod.values())
                                                    .map(Enum::name)
                                                    .toList())
                                    + ")");
        }
        if (f.state() != null && !STATE.matcher(f.state()).matches()) {
            row.problem("state", "'" + f.state() + "' is not a two-letter state code");
        }
        if ((f.latitude() == null) != (f.longitude() == null)) {
            row.problem("latitude", "give latitude and longitude together, or neither");
        }
        if (f.sourceIds().isEmpty()) {
            row.problem("source_ids", "every facility names at least one source");
        }
        boolean recorded = f.note() != null && f.note().startsWith(AOR_DISAGREEMENT);
        if (f.aor() != null && !areaStates.isEmpty()) {
            Set<String> states = areaStates.get(f.aor());
            if (states == null) {
                row.problem(
                        "aor",
                        "'"
                                + f.aor()
                                + "' is not an office of "
                                + AREAS_OF_RESPONSIBILITY
                                + " (spell it as its column office does)");
            } else if (f.state() != null && STATE.matcher(f.state()).matches()) {
                boolean agrees = states.contains(f.state());
                if (!agrees && !recorded) {
                    row.problem(
                            "state",
                            f.state()
                                    + " is not a state of the "
                                    + f.aor()
                                    + " area of responsibility ("
                                    + String.join(", ", states)
                                    + " in "
                                    + AREAS_OF_RESPONSIBILITY
                                    + "): correct the state or the aor, or record the disagreement in note, starting with '"
                                    + AOR_DISAGREEMENT
                                    + "'");
                }
                if (agrees && recorded) {
                    row.problem(
                            "note",
                            "records an AOR/state disagreement, but "
                                    + f.state()
                                    + " is a state of the "
                                    + f.aor()
                                    + " area of responsibility");
                }
            }
        }
        return f;
    }

    /** A decimal coordinate within ±{@code limit}, as the source wrote it; blank: none. */
    private static String coordinate(Row row, String column, int limit) {
        String v = row.optionalText(column);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (Math.abs(d) > limit || !v.matches("-?[0-9]+(\\.[0-9]+)?")) {
                row.problem(column, "'" + v + "' is not a decimal degree within ±" + limit);
            }
        } catch (NumberFormatException e) {
            row.problem(column, "'" + v + "' is not a decimal number");
        }
        return v;
    }

    /**
     * One row of places.csv, with the checks of its id: a state's is a 2-digit state FIPS code, a
     * county's a 5-digit county FIPS code that starts with its parent state's, a city's a slug.
     */
    private static PlaceRecord place(Row row) {
        PlaceRecord p =
                new PlaceRecord(
                        row.slug("id"),
                        row.vocabulary("kind", PlaceKind.class),
                        row.text("name"),
                        row.text("state"),
                        row.optionalSlug("parent_id"),
                        row.slugList("county_ids"),
                        row.slugList("source_ids"),
                        row.optionalText("note"));
        if (p.id() == null || p.kind() == null) {
            return p;
        }
        if (p.state() != null && !STATE.matcher(p.state()).matches()) {
            row.problem("state", "'" + p.state() + "' is not a two-letter state code");
        }
        if (p.sourceIds().isEmpty()) {
            row.problem("source_ids", "every place names at least one source");
        }
        switch (p.kind()) {
            case state -> {
                if (!STATE_FIPS.matcher(p.id()).matches()) {
                    row.problem("id", "'" + p.id() + "' is not a 2-digit state FIPS code");
                }
                if (p.parentId() != null) {
                    row.problem("parent_id", "a state has no parent place");
                }
            }
            case county -> {
                if (!COUNTY_FIPS.matcher(p.id()).matches()) {
                    row.problem("id", "'" + p.id() + "' is not a 5-digit county FIPS code");
                } else if (!p.id().substring(0, 2).equals(p.parentId())) {
                    row.problem(
                            "parent_id",
                            "a county's parent is the state its code starts with ("
                                    + p.id().substring(0, 2)
                                    + "), not "
                                    + p.parentId());
                }
            }
            case city -> {
                if (STATE_FIPS.matcher(p.id()).matches() || COUNTY_FIPS.matcher(p.id()).matches()) {
                    row.problem(
                            "id", "'" + p.id() + "' is a state or county code, not a city's id");
                }
                if (p.parentId() == null) {
                    row.problem("parent_id", "a city names the state it is in");
                }
            }
        }
        if (p.kind() != PlaceKind.city && !p.countyIds().isEmpty()) {
            row.problem("county_ids", "only a city lists the counties it spans");
        }
        return p;
    }

    /**
     * The references of places.csv (a parent is a state of the same postal code, a city's counties
     * are counties of its state, sources exist) and of jurisdictions to places (a place_id names a
     * place of the same state; a state jurisdiction's place is a state).
     */
    private static void checkPlaces(
            ImportProblems problems,
            List<PlaceRecord> places,
            Map<String, Row> placeRows,
            List<JurisdictionRecord> jurisdictions,
            Map<String, Row> jurisdictionRows,
            List<SourceRecord> sources) {
        Map<String, PlaceRecord> byId =
                places.stream().collect(Collectors.toMap(PlaceRecord::id, p -> p));
        Set<String> sourceIds = ids(sources, SourceRecord::id);
        for (PlaceRecord p : places) {
            Row row = placeRows.get(p.id());
            p.sourceIds()
                    .forEach(
                            s ->
                                    ref(
                                            problems,
                                            PLACES,
                                            row.line(),
                                            "source_ids",
                                            s,
                                            sourceIds,
                                            SOURCES));
            if (p.parentId() != null) {
                PlaceRecord parent = byId.get(p.parentId());
                if (parent == null || parent.kind() != PlaceKind.state) {
                    row.problem("parent_id", "'" + p.parentId() + "' is not a state of " + PLACES);
                } else if (!parent.state().equals(p.state())) {
                    row.problem(
                            "state",
                            p.state()
                                    + ", but its parent "
                                    + parent.id()
                                    + " is "
                                    + parent.state());
                }
            }
            for (String county : p.countyIds()) {
                PlaceRecord c = byId.get(county);
                if (c == null || c.kind() != PlaceKind.county || !c.state().equals(p.state())) {
                    row.problem(
                            "county_ids",
                            "'" + county + "' is not a county of " + p.state() + " in " + PLACES);
                }
            }
        }
        for (JurisdictionRecord j : jurisdictions) {
            if (j.placeId() == null) {
                continue;
            }
            Row row = jurisdictionRows.get(j.id());
            PlaceRecord p = byId.get(j.placeId());
            if (p == null) {
                row.problem("place_id", "'" + j.placeId() + "' is not an id in " + PLACES);
            } else if (!p.state().equals(j.state())) {
                row.problem(
                        "place_id",
                        "place "
                                + p.id()
                                + " ("
                                + p.name()
                                + ") is in "
                                + p.state()
                                + ", the jurisdiction in "
                                + j.state());
            } else if (j.kind() == JurisdictionKind.state && p.kind() != PlaceKind.state) {
                row.problem(
                        "place_id", "a state's place is a state; " + p.id() + " is a " + p.kind());
            } else if (j.kind() == JurisdictionKind.county && p.kind() != PlaceKind.county) {
                row.problem(
                        "place_id",
                        "a county's place is a county; " + p.id() + " is a " + p.kind());
            }
        }
    }

    /** The rule that joins a county's name to a county of {@code places}. */
    public static CountyNames countyNames(List<PlaceRecord> places) {
        Map<String, List<CountyNames.County>> byState = new HashMap<>();
        for (PlaceRecord p : places) {
            if (p.kind() == PlaceKind.county) {
                byState.computeIfAbsent(p.state(), s -> new ArrayList<>())
                        .add(new CountyNames.County(p.id(), p.name()));
            }
        }
        return new CountyNames(byState);
    }

    /** One row of agreements.csv, with the checks of its dates. */
    private AgreementRecord agreement(Row row) {
        AgreementRecord a =
                new AgreementRecord(
                        row.slug("id"),
                        row.slug("agency_id"),
                        row.text("agency"),
                        row.optionalText("agency_type"),
                        row.text("state"),
                        row.optionalText("county"),
                        row.vocabulary("model", AgreementModel.class),
                        row.preciseDate("signed_on"),
                        row.date("first_listed_on"),
                        row.date("last_listed_on"),
                        row.preciseDate("ended_on"),
                        row.optionalDate("ended_after"),
                        row.optionalDate("ended_before"),
                        row.vocabulary("status", AgreementStatus.class),
                        row.slugList("source_ids"),
                        row.optionalText("note"),
                        null);
        if (a.sourceIds().isEmpty()) {
            row.problem("source_ids", "every agreement names at least one source");
        }
        LocalDate signed = a.signedOn().date();
        notInFuture(row, "signed_on", signed);
        notInFuture(row, "last_listed_on", a.lastListedOn());
        if (a.firstListedOn() != null
                && a.lastListedOn() != null
                && a.lastListedOn().isBefore(a.firstListedOn())) {
            row.problem(
                    "last_listed_on",
                    "last listed ("
                            + a.lastListedOn()
                            + ") before it was first listed ("
                            + a.firstListedOn()
                            + ")");
        }
        if ((a.endedAfter() == null) != (a.endedBefore() == null)) {
            row.problem(
                    a.endedAfter() == null ? "ended_after" : "ended_before",
                    "an end window needs both ended_after and ended_before");
        }
        if (a.endedAfter() != null
                && a.endedBefore() != null
                && a.endedBefore().isBefore(a.endedAfter())) {
            row.problem(
                    "ended_before",
                    "the end window closes ("
                            + a.endedBefore()
                            + ") before it opens ("
                            + a.endedAfter()
                            + ")");
        }
        if (a.endedOn().date() != null && a.endedAfter() != null) {
            row.problem("ended_on", "give either ended_on or the window ended_after/ended_before");
        }
        if (signed != null) {
            // a signed date of month or year precision: its earliest day
            if (a.endedAfter() != null && a.endedAfter().isBefore(signed)) {
                row.problem(
                        "ended_after",
                        "the end window starts ("
                                + a.endedAfter()
                                + ") before the agreement was signed ("
                                + signed
                                + ")");
            }
            if (a.endedOn().date() != null && a.endedOn().latestDay().isBefore(signed)) {
                row.problem(
                        "ended_on",
                        "ends (" + a.endedOn().date() + ") before it was signed (" + signed + ")");
            }
        }
        boolean ends = a.endedOn().date() != null || a.endedAfter() != null;
        if (a.status() == AgreementStatus.active && ends) {
            row.problem("status", "active, but an end is given");
        }
        if (a.status() == AgreementStatus.ended && !ends) {
            row.problem("status", "ended, but neither ended_on nor an end window is given");
        }
        return a;
    }

    /**
     * An agency named by several agreements is one agency: the same agency_id keeps the same name,
     * state, county and type, and one name in a state has one agency_id.
     */
    private static void checkAgency(
            Row row,
            AgreementRecord a,
            Map<String, AgreementRecord> byId,
            Map<String, AgreementRecord> byName,
            Map<String, Row> rows) {
        if (a.agencyId() == null || a.agency() == null || a.state() == null) {
            return;
        }
        AgreementRecord first = byId.putIfAbsent(a.agencyId(), a);
        if (first != null) {
            List<Object> was =
                    Arrays.asList(
                            first.agency(), first.state(), first.county(), first.agencyType());
            List<Object> is = Arrays.asList(a.agency(), a.state(), a.county(), a.agencyType());
            if (!was.equals(is)) {
                row.problem(
                        "agency_id",
                        "agency '"
                                + a.agencyId()
                                + "' is "
                                + was
                                + " on line "
                                + rows.get(first.id()).line()
                                + " and "
                                + is
                                + " here: one agency, one name, state, county and type");
            }
        }
        String name = a.state() + " " + a.agency().toLowerCase(Locale.ROOT);
        AgreementRecord sameName = byName.putIfAbsent(name, a);
        if (sameName != null && !sameName.agencyId().equals(a.agencyId())) {
            row.problem(
                    "agency_id",
                    "'"
                            + a.agency()
                            + "' ("
                            + a.state()
                            + ") is agency '"
                            + sameName.agencyId()
                            + "' on line "
                            + rows.get(sameName.id()).line()
                            + ", here '"
                            + a.agencyId()
                            + "'");
        }
    }

    private void notInFuture(Row row, String column, LocalDate date) {
        if (date != null && date.isAfter(today)) {
            row.problem(column, date + " is in the future");
        }
    }

    private interface RowHandler {
        void handle(Row row);
    }

    private static void readFile(
            Path dir,
            String file,
            List<String> columns,
            ImportProblems problems,
            Map<String, Map<String, Long>> idLines,
            RowHandler handler) {
        readFile(dir, file, columns, Set.of(), problems, idLines, handler);
    }

    private static void readFile(
            Path dir,
            String file,
            List<String> columns,
            Set<String> optional,
            ImportProblems problems,
            Map<String, Map<String, Long>> idLines,
            RowHandler handler) {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.add(file, 0, null, "file not found in " + dir);
            return;
        }
        Map<String, Long> seen = idLines.computeIfAbsent(file, f -> new HashMap<>());
        try (InputStream in = Files.newInputStream(path)) {
            CsvTable.read(
                    file,
                    in,
                    columns,
                    optional,
                    problems,
                    line -> {
                        Row row = new Row(file, line, problems);
                        String id = row.optionalText("id");
                        if (id != null) {
                            Long first = seen.putIfAbsent(id, line.line());
                            if (first != null) {
                                row.problem(
                                        "id",
                                        "duplicate id '" + id + "' (first on line " + first + ")");
                                return;
                            }
                        }
                        handler.handle(row);
                    });
        } catch (IOException e) {
            problems.add(file, 0, null, "cannot read: " + e.getMessage());
        }
    }

    private static void checkReferences(
            ImportProblems problems,
            Map<String, Map<String, Long>> idLines,
            List<JurisdictionRecord> jurisdictions,
            List<AgencyRecord> agencies,
            List<SourceRecord> sources,
            List<MeasureRecord> measures,
            List<PolicyRecord> policies,
            List<FigureRecord> figures,
            Map<String, Row> policyRows,
            Map<String, Row> figureRows) {
        Set<String> jurisdictionIds = ids(jurisdictions, JurisdictionRecord::id);
        Set<String> agencyIds = ids(agencies, AgencyRecord::id);
        Set<String> sourceIds = ids(sources, SourceRecord::id);
        Set<String> measureIds = ids(measures, MeasureRecord::id);
        Set<String> policyIds = ids(policies, PolicyRecord::id);
        Map<String, Long> jurisdictionLines = idLines.get(JURISDICTIONS);
        Map<String, Long> agencyLines = idLines.get(AGENCIES);

        for (JurisdictionRecord j : jurisdictions) {
            ref(
                    problems,
                    JURISDICTIONS,
                    jurisdictionLines.get(j.id()),
                    "source_id",
                    j.sourceId(),
                    sourceIds,
                    SOURCES);
        }
        for (AgencyRecord a : agencies) {
            long line = agencyLines.get(a.id());
            ref(
                    problems,
                    AGENCIES,
                    line,
                    "jurisdiction",
                    a.jurisdiction(),
                    jurisdictionIds,
                    JURISDICTIONS);
            ref(problems, AGENCIES, line, "source_id", a.sourceId(), sourceIds, SOURCES);
        }
        for (PolicyRecord p : policies) {
            long line = policyRows.get(p.id()).line();
            ref(
                    problems,
                    POLICIES,
                    line,
                    "jurisdiction",
                    p.jurisdiction(),
                    jurisdictionIds,
                    JURISDICTIONS);
            p.agencies()
                    .forEach(
                            a -> ref(problems, POLICIES, line, "agencies", a, agencyIds, AGENCIES));
            p.sourceIds()
                    .forEach(
                            s ->
                                    ref(
                                            problems,
                                            POLICIES,
                                            line,
                                            "source_ids",
                                            s,
                                            sourceIds,
                                            SOURCES));
            ref(problems, POLICIES, line, "superseded_by", p.supersededBy(), policyIds, POLICIES);
            ref(
                    problems,
                    POLICIES,
                    line,
                    "superseded_by_source_id",
                    p.supersededBySourceId(),
                    sourceIds,
                    SOURCES);
            if (p.id().equals(p.supersededBy())) {
                problems.add(POLICIES, line, "superseded_by", "a policy cannot supersede itself");
            }
        }
        Map<String, SourceRecord> sourcesById =
                sources.stream().collect(Collectors.toMap(SourceRecord::id, s -> s));
        for (FigureRecord f : figures) {
            long line = figureRows.get(f.id()).line();
            SourceRecord source = sourcesById.get(f.sourceId());
            LocalDate latest = source == null ? null : source.publishedOn().latestDay();
            if (latest != null
                    && latest.isBefore(f.periodEnd())
                    && f.qualifier() != Qualifier.approximate) {
                problems.add(
                        FIGURES,
                        line,
                        "source_id",
                        "source '"
                                + f.sourceId()
                                + "' is dated "
                                + source.publishedOn()
                                + ", before the period ends ("
                                + f.periodEnd()
                                + "): a count given before its period ended is a count "
                                + "so far: end the period on the day it was given, or mark the value approximate");
            }
            ref(problems, FIGURES, line, "measure", f.measure(), measureIds, MEASURES);
            ref(
                    problems,
                    FIGURES,
                    line,
                    "jurisdiction",
                    f.jurisdiction(),
                    jurisdictionIds,
                    JURISDICTIONS);
            ref(problems, FIGURES, line, "agency", f.agency(), agencyIds, AGENCIES);
            ref(problems, FIGURES, line, "source_id", f.sourceId(), sourceIds, SOURCES);
        }
    }

    private static void ref(
            ImportProblems problems,
            String file,
            long line,
            String column,
            String value,
            Set<String> known,
            String knownIn) {
        if (value != null && !known.contains(value)) {
            problems.add(file, line, column, "'" + value + "' is not an id in " + knownIn);
        }
    }

    private static <T> Set<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).collect(Collectors.toSet());
    }
}
