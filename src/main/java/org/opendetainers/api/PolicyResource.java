package org.opendetainers.api;

import org.opendetainers.representation.HowToCite;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendetainers.api.problem.ApiProblem;
import org.opendetainers.representation.PolicyView;
import org.opendetainers.domain.Policy;
import org.opendetainers.domain.Agency;
import org.opendetainers.domain.Jurisdiction;
import org.opendetainers.domain.Release;
import org.opendetainers.domain.ReleaseScopedId;
import org.opendetainers.domain.vocabulary.PolicyKind;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Path("/v1/policies")
@Tag(name = "Policies")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class PolicyResource {

    private final Listing listing;
    private final PublishedRows rows;
    private final ObjectMapper json;
    private final HowToCite cite;

    public PolicyResource(Listing listing, PublishedRows rows, ObjectMapper json, HowToCite cite) {
        this.listing = listing;
        this.rows = rows;
        this.json = json;
        this.cite = cite;
    }

    @GET
    @Operation(operationId = "listPolicies", summary = "List policies (timeline)",
            description = "Policies of the release read in timeline order: by the date they took effect (or were adopted, when the effective date is unknown), then id; policies with no known adoption or effective date come last. in_force_on=D gives those in force on D: in force from on or before D, and not ended on or before D.")
    @APIResponse(responseCode = "200", description = "A page of policies.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.Page.class)),
                    @Content(mediaType = Format.CSV_MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Response list(
            @Parameter(description = "Jurisdiction id (see /v1/jurisdictions).", example = "nyc") @QueryParam("jurisdiction") String jurisdiction,
            @Parameter(description = "Only policies that name this agency, or that apply to their jurisdiction's agencies generally (see /v1/agencies).", example = "nypd") @QueryParam("agency") String agency,
            @Parameter(description = "Only policies of this kind.", example = "local_law", schema = @Schema(implementation = PolicyKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Only policies in force on this date (YYYY-MM-DD).", example = "2015-01-01", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date")) @QueryParam("in_force_on") String inForceOn,
            @BeanParam ListParams page,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Listing.Read read = listing.list(uri, headers, page.release, page.limit, page.cursor, page.format, 2);
        String release = read.release().id;
        Params.oneOf("jurisdiction", jurisdiction, rows.ids(Jurisdiction.class, release));
        Params.oneOf("agency", agency, rows.ids(Agency.class, release));
        Params.vocabulary("kind", kind, PolicyKind.class);
        LocalDate date = Params.date("in_force_on", inForceOn);
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        List<PolicyView> found = policies(read.release(), jurisdiction, agency, kind, date, read.after(), read.limit() + 1);
        return listing.page(read, found, PolicyView.class, PolicyView::sortKey, PolicyView.Page::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPolicy", summary = "One policy", description = "One policy of the release read, by id.")
    @APIResponse(responseCode = "200", description = "The policy.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)))
    public Response get(
            @Parameter(description = "Policy id.", example = "nyc-ll-58-2014") @PathParam("id") String id,
            @BeanParam ItemParams item,
            @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Listing.Read read = listing.one(uri, headers, item.release, item.format);
        Response notModified = listing.notModified(request, read);
        if (notModified != null) {
            return notModified;
        }
        PolicyView found = policy(read.release(), id)
                .orElseThrow(() -> ApiProblem.notFound("no policy '" + id + "' in release " + read.release().id));
        return listing.item(read, found, PolicyView.class);
    }

    /**
     * The policies of a release that match the filters (null: any), in timeline order, after the sort key
     * {@code after} (null: from the first), at most {@code max}. The pages read policies here too.
     */
    public List<PolicyView> policies(Release release, String jurisdiction, String agency, String kind, LocalDate inForceOn,
                                     List<String> after, int max) {
        PublishedRows.Where where = new PublishedRows.Where(release.id)
                .and("jurisdiction = :jurisdiction", "jurisdiction", jurisdiction)
                .and("(appliesToAllAgencies = true or array_contains(agencies, :agency))", "agency", agency)
                .and("kind = :kind", "kind", kind)
                .and("inForceFrom <= :inForceOn and (endedOn is null or endedOn > :inForceOn)", "inForceOn", inForceOn);
        if (after != null) {
            if (PolicyView.UNDATED.equals(after.get(0))) {
                where.and("(inForceFrom is null and id > :afterId)", Map.of("afterId", after.get(1)));
            } else {
                where.and("(inForceFrom is null or inForceFrom > :afterFrom or (inForceFrom = :afterFrom and id > :afterId))",
                        Map.of("afterFrom", Params.date("cursor", after.get(0)), "afterId", after.get(1)));
            }
        }
        HowToCite.Context citations = cite.of(release);
        return Policy.<Policy>find(where.query(), PublishedRows.by("inForceFrom", "id"), where.params())
                .range(0, max - 1).list().stream().map(p -> PolicyView.of(p, json, citations.policy(p))).toList();
    }

    /** One policy of a release, by id. */
    public Optional<PolicyView> policy(Release release, String id) {
        Policy found = Policy.findById(new ReleaseScopedId(release.id, id));
        return Optional.ofNullable(found).map(p -> PolicyView.of(p, json, cite.of(release).policy(p)));
    }
}
