package org.opendetainers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.opendetainers.domain.vocabulary.DatePrecision;
import org.opendetainers.domain.vocabulary.SourceKind;

/** A document a figure or policy comes from: a law, a report, testimony, a news article. */
@Entity
@Table(name = "source")
@IdClass(ReleaseScopedId.class)
public class Source extends ReleaseScoped {

    public String publisher;
    public String title;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "published_on_precision")
    @Enumerated(EnumType.STRING)
    public DatePrecision publishedOnPrecision;

    public String url;

    @Enumerated(EnumType.STRING)
    public SourceKind kind;

    public String author;
    public String note;

    /** Where the copy read is kept: repository (owner/name), commit and path; null if none. */
    @Column(name = "copy_repository")
    public String copyRepository;

    @Column(name = "copy_commit")
    public String copyCommit;

    @Column(name = "copy_path")
    public String copyPath;

    /**
     * The licence of the copy read, as its publisher or the law gives it; null when not recorded.
     */
    public String license;

    public String citation;
}
