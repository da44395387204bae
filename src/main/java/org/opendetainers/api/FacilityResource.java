package org.opendetainers.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.FacilityQuery;
import org.opendetainers.representation.FacilityView;

@Path("/v1/facilities")
@Tag(name = "Facilities")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class FacilityResource {

    private static final Reads.ListSpec<FacilityView> LIST =
            Reads.ListSpec.of(FacilityView.class, 1, FacilityView::sortKey, FacilityView.Page::new);

    private static final Pattern COUNTY_FIPS = Pattern.compile("[0-9]{5}");

    private final Reads reads;
    private final FacilityQuery facilities;

    public FacilityResource(Reads reads, FacilityQuery facilities) {
        this.reads = reads;
        this.facilities = facilities;
    }

    @GET
    @Operation(
            operationId = "listFacilities",
            summary = "List ICE facilities",
            description =
                    "ICE facilities of the release read, one per facility code (DETLOC), by id: jails, prisons, hold rooms, hospitals and detention centers where ICE holds or has held people, with place, area of responsibility, type, coordinates where a list gives them, and the lists each comes from.")
    @APIResponse(
            responseCode = "200",
            description = "A page of facilities.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = FacilityView.Page.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(
            @Parameter(description = "Two-letter state code.", example = "MA") @QueryParam("state")
                    String state,
            @Parameter(
                            description =
                                    "Area of responsibility (ERO field office) as the facilities' aor spells it (any case).",
                            example = "New York City")
                    @QueryParam("aor")
                    String aor,
            @Parameter(
                            description =
                                    "5-digit county FIPS code (only facilities whose county_fips a list gives).",
                            example = "25017")
                    @QueryParam("county")
                    String county,
            @BeanParam ListParams page) {
        return reads.list(
                page,
                LIST,
                read -> {
                    Params.stateCode("state", state, "MA");
                    if (county != null && !COUNTY_FIPS.matcher(county).matches()) {
                        throw ApiProblem.invalidParameter(
                                "county",
                                "'" + county + "' is not a 5-digit county FIPS code (25017)");
                    }
                    if (aor != null && aor.isBlank()) {
                        throw ApiProblem.invalidParameter("aor", "empty");
                    }
                    var filter =
                            new FacilityQuery.Filter(
                                    state, aor == null ? null : aor.strip(), county);
                    return () ->
                            facilities.facilities(
                                    read.reference(), filter, read.after(0), read.limit() + 1);
                });
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getFacility",
            summary = "One ICE facility",
            description =
                    "One ICE facility of the release read, by id (ICE's facility code lowercased).")
    @APIResponse(
            responseCode = "200",
            description = "The facility.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FacilityView.class)))
    public Response get(
            @Parameter(
                            description = "Facility id (ICE's facility code lowercased).",
                            example = "bopdev")
                    @PathParam("id")
                    String id,
            @BeanParam ItemParams item) {
        return reads.one(
                item,
                FacilityView.class,
                read ->
                        facilities
                                .facility(read.reference(), id)
                                .orElseThrow(
                                        () ->
                                                ApiProblem.notFound(
                                                        "no facility '"
                                                                + id
                                                                + "' in release "
                                                                + read.release().id())));
    }
}
