package org.opendetainers.representation;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendetainers.domain.Source;
import org.opendetainers.domain.vocabulary.DatePrecision;
import org.opendetainers.domain.vocabulary.SourceKind;

@Schema(
        name = "Source",
        description =
                "A document that figures and policies come from: a law, a government report, testimony, a court ruling, a news article or an advocacy document.")
public record SourceView(
        @Schema(
                        description = "Stable id (slug).",
                        examples = "nyc-comptroller-2019-demographics-of-detention")
                String id,
        @Schema(
                        description = "Who published the document.",
                        examples = "Office of the New York City Comptroller")
                String publisher,
        @Schema(description = "Title of the document.", examples = "The Demographics of Detention")
                String title,
        @Schema(
                        description =
                                "Publication date; with month or year precision, the first day of that month or year. Null when unknown.",
                        examples = "2019-02-21",
                        nullable = true)
                LocalDate publishedOn,
        @Schema(description = "How much of published_on is known.", examples = "day")
                DatePrecision publishedOnPrecision,
        @Schema(description = "Where the document can be read, when known.", nullable = true)
                String url,
        @Schema(description = "Kind of document.", examples = "government_report") SourceKind kind,
        @Schema(description = "Author, when the document names one.", nullable = true)
                String author,
        @Schema(
                        description = "A ready-to-paste, APA-like citation.",
                        examples =
                                "Office of the New York City Comptroller. (2019, February 21). The Demographics of Detention.")
                String citation,
        @Schema(description = "Remarks: what is confirmed and what is not.", nullable = true)
                String note,
        @Schema(
                        description =
                                "Where the copy that was read is kept: a public repository (owner/name); null when the copy is not in a repository.",
                        nullable = true,
                        examples = "appelson/Tracking_287g")
                String copyRepository,
        @Schema(
                        description = "The commit of copy_repository that was read.",
                        nullable = true,
                        examples = "1946c799ae59af836cbc5b0b5c063237546f9a86")
                String copyCommit,
        @Schema(
                        description = "The path of the copy in copy_repository.",
                        nullable = true,
                        examples =
                                "sheets/sheets_20250719_151637/participatingAgencies07182025pm.xlsx")
                String copyPath,
        @Schema(
                        description =
                                "The licence of the copy read; null when not recorded (see note).",
                        nullable = true)
                String license) {

    public static SourceView of(Source s) {
        return new SourceView(
                s.id,
                s.publisher,
                s.title,
                s.publishedOn,
                s.publishedOnPrecision,
                s.url,
                s.kind,
                s.author,
                s.citation,
                s.note,
                s.copyRepository,
                s.copyCommit,
                s.copyPath,
                s.license);
    }

    @Schema(name = "SourceList", description = "A page of sources.")
    public record Page(
            @Schema(description = "The rows of this page, in the listing's order.")
                    List<SourceView> data,
            @Schema(description = "Page size and the link to the next page.")
                    org.opendetainers.representation.Page page,
            @Schema(
                            description =
                                    "The release these rows were read from; published_at tells how fresh they are.")
                    ReleaseRef release) {}
}
