package org.opendetainers.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.domain.vocabulary.AgencyKind;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.ReferenceQuery;
import org.opendetainers.representation.AgencyView;

@Path("/v1/agencies")
@Tag(name = "Jurisdictions and agencies")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class AgencyResource {

    private static final Reads.ListSpec<AgencyView> LIST =
            Reads.ListSpec.of(AgencyView.class, 1, v -> List.of(v.id()), AgencyView.Page::new);

    private final Reads reads;

    public AgencyResource(Reads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(
            operationId = "listAgencies",
            summary = "List agencies",
            description = "Agencies of the release read, by id, optionally of one jurisdiction.")
    @APIResponse(
            responseCode = "200",
            description = "A page of agencies.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = AgencyView.Page.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(
            @Parameter(description = "Jurisdiction id (see /v1/jurisdictions).", example = "nyc")
                    @QueryParam("jurisdiction")
                    String jurisdiction,
            @Parameter(
                            description = "Only agencies of this kind.",
                            example = "police",
                            schema = @Schema(implementation = AgencyKind.class))
                    @QueryParam("kind")
                    String kind,
            @BeanParam ListParams page) {
        return reads.list(
                page,
                LIST,
                read -> {
                    Params.oneOf("jurisdiction", jurisdiction, read.reference().jurisdictionIds());
                    Params.vocabulary("kind", kind, AgencyKind.class);
                    return () ->
                            ReferenceQuery.page(
                                    read.reference().agencies(),
                                    AgencyView::id,
                                    ReferenceQuery.<AgencyView>equal(
                                                    AgencyView::jurisdiction, jurisdiction)
                                            .and(ReferenceQuery.equal(v -> v.kind().name(), kind)),
                                    read.after(0),
                                    read.limit() + 1);
                });
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getAgency",
            summary = "One agency",
            description = "One agency of the release read, by id.")
    @APIResponse(
            responseCode = "200",
            description = "The agency.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgencyView.class)))
    public Response get(
            @Parameter(description = "Agency id.", example = "nypd") @PathParam("id") String id,
            @BeanParam ItemParams item) {
        return reads.one(
                item,
                AgencyView.class,
                read ->
                        read.reference().agencies().stream()
                                .filter(v -> v.id().equals(id))
                                .findFirst()
                                .orElseThrow(
                                        () ->
                                                ApiProblem.notFound(
                                                        "no agency '"
                                                                + id
                                                                + "' in release "
                                                                + read.release().id())));
    }
}
