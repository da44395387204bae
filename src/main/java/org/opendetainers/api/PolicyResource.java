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
import org.opendetainers.domain.vocabulary.PolicyKind;
import org.opendetainers.problem.ApiProblem;
import org.opendetainers.query.PolicyQuery;
import org.opendetainers.representation.PolicyView;

@Path("/v1/policies")
@Tag(name = "Policies")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class PolicyResource {

    private static final Reads.ListSpec<PolicyView> LIST =
            Reads.ListSpec.of(PolicyView.class, 2, PolicyView::sortKey, PolicyView.Page::new);

    private final Reads reads;
    private final PolicyQuery policies;

    public PolicyResource(Reads reads, PolicyQuery policies) {
        this.reads = reads;
        this.policies = policies;
    }

    @GET
    @Operation(
            operationId = "listPolicies",
            summary = "List policies (timeline)",
            description =
                    "Policies of the release read in timeline order: by the date they took effect (or were adopted, when the effective date is unknown), then id; policies with no known adoption or effective date come last. in_force_on=D gives those in force on D: in force from on or before D, and not ended on or before D.")
    @APIResponse(
            responseCode = "200",
            description = "A page of policies.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = PolicyView.Page.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(
            @Parameter(description = "Jurisdiction id (see /v1/jurisdictions).", example = "nyc")
                    @QueryParam("jurisdiction")
                    String jurisdiction,
            @Parameter(
                            description =
                                    "Two-letter state code: the policies of the jurisdictions in that state (the state's own laws and its counties' and cities' policies; see the state field of /v1/jurisdictions).",
                            example = "TX")
                    @QueryParam("state")
                    String state,
            @Parameter(
                            description =
                                    "Only policies that name this agency, or that apply to their jurisdiction's agencies generally (see /v1/agencies).",
                            example = "nypd")
                    @QueryParam("agency")
                    String agency,
            @Parameter(
                            description = "Only policies of this kind.",
                            example = "local_law",
                            schema = @Schema(implementation = PolicyKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(
                            description = "Only policies in force on this date (YYYY-MM-DD).",
                            example = "2015-01-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("in_force_on")
                    String inForceOn,
            @BeanParam ListParams page) {
        return reads.list(
                page,
                LIST,
                read -> {
                    Params.oneOf("jurisdiction", jurisdiction, read.reference().jurisdictionIds());
                    Params.stateCode("state", state, "TX");
                    Params.oneOf("agency", agency, read.reference().agencyIds());
                    Params.vocabulary("kind", kind, PolicyKind.class);
                    var filter =
                            new PolicyQuery.Filter(
                                    jurisdiction,
                                    state,
                                    agency,
                                    kind,
                                    Params.date("in_force_on", inForceOn));
                    return () ->
                            policies.policies(
                                    read.reference(), filter, read.after(), read.limit() + 1);
                });
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getPolicy",
            summary = "One policy",
            description = "One policy of the release read, by id.")
    @APIResponse(
            responseCode = "200",
            description = "The policy.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PolicyView.class)))
    public Response get(
            @Parameter(description = "Policy id.", example = "nyc-ll-58-2014") @PathParam("id")
                    String id,
            @BeanParam ItemParams item) {
        return reads.one(
                item,
                PolicyView.class,
                read ->
                        policies.policy(read.reference(), id)
                                .orElseThrow(
                                        () ->
                                                ApiProblem.notFound(
                                                        "no policy '"
                                                                + id
                                                                + "' in release "
                                                                + read.release().id())));
    }
}
