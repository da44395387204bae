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
import org.opendetainers.domain.vocabulary.JurisdictionKind;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.ReferenceQuery;
import org.opendetainers.representation.JurisdictionView;

@Path("/v1/jurisdictions")
@Tag(name = "Jurisdictions and agencies")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class JurisdictionResource {

    private static final Reads.ListSpec<JurisdictionView> LIST =
            Reads.ListSpec.of(
                    JurisdictionView.class, 1, v -> List.of(v.id()), JurisdictionView.Page::new);

    private final Reads reads;

    public JurisdictionResource(Reads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(
            operationId = "listJurisdictions",
            summary = "List jurisdictions",
            description = "Cities, counties, states and countries of the release read, by id.")
    @APIResponse(
            responseCode = "200",
            description = "A page of jurisdictions.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = JurisdictionView.Page.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(
            @Parameter(
                            description = "Only jurisdictions of this kind.",
                            example = "city",
                            schema = @Schema(implementation = JurisdictionKind.class))
                    @QueryParam("kind")
                    String kind,
            @BeanParam ListParams page) {
        return reads.list(
                page,
                LIST,
                read -> {
                    Params.vocabulary("kind", kind, JurisdictionKind.class);
                    return () ->
                            ReferenceQuery.page(
                                    read.reference().jurisdictions(),
                                    JurisdictionView::id,
                                    ReferenceQuery.equal(v -> v.kind().name(), kind),
                                    read.after(0),
                                    read.limit() + 1);
                });
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getJurisdiction",
            summary = "One jurisdiction",
            description = "One jurisdiction of the release read, by id.")
    @APIResponse(
            responseCode = "200",
            description = "The jurisdiction.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JurisdictionView.class)))
    public Response get(
            @Parameter(description = "Jurisdiction id.", example = "nyc") @PathParam("id")
                    String id,
            @BeanParam ItemParams item) {
        return reads.one(
                item,
                JurisdictionView.class,
                read ->
                        read.reference().jurisdictions().stream()
                                .filter(v -> v.id().equals(id))
                                .findFirst()
                                .orElseThrow(
                                        () ->
                                                ApiProblem.notFound(
                                                        "no jurisdiction '"
                                                                + id
                                                                + "' in release "
                                                                + read.release().id())));
    }
}
