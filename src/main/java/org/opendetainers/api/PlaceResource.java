package org.opendetainers.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.domain.vocabulary.PlaceKind;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.PlaceQuery;
import org.opendetainers.representation.PlaceInForceView;
import org.opendetainers.representation.PlaceView;

@Path("/v1/places")
@Tag(name = "Places")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class PlaceResource {

    private static final Reads.ListSpec<PlaceInForceView> LIST =
            Reads.ListSpec.of(
                    PlaceInForceView.class,
                    1,
                    PlaceInForceView::sortKey,
                    PlaceInForceView.Page::new);

    private final Reads reads;
    private final PlaceQuery places;

    public PlaceResource(Reads reads, PlaceQuery places) {
        this.reads = reads;
        this.places = places;
    }

    @GET
    @Operation(
            operationId = "listPlaces",
            summary = "List places, with what was in force on a date",
            description =
                    "States (2-digit state FIPS code), counties (5-digit county FIPS code) and cities of the release read, by id. With on=D, each place carries what was in force there on D: every label that applies (a 287(g) agreement by model, unknown_window where an agreement's answer is unknown, a local policy or a state law, limiting cooperation or not by its recorded provisions, none_known) and the one label picked by the order docs/api.md states, with the ids of the policies and agreements behind them. For a map: kind=county&on=D, paged by limit (at most the API's maximum page size).")
    @APIResponse(
            responseCode = "200",
            description = "A page of places.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = PlaceInForceView.Page.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(
            @Parameter(
                            description = "Only places of this kind.",
                            example = "county",
                            schema = @Schema(implementation = PlaceKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(description = "Two-letter state code.", example = "TX") @QueryParam("state")
                    String state,
            @Parameter(
                            description =
                                    "The date (YYYY-MM-DD) whose policies and agreements label each place.",
                            example = "2025-07-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("on")
                    String on,
            @BeanParam ListParams page) {
        return reads.list(
                page,
                LIST,
                read -> {
                    Params.vocabulary("kind", kind, PlaceKind.class);
                    Params.stateCode("state", state, "TX");
                    var filter =
                            new PlaceQuery.Filter(
                                    kind == null ? null : PlaceKind.valueOf(kind),
                                    state,
                                    Params.date("on", on));
                    return () ->
                            places.places(
                                    read.reference(), filter, read.after(0), read.limit() + 1);
                });
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getPlace",
            summary = "One place: what applied there, with the counts",
            description =
                    "One state (2-digit state FIPS code), county (5-digit county FIPS code) or city of the release read, in one document: its parent and children, the policies and 287(g) agreements that apply to it with their dates, its agencies and facilities, ICE's published counts of its facilities and the figures about it, each with its sources. on=D keeps what was in force on D (or whose answer is unknown: an agreement's end window, a date known only to the month) and gives the place's labels that day. As CSV: one row per item (section, id, name, kind, start, end, in_force, value, source_ids).")
    @APIResponse(
            responseCode = "200",
            description = "The place.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = PlaceView.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response get(
            @Parameter(
                            description =
                                    "Place id: a 2-digit state FIPS code (48), a 5-digit county FIPS code (48201) or a city's id (nyc).",
                            example = "48007")
                    @PathParam("id")
                    String id,
            @Parameter(
                            description =
                                    "Only what was in force on this date (YYYY-MM-DD), or whose answer for it is unknown.",
                            example = "2025-07-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("on")
                    String on,
            @BeanParam ItemParams item) {
        Params.slug("id", id, "a place");
        if (id.chars().allMatch(Character::isDigit) && id.length() != 2 && id.length() != 5) {
            throw ApiProblem.invalidParameter(
                    "id",
                    "'"
                            + id
                            + "' is neither a 2-digit state FIPS code (48) nor a 5-digit county FIPS code (48201)");
        }
        var day = Params.date("on", on);
        return reads.one(
                item,
                PlaceView.Row.class,
                PlaceView::rows,
                read ->
                        places.place(read.reference(), id, day)
                                .orElseThrow(
                                        () ->
                                                ApiProblem.notFound(
                                                        "no place '"
                                                                + id
                                                                + "' in release "
                                                                + read.release().id()
                                                                + " (a 2-digit state or 5-digit county FIPS code, or a city's id; see /v1/places)")));
    }
}
