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
import org.opendetainers.domain.vocabulary.SourceKind;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.ReferenceQuery;
import org.opendetainers.representation.SourceView;

@Path("/v1/sources")
@Tag(name = "Sources")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class SourceResource {

    private static final Reads.ListSpec<SourceView> LIST =
            Reads.ListSpec.of(SourceView.class, 1, v -> List.of(v.id()), SourceView.Page::new);

    private final Reads reads;

    public SourceResource(Reads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(
            operationId = "listSources",
            summary = "List sources",
            description =
                    "Sources of the release read, by id: every document a figure or policy cites, with a ready citation.")
    @APIResponse(
            responseCode = "200",
            description = "A page of sources.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = SourceView.Page.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(
            @Parameter(
                            description = "Only sources of this kind.",
                            example = "government_report",
                            schema = @Schema(implementation = SourceKind.class))
                    @QueryParam("kind")
                    String kind,
            @BeanParam ListParams page) {
        return reads.list(
                page,
                LIST,
                read -> {
                    Params.vocabulary("kind", kind, SourceKind.class);
                    return () ->
                            ReferenceQuery.page(
                                    read.reference().sources(),
                                    SourceView::id,
                                    ReferenceQuery.equal(v -> v.kind().name(), kind),
                                    read.after(0),
                                    read.limit() + 1);
                });
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getSource",
            summary = "One source",
            description = "One source of the release read, by id.")
    @APIResponse(
            responseCode = "200",
            description = "The source.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SourceView.class)))
    public Response get(
            @Parameter(description = "Source id.", example = "seed-004") @PathParam("id") String id,
            @BeanParam ItemParams item) {
        return reads.one(
                item,
                SourceView.class,
                read ->
                        read.reference().sources().stream()
                                .filter(v -> v.id().equals(id))
                                .findFirst()
                                .orElseThrow(
                                        () ->
                                                ApiProblem.notFound(
                                                        "no source '"
                                                                + id
                                                                + "' in release "
                                                                + read.release().id())));
    }
}
