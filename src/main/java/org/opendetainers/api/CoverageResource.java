package org.opendetainers.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.opendetainers.query.CoverageQuery;
import org.opendetainers.representation.CoverageView;

@Path("/v1/coverage")
@Tag(name = "Figures")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
public class CoverageResource {

    private static final Reads.ListSpec<CoverageView> LIST =
            Reads.ListSpec.of(CoverageView.class, 1, v -> List.of(v.key()), CoverageView.Page::new);

    private final Reads reads;
    private final CoverageQuery coverage;

    public CoverageResource(Reads reads, CoverageQuery coverage) {
        this.reads = reads;
        this.coverage = coverage;
    }

    @GET
    @Operation(
            operationId = "listCoverage",
            summary = "Coverage: what is known and what is not",
            description =
                    "For each jurisdiction, agency and measure of the figures, and for each agency of the detainer statistics "
                            + "(fiscal years with at least one detainer in the extracts, from the fiscal-year-by-agency table, within the months the records span), the periods with data and the gaps between them. "
                            + "A gap is a period not reported, which is not a reported zero.")
    @APIResponse(
            responseCode = "200",
            description = "A page of coverage rows.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = CoverageView.Page.class)),
                @Content(
                        mediaType = Format.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(
            @Parameter(description = "Jurisdiction id (see /v1/jurisdictions).", example = "nyc")
                    @QueryParam("jurisdiction")
                    String jurisdiction,
            @Parameter(description = "Agency id (see /v1/agencies).", example = "nypd")
                    @QueryParam("agency")
                    String agency,
            @Parameter(
                            description =
                                    "Measure id (see /v1/measures), or detainers for the detainer statistics.",
                            example = "detainers_received")
                    @QueryParam("measure")
                    String measure,
            @BeanParam ListParams page) {
        return reads.list(
                page,
                LIST,
                read -> {
                    Params.oneOf("jurisdiction", jurisdiction, read.reference().jurisdictionIds());
                    Params.oneOf("agency", agency, read.reference().agencyIds());
                    if (measure != null && !measure.equals(CoverageQuery.DETAINERS)) {
                        Params.oneOf("measure", measure, read.reference().measureIds());
                    }
                    var filter = new CoverageQuery.Filter(jurisdiction, agency, measure);
                    return () ->
                            coverage.coverage(
                                    read.release(), filter, read.after(0), read.limit() + 1);
                });
    }
}
