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
import org.opendetainers.domain.vocabulary.AgreementModel;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.AgreementQuery;
import org.opendetainers.representation.AgreementView;

@Path("/v1/agreements")
@Tag(name = "Agreements")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class AgreementResource {

    private static final Reads.ListSpec<AgreementView> LIST =
            Reads.ListSpec.of(
                    AgreementView.class, 1, AgreementView::sortKey, AgreementView.Page::new);

    private final Reads reads;
    private final AgreementQuery agreements;

    public AgreementResource(Reads reads, AgreementQuery agreements) {
        this.reads = reads;
        this.agreements = agreements;
    }

    @GET
    @Operation(
            operationId = "listAgreements",
            summary = "List 287(g) agreements",
            description =
                    "287(g) agreements of the release read (one agency and one of ICE's models), by id. in_force_on=D gives those in force on D — signed on or before D and not ended before D — and those whose answer is unknown because D falls inside the end window (after the last ICE list showing the agreement, before the first not showing it); each row's in_force says which.")
    @APIResponse(
            responseCode = "200",
            description = "A page of agreements.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = AgreementView.Page.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(
            @Parameter(description = "Two-letter state code.", example = "TX") @QueryParam("state")
                    String state,
            @Parameter(
                            description = "County, as ICE names it (any case).",
                            example = "Harris County")
                    @QueryParam("county")
                    String county,
            @Parameter(
                            description = "Agency id (agency_id of an agreement).",
                            example = "tx-aransas-county-sheriffs-office")
                    @QueryParam("agency")
                    String agency,
            @Parameter(
                            description = "Only agreements of this model.",
                            example = "task_force",
                            schema = @Schema(implementation = AgreementModel.class))
                    @QueryParam("model")
                    String model,
            @Parameter(
                            description =
                                    "Only agreements in force on this date (YYYY-MM-DD), or whose answer for it is unknown.",
                            example = "2025-07-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("in_force_on")
                    String inForceOn,
            @BeanParam ListParams page) {
        return reads.list(
                page,
                LIST,
                read -> {
                    Params.stateCode("state", state, "TX");
                    Params.slug("agency", agency, "an agency");
                    if (county != null && county.isBlank()) {
                        throw ApiProblem.invalidParameter("county", "empty");
                    }
                    Params.vocabulary("model", model, AgreementModel.class);
                    var filter =
                            new AgreementQuery.Filter(
                                    state,
                                    county == null ? null : county.strip(),
                                    agency,
                                    model,
                                    Params.date("in_force_on", inForceOn));
                    return () ->
                            agreements.agreements(
                                    read.reference(), filter, read.after(0), read.limit() + 1);
                });
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getAgreement",
            summary = "One 287(g) agreement",
            description = "One 287(g) agreement of the release read, by id.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgreementView.class)))
    public Response get(
            @Parameter(
                            description = "Agreement id.",
                            example = "tx-aransas-county-sheriffs-office-jem")
                    @PathParam("id")
                    String id,
            @BeanParam ItemParams item) {
        return reads.one(
                item,
                AgreementView.class,
                read ->
                        agreements
                                .agreement(read.reference(), id)
                                .orElseThrow(
                                        () ->
                                                ApiProblem.notFound(
                                                        "no agreement '"
                                                                + id
                                                                + "' in release "
                                                                + read.release().id())));
    }
}
